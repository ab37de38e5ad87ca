// The supervisory committee (CR-9, CR-10, CR-11): the composition check naming the bodies missing, the statute,
// meetings held fulfilling CR-11, agenda items for CR-10.1 … CR-10.4, decisions with votes, the minutes as a Latvian
// PDF that is final once approved, and who may do what.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { pdfBytes } from '../documents/test-fixtures.ts';
import { storeDocument } from '../documents/index.ts';
import { pdfPages } from '../eservices/test-fixtures.ts';
import { generateRecurringObligations } from '../obligations/index.ts';
import { buildCommittee, buildMeeting } from './test-fixtures.ts';
import { loadCommitteeReference } from './shipped.ts';

let ctx: TestContext;
let ministry: Session;
let member: Session;
let ids: Map<string, string>;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-03-02T09:00:00Z');
  ministry = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  member = await login(ctx.app, (await buildUser(ctx, { role: 'committee_member' })).email);
  await loadCommitteeReference(ctx.db);
});
after(() => ctx.close());

const committee = (date: string) => member.request('GET', `/api/v1/committee?date=${date}`);
const count = async (table: 'committee_members' | 'committee_decisions' | 'committee_votes') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('CR-9 the three associations are shipped as organisations of kind association, once', async () => {
  const again = await loadCommitteeReference(ctx.db);
  assert.equal(again.size, 3);
  const rows = await ctx.db
    .selectFrom('organisations')
    .select(['name', 'kind'])
    .where('kind', '=', 'association')
    .execute();
  assert.deepEqual(rows.map((r) => r.name).sort(), [
    'Latvijas Lielo pilsētu asociācija',
    'Latvijas Pašvaldību savienība',
    'Reģionālo attīstības centru apvienība',
  ]);
});

test('CR-9 the composition check names every body missing, then only the holders, then none', async () => {
  const empty = (await committee('2026-03-02')).json;
  assert.equal(empty.composition.complete, false);
  assert.deepEqual(
    empty.composition.missing.map((m: { body: string }) => m.body),
    ['ministry', 'institution', 'holder', 'lps', 'llpa', 'raca'],
  );
  ids = await buildCommittee(ctx, ministry);
  // The holder leaves: on 2026-03-02 it is still a member, from 2026-03-03 not.
  const vdi = (await committee('2026-03-02')).json.members.find(
    (m: { organisation: { id: string } }) => m.organisation.id === ids.get('VDI'),
  );
  const ended = await ministry.request('POST', `/api/v1/committee/members/${vdi.id}/end`, { validUntil: '2026-03-02' });
  assert.equal(ended.status, 200, ended.body);
  assert.equal((await committee('2026-03-02')).json.composition.complete, true);
  const later = (await committee('2026-03-03')).json.composition;
  assert.deepEqual(later.missing, [{ body: 'holder', name: { lv: 'Pakalpojumu turētāji', en: 'Service holders' } }]);
  assert.equal((await committee('2025-12-31')).json.composition.missing.length, 6, 'before the memberships began');
  const res = await ministry.request('POST', '/api/v1/committee/members', {
    organisationId: ids.get('VDI'),
    representativeName: 'Jauns pārstāvis',
    validFrom: '2026-03-03',
  });
  assert.equal(res.status, 201, res.body);
  assert.equal((await committee('2026-03-03')).json.composition.complete, true);
});

test('CR-9 a municipality or a stranger’s user is no member: 400 naming the field, nothing written', async () => {
  const before = await count('committee_members');
  const municipality = await ministry.request('POST', '/api/v1/committee/members', {
    organisationId: await organisationId(ctx.db, 'Balvu novads'),
    representativeName: 'X',
    validFrom: '2026-01-01',
  });
  assert.equal(municipality.status, 400);
  assert.deepEqual(
    municipality.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/organisationId', 'committee_member_kind']],
  );
  const stranger = await buildUser(ctx, { role: 'centre_employee' });
  const user = await ministry.request('POST', '/api/v1/committee/members', {
    organisationId: ids.get('PMLP'),
    representativeName: 'Y',
    userId: stranger.id,
    validFrom: '2026-01-01',
  });
  assert.equal(user.status, 400);
  assert.equal(user.json.errors[0].field, '/userId');
  const order = await ministry.request('POST', '/api/v1/committee/members', {
    organisationId: ids.get('PMLP'),
    representativeName: 'Z',
    validFrom: '2026-05-01',
    validUntil: '2026-04-01',
  });
  assert.equal(order.status, 400);
  assert.equal(order.json.errors[0].field, '/validUntil');
  assert.equal(await count('committee_members'), before);
});

