// Dashboards in the browser (BV-4.4): the demo centre head opens /dashboards, sees the centre's figures
// with today's contacts in them, each chart's text alternative and its table give the same numbers, an XLSX and the
// centre report PDF download; axe clean.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { checkA11y, demoLogin, login, startE2E, visit, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { rigaToday } from '../../web/src/shared/format.ts';

const t = lv.dashboards;
let e2e: E2E;
let centreId = '';

before(async () => {
  e2e = await startE2E();
  const db = e2e.server.database.db;
  const employee = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', demoLogin(e2e, 'centre_employee').email)
    .executeTakeFirstOrThrow();
  const grant = await db
    .selectFrom('role_grants')
    .select('centre_id')
    .where('user_id', '=', employee.id)
    .executeTakeFirstOrThrow();
  centreId = grant.centre_id!;
  const point = await db
    .selectFrom('service_points')
    .select('id')
    .where('centre_id', '=', centreId)
    .executeTakeFirstOrThrow();
  // Three contacts registered today (as the counter stores them): two in person, one application by phone.
  const now = new Date();
  for (const [channel, type] of [
    ['in_person', 'information'],
    ['in_person', 'information'],
    ['phone', 'application_accepted'],
  ] as const) {
    await db
      .insertInto('contacts')
      .values({
        id: randomUUID(),
        centre_id: centreId,
        service_point_id: point.id,
        employee_id: employee.id,
        occurred_at: now,
        occurred_on: rigaToday(now),
        channel,
        type,
        outcome: 'resolved_on_spot',
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
});
after(() => e2e?.close());

test('BV-4.4 the centre head’s dashboard: each chart’s text alternative and its table agree, XLSX and the report PDF download', async () => {
  const page = await e2e.newPage();
  const head = demoLogin(e2e, 'centre_head');
  await login(page, head.email, head.password);
  await visit(page, '/dashboards', 'dashboards');
  await page.getByRole('heading', { name: t.byChannel }).waitFor();
  await page.locator('.dashboard-chart svg').first().waitFor();
  await checkA11y(page, 'dashboards with charts');

  const panel = page.locator('section', { has: page.getByRole('heading', { name: t.byChannel }) });
  const rows = await panel
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map(
        (tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()] as const,
      ),
    );
  const summary = (await panel.getByRole('img').getAttribute('aria-label')) ?? '';
  assert.ok(rows.length === 5, `five channels: ${JSON.stringify(rows)}`);
  for (const [label, value] of rows)
    assert.ok(summary.includes(`${label} ${value}`), `${label} ${value} in «${summary}»`);
  const inPerson = rows.find(([label]) => label === t.channels.in_person);
  assert.ok(inPerson && Number(inPerson[1]) >= 2, `today's two in person: ${JSON.stringify(inPerson)}`);
  // The chart draws the same values on its bars (labels).
  const drawn = await panel.locator('svg text').allTextContents();
  for (const [, value] of rows)
    if (value !== '0') assert.ok(drawn.includes(value), `${value} drawn in ${drawn.join(',')}`);

  const xlsx = page.waitForEvent('download');
  await panel.getByRole('button', { name: t.xlsx }).click();
  const workbook = await readFile((await (await xlsx).path())!);
  assert.equal(workbook.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip');

  const pdf = page.waitForEvent('download');
  await page.getByRole('link', { name: t.report }).click();
  const download = await pdf;
  assert.match(download.suggestedFilename(), /^centra-parskats-.*\.pdf$/);
  const bytes = await readFile((await download.path())!);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
});
