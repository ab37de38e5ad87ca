// The centre directory in the browser: the public finds the Balvi centre without logging in and without
// diacritics, reads a public holiday's hours as closed, and an organisation's admin changes a point's hours;
// the ministry reads a demo centre's failed compliance check with its explanation. axe on every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, visit, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';

let e2e: E2E;
let balviId = '';
let pointId = '';
const BALVI_CENTRE = 'Balvu novada valsts un pašvaldības vienotais klientu apkalpošanas centrs';
const BALVI_POINT = 'Balvu valsts un pašvaldības vienotais klientu apkalpošanas centrs';

before(async () => {
  e2e = await startE2E();
  const found = (await (await fetch(`${e2e.url}/api/v1/public/centres?q=balvu`)).json()) as { items: { id: string }[] };
  balviId = found.items[0]!.id;
  const centre = (await (await fetch(`${e2e.url}/api/v1/public/centres/${balviId}`)).json()) as { points: { id: string; name: string }[] };
  pointId = centre.points.find((p) => p.name === BALVI_POINT)!.id;
});
after(() => e2e?.close());

test('CR-17.9 from the login page, without logging in, the public finds the Balvi centre by "balvu" and opens it', async () => {
  const page = await e2e.newPage();
  await visit(page, '/login', 'login');
  await page.getByRole('link', { name: lv.centres.loginLink }).click();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), lv.centres.finderTitle);
  await checkA11y(page, 'centre finder');

  await page.getByLabel(lv.centres.query).fill('balvu');
  await page.getByRole('button', { name: lv.centres.search }).click();
  await page.getByText(fill(lv.centres.found, { total: 1 })).waitFor();
  assert.match(page.url(), /\/centres\?q=balvu$/);
  await checkA11y(page, 'finder results');

  await page.getByRole('link', { name: BALVI_CENTRE }).click();
  await page.waitForURL((url) => url.pathname === `/centres/${balviId}`);
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), BALVI_CENTRE);
  const main = (await page.locator('main').textContent()) ?? '';
  assert.ok(main.includes('Partizānu iela 14, Balvi'), 'the points with their addresses');
  await page.getByRole('region', { name: lv.centres.services }).waitFor();
  await checkA11y(page, 'centre page');
  // The header leads to the finder from any page.
  await page.getByRole('link', { name: lv.centres.headerLink }).click();
  await page.waitForURL((url) => url.pathname === '/centres');
  await page.context().close();
});

test('a centre page shows the hours of a public holiday (18.11.2026) as closed, with the holiday named, and the shorter day before', async () => {
  const page = await e2e.newPage();
  await visit(page, `/centres/${balviId}`, 'centre page today');
  await page.getByLabel(lv.centres.showDay).fill('2026-11-18');
  await page.getByRole('button', { name: lv.centres.show, exact: true }).click();
  await page.waitForURL((url) => url.search === '?date=2026-11-18');
  const section = page.getByRole('region', { name: BALVI_POINT });
  await section.getByRole('heading', { name: fill(lv.centres.hoursOn, { date: '18.11.2026.' }) }).waitFor();
  assert.equal(await page.getByTestId(`today-${pointId}`).textContent(), `${lv.centres.closed} — Latvijas Republikas proklamēšanas diena`);
  const tuesday = (await section.getByRole('row', { name: /Otrdiena, 17\.11\.2026\./ }).textContent()) ?? '';
  assert.ok(tuesday.includes(`08:00–12:00, 12:30–16:00 (${lv.centres.shortened})`), tuesday);
  await checkA11y(page, 'centre page on a holiday');
  await page.context().close();
});

test("an organisation's admin changes a point's hours; a bad interval is named at its day; the public page shows the new hours", async () => {
  const page = await e2e.newPage();
  const admin = demoLogin(e2e, 'org_admin');
  await login(page, admin.email, admin.password);
  await visit(page, `/centres/${balviId}`, 'centre page as admin');
  await page.getByRole('link', { name: lv.centres.edit }).click();
  await page.waitForURL((url) => url.pathname === `/centres/${balviId}/edit`);
  await settled(page);
  await checkA11y(page, 'centre edit');

  const form = page.getByRole('form', { name: fill(lv.centres.hoursOf, { name: BALVI_POINT }) });
  const monday = form.getByLabel(lv.centres.weekdays['1']);
  assert.equal(await monday.inputValue(), '08:00–12:00, 12:30–17:00');
  await monday.fill('12:00-08:00');
  await form.getByRole('button', { name: lv.centres.saveHours }).click();
  await form.getByText('Beigu laikam jābūt pēc sākuma laika.').first().waitFor();
  await checkA11y(page, 'hours error');

  await monday.fill('09:00-12:00, 13:00-18:00');
  await form.getByRole('button', { name: lv.centres.saveHours }).click();
  await page.getByRole('status').filter({ hasText: lv.centres.hoursSaved }).waitFor();
  await page.reload();
  await settled(page);
  assert.equal(await page.getByRole('form', { name: fill(lv.centres.hoursOf, { name: BALVI_POINT }) }).getByLabel(lv.centres.weekdays['1']).inputValue(), '09:00–12:00, 13:00–18:00');

  await visit(page, `/centres/${balviId}?date=2026-11-23`, 'centre page after the change');
  assert.equal(await page.getByTestId(`today-${pointId}`).textContent(), '09:00–12:00, 13:00–18:00');
  await page.context().close();
});

test('CR-6.3 the ministry reads the Jelgava demo centre as not compliant, explained; the directory pages are accessible', async () => {
  const page = await e2e.newPage();
  const supervisor = demoLogin(e2e, 'ministry_supervisor');
  await login(page, supervisor.email, supervisor.password);
  await page.getByRole('navigation', { name: lv.layout.nav }).getByRole('link', { name: lv.nav.directory }).click();
  await settled(page);
  await checkA11y(page, 'organisations');
  await page.getByRole('link', { name: 'Jelgavas valstspilsētas pašvaldība (demonstrācija)' }).click();
  await settled(page);
  await checkA11y(page, 'organisation');
  await page.getByRole('link', { name: 'Jelgavas VPVKAC (demonstrācija)' }).click();
  await settled(page);
  await page.getByText(lv.centres.notCompliant, { exact: true }).first().waitFor();
  const row = (await page.getByRole('row', { name: /CR-6\.3/ }).textContent()) ?? '';
  assert.ok(row.includes(lv.centres.failed) && row.includes('NVA, VID, VSAA'), row);
  assert.ok(((await page.locator('main').textContent()) ?? '').includes(lv.centres.readOnly));
  await checkA11y(page, 'centre compliance');
  await page.context().close();
});
