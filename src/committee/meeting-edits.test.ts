// CR-11: the ministry edits a planned meeting — its day and place, its agenda items renamed or removed — with the
// version it read (If-Match: 412 for a stale one, 428 without), audited; a held meeting is frozen (409 naming the day);
// bad input is refused naming the field, and nothing is written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildCommittee, buildMeeting } from './test-fixtures.ts';

let ctx: TestContext;
let ministry: Session;
let member: Session;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-03-02T09:00:00Z');
  ministry = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  member = await login(ctx.app, (await buildUser(ctx, { role: 'committee_member' })).email);
  await buildCommittee(ctx, ministry);
});
after(() => ctx.close());

const url = (id: string) => `/api/v1/committee/meetings/${id}`;
const read = (id: string) => ministry.request('GET', url(id));
const stored = (id: string) =>
  ctx.db
    .selectFrom('committee_meetings')
    .select(['planned_on', 'place', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const itemsOf = (id: string) =>
  ctx.db
    .selectFrom('committee_agenda_items')
    .select(['id', 'position', 'title', 'document_id'])
    .where('meeting_id', '=', id)
    .orderBy('position')
    .execute();
const auditOf = (id: string) =>
  ctx.db
    .selectFrom('audit_events')
    .select(['action', 'before', 'after'])
    .where('entity_id', '=', id)
    .orderBy('occurred_at')
    .execute();
const tag = (res: { headers: Record<string, unknown> }) => ({ 'if-match': String(res.headers.etag) });

test('CR-11 the ministry edits a planned meeting’s day and place with the version it read: 200 with the next ETag, audited; its members are those of the new day', async () => {
  const { meetingId } = await buildMeeting(ministry, '2026-04-15');
  const first = await read(meetingId);
  assert.equal(first.status, 200);
  assert.equal(first.headers.etag, `"${first.json.version}"`);
  const res = await ministry.request(
    'PATCH',
    url(meetingId),
    { plannedOn: '2026-05-20', place: '  VARAM, Peldu iela 25  ' },
    tag(first),
  );
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(
    [res.json.plannedOn, res.json.place, res.json.status],
    ['2026-05-20', 'VARAM, Peldu iela 25', 'planned'],
  );
  assert.equal(res.headers.etag, `"${first.json.version + 1}"`);
  assert.equal(res.json.members.length, 6, 'the members on the new day');
  const [edit] = (await auditOf(meetingId)).filter((a) => a.action === 'committee.meeting_edit');
  assert.deepEqual(
    [(edit!.before as { plannedOn: string }).plannedOn, (edit!.after as { plannedOn: string; place: string }).place],
    ['2026-04-15', 'VARAM, Peldu iela 25'],
  );
});

test('CR-11 of two editors holding one version the second gets 412 with the current one and writes nothing; without If-Match 428', async () => {
  const { meetingId } = await buildMeeting(ministry, '2026-06-10');
  const seen = await read(meetingId);
  const a = await ministry.request('PATCH', url(meetingId), { place: 'Rīga, 1. zāle' }, tag(seen));
  assert.equal(a.status, 200, a.body);
  const b = await ministry.request('PATCH', url(meetingId), { place: 'Rīga, 2. zāle' }, tag(seen));
  assert.equal(b.status, 412, b.body);
  assert.deepEqual([b.json.code, b.json.currentEtag], ['stale_version', a.headers.etag]);
  const none = await ministry.request('PATCH', url(meetingId), { place: 'Rīga, 3. zāle' });
  assert.equal(none.status, 428, none.body);
  const item = await ministry.request(
    'DELETE',
    `${url(meetingId)}/agenda-items/${seen.json.agenda[0].id}`,
    undefined,
    tag(seen),
  );
  assert.equal(item.status, 412, item.body);
  assert.equal((await stored(meetingId)).place, 'Rīga, 1. zāle', 'the first change stays');
  assert.equal((await itemsOf(meetingId)).length, 1);
});

test('CR-10 CR-11 the agenda of a planned meeting: an item renamed, one removed and the rest renumbered; each audited and counting the meeting’s version', async () => {
  const { meetingId, itemId } = await buildMeeting(ministry, '2026-07-01');
  for (const title of ['Pakalpojumu kvalitāte', 'Apmierinātības pētījums']) {
    const added = await ministry.request('POST', `${url(meetingId)}/agenda-items`, { title, subjectKind: 'other' });
    assert.equal(added.status, 201, added.body);
  }
  const [, second, third] = await itemsOf(meetingId);
  let seen = await read(meetingId);
  const renamed = await ministry.request(
    'PATCH',
    `${url(meetingId)}/agenda-items/${third!.id}`,
    { title: 'Klientu apmierinātības pētījums (CR-10.4)' },
    tag(seen),
  );
  assert.equal(renamed.status, 200, renamed.body);
  assert.equal(renamed.json.version, seen.json.version + 1);
  seen = renamed;
  const removed = await ministry.request(
    'DELETE',
    `${url(meetingId)}/agenda-items/${second!.id}`,
    undefined,
    tag(seen),
  );
  assert.equal(removed.status, 200, removed.body);
  assert.deepEqual(
    removed.json.agenda.map((i: { position: number; title: string }) => [i.position, i.title]),
    [
      [1, 'Centru darbība'],
      [2, 'Klientu apmierinātības pētījums (CR-10.4)'],
    ],
  );
  assert.deepEqual(
    (await itemsOf(meetingId)).map((i) => i.id),
    [itemId, third!.id],
  );
  const actions = (await auditOf(meetingId)).map((a) => a.action);
  assert.ok(actions.includes('committee.agenda_item_edit'));
  assert.ok(actions.includes('committee.agenda_item_remove'));
});

test('CR-11 a held meeting is frozen: its day, place and agenda refused with 409 naming the day it was held; nothing written', async () => {
  const { meetingId, itemId } = await buildMeeting(ministry, '2026-03-02');
  const held = await ministry.request('POST', `${url(meetingId)}/held`, { heldOn: '2026-03-02' });
  assert.equal(held.status, 200, held.body);
  const seen = await read(meetingId);
  const before = [await stored(meetingId), await itemsOf(meetingId), (await auditOf(meetingId)).length];
  const writes = [
    ministry.request('PATCH', url(meetingId), { plannedOn: '2026-03-10' }, tag(seen)),
    ministry.request('PATCH', `${url(meetingId)}/agenda-items/${itemId}`, { title: 'Cits' }, tag(seen)),
    ministry.request('DELETE', `${url(meetingId)}/agenda-items/${itemId}`, undefined, tag(seen)),
  ];
  for (const res of await Promise.all(writes)) {
    assert.equal(res.status, 409, res.body);
    assert.equal(res.json.code, 'committee_meeting_frozen');
    assert.match(res.json.title, /02\.03\.2026/);
  }
  assert.deepEqual([await stored(meetingId), await itemsOf(meetingId), (await auditOf(meetingId)).length], before);
});

test('CR-11 bad input: a blank place → 400 /place, a date that is none → 400 /plannedOn, an unknown document → 400 /documentId, an unknown item → 404; a committee member → 403; nothing written', async () => {
  const { meetingId, itemId } = await buildMeeting(ministry, '2026-09-09');
  const seen = await read(meetingId);
  const before = [await stored(meetingId), await itemsOf(meetingId)];
  const fields = async (res: Awaited<ReturnType<Session['request']>>) => {
    assert.equal(res.status, 400, res.body);
    return res.json.errors.map((e: { field: string }) => e.field);
  };
  assert.deepEqual(await fields(await ministry.request('PATCH', url(meetingId), { place: '   ' }, tag(seen))), [
    '/place',
  ]);
  assert.deepEqual(
    await fields(await ministry.request('PATCH', url(meetingId), { plannedOn: '2026-02-30' }, tag(seen))),
    ['/plannedOn'],
  );
  assert.deepEqual(
    await fields(
      await ministry.request(
        'PATCH',
        `${url(meetingId)}/agenda-items/${itemId}`,
        { documentId: '00000000-0000-4000-8000-000000000000' },
        tag(seen),
      ),
    ),
    ['/documentId'],
  );
  const unknown = await ministry.request(
    'DELETE',
    `${url(meetingId)}/agenda-items/00000000-0000-4000-8000-000000000000`,
    undefined,
    tag(seen),
  );
  assert.equal(unknown.status, 404, unknown.body);
  const outsider = await member.request('PATCH', url(meetingId), { place: 'Cēsis' }, tag(seen));
  assert.equal(outsider.status, 403, outsider.body);
  assert.deepEqual([await stored(meetingId), await itemsOf(meetingId)], before);
});