test('CR-9 the statute the ministry approves: a stored document with its day; an unknown document refused', async () => {
  const document = await storeDocument(ctx.db, {
    bytes: pdfBytes('Nolikums'),
    filename: 'nolikums.pdf',
    organisationId: ids.get('VARAM')!,
    uploadedBy: null,
  });
  const unknown = await ministry.request('POST', '/api/v1/committee/statutes', {
    documentId: '00000000-0000-4000-8000-000000000000',
    approvedOn: '2026-02-01',
  });
  assert.equal(unknown.status, 400);
  assert.equal(unknown.json.errors[0].field, '/documentId');
  const res = await ministry.request('POST', '/api/v1/committee/statutes', {
    documentId: document.id,
    approvedOn: '2026-02-01',
  });
  assert.equal(res.status, 201, res.body);
  assert.deepEqual([res.json.statute.approvedOn, res.json.statute.document.id], ['2026-02-01', document.id]);
  assert.equal((await committee('2026-01-31')).json.statute, null, 'not in force before its approval');
});

const cr11 = () =>
  ctx.db
    .selectFrom('obligations')
    .select(['period', 'status', 'fulfilled_on'])
    .where('rule_id', '=', 'CR-11')
    .orderBy('period')
    .execute();

let first: { meetingId: string; itemId: string };

test('CR-11 a held meeting fulfils the ministry’s duty of its year: the first 2026/1, the second 2026/2', async () => {
  await generateRecurringObligations(ctx.deps);
  assert.deepEqual(
    (await cr11()).map((o) => [o.period, o.status]),
    [
      ['2026/1', 'open'],
      ['2026/2', 'open'],
    ],
  );
  first = await buildMeeting(ministry, '2026-02-20');
  const future = await ministry.request('POST', `/api/v1/committee/meetings/${first.meetingId}/held`, {
    heldOn: '2026-03-03',
  });
  assert.equal(future.status, 400);
  assert.equal(future.json.errors[0].field, '/heldOn');
  const held = await ministry.request('POST', `/api/v1/committee/meetings/${first.meetingId}/held`, {
    heldOn: '2026-02-20',
  });
  assert.equal(held.status, 200, held.body);
  assert.deepEqual([held.json.status, held.json.heldOn, held.json.minutes.state], ['held', '2026-02-20', 'draft']);
  assert.deepEqual(
    (await cr11()).map((o) => [o.period, o.status, o.fulfilled_on]),
    [
      ['2026/1', 'fulfilled_on_time', '2026-02-20'],
      ['2026/2', 'open', null],
    ],
  );
  const twice = await ministry.request('POST', `/api/v1/committee/meetings/${first.meetingId}/held`, {
    heldOn: '2026-02-21',
  });
  assert.equal(twice.status, 409);
  const second = await buildMeeting(ministry, '2026-03-01');
  await ministry.request('POST', `/api/v1/committee/meetings/${second.meetingId}/held`, { heldOn: '2026-03-01' });
  assert.deepEqual(
    (await cr11()).map((o) => [o.period, o.status]),
    [
      ['2026/1', 'fulfilled_on_time'],
      ['2026/2', 'fulfilled_on_time'],
    ],
  );
});

