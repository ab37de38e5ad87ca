// DR-25.1.7.3: a contact that came by e-mail or official e-address is answered within 3 working days on the calendar
// of the centre's municipality; the day of receipt, "today" and overdue are Riga's, whatever the server's zone (this
// file runs the process in UTC+14 to prove it). The answer fulfils the obligation; the dashboard shows the overdue.
process.env.TZ = 'Pacific/Kiritimati';

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff } from './test-fixtures.ts';

let ctx: TestContext;
let service: string;

before(async () => {
  ctx = await testContext();
  service = (
    await buildService(ctx.db, { holderId: await organisationId(ctx.db, 'VID'), name: 'Nodokļu konsultācija' })
  ).id;
});
after(() => ctx.close());

/** A centre of its own (so counts are this test's) and a logged-in employee, with the clock at `at`. */
async function counterAt(at: string) {
  ctx.clock.set(at);
  const centre = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  const staff = await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId: centre.centreId });
  const session = await login(ctx.app, staff.email);
  const register = (extra: Record<string, unknown> = {}) =>
    session.request('POST', '/api/v1/contacts', {
      centreId: centre.centreId,
      servicePointId: centre.pointId,
      channel: 'email',
      type: 'question',
      serviceIds: [service],
      ...extra,
    });
  return { centre, staff, session, register };
}

/** Moves the clock and logs in again (a session idles out after 30 minutes). */
async function relogin(email: string, at: string): Promise<Session> {
  ctx.clock.set(at);
  return login(ctx.app, email);
}

const obligationOf = (contactId: string) =>
  ctx.db
    .selectFrom('obligations')
    .selectAll()
    .where('subject_type', '=', 'contact')
    .where('subject_id', '=', contactId)
    .executeTakeFirst();

test('DR-25.1.7.3 an e-mail received on Monday 16.11.2026 is due on Friday 20.11.: the 18th is a public holiday', async () => {
  const { register, centre } = await counterAt('2026-11-16T08:00:00Z');
  const res = await register();
  assert.equal(res.status, 201, res.body);
  assert.deepEqual([res.json.dueOn, res.json.state], ['2026-11-20', 'open']);
  const obligation = await obligationOf(res.json.id);
  assert.deepEqual(
    [obligation?.rule_id, obligation?.due_date, obligation?.status, obligation?.centre_id],
    ['DR-25.1.7.3', '2026-11-20', 'open', centre.centreId],
  );
  const eAddress = await register({ channel: 'e_address', type: 'information' });
  assert.equal(eAddress.json.dueOn, '2026-11-20');
  const phone = await register({ channel: 'phone' });
  assert.deepEqual([phone.json.dueOn, phone.json.state], [null, 'closed'], 'spoken contacts have no due date');
  assert.equal(await obligationOf(phone.json.id), undefined);
});

test('DR-25.1.7.3 the day of receipt is the Riga day: 23:30 on Thursday counts from Thursday, 00:30 on Friday from Friday', async () => {
  assert.equal(new Date('2026-11-26T21:30:00Z').getDate(), 27, 'the process really runs in UTC+14');
  const thursday = await counterAt('2026-11-26T21:30:00Z'); // 23:30 Thursday in Riga, 11:30 Friday in the server's zone
  const late = await thursday.register();
  assert.deepEqual([late.json.occurredOn, late.json.dueOn], ['2026-11-26', '2026-12-01']);
  const friday = await counterAt('2026-11-26T22:30:00Z'); // 00:30 Friday in Riga, UTC still Thursday
  const early = await friday.register();
  assert.deepEqual([early.json.occurredOn, early.json.dueOn], ['2026-11-27', '2026-12-02']);
});

test("DR-25.1.7.3 the due date follows the municipality's calendar choice: opted out of Cabinet transfers, Monday 22.06.2026 is a working day", async () => {
  // Thursday 18.06.2026: the Cabinet moved Monday 22.06. to Saturday 27.06.; 23.06. and 24.06. are public holidays.
  const state = await counterAt('2026-06-18T08:00:00Z');
  const withTransfers = await state.register();
  assert.equal(withTransfers.status, 201, withTransfers.body);
  assert.deepEqual(
    [withTransfers.json.dueOn, (await obligationOf(withTransfers.json.id))?.due_date],
    ['2026-06-26', '2026-06-26'],
  );

  const optedOut = await counterAt('2026-06-18T08:00:00Z');
  await ctx.db
    .updateTable('organisations')
    .set({ follows_cabinet_transfers: false })
    .where('id', '=', optedOut.centre.municipalityId)
    .execute();
  const own = await optedOut.register();
  assert.equal(own.status, 201, own.body);
  // The answer and the obligation agree: the answer's date is worked out before the transaction, the obligation's in it.
  assert.deepEqual([own.json.dueOn, (await obligationOf(own.json.id))?.due_date], ['2026-06-25', '2026-06-25']);
});

