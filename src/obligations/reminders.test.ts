// Reminder e-mails on a real database: N working days before the due date and on the day it becomes overdue (in
// Riga), to the right people, in Latvian then English, and never twice — run again, or run twice at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, firstCentreId, organisationId } from '../../test/support/factories.ts';
import { buildObligation, fulfilAs, mailsTo, obligationEvents } from '../../test/support/obligations.ts';
import { sendObligationReminders } from './reminders.ts';

let ctx: TestContext;
before(async () => {
  ctx = await testContext();
  // The people the tests build get their grants from this clock: the day the obligations below start.
  ctx.clock.set('2026-11-23T08:00:00Z');
});
after(() => ctx.close());

const at = async (instant: string) => {
  ctx.clock.set(instant);
  return sendObligationReminders(ctx.deps);
};
const remindersOf = (id: string) =>
  ctx.db.selectFrom('obligation_reminders').selectAll().where('obligation_id', '=', id).orderBy('kind').execute();

test('DR-22.2 the institution’s admins get a reminder 3 working days before the due date and one when it is overdue, each once', async () => {
  const admin = await buildUser(ctx, { role: 'org_admin', organisation: 'VID' });
  const coordinator = await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VID' });
  // Access granted on Monday 2026-11-23: 5 working days → Monday 2026-11-30; 3 working days before it is 2026-11-25.
  const { row } = await buildObligation(ctx.deps, { ruleId: 'DR-22.2', organisation: 'VID', startDate: '2026-11-23' });
  assert.equal(row.due_date, '2026-11-30');

  await at('2026-11-24T20:00:00Z');
  assert.equal((await mailsTo(ctx.db, admin.email)).length, 0, 'not yet on 24 November');
  // 2026-11-24T22:30Z is already 25 November in Riga.
  assert.equal((await at('2026-11-24T22:30:00Z')).sent, 1);
  const [mail] = await mailsTo(ctx.db, admin.email);
  assert.ok(mail, 'the admin got a reminder');
  assert.equal(mail.subject, 'Vienuviet: tuvojas termiņš / deadline approaching — DR-22.2, 30.11.2026.');
  const text = mail.body_text;
  for (const part of [
    'Tuvojas pienākuma izpildes termiņš: 30.11.2026.',
    'Noteikums: DR-22.2 — Iestāde identificējas sistēmā',
    'Atbildīgais: Valsts ieņēmumu dienests',
    'Rule: DR-22.2 — Institution identifies itself',
    'Due date: 30.11.2026.',
    `${ctx.config.publicUrl}/obligations?rule=DR-22.2`,
  ]) {
    assert.ok(text.includes(part), `the e-mail says "${part}"`);
  }
  assert.ok(text.indexOf('Labdien') < text.indexOf('Hello'), 'Latvian first, then English');
  assert.equal((await mailsTo(ctx.db, coordinator.email)).length, 0, 'only the administrators are reminded');

  assert.equal((await at('2026-11-26T08:00:00Z')).sent, 0, 'the same reminder is not sent again');
  await at('2026-11-30T21:59:00Z');
  assert.equal((await mailsTo(ctx.db, admin.email)).length, 1, 'the due day itself is not overdue');
  await at('2026-11-30T22:00:00Z');
  const mails = await mailsTo(ctx.db, admin.email);
  assert.equal(mails.length, 2);
  assert.match(mails[1]!.subject, /termiņš nokavēts \/ deadline missed — DR-22\.2, 30\.11\.2026\./);
  assert.ok(mails[1]!.body_text.includes('Pienākuma izpildes termiņš (30.11.2026.) ir nokavēts.'));
  await at('2026-12-01T09:00:00Z');
  await at('2026-12-15T09:00:00Z');
  assert.equal((await mailsTo(ctx.db, admin.email)).length, 2, 'never twice');
  assert.deepEqual(
    (await remindersOf(row.id)).map((r) => [r.kind, r.recipients]),
    [
      ['before_due', 1],
      ['overdue', 1],
    ],
  );
  assert.equal((await obligationEvents(ctx.db, 'obligation.remind', row.id)).length, 2);
});

test('two reminder runs at once send each reminder once', async () => {
  const admin = await buildUser(ctx, { role: 'org_admin', organisation: 'VZD' });
  const { row } = await buildObligation(ctx.deps, { ruleId: 'DR-22.2', organisation: 'VZD', startDate: '2026-11-23' });
  ctx.clock.set('2026-12-02T08:00:00Z');
  const reports = await Promise.all([
    sendObligationReminders(ctx.deps),
    sendObligationReminders(ctx.deps),
    sendObligationReminders(ctx.deps),
  ]);
  assert.equal(reports.reduce((n, r) => n + r.sent, 0) >= 1, true);
  const mails = await mailsTo(ctx.db, admin.email);
  assert.equal(mails.length, 1, 'one overdue reminder (the before-due one is skipped once overdue)');
  assert.deepEqual(
    (await remindersOf(row.id)).map((r) => r.kind),
    ['overdue'],
  );
});

