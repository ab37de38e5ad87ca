// The obligations dashboard in the browser: the server generated the current recurring duties at start-up; the
// ministry supervisor sees the network's counts per rule and filters by rule; an organisation's admin sees only its
// organisation's, with an overdue duty said in words; each row explains its due date; axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { addDays, rigaDate } from '../../src/platform/time.ts';
import { buildObligation } from '../support/obligations.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
  // Balvi got its access 40 days ago: DR-21.2 (identify itself within 10 working days) is overdue today.
  const deps = { db: e2e.server.database.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => new Date() };
  await buildObligation(deps, {
    ruleId: 'DR-21.2',
    organisation: 'Balvu novads',
    startDate: addDays(rigaDate(), -40),
    subjectType: 'access_application',
  });
});
after(() => e2e?.close());

const o = lv.obligations;

/** The list may show the previous filter's rows for a moment while the new page loads: wait for the new ones. */
async function rowsOnlyOf(page: Page, rule: string): Promise<void> {
  await page.waitForFunction((prefix) => {
    const rows = [...document.querySelectorAll('tbody tr.obligation')];
    return rows.length > 0 && rows.every((r) => (r.textContent ?? '').startsWith(prefix));
  }, rule);
}
const BALVI = 'Balvu novada pašvaldība';
const DATE = /\d{2}\.\d{2}\.\d{4}\./;

test('SR-11 the ministry supervisor sees the network’s counts per rule and filters the list by rule', async () => {
  const page = await e2e.newPage();
  const supervisor = demoLogin(e2e, 'ministry_supervisor');
  await login(page, supervisor.email, supervisor.password);
  await page.getByRole('navigation', { name: lv.layout.nav }).getByRole('link', { name: lv.nav.obligations }).click();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), o.title);
  await checkA11y(page, 'obligations (ministry)');

  // Every institution and holder owes this quarter's SR-11 check.
  const owing = String(
    (
      await e2e.server.database.db
        .selectFrom('organisations')
        .select('id')
        .where('kind', 'in', ['institution', 'holder'])
        .execute()
    ).length,
  );
  const summary = page.getByRole('table', { name: o.summaryTitle });
  const sr11 = summary
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: `${o.showRule.replace('{rule}', 'SR-11')}` }) });
  const cells = (await sr11.getByRole('cell').allTextContents()).map((t) => t.trim());
  assert.deepEqual([cells[0], cells[5]], [owing, owing], `SR-11 open and total: ${cells.join(' | ')}`);
  assert.ok(((await summary.textContent()) ?? '').includes('CR-17.16'), 'the centre’s survey is counted');
  const overdue = summary.getByRole('row').filter({ hasText: 'DR-21.2' });
  assert.equal((await overdue.getByRole('cell').nth(1).textContent())?.trim(), '1', 'one overdue DR-21.2');

  await page.locator('#obligation-rule').selectOption('SR-11');
  await page.getByRole('button', { name: o.apply }).click();
  await page.waitForURL((url) => url.searchParams.get('rule') === 'SR-11');
  await settled(page);
  await rowsOnlyOf(page, 'SR-11');
  const list = page.getByRole('table', { name: o.listTitle });
  const rows = list.locator('tbody tr.obligation');
  assert.equal(String(await rows.count()), owing);
  for (const text of await rows.allTextContents()) assert.ok(text.startsWith('SR-11') && DATE.test(text), text);
  assert.ok(((await page.locator('main').textContent()) ?? '').includes(o.found.replace('{total}', owing)));

  // The explanation of a due date on demand: the last working day of the quarter.
  await rows
    .first()
    .getByRole('button', { name: new RegExp(`^${o.show}`) })
    .click();
  const details = page.locator('.obligation-details');
  const explained = (await details.textContent()) ?? '';
  assert.match(explained, new RegExp(`${o.counted}.*Perioda \\d{4}-Q[1-4] pēdējā darbdiena`));
  await checkA11y(page, 'obligations with an explanation open');

  // A rule's row in the summary leads to its list, in every status.
  await page.getByRole('button', { name: o.showRule.replace('{rule}', 'CR-11') }).click();
  await page.waitForURL((url) => url.searchParams.get('rule') === 'CR-11' && url.searchParams.get('status') === 'all');
  await settled(page);
  await rowsOnlyOf(page, 'CR-11');
  assert.equal(await rows.count(), 2, 'two committee meetings a year');
  await page.context().close();
});

test('DR-21.2 the org admin of Balvi sees only Balvi’s obligations, the overdue one marked in words', async () => {
  const page = await e2e.newPage();
  const admin = demoLogin(e2e, 'org_admin');
  await login(page, admin.email, admin.password);
  await page.goto('/obligations');
  await settled(page);
  await checkA11y(page, 'obligations (org admin)');
  assert.equal(await page.getByRole('table', { name: o.summaryTitle }).count(), 0, 'no network counts');
  assert.equal(await page.locator('#obligation-organisation').count(), 0, 'one organisation: nothing to choose');
  const rows = page.getByRole('table', { name: o.listTitle }).locator('tbody tr.obligation');
  const texts = await rows.allTextContents();
  assert.ok(texts.length >= 2, texts.join('\n'));
  for (const text of texts) assert.ok(text.includes(BALVI), `only Balvi: ${text}`);
  const late = rows.filter({ hasText: 'DR-21.2' });
  assert.ok(((await late.textContent()) ?? '').includes(o.statuses.overdue), 'overdue is said in words');
  assert.ok(
    texts.some((t) => t.includes('CR-17.16')),
    'the centre’s survey is Balvi’s',
  );

  await late.getByRole('button', { name: new RegExp(`^${o.show}`) }).click();
  const explained = (await page.locator('.obligation-details').textContent()) ?? '';
  assert.ok(explained.includes('10 darbdienu laikā pēc'), explained);
  assert.ok(explained.includes(o.startEvents.access_granted), explained);
  await checkA11y(page, 'overdue obligation explained');

  await page.locator('#obligation-status').selectOption('overdue');
  await page.getByRole('button', { name: o.apply }).click();
  await page.waitForURL((url) => url.searchParams.get('status') === 'overdue');
  await settled(page);
  await rowsOnlyOf(page, 'DR-21.2');
  assert.deepEqual(
    (await rows.allTextContents()).map((t) => t.slice(0, 7)),
    ['DR-21.2'],
  );
  await page.context().close();
});