test('DR-25.1.7.3 overdue is decided in Riga: open until the due day ends at Riga midnight, then on the dashboard', async () => {
  const { register, centre, staff } = await counterAt('2026-11-16T08:00:00Z');
  const contact = (await register()).json;
  await register({ channel: 'in_person' });

  let session = await relogin(staff.email, '2026-11-20T21:59:00Z'); // 23:59 Friday in Riga
  const lastMinute = await session.request('GET', `/api/v1/centres/${centre.centreId}/contact-dashboard`);
  assert.equal(lastMinute.status, 200, lastMinute.body);
  assert.deepEqual(
    [lastMinute.json.date, lastMinute.json.open, lastMinute.json.overdue, lastMinute.json.dueToday],
    ['2026-11-20', 1, 0, 1],
  );
  assert.equal((await session.request('GET', `/api/v1/contacts/${contact.id}`)).json.state, 'open');

  session = await relogin(staff.email, '2026-11-20T22:01:00Z'); // 00:01 Saturday in Riga, UTC still Friday
  const dashboard = await session.request('GET', `/api/v1/centres/${centre.centreId}/contact-dashboard`);
  assert.deepEqual(
    [dashboard.json.date, dashboard.json.open, dashboard.json.overdue, dashboard.json.dueToday],
    ['2026-11-21', 1, 1, 0],
  );
  assert.deepEqual(
    dashboard.json.overdueItems.map((c: { id: string; state: string }) => [c.id, c.state]),
    [[contact.id, 'overdue']],
  );
  const overdue = await session.request('GET', `/api/v1/contacts?centreId=${centre.centreId}&state=overdue`);
  assert.deepEqual(
    overdue.json.items.map((c: { id: string }) => c.id),
    [contact.id],
  );
  const open = await session.request('GET', `/api/v1/contacts?centreId=${centre.centreId}&state=open`);
  assert.equal(open.json.total, 1, 'waiting for an answer, overdue included');
});

test('DR-25.1.7.3 the answer records its time and fulfils the obligation, on time or late', async () => {
  const { register, staff } = await counterAt('2026-11-16T08:00:00Z');
  const onTime = (await register()).json;
  const late = (await register()).json;
  let session = await relogin(staff.email, '2026-11-19T09:00:00Z');
  const answered = await session.request('POST', `/api/v1/contacts/${onTime.id}/answer`, {});
  assert.equal(answered.status, 200, answered.body);
  assert.deepEqual(
    [answered.json.state, answered.json.answeredAt, answered.json.outcome],
    ['answered', '2026-11-19T09:00:00.000Z', 'answered_in_writing'],
  );
  assert.equal((await obligationOf(onTime.id))?.status, 'fulfilled_on_time');
  const again = await session.request('POST', `/api/v1/contacts/${onTime.id}/answer`, {});
  assert.deepEqual([again.status, again.json.code], [409, 'contact_already_answered']);

  session = await relogin(staff.email, '2026-11-23T08:00:00Z');
  const tooEarly = await session.request('POST', `/api/v1/contacts/${late.id}/answer`, {
    answeredAt: '2026-11-15T08:00:00Z',
  });
  assert.deepEqual([tooEarly.status, tooEarly.json.errors?.[0]?.field], [400, '/answeredAt']);
  const future = await session.request('POST', `/api/v1/contacts/${late.id}/answer`, {
    answeredAt: '2026-11-24T08:00:00Z',
  });
  assert.deepEqual([future.status, future.json.errors?.[0]?.code], [400, 'contact_time_future']);
  const lateAnswer = await session.request('POST', `/api/v1/contacts/${late.id}/answer`, {
    answeredAt: '2026-11-23T07:00:00Z',
    note: 'Atbildēts pa e-pastu',
  });
  assert.deepEqual([lateAnswer.json.state, lateAnswer.json.note], ['answered_late', 'Atbildēts pa e-pastu']);
  assert.equal((await obligationOf(late.id))?.status, 'fulfilled_late');
  const events = await ctx.db
    .selectFrom('audit_events')
    .select('action')
    .where('entity_id', '=', late.id)
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    events.map((e) => e.action),
    ['contact.create', 'contact.answer'],
  );

  const spoken = (await session.request('POST', '/api/v1/contacts', { ...(await spokenBody(staff.email)) })).json;
  const notWritten = await session.request('POST', `/api/v1/contacts/${spoken.id}/answer`, {});
  assert.deepEqual([notWritten.status, notWritten.json.code], [409, 'contact_not_written']);
});