test('DR-25.1.7.3 a centre’s duty goes to its head, not to the municipality’s admins', async () => {
  const balvi = await organisationId(ctx.db, 'Balvu novads');
  const centre = await firstCentreId(ctx.db, balvi);
  const head = await buildUser(ctx, { role: 'centre_head' });
  const admin = await buildUser(ctx, { role: 'org_admin' });
  await buildObligation(ctx.deps, {
    ruleId: 'DR-25.1.7.3',
    organisation: 'Balvu novads',
    centreId: centre,
    startDate: '2026-12-01',
    subjectType: 'feedback_case',
  });
  await at('2026-12-01T09:00:00Z');
  const [mail] = await mailsTo(ctx.db, head.email);
  assert.ok(
    mail?.body_text.includes(
      'Atbildīgais: Balvu novada pašvaldība, Balvu novada valsts un pašvaldības vienotais klientu apkalpošanas centrs',
    ),
  );
  assert.equal((await mailsTo(ctx.db, admin.email)).filter((m) => m.subject.includes('DR-25.1.7.3')).length, 0);
});

test('without admins the organisation’s own e-mail is used; with no address at all the reminder waits for one', async () => {
  await ctx.db.updateTable('organisations').set({ email: 'pasts@vdi.test' }).where('short_name', '=', 'VDI').execute();
  const { row } = await buildObligation(ctx.deps, {
    ruleId: 'CR-19.1',
    organisation: 'VDI',
    startDate: '2026-12-14',
    subjectType: 'presence_notice',
  });
  await at('2026-12-02T08:00:00Z');
  assert.equal((await mailsTo(ctx.db, 'pasts@vdi.test')).filter((m) => m.subject.includes('CR-19.1')).length, 1);

  const silent = await buildObligation(ctx.deps, {
    ruleId: 'CR-19.1',
    organisation: 'SIVA',
    startDate: '2026-12-14',
    subjectType: 'presence_notice',
  });
  const report = await at('2026-12-03T08:00:00Z');
  assert.ok(report.withoutRecipient >= 1);
  assert.equal((await remindersOf(silent.row.id)).length, 0, 'nothing recorded while nobody can be told');
  const admin = await buildUser(ctx, { role: 'org_admin', organisation: 'SIVA' });
  await at('2026-12-03T09:00:00Z');
  assert.equal((await mailsTo(ctx.db, admin.email)).length, 1);
  assert.equal((await remindersOf(row.id)).length, 1);
});

test('fulfilled and retention obligations get no reminders; REMINDER_WORKING_DAYS moves the first one', async () => {
  const admin = await buildUser(ctx, { role: 'org_admin', organisation: 'NVA' });
  const done = await buildObligation(ctx.deps, { ruleId: 'DR-22.2', organisation: 'NVA', startDate: '2027-01-04' });
  await fulfilAs(ctx.deps, { ruleId: 'DR-22.2', subject: done.subject, on: '2027-01-05' });
  const later = await buildObligation(ctx.deps, { ruleId: 'DR-15.3', organisation: 'NVA', startDate: '2027-01-04' });
  assert.equal(later.row.due_date, '2027-01-18');
  const oneDay = { ...ctx.deps, config: { ...ctx.deps.config, reminderWorkingDays: 1 } };
  ctx.clock.set('2027-01-14T08:00:00Z');
  await sendObligationReminders(oneDay);
  assert.equal((await mailsTo(ctx.db, admin.email)).length, 0, 'with 1 working day, not on the 14th');
  ctx.clock.set('2027-01-15T08:00:00Z');
  await sendObligationReminders(oneDay);
  const mails = await mailsTo(ctx.db, admin.email);
  assert.deepEqual(
    mails.map((m) => m.subject),
    ['Vienuviet: tuvojas termiņš / deadline approaching — DR-15.3, 18.01.2027.'],
  );

  const head = await buildUser(ctx, { role: 'centre_head' });
  const centre = await firstCentreId(ctx.db, await organisationId(ctx.db, 'Balvu novads'));
  await buildObligation(ctx.deps, {
    ruleId: 'DR-27.3',
    organisation: 'Balvu novads',
    centreId: centre,
    startDate: '2026-10-01',
    subjectType: 'contact',
  });
  await at('2027-02-01T08:00:00Z');
  assert.equal((await mailsTo(ctx.db, head.email)).filter((m) => m.subject.includes('DR-27.3')).length, 0);
});