test('CR-10.1 … CR-10.4 agenda items name what they are about and the point they serve', async () => {
  const { meetingId } = await buildMeeting(ministry, '2026-06-10', {
    title: 'Kvalitāte',
    subjectKind: 'quality_evaluation',
  });
  const add = (body: object) => ministry.request('POST', `/api/v1/committee/meetings/${meetingId}/agenda-items`, body);
  const proposalId = '11111111-1111-4111-8111-111111111111';
  assert.equal((await add({ title: 'Aptaujas pārskats', subjectKind: 'survey_report' })).status, 201);
  assert.equal((await add({ title: 'Centru darbība', subjectKind: 'centres_analysis' })).status, 201);
  const missing = await add({ title: 'Priekšlikums', subjectKind: 'proposal' });
  assert.equal(missing.status, 400);
  assert.equal(missing.json.errors[0].field, '/subjectId');
  const stray = await add({ title: 'Cits', subjectKind: 'other', subjectId: proposalId });
  assert.equal(stray.status, 400);
  assert.equal(stray.json.errors[0].field, '/subjectId');
  const detail = (await member.request('GET', `/api/v1/committee/meetings/${meetingId}`)).json;
  assert.deepEqual(
    detail.agenda.map((i: { position: number; subject: { kind: string; requirement: string } }) => [
      i.position,
      i.subject.kind,
      i.subject.requirement,
    ]),
    [
      [1, 'quality_evaluation', 'CR-10.2'],
      [2, 'survey_report', 'CR-10.4'],
      [3, 'centres_analysis', 'CR-10.3'],
    ],
  );
});

test('CR-10 a decision with each member’s vote: adopted by majority; bad votes refused naming the field, nothing written', async () => {
  const planned = await buildMeeting(ministry, '2026-06-11');
  const early = await ministry.request('POST', `/api/v1/committee/meetings/${planned.meetingId}/decisions`, {
    agendaItemId: planned.itemId,
    text: 'Pieņemt zināšanai',
    votes: [],
  });
  assert.equal(early.status, 409);
  assert.equal(early.json.code, 'committee_meeting_not_held');

  const before = [await count('committee_decisions'), await count('committee_votes')];
  const bad = await ministry.request('POST', `/api/v1/committee/meetings/${first.meetingId}/decisions`, {
    agendaItemId: first.itemId,
    text: 'Atbalstīt centru darbības uzlabojumus',
    votes: [
      { organisationId: ids.get('VARAM'), vote: 'for' },
      { organisationId: await organisationId(ctx.db, 'Balvu novads'), vote: 'for' },
      { organisationId: ids.get('VARAM'), vote: 'against' },
    ],
  });
  assert.equal(bad.status, 400);
  assert.deepEqual(
    bad.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [
      ['/votes/1/organisationId', 'committee_vote_not_member'],
      ['/votes/2/organisationId', 'committee_vote_twice'],
    ],
  );
  assert.deepEqual([await count('committee_decisions'), await count('committee_votes')], before);

  const res = await ministry.request('POST', `/api/v1/committee/meetings/${first.meetingId}/decisions`, {
    agendaItemId: first.itemId,
    text: 'Atbalstīt centru darbības uzlabojumus',
    votes: [
      { organisationId: ids.get('VARAM'), vote: 'for' },
      { organisationId: ids.get('LPS'), vote: 'for' },
      { organisationId: ids.get('LLPA'), vote: 'against' },
      { organisationId: ids.get('RACA'), vote: 'abstain' },
    ],
  });
  assert.equal(res.status, 201, res.body);
  const decision = res.json.agenda[0].decision;
  assert.equal(decision.adopted, true);
  assert.deepEqual(decision.tally, { for: 2, against: 1, abstain: 1 });
  assert.equal(decision.decidedOn, '2026-02-20');
  const again = await ministry.request('POST', `/api/v1/committee/meetings/${first.meetingId}/decisions`, {
    agendaItemId: first.itemId,
    text: 'Vēlreiz',
    votes: [],
  });
  assert.equal(again.status, 409);
});

