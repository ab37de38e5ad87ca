// The counter's and the feedback form's rough edges, in the browser at 1,366 px: a long note neither stretches today's
// table nor hides its buttons; the hint's example personal code is valid; a written contact awaits its reply
// (DR-25.1.7.3) in the form and as stored; type and channel can be kept for a run of similar contacts; the centre's
// whole scope is found offline; the focus stays in the written list after "Register answer"; the feedback kind is a
// choice and every error shows at once, in words; clause codes wait behind "Legal basis". axe on every state.
// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is meant: the visible text, without a closed <details>.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { en } from '../../web/src/i18n/en.ts';
import { fill } from '../../web/src/i18n/messages.ts';
import { rigaDate } from '../../src/platform/time.ts';
import { isValidPersonalCode } from '../../src/platform/identifiers/personal-code.ts';
import { buildService } from '../../src/contacts/test-fixtures.ts';

let e2e: E2E;
let employeeId = '';
let centreId = '';
let pointId = '';
const c = lv.counter;
const f = lv.feedback;
const svc: Record<'note' | 'mail' | 'offline', { id: string; identifier: string; name: string }> = {} as never;
const NAMES = {
  note: 'Kapavietas uzturēšanas līgums (labojumu tests)',
  mail: 'Būvatļaujas kopijas izsniegšana (labojumu tests)',
  offline: 'Bišu dravas reģistrācija (labojumu tests)',
};

before(async () => {
  e2e = await startE2E();
  const db = e2e.server.database.db;
  employeeId = (
    await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', demoLogin(e2e, 'centre_employee').email)
      .executeTakeFirstOrThrow()
  ).id;
  const grant = await db
    .selectFrom('role_grants')
    .select(['centre_id', 'organisation_id'])
    .where('user_id', '=', employeeId)
    .executeTakeFirstOrThrow();
  centreId = grant.centre_id!;
  pointId = (
    await db
      .selectFrom('service_points')
      .select('id')
      .where('centre_id', '=', centreId)
      .orderBy('position')
      .orderBy('created_at')
      .orderBy('id')
      .executeTakeFirstOrThrow()
  ).id;
  for (const [key, name] of Object.entries(NAMES) as [keyof typeof NAMES, string][]) {
    svc[key] = { ...(await buildService(db, { holderId: grant.organisation_id, name })), name };
  }
});
after(() => e2e?.close());

async function counter(): Promise<Page> {
  const page = await e2e.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  const employee = demoLogin(e2e, 'centre_employee');
  await login(page, employee.email, employee.password);
  await page.goto('/counter');
  await settled(page);
  await page.waitForFunction(() => document.activeElement?.id === 'counter-service');
  return page;
}

async function chooseService(page: Page, query: string, service: { identifier: string; name: string }): Promise<void> {
  await page.locator('#counter-service').focus();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.getByText(fill(c.chosen, { service: `${service.identifier} ${service.name} — Balvu novads` })).waitFor();
}

const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
const storedOf = (serviceId: string) =>
  e2e.server.database.db
    .selectFrom('contacts')
    .select(['channel', 'type', 'outcome'])
    .where('employee_id', '=', employeeId)
    .where(({ eb }) => eb(eb.val(serviceId), '=', eb.fn.any('service_ids')))
    .orderBy('created_at')
    .execute();

test("the client field's hint gives a personal code that passes the checksum, in Latvian and English", () => {
  for (const hint of [c.clientHint, en.counter.clientHint]) {
    const example = /\d{6}-\d{5}/.exec(hint)?.[0];
    assert.ok(example && isValidPersonalCode(example), `${hint}: ${example}`);
  }
});

