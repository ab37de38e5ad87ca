// The centre's side of the institutions' officers: the same officer at two centres at once (CR-19.1), the centre's
// duty to publish a change of reception hours (DR-26.1.9), the safety briefing (CR-19.5, CR-20.4), the workplace's
// needs (CR-20.5, CR-20.6) and the head of centre the municipality appoints (CR-20.3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { mailsTo } from '../../test/support/obligations.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildReception, buildStaff } from '../contacts/test-fixtures.ts';

let ctx: TestContext;
let vsaa: string;
let centreA: Awaited<ReturnType<typeof buildCentre>>;
let centreB: Awaited<ReturnType<typeof buildCentre>>;
let centreC: Awaited<ReturnType<typeof buildCentre>>;
let coordinator: { email: string };
let headA: { email: string };
let headB: { email: string };

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-17T08:00:00Z');
  vsaa = await organisationId(ctx.db, 'VSAA');
  centreA = await buildCentre(ctx.db, { kind: 'regional', hours: '08:00-17:00' });
  centreB = await buildCentre(ctx.db, { kind: 'regional', hours: '08:00-17:00' });
  centreC = await buildCentre(ctx.db, { kind: 'national', placeLevel: 'national', hours: '08:00-17:00' });
  const reception = { A: ['09:00-12:00'], B: ['11:00-14:00'], C: ['14:00-17:00'] };
  for (const [c, hours] of [
    [centreA, reception.A],
    [centreB, reception.B],
    [centreC, reception.C],
  ] as const)
    await buildReception(ctx.db, {
      centreId: c.centreId,
      institutionId: vsaa,
      validFrom: '2026-11-01',
      hours: [...hours],
    });
  coordinator = await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VSAA' });
  headA = await buildStaff(ctx.db, {
    role: 'centre_head',
    municipalityId: centreA.municipalityId,
    centreId: centreA.centreId,
  });
  headB = await buildStaff(ctx.db, {
    role: 'centre_head',
    municipalityId: centreB.municipalityId,
    centreId: centreB.centreId,
  });
});
after(() => ctx.close());

async function as(email: string, now: string): Promise<Session> {
  ctx.clock.set(now);
  return login(ctx.app, email);
}

const marta = { position: 'Klientu apkalpošanas speciāliste', name: 'Marta', surname: 'Egle' };

async function send(s: Session, centreId: string, body: Record<string, unknown>) {
  const res = await s.request('POST', `/api/v1/centres/${centreId}/presence-notices`, { institutionId: vsaa, ...body });
  assert.equal(res.status, 201, res.body);
  return res.json as { id: string };
}

