// CR-10.1: the committee's decision on a proposal reaches the proposal in the same transaction: a majority for
// approves it (CR-13.3 fulfilled, CR-15.1 training opened), a majority against rejects it, and a proposal not waiting
// for the committee refuses the decision (409) — then nothing of the decision is written either.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { openAs } from '../../test/support/obligations.ts';
import { buildCommittee, buildMeeting } from './test-fixtures.ts';

let ctx: TestContext;
let ministry: Session;
let ids: Map<string, string>;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-03-02T09:00:00Z');
  ministry = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  ids = await buildCommittee(ctx, ministry);
});
after(() => ctx.close());

/** An institution's proposal whose information was ready on 2026-02-02, with its CR-13.3 duty open. */
async function proposal(state: 'ready_for_committee' | 'gathering'): Promise<string> {
  const pmlp = ids.get('PMLP')!;
  const row = await ctx.db
    .insertInto('proposals')
    .values({
      kind: 'transfer',
      title: 'Pasu pieteikumu pieņemšana centros',
      proposer_id: pmlp,
      proposer_kind: 'institution',
      stage: 'Pieteikuma pieņemšana',
      holder_id: pmlp,
      justification: 'Klientiem tuvāk.',
      letter_id: randomUUID(),
      filed_on: '2026-01-05',
      filed_at: new Date('2026-01-05T10:00:00Z'),
      state,
      state_since: new Date('2026-02-02T10:00:00Z'),
      information_on: state === 'gathering' ? null : '2026-02-02',
      updated_at: new Date('2026-02-02T10:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (state === 'ready_for_committee')
    await openAs(ctx.deps, {
      ruleId: 'CR-13.3',
      owner: { organisationId: ids.get('VARAM')! },
      subject: { type: 'proposal', id: row.id },
      startDate: '2026-02-02',
    });
  return row.id;
}

async function decide(proposalId: string, heldOn: string, votes: [string, 'for' | 'against' | 'abstain'][]) {
  const { meetingId, itemId } = await buildMeeting(ministry, heldOn, {
    title: 'Priekšlikums par pasu pieteikumiem',
    subjectKind: 'proposal',
    subjectId: proposalId,
  });
  const held = await ministry.request('POST', `/api/v1/committee/meetings/${meetingId}/held`, { heldOn });
  assert.equal(held.status, 200, held.body);
  assert.equal(held.json.agenda[0].subject.title, 'Pasu pieteikumu pieņemšana centros');
  return ministry.request('POST', `/api/v1/committee/meetings/${meetingId}/decisions`, {
    agendaItemId: itemId,
    text: 'Nodot pakalpojuma posmu centriem',
    votes: votes.map(([short, vote]) => ({ organisationId: ids.get(short), vote })),
  });
}

const proposalRow = (id: string) =>
  ctx.db
    .selectFrom('proposals')
    .select(['state', 'decision_id', 'decided_on', 'decision_positive'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const duties = (id: string) =>
  ctx.db
    .selectFrom('obligations')
    .select(['rule_id', 'status', 'due_date'])
    .where('subject_type', '=', 'proposal')
    .where('subject_id', '=', id)
    .orderBy('rule_id')
    .execute();

test('CR-10.1 CR-13.3 a majority for approves the proposal: its decision, CR-13.3 met, CR-15.1 training due in a month', async () => {
  const id = await proposal('ready_for_committee');
  const candidates = await ministry.request('GET', '/api/v1/committee/agenda-candidates');
  assert.deepEqual(
    candidates.json.map((c: { id: string }) => c.id),
    [id],
  );
  const res = await decide(id, '2026-02-20', [
    ['VARAM', 'for'],
    ['PMLP', 'for'],
    ['LPS', 'against'],
  ]);
  assert.equal(res.status, 201, res.body);
  const decision = res.json.agenda[0].decision;
  assert.equal(decision.adopted, true);
  assert.deepEqual(await proposalRow(id), {
    state: 'approved',
    decision_id: decision.id,
    decided_on: '2026-02-20',
    decision_positive: true,
  });
  assert.deepEqual(
    (await duties(id)).map((d) => [d.rule_id, d.status]),
    [
      ['CR-13.3', 'fulfilled_on_time'],
      ['CR-15.1', 'open'],
    ],
  );
});

test('CR-10.1 a majority against rejects the proposal', async () => {
  const id = await proposal('ready_for_committee');
  const res = await decide(id, '2026-02-21', [
    ['VARAM', 'against'],
    ['LLPA', 'against'],
    ['RACA', 'for'],
  ]);
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.agenda[0].decision.adopted, false);
  const row = await proposalRow(id);
  assert.deepEqual([row.state, row.decision_positive], ['rejected', false]);
});

test('CR-10.1 a proposal not waiting for the committee refuses the decision (409): nothing of it is written', async () => {
  const id = await proposal('gathering');
  const before = await ctx.db.selectFrom('committee_decisions').select('id').execute();
  const res = await decide(id, '2026-02-22', [['VARAM', 'for']]);
  assert.equal(res.status, 409, res.body);
  assert.deepEqual(await ctx.db.selectFrom('committee_decisions').select('id').execute(), before);
  assert.equal((await proposalRow(id)).state, 'gathering');
});