test('CR-10 CR-11 the minutes: a draft PDF in Latvian, then approved, stored and final — later changes refused 409', async () => {
  const url = `/api/v1/committee/meetings/${first.meetingId}/minutes.pdf`;
  const draft = await ctx.app.inject({ method: 'GET', url, headers: { cookie: member.cookie } });
  assert.equal(draft.statusCode, 200);
  assert.equal(draft.headers['content-type'], 'application/pdf');
  assert.equal(draft.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
  const draftText = (await pdfPages(draft.rawPayload)).join('\n');
  assert.match(draftText, /UZRAUDZĪBAS KOMITEJAS SĒDES PROTOKOLS/);
  assert.match(draftText, /PROJEKTS/);
  assert.match(draftText, /Latvijas Pašvaldību savienība — Pārstāvis LPS/);
  assert.match(draftText, /Balsojums: par — 2, pret — 1, atturas — 1\. Lēmums pieņemts\./);
  assert.match(draftText, /Latvijas Lielo pilsētu asociācija: pret/);

  const planned = await buildMeeting(ministry, '2026-09-01');
  const notHeld = await ministry.request(
    'POST',
    `/api/v1/committee/meetings/${planned.meetingId}/minutes/approval`,
    {},
  );
  assert.equal(notHeld.status, 409);

  const approved = await ministry.request('POST', `/api/v1/committee/meetings/${first.meetingId}/minutes/approval`, {
    approvedOn: '2026-02-27',
  });
  assert.equal(approved.status, 200, approved.body);
  assert.deepEqual(
    [approved.json.status, approved.json.minutesApprovedOn, approved.json.minutes.state],
    ['minutes_approved', '2026-02-27', 'final'],
  );
  assert.equal(approved.json.minutes.document.mediaType, 'application/pdf');
  const final = await ctx.app.inject({ method: 'GET', url, headers: { cookie: member.cookie } });
  const finalText = (await pdfPages(final.rawPayload)).join('\n');
  assert.match(finalText, /APSTIPRINĀTS/);
  assert.match(finalText, /Protokols apstiprināts 27\.02\.2026\./);
  assert.doesNotMatch(finalText, /PROJEKTS/);
  const stored = await ctx.db
    .selectFrom('documents')
    .select('sha256')
    .where('id', '=', approved.json.minutes.document.id)
    .executeTakeFirstOrThrow();
  assert.equal(stored.sha256, approved.json.minutes.document.sha256);

  const base = `/api/v1/committee/meetings/${first.meetingId}`;
  for (const [path, body] of [
    ['agenda-items', { title: 'Vēl viens', subjectKind: 'other' }],
    ['decisions', { agendaItemId: first.itemId, text: 'Cits', votes: [] }],
    ['minutes/approval', {}],
    ['held', { heldOn: '2026-02-20' }],
  ] as const) {
    const res = await ministry.request('POST', `${base}/${path}`, body);
    assert.equal(res.status, 409, path);
    assert.equal(res.json.code, 'committee_minutes_final', path);
  }
  const again = await ctx.app.inject({ method: 'GET', url, headers: { cookie: member.cookie } });
  assert.deepEqual(again.rawPayload, final.rawPayload, 'the same stored bytes');
  const downloads = await ctx.db
    .selectFrom('audit_events')
    .select('entity_id')
    .where('action', '=', 'committee.minutes_download')
    .execute();
  assert.equal(downloads.length, 3, 'each download of the minutes is audited');
});

test('CR-9 only the ministry writes (403 for a committee member and others); members and auditors read; others 403', async () => {
  const writes: [string, object][] = [
    [
      '/api/v1/committee/members',
      { organisationId: ids.get('VARAM'), representativeName: 'X', validFrom: '2026-01-01' },
    ],
    ['/api/v1/committee/meetings', { plannedOn: '2026-10-01', place: 'Rīga' }],
    [`/api/v1/committee/meetings/${first.meetingId}/held`, { heldOn: '2026-02-20' }],
  ];
  const employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
  for (const [url, body] of writes) {
    assert.equal((await member.request('POST', url, body)).status, 403, url);
    assert.equal((await employee.request('POST', url, body)).status, 403, url);
  }
  assert.equal((await employee.request('GET', '/api/v1/committee')).status, 403);
  assert.equal((await member.request('GET', '/api/v1/committee/meetings')).status, 200);
  const auditor = await login(ctx.app, (await buildUser(ctx, { role: 'auditor' })).email);
  assert.equal((await auditor.request('GET', `/api/v1/committee/meetings/${first.meetingId}`)).status, 200);
  assert.equal((await ctx.app.inject({ method: 'GET', url: '/api/v1/committee' })).statusCode, 401);
});