const notice = (id: string) =>
  ctx.db.selectFrom('presence_notices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const duty = (subjectId: string) =>
  ctx.db
    .selectFrom('obligations')
    .select(['rule_id', 'status', 'start_date', 'due_date', 'fulfilled_on'])
    .where('subject_id', '=', subjectId)
    .executeTakeFirstOrThrow();
const auditOf = (action: string, entityId: string) =>
  ctx.db
    .selectFrom('audit_events')
    .select('action')
    .where('action', '=', action)
    .where('entity_id', '=', entityId)
    .execute();

test('CR-19.1 the same officer assigned to two centres at overlapping hours is a conflict seen from both; hours that do not overlap, an absence there or another officer are not', async () => {
  const c = await as(coordinator.email, '2026-11-17T08:00:00Z');
  await send(c, centreA.centreId, { kind: 'assignment', officer: marta, from: '2026-11-30' });
  // The same person, written in another case: still the same officer.
  await send(c, centreB.centreId, {
    kind: 'assignment',
    officer: { ...marta, name: 'MARTA', surname: 'egle' },
    from: '2026-11-30',
  });
  await send(c, centreC.centreId, { kind: 'assignment', officer: marta, from: '2026-11-30' });
  // At B, nobody receives on Tuesday 1.12: no overlap that day.
  await send(c, centreB.centreId, {
    kind: 'absence',
    officer: marta,
    from: '2026-12-01',
    until: '2026-12-01',
    reason: 'Strādā centrā A',
  });

  const conflictsOf = async (email: string, centreId: string) => {
    const s = await as(email, '2026-11-27T08:00:00Z');
    const res = await s.request('GET', `/api/v1/centres/${centreId}/presence-conflicts?from=2026-11-30&days=2`);
    assert.equal(res.status, 200, res.body);
    return res.json.filter((x: { kind: string }) => x.kind === 'officer_two_centres');
  };
  const atA = await conflictsOf(headA.email, centreA.centreId);
  assert.deepEqual(
    atA.map((x: { date: string; otherCentreId: string; officer: string; hours: string }) => [
      x.date,
      x.otherCentreId,
      x.officer,
      x.hours,
    ]),
    [['2026-11-30', centreB.centreId, 'Marta Egle', '11:00–14:00']],
    'B overlaps A on Monday (11:00–12:00); C (14:00–17:00) never does; B has nobody on Tuesday',
  );
  const atB = await conflictsOf(headB.email, centreB.centreId);
  assert.deepEqual(
    atB.map((x: { date: string; otherCentreId: string }) => [x.date, x.otherCentreId]),
    [['2026-11-30', centreA.centreId]],
  );

  // Another officer of the same institution at B: no conflict with A.
  const d = await buildCentre(ctx.db, { kind: 'regional', hours: '08:00-17:00' });
  await buildReception(ctx.db, {
    centreId: d.centreId,
    institutionId: vsaa,
    validFrom: '2026-11-01',
    hours: ['09:00-12:00'],
  });
  await send(await as(coordinator.email, '2026-11-17T09:00:00Z'), d.centreId, {
    kind: 'assignment',
    officer: { ...marta, name: 'Jānis', surname: 'Ozols' },
    from: '2026-11-30',
  });
  const headD = await buildStaff(ctx.db, {
    role: 'centre_head',
    municipalityId: d.municipalityId,
    centreId: d.centreId,
  });
  assert.deepEqual(await conflictsOf(headD.email, d.centreId), []);

  // The institution's coordinator sees its own officer's conflict; another institution's sees none of VSAA's; another
  // centre's head does not see this centre's (404).
  assert.equal((await conflictsOf(coordinator.email, centreA.centreId)).length, 1);
  const vid = await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VID' });
  assert.deepEqual(await conflictsOf(vid.email, centreA.centreId), []);
  const s = await as(headD.email, '2026-11-27T08:00:00Z');
  assert.equal((await s.request('GET', `/api/v1/centres/${centreA.centreId}/presence-conflicts`)).status, 404);
});

test('DR-26.1.9 a change of reception hours opens the centre’s duty to publish it within 2 working days; the publication fulfils it, applies the hours from their first day and informs the ministry', async () => {
  const c = await as(coordinator.email, '2026-11-17T08:00:00Z');
  const change = await send(c, centreA.centreId, {
    kind: 'hours_change',
    from: '2026-11-30',
    days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, intervals: [{ opens: '10:00', closes: '15:00' }] })),
  });
  // Received on Tuesday 17.11.2026; Wednesday 18.11 is a public holiday: due Friday 20.11.
  assert.deepEqual(await duty(change.id), {
    rule_id: 'DR-26.1.9',
    status: 'open',
    start_date: '2026-11-17',
    due_date: '2026-11-20',
    fulfilled_on: null,
  });
  const publicHours = async (date: string) => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/public/centres/${centreA.centreId}/receiving?from=${date}&days=1`,
    });
    return res.json().entries.map((e: { intervals: { opens: string; closes: string }[] }) => e.intervals);
  };
  assert.deepEqual(await publicHours('2026-11-30'), [[{ opens: '09:00', closes: '12:00' }]], 'not yet published');

  // An assignment is not published, and another centre's head does not publish this one: nothing changes.
  const assignment = await send(c, centreA.centreId, { kind: 'assignment', officer: marta, from: '2026-12-07' });
  const h = await as(headA.email, '2026-11-19T09:00:00Z');
  const refused = await h.request('POST', `/api/v1/presence-notices/${assignment.id}/publication`);
  assert.equal(refused.status, 409);
  assert.equal(refused.json.code, 'presence_nothing_to_publish');
  const other = await as(headB.email, '2026-11-19T09:00:00Z');
  assert.equal((await other.request('POST', `/api/v1/presence-notices/${change.id}/publication`)).status, 404);
  assert.equal((await duty(change.id)).status, 'open');

  const ministry = { email: 'varam.test@vienuviet.lv' };
  await ctx.db.updateTable('organisations').set(ministry).where('kind', '=', 'ministry').execute();
  const mailsBefore = (await mailsTo(ctx.db, ministry.email)).length;
  const h2 = await as(headA.email, '2026-11-19T09:00:00Z');
  const published = await h2.request('POST', `/api/v1/presence-notices/${change.id}/publication`);
  assert.equal(published.status, 200, published.body);
  assert.equal(published.json.needsPublication, false);
  assert.deepEqual(
    [(await duty(change.id)).status, (await duty(change.id)).fulfilled_on],
    ['fulfilled_on_time', '2026-11-19'],
  );
  const mails = await mailsTo(ctx.db, ministry.email);
  assert.equal(mails.length, mailsBefore + 1, 'the ministry is informed');
  assert.match(mails.at(-1)!.subject, /pieņemšanas laika izmaiņas/);
  assert.deepEqual(await publicHours('2026-11-27'), [[{ opens: '09:00', closes: '12:00' }]], 'before the first day');
  assert.deepEqual(await publicHours('2026-11-30'), [[{ opens: '10:00', closes: '15:00' }]], 'from the first day');
  assert.equal((await auditOf('presence_notice.publish', change.id)).length, 1);

  // Published again: nothing changes. Published after the term: fulfilled late.
  assert.equal((await h2.request('POST', `/api/v1/presence-notices/${change.id}/publication`)).status, 200);
  assert.equal((await auditOf('presence_notice.publish', change.id)).length, 1);
  const late = await send(await as(coordinator.email, '2026-11-23T08:00:00Z'), centreA.centreId, {
    kind: 'absence',
    from: '2026-11-24',
    until: '2026-11-24',
    reason: 'Slimības lapa',
  });
  const h3 = await as(headA.email, '2026-11-26T09:00:00Z');
  assert.equal((await h3.request('POST', `/api/v1/presence-notices/${late.id}/publication`)).status, 200);
  assert.deepEqual([(await duty(late.id)).due_date, (await duty(late.id)).status], ['2026-11-25', 'fulfilled_late']);
});

test('CR-19.5 CR-20.4 the centre records who told the officer the safety, fire and premises rules and on which day; bad input names the field, nothing written', async () => {
  const c = await as(coordinator.email, '2026-11-17T08:00:00Z');
  const assigned = await send(c, centreA.centreId, {
    kind: 'assignment',
    officer: { ...marta, name: 'Ilze', surname: 'Kalna' },
    from: '2026-12-14',
  });
  const url = `/api/v1/presence-notices/${assigned.id}/briefing`;
  const h = await as(headA.email, '2026-12-14T08:00:00Z');
  const refusals = [
    [{ safetyBriefedOn: '2026-12-15', safetyBriefedBy: 'Jānis Ozols' }, '/safetyBriefedOn'],
    [{ safetyBriefedOn: '2026-12-14' }, '/safetyBriefedBy'],
    [{ safetyBriefedBy: 'Jānis Ozols' }, '/safetyBriefedOn'],
    [{ safetyBriefedOn: '2026-12-14', safetyBriefedBy: ' ' }, '/safetyBriefedBy'],
    [{ safetyBriefedOn: '14.12.2026', safetyBriefedBy: 'Jānis Ozols' }, '/safetyBriefedOn'],
  ] as const;
  for (const [body, field] of refusals) {
    const res = await h.request('POST', url, body);
    assert.equal(res.status, 400, `${JSON.stringify(body)}: ${res.body}`);
    assert.equal(res.json.errors[0].field, field, JSON.stringify(body));
  }
  // Only the centre's lead records it; another centre's head does not see the notice.
  const c2 = await as(coordinator.email, '2026-12-14T08:00:00Z');
  assert.equal((await c2.request('POST', url, { safetyBriefedOn: '2026-12-14', safetyBriefedBy: 'X' })).status, 403);
  const other = await as(headB.email, '2026-12-14T08:00:00Z');
  assert.equal((await other.request('POST', url, { safetyBriefedOn: '2026-12-14', safetyBriefedBy: 'X' })).status, 404);
  const untouched = await notice(assigned.id);
  assert.deepEqual([untouched.safety_briefed_on, untouched.safety_briefed_by], [null, null], 'nothing written');
  assert.equal((await auditOf('presence_notice.briefing', assigned.id)).length, 0);

  const h2 = await as(headA.email, '2026-12-14T08:00:00Z');
  const ok = await h2.request('POST', url, {
    safetyBriefedOn: '2026-12-14',
    safetyBriefedBy: 'Darba aizsardzības speciālists Jānis Ozols',
  });
  assert.equal(ok.status, 200, ok.body);
  assert.deepEqual(
    [ok.json.safetyBriefedOn, ok.json.safetyBriefedBy],
    ['2026-12-14', 'Darba aizsardzības speciālists Jānis Ozols'],
  );
  assert.equal((await auditOf('presence_notice.briefing', assigned.id)).length, 1);
  const list = await h2.request('GET', `/api/v1/centres/${centreA.centreId}/presence-notices`);
  assert.equal(list.json.find((n: { id: string }) => n.id === assigned.id).safetyBriefedBy, ok.json.safetyBriefedBy);

  // An absence has nobody working at the centre to brief.
  const absence = await send(await as(coordinator.email, '2026-12-14T08:00:00Z'), centreA.centreId, {
    kind: 'absence',
    from: '2026-12-15',
    until: '2026-12-15',
    reason: 'Slimības lapa',
  });
  const h3 = await as(headA.email, '2026-12-14T08:10:00Z');
  const res = await h3.request('POST', `/api/v1/presence-notices/${absence.id}/briefing`, {
    safetyBriefedOn: '2026-12-14',
    safetyBriefedBy: 'Jānis Ozols',
  });
  assert.equal(res.status, 409);
  assert.equal(res.json.code, 'presence_nothing_to_brief');
});

test('CR-20.5 CR-20.6 the officer’s workplace needs are noted with the notice, changed by the centre and kept with the briefing', async () => {
  const c = await as(coordinator.email, '2026-11-17T08:00:00Z');
  const res = await c.request('POST', `/api/v1/centres/${centreB.centreId}/presence-notices`, {
    institutionId: vsaa,
    kind: 'assignment',
    officer: { ...marta, name: 'Rūta', surname: 'Priede' },
    from: '2026-12-14',
    workplaceNeeds: 'Interneta pieslēgums, tālrunis',
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.workplaceNeeds, 'Interneta pieslēgums, tālrunis');
  const h = await as(headB.email, '2026-12-01T08:00:00Z');
  const changed = await h.request('POST', `/api/v1/presence-notices/${res.json.id}/briefing`, {
    workplaceNeeds: 'Interneta pieslēgums (ierīkots 01.12.2026.), tālrunis',
  });
  assert.equal(changed.status, 200, changed.body);
  assert.deepEqual(
    [changed.json.workplaceNeeds, changed.json.safetyBriefedOn],
    ['Interneta pieslēgums (ierīkots 01.12.2026.), tālrunis', null],
  );
  const tooLong = await h.request('POST', `/api/v1/presence-notices/${res.json.id}/briefing`, {
    workplaceNeeds: 'x'.repeat(1001),
  });
  assert.equal(tooLong.status, 400);
  assert.equal(tooLong.json.errors[0].field, '/workplaceNeeds');
  assert.equal((await notice(res.json.id)).workplace_needs, changed.json.workplaceNeeds, 'nothing written');
});

test('CR-20.3 the municipality appoints the head of centre from a day, every appointment kept; the public page shows the head in office', async () => {
  const admin = await buildStaff(ctx.db, { role: 'org_admin', municipalityId: centreA.municipalityId, centreId: null });
  const s = await as(admin.email, '2026-11-20T08:00:00Z');
  const url = `/api/v1/centres/${centreA.centreId}/head-appointments`;
  const first = await s.request('POST', url, {
    name: 'Anna',
    surname: 'Bērziņa',
    from: '2026-01-05',
    decision: 'Domes lēmums Nr. 3, 18.12.2025.',
  });
  assert.equal(first.status, 201, first.body);
  const second = await s.request('POST', url, { name: 'Jānis', surname: 'Kalniņš', from: '2026-12-01' });
  assert.equal(second.status, 201, second.body);
  assert.equal((await auditOf('presence_head.appoint', second.json.id)).length, 1);

  const list = await s.request('GET', url);
  assert.deepEqual(
    list.json.map((x: { surname: string; from: string; until: string | null }) => [x.surname, x.from, x.until]),
    [
      ['Kalniņš', '2026-12-01', null],
      ['Bērziņa', '2026-01-05', '2026-11-30'],
    ],
  );
  const headOn = async (date: string) =>
    (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/public/centres/${centreA.centreId}/receiving?from=${date}&days=1`,
      })
    ).json().head;
  assert.deepEqual(await headOn('2026-11-30'), { name: 'Anna', surname: 'Bērziņa', from: '2026-01-05' });
  assert.equal((await headOn('2026-12-01')).surname, 'Kalniņš');
  assert.equal(await headOn('2025-12-31'), null, 'before any appointment');

  const count = async () =>
    (await ctx.db.selectFrom('presence_centre_heads').select('id').where('centre_id', '=', centreA.centreId).execute())
      .length;
  const taken = await s.request('POST', url, { name: 'Pēteris', surname: 'Liepa', from: '2026-12-01' });
  assert.equal(taken.status, 409);
  assert.equal(taken.json.errors[0].field, '/from');
  for (const [body, field] of [
    [{ name: ' ', surname: 'Liepa', from: '2026-12-10' }, '/name'],
    [{ name: 'Pēteris', from: '2026-12-10' }, '/surname'],
    [{ name: 'Pēteris', surname: 'Liepa', from: '2026-13-01' }, '/from'],
    [{ name: 'Pēteris', surname: 'Liepa', from: '2026-12-10', decision: 'x'.repeat(301) }, '/decision'],
  ] as const) {
    const res = await s.request('POST', url, body);
    assert.equal(res.status, 400, `${JSON.stringify(body)}: ${res.body}`);
    assert.equal(res.json.errors[0].field, field);
  }
  // The head does not appoint itself; another municipality's admin does not see the centre.
  const h = await as(headA.email, '2026-11-20T08:00:00Z');
  assert.equal((await h.request('POST', url, { name: 'P', surname: 'L', from: '2026-12-10' })).status, 403);
  const stranger = await buildStaff(ctx.db, {
    role: 'org_admin',
    municipalityId: centreB.municipalityId,
    centreId: null,
  });
  const o = await as(stranger.email, '2026-11-20T08:00:00Z');
  assert.equal((await o.request('POST', url, { name: 'P', surname: 'L', from: '2026-12-10' })).status, 404);
  assert.equal(await count(), 2, 'nothing written');
});
