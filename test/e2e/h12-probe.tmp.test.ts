import { after, before, test } from 'node:test';
import { login, startE2E, type E2E } from './support.ts';
let e2e: E2E;
before(async () => { e2e = await startE2E(); });
after(() => e2e?.close());
test('probe', async () => {
  for (const lang of ['lv', 'en']) {
    const acc = e2e.demo.find((d) => d.role === 'maintainer')!;
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.addInitScript((l) => localStorage.setItem('vienuviet.lang', l), lang);
    await login(page, acc.email, acc.password);
    const r = await page.evaluate(() => ({
      ul: document.querySelector('.nav > ul')!.getBoundingClientRect().width,
      lis: [...document.querySelectorAll('.nav > ul > li')].map((li) => { const b = li.getBoundingClientRect(); return [li.textContent, Math.round(b.left), Math.round(b.top), Math.round(b.width)]; }),
    }));
    console.log(lang, JSON.stringify(r));
    await page.context().close();
  }
});
