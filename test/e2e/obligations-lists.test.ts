// The lists staff live in, in the browser: the obligations dashboard names what a duty is about and links to it (the
// demo's access application waiting for the ministry opens its page); its due dates filter by a range kept in the
// address; CSV and XLSX downloads carry every obligation of the filter; the feedback and e-services lists filter by
// a range of days too; axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { addDays, rigaDate } from '../../src/platform/time.ts';
import { formatDate } from '../../web/src/shared/format.ts';
import { nameSubjects, SUBJECT_TYPES, subjectKey } from '../../src/obligations/subjects.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

// The test's clock: the server's demo was loaded with the machine's time, so "today" is the machine's Riga day.
const today = rigaDate(new Date());
const o = lv.obligations;
const WAITING = /^Piekļuves pieteikums PT-\d{4}-\d{4}: Balvu novada pašvaldība \(piešķiršana\)$/;

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  assert.ok(path, 'downloaded');
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('DR-20.2 the ministry’s obligations name the waiting access application and open it; a due-date range filters; CSV and XLSX carry the filter’s rows; the printed list says its filter', async () => {
  const page = await e2e.newPage();
  const supervisor = demoLogin(e2e, 'ministry_supervisor');
  await login(page, supervisor.email, supervisor.password);
  await page.goto('/obligations?rule=DR-20.2&status=all');
  await settled(page);
  const rows = page.getByRole('table', { name: o.listTitle }).locator('tbody tr.obligation');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 2, 'the waiting and the rejected demo application');
  const subject = page.getByRole('link', { name: WAITING });
  await subject.waitFor();
  await checkA11y(page, 'obligations naming access applications');

  await subject.click();
  await page.waitForURL((url) => /^\/access-applications\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(page);
  assert.match((await page.locator('main').textContent()) ?? '', /PT-\d{4}-\d{4}/, 'the application’s own page');
  await page.goBack();
  await settled(page);
  // The obligation's own page names and links it the same way.
  await rows
    .filter({ has: page.getByRole('link', { name: WAITING }) })
    .locator('a')
    .first()
    .click();
  await page.waitForURL((url) => /^\/obligations\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(page);
  await page.getByRole('link', { name: WAITING }).waitFor();
  await checkA11y(page, 'an obligation naming its access application');
  await page.goBack();
  await settled(page);

  // Due from today on: the rejected one fell due last week, the waiting one is due within three working days.
  await page.locator('#obligation-due-from').fill(today);
  await page.locator('#obligation-due-to').fill(addDays(today, 14));
  await page.getByRole('button', { name: o.apply }).click();
  await page.waitForURL((url) => url.searchParams.get('dueFrom') === today);
  await settled(page);
  await page.waitForFunction(() => document.querySelectorAll('tbody tr.obligation').length === 1);
  assert.match((await rows.first().textContent()) ?? '', /Piekļuves pieteikums PT-/);
  assert.equal(await page.locator('#obligation-due-to').inputValue(), addDays(today, 14), 'the form shows the filter');
  await checkA11y(page, 'obligations filtered by due dates');

  // On paper: no form or buttons, and a line saying what the list was filtered by.
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.print-only');
  assert.equal(
    (await printed.textContent())?.trim(),
    `${lv.table.filteredBy} ${o.rule}: DR-20.2; ${o.status}: ${o.statusFilter.all}; ${o.dueFrom}: ${formatDate(today)}; ${o.dueTo}: ${formatDate(addDays(today, 14))}`,
  );
  assert.equal(await page.locator('form.filters').isVisible(), false, 'the form is not printed');
  assert.equal(await page.getByRole('button', { name: lv.table.csv }).isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await printed.isVisible(), false, 'on screen the form says it');

  const csv = await download(page, lv.table.csv);
  assert.match(csv.name, /^obligations-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.ok(lines[1]?.includes('Piekļuves pieteikums PT-'), lines[1]);
  const xlsx = await download(page, lv.table.xlsx);
  assert.match(xlsx.name, /^obligations-\d{4}-\d{2}-\d{2}\.xlsx$/);
  assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip');
  await page.context().close();
});

test('DR-20.2 DR-25.1.7.3 every obligation of the demo is named in Latvian and English, whatever it is about', async () => {
  const rows = await e2e.server.database.db.selectFrom('obligations').select(['subject_type', 'subject_id']).execute();
  const types = new Set(rows.map((r) => r.subject_type));
  for (const t of ['organisation', 'centre', 'proposal', 'access_application']) assert.ok(types.has(t), t);
  const names = await nameSubjects(e2e.server.database.db, rows);
  for (const r of rows) {
    assert.ok(SUBJECT_TYPES.includes(r.subject_type as never), r.subject_type);
    const name = names.get(subjectKey(r.subject_type, r.subject_id));
    assert.ok(name?.lv && name.en, `${r.subject_type} ${r.subject_id} named`);
  }
});

test('CR-17.13 AM-1.1 the feedback and e-services lists filter by a range of days kept in the address; an end before the start is refused in words', async () => {
  const page = await e2e.newPage();
  const head = demoLogin(e2e, 'centre_head');
  await login(page, head.email, head.password);
  const from = addDays(today, -30);

  await page.goto('/feedback');
  await settled(page);
  await page.locator('#feedback-received-from').fill(from);
  await page.locator('#feedback-received-to').fill(today);
  await page.getByRole('button', { name: lv.feedback.apply }).click();
  await page.waitForURL((url) => url.searchParams.get('receivedFrom') === from);
  await settled(page);
  await page.getByText(/^Atrastas lietas: \d+\.$/).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'the range is accepted');
  await checkA11y(page, 'feedback filtered by days received');

  await page.goto(`/eservices?startedFrom=${today}&startedTo=${from}`);
  await settled(page);
  await page.getByRole('alert').waitFor();
  assert.match((await page.getByRole('alert').textContent()) ?? '', /Beigu datums nevar būt pirms sākuma/);
  await page.locator('#eservice-started-to').fill(today);
  await page.locator('#eservice-started-from').fill(from);
  await page.getByRole('button', { name: lv.eservices.apply }).click();
  await page.waitForURL(
    (url) => url.searchParams.get('startedTo') === today && url.searchParams.get('startedFrom') === from,
  );
  await settled(page);
  await page.getByText(/^Atrasti: \d+$/).waitFor();
  await checkA11y(page, 'e-services filtered by days started');
  await page.context().close();
});