test('a 1,000-character note wraps or is shortened: the table fits 1,366 px and the row keeps its buttons in view', async () => {
  const note = `Piezīme-${'x'.repeat(991)}`;
  const now = new Date();
  await e2e.server.database.db
    .insertInto('contacts')
    .values({
      id: crypto.randomUUID(),
      centre_id: centreId,
      service_point_id: pointId,
      employee_id: employeeId,
      occurred_at: now,
      occurred_on: rigaDate(now),
      channel: 'in_person',
      type: 'information',
      service_ids: [svc.note.id],
      institution_ids: [],
      outcome: 'resolved_on_spot',
      note,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const page = await counter();
  const row = page.getByRole('row').filter({ hasText: svc.note.name });
  await row.waitFor();
  const edit = row.locator('button', { hasText: c.edit });
  const box = await edit.boundingBox();
  assert.ok(box && box.x + box.width <= 1366, `the Edit button ends at ${box && box.x + box.width}px`);
  assert.ok(
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    'no sideways scrolling',
  );
  assert.ok(!((await row.innerText()) ?? '').includes(note), 'shortened');
  await row.getByText(c.noteWhole).click();
  await row.getByText(note).waitFor();
  const after = await edit.boundingBox();
  assert.ok(after && after.x + after.width <= 1366, 'the whole note, opened, wraps');
  await checkA11y(page, 'counter with a long note opened');
  await page.context().close();
});

test('DR-25.1.7.3 an e-mail contact awaits its reply in the form and as stored; type and channel kept for a run when asked', async () => {
  const page = await counter();
  // Clause codes wait behind "Legal basis": the strip speaks in words.
  const strip = page.getByRole('region', { name: c.written.title });
  assert.ok(!(await strip.innerText()).includes('DR-25'), await strip.innerText());
  await strip.getByText(c.legalBasis).click();
  await strip.getByText(c.written.basis).waitFor();

  await chooseService(page, 'buvatlaujas kopijas', svc.mail);
  for (const key of ['Tab', 'Tab', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
  assert.equal(await page.locator('#counter-channel-email').isChecked(), true);
  await page.locator('#counter-outcome').filter({ hasText: c.outcomes.awaiting_reply }).waitFor();
  assert.equal(await page.locator('select#counter-outcome').count(), 0, 'nothing to choose while awaiting the reply');
  await checkA11y(page, 'counter, a written contact');
  await page.keyboard.press('Enter');
  await status(page, fill(c.saved, { what: `${c.types.information} — ${svc.mail.name}` }));
  assert.deepEqual(await storedOf(svc.mail.id), [{ channel: 'email', type: 'information', outcome: 'awaiting_reply' }]);
  assert.equal(await page.locator('#counter-channel-in_person').isChecked(), true, 'without the toggle: reset');
  assert.equal(await page.locator('select#counter-outcome').inputValue(), 'resolved_on_spot');

  // A run of e-mailed questions: the toggle keeps type and channel (and so the outcome) after each save.
  // From the keyboard (the search's list of usual services opens meanwhile and moves the form down).
  for (const id of ['counter-keep', 'counter-type-question', 'counter-channel-e_address']) {
    await page.locator(`#${id}`).focus();
    await page.keyboard.press('Space');
    assert.equal(await page.locator(`#${id}`).isChecked(), true, id);
  }
  await chooseService(page, 'buvatlaujas', svc.mail);
  await page.keyboard.press('Enter');
  await status(page, fill(c.saved, { what: `${c.types.question} — ${svc.mail.name}` }));
  assert.equal(await page.locator('#counter-type-question').isChecked(), true);
  assert.equal(await page.locator('#counter-channel-e_address').isChecked(), true);
  await page.locator('#counter-outcome').filter({ hasText: c.outcomes.awaiting_reply }).waitFor();
  assert.equal(await page.locator('#counter-service').inputValue(), '', 'the service is not kept');
  await checkA11y(page, 'counter, type and channel kept');
  await page.reload();
  await settled(page);
  assert.equal(await page.locator('#counter-keep').isChecked(), true, 'the choice stays in this browser');
  await page.locator('#counter-keep').focus();
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#counter-keep').isChecked(), false);

  // The written list: after "Register answer" the focus goes to the next answer, then to the list's heading.
  await strip.getByRole('link', { name: fill(c.written.open, { count: 2 }) }).click();
  await page.waitForURL((url) => url.searchParams.get('written') === 'open');
  const list = strip.getByRole('table', { name: c.written.listOpen });
  await list.waitFor();
  await list.locator('button[data-answer]').first().press('Enter');
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-answer') === true);
  assert.equal(await list.locator('button[data-answer]').count(), 1);
  await page.keyboard.press('Enter');
  await strip.getByText(c.written.none).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'counter-written-list-title');
  assert.deepEqual(
    (await storedOf(svc.mail.id)).map((r) => r.outcome),
    ['answered_in_writing', 'answered_in_writing'],
  );
  await checkA11y(page, 'counter, written contacts answered');
  await page.context().close();
});

test("offline, the centre's whole scope is found: a service never looked up in this browser", async () => {
  const page = await counter();
  const key = `vienuviet.counter.scope.${centreId}`;
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, key);
  const kept = await page.evaluate((k) => (JSON.parse(localStorage.getItem(k)!) as { items: unknown[] }).items, key);
  // CR-7: the centre's scope today (the basket, the municipality's entries), as its public list gives it.
  const scope = (await (await fetch(`${e2e.url}/api/v1/public/centres/${centreId}/services`)).json()) as {
    items: unknown[];
  };
  assert.ok(scope.items.length > 0);
  assert.equal(kept.length, scope.items.length, "every service of the centre's scope");
  await page.context().setOffline(true);
  await chooseService(page, 'bisu dravas', svc.offline);
  await page.keyboard.press('Enter');
  await status(page, fill(c.queued, { what: `${c.types.information} — ${svc.offline.name}` }));
  await checkA11y(page, 'counter offline');
  await page.context().setOffline(false);
  for (let i = 0; i < 50 && (await storedOf(svc.offline.id)).length === 0; i++) await page.waitForTimeout(100);
  assert.equal((await storedOf(svc.offline.id)).length, 1, 'sent when the connection is back');
  await page.context().close();
});

test('CR-17.13 the feedback kind is a required choice; every error shows at once and in words; the due date in words', async () => {
  const page = await e2e.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  const employee = demoLogin(e2e, 'centre_employee');
  await login(page, employee.email, employee.password);
  await page.goto('/feedback/new');
  await settled(page);
  assert.equal(await page.getByLabel(f.fields.kind).inputValue(), '', 'no kind chosen for the user');
  await page.getByRole('button', { name: f.register }).click();
  const summary = page.getByRole('alert');
  for (const [label, message] of [
    [f.fields.kind, f.check.kind],
    [f.fields.name, f.check.required],
    [f.fields.replyAddress, f.check.required],
    [f.fields.text, f.check.required],
  ])
    await summary.getByRole('link', { name: `${label}: ${message}` }).waitFor();
  await checkA11y(page, 'feedback form, every error at once');

  await page.getByLabel(f.fields.kind).selectOption('complaint');
  await page.getByLabel(f.fields.name).fill('Jānis Bērziņš');
  await page.getByLabel(f.fields.replyAddress).fill('nav-epasts');
  await page.getByLabel(f.fields.text).fill('Rindā bija jāgaida divas stundas.');
  await page.getByRole('button', { name: f.register }).click();
  await summary.getByRole('link', { name: `${f.fields.replyAddress}: ${f.check.email}` }).waitFor();
  assert.ok(!(await summary.innerText()).includes('(email)'), 'no format token');

  await page.getByLabel(f.fields.replyAddress).fill('janis@example.lv');
  await page.getByRole('button', { name: f.register }).click();
  await page.waitForURL((url) => /^\/feedback\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(page);
  assert.match((await page.locator('h1').textContent()) ?? '', new RegExp(`^${f.kinds.complaint} Nr\\. \\d+$`));
  const due = page.getByRole('region', { name: f.dueTitle });
  const shown = await due.innerText();
  assert.doesNotMatch(shown, /\b[A-Z]{2}-\d/, 'no clause code in the words shown');
  await due.getByText(f.legalBasis).click();
  assert.match(await due.innerText(), /\b[A-Z]{2}-\d/, 'the legal basis, for those who want it');
  await checkA11y(page, 'feedback case, legal basis opened');
  await page.context().close();
});