test('DR-25.1.7.3 undoing a written registration cancels its deadline; its channel cannot become a spoken one', async () => {
  const { register, session } = await counterAt('2026-11-16T08:00:00Z');
  const contact = (await register()).json;
  const toPhone = await session.request(
    'PATCH',
    `/api/v1/contacts/${contact.id}`,
    { channel: 'phone' },
    await currentVersion(ctx.db, 'contacts', contact.id),
  );
  assert.deepEqual([toPhone.status, toPhone.json.errors?.[0]?.field], [409, '/channel']);
  const toEAddress = await session.request(
    'PATCH',
    `/api/v1/contacts/${contact.id}`,
    { channel: 'e_address' },
    await currentVersion(ctx.db, 'contacts', contact.id),
  );
  assert.deepEqual([toEAddress.status, toEAddress.json.dueOn], [200, '2026-11-20']);
  const undo = await session.request(
    'DELETE',
    `/api/v1/contacts/${contact.id}`,
    undefined,
    await currentVersion(ctx.db, 'contacts', contact.id),
  );
  assert.equal(undo.status, 200, undo.body);
  assert.equal((await obligationOf(contact.id))?.status, 'cancelled');
});

test('DR-25.1.7.3 the outcome follows the channel: a written contact is "awaiting reply" until answered, and only it', async () => {
  const { register, session, staff, centre } = await counterAt('2026-11-16T08:00:00Z');
  const contact = await register();
  assert.deepEqual([contact.status, contact.json.outcome, contact.json.state], [201, 'awaiting_reply', 'open']);
  const resolved = await register({ outcome: 'resolved_on_spot' });
  assert.deepEqual(
    [resolved.status, resolved.json.errors?.[0]?.field, resolved.json.errors?.[0]?.code],
    [400, '/outcome', 'contact_outcome_awaits_reply'],
  );
  const spoken = await session.request('POST', '/api/v1/contacts', {
    ...(await spokenBody(staff.email)),
    outcome: 'awaiting_reply',
  });
  assert.deepEqual(
    [spoken.status, spoken.json.errors?.[0]?.field, spoken.json.errors?.[0]?.code],
    [400, '/outcome', 'contact_outcome_not_awaiting'],
  );
  const listed = await session.request('GET', `/api/v1/contacts?centreId=${centre.centreId}`);
  assert.equal(listed.json.total, 1, 'the refused ones were not written');

  const changed = await session.request(
    'PATCH',
    `/api/v1/contacts/${contact.json.id}`,
    { outcome: 'resolved_on_spot' },
    await currentVersion(ctx.db, 'contacts', contact.json.id),
  );
  assert.deepEqual([changed.status, changed.json.errors?.[0]?.field], [400, '/outcome']);
  const stillAwaiting = await session.request('POST', `/api/v1/contacts/${contact.json.id}/answer`, {
    outcome: 'awaiting_reply',
  });
  assert.deepEqual([stillAwaiting.status, stillAwaiting.json.errors?.[0]?.field], [400, '/outcome']);
  const answered = await session.request('POST', `/api/v1/contacts/${contact.json.id}/answer`, {});
  assert.deepEqual([answered.json.outcome, answered.json.state], ['answered_in_writing', 'answered']);
});

/** A spoken contact at the staff member's centre. */
async function spokenBody(email: string) {
  const user = await ctx.db
    .selectFrom('users')
    .innerJoin('role_grants as g', 'g.user_id', 'users.id')
    .select(['g.centre_id'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const point = await ctx.db
    .selectFrom('service_points')
    .select('id')
    .where('centre_id', '=', user.centre_id!)
    .executeTakeFirstOrThrow();
  return { centreId: user.centre_id, servicePointId: point.id, type: 'question' };
}
