// Closing a duty by a record, in the browser: a centre head opens the centre's satisfaction-survey duty (CR-17.16, generated at
// start-up), records it done with a PDF as evidence, and sees it fulfilled by a record; a duty an action closes
// (CR-11) names the action and links to where it is done instead of offering the form. Axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, visit, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { pdfBytes } from '../../src/documents/test-fixtures.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

const t = lv.obligations.detail;

async function dutyOf(ruleId: string, where: { centreOf?: string; organisationOf?: string }) {
  const db = e2e.server.database.db;
  let q = db
    .selectFrom('obligations')
    .select('obligations.id')
    .where('rule_id', '=', ruleId)
    .where('status', '=', 'open');
  if (where.centreOf) {
    const grant = await db
      .selectFrom('role_grants')
      .innerJoin('users', 'users.id', 'role_grants.user_id')
      .select('role_grants.centre_id')
      .where('users.email', '=', where.centreOf)
      .executeTakeFirstOrThrow();
    q = q.where('centre_id', '=', grant.centre_id!);
  }
  const row = await q.orderBy('due_date').executeTakeFirst();
  assert.ok(row, `an open ${ruleId}`);
  return row.id;
}

test('CR-17.16 a centre head records the satisfaction survey done with a document; axe clean', async () => {
  const page = await e2e.newPage();
  const head = demoLogin(e2e, 'centre_head');
  await login(page, head.email, head.password);
  const id = await dutyOf('CR-17.16', { centreOf: head.email });
  await visit(page, `/obligations/${id}`);
  assert.equal(await page.locator('h1').textContent(), t.title.replace('{rule}', 'CR-17.16'));
  assert.ok(((await page.locator('main').textContent()) ?? '').includes(t.closesByRecord));
  await checkA11y(page, 'obligation with the record form');

  await page.getByLabel(t.note).fill('Aptauja veikta 120 klientiem; rezultāti nosūtīti ministrijai.');
  await page.getByLabel(t.document).setInputFiles({
    name: 'aptauja.pdf',
    mimeType: 'application/pdf',
    buffer: pdfBytes('Aptauja'),
  });
  await page.locator('#record-document-current').waitFor();
  await page.getByRole('button', { name: t.submit }).click();
  await page.getByRole('status').filter({ hasText: t.recorded }).waitFor();
  // The duty is read again after the record is announced: wait for the page to show it fulfilled.
  await page.locator('main').getByText(lv.obligations.statuses.fulfilled_on_time).first().waitFor();
  await settled(page);
  const main = (await page.locator('main').textContent()) ?? '';
  assert.ok(main.includes(lv.obligations.statuses.fulfilled_on_time), main);
  assert.ok(main.includes(lv.obligations.closedByCol.record), main);
  assert.ok(await page.getByRole('link', { name: 'aptauja.pdf' }).isVisible());
  assert.equal(await page.getByRole('button', { name: t.submit }).count(), 0, 'the form is gone once recorded');
  await checkA11y(page, 'obligation recorded');

  // The list says how it was closed, and filters by it.
  await visit(page, '/obligations?status=all&closedBy=record');
  const rows = page.getByRole('table', { name: lv.obligations.listTitle }).locator('tbody tr.obligation');
  assert.equal(await rows.count(), 1);
  assert.ok(((await rows.first().textContent()) ?? '').includes(lv.obligations.closedByCol.record));
  assert.match(
    (await page.locator('main').textContent()) ?? '',
    /ar ierakstu: 1\./,
    'the count of duties closed by a record',
  );
  await checkA11y(page, 'obligations closed by a record');
});

test('CR-11 a duty that an action closes names the action and links to it, without the form', async () => {
  const page = await e2e.newPage();
  const supervisor = demoLogin(e2e, 'ministry_supervisor');
  await login(page, supervisor.email, supervisor.password);
  await visit(page, `/obligations/${await dutyOf('CR-11', {})}`);
  const main = (await page.locator('main').textContent()) ?? '';
  assert.ok(main.includes('Komitejas sēde atzīmēta kā notikusi'), main);
  assert.equal(await page.getByRole('link', { name: t.goToAction }).getAttribute('href'), '/committee/meetings');
  assert.equal(await page.getByRole('button', { name: t.submit }).count(), 0);
  await checkA11y(page, 'obligation closed by an action');
});
