// The subject registry (subjects.ts): every kind of record the code opens an obligation on has its describer, and
// every obligation of every kind — a recurring duty's organisation or centre, a contact, a feedback case, a proposal,
// an access application, a presence notice — is named in Latvian and English, linked to its page for those whose
// roles open it and to nothing for the others (no dead ends).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { loadAccessApplicationsDemo } from '../access-applications/index.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildReception, buildService, buildStaff, personalCode } from '../contacts/test-fixtures.ts';
import { registration } from '../feedback/test-fixtures.ts';
import { loadProposalsDemo } from '../proposals/index.ts';
import { generateRecurringObligations } from './recurring.ts';
import { nameSubjects, SUBJECT_TYPES, subjectKey } from './subjects.ts';

let ctx: TestContext;
let supervisor: Session;
let auditor: Session;
let noticeId: string;
let centreId: string;

before(async () => {
  ctx = await testContext();
  // Monday 16.11.2026, 10:00 in Riga.
  ctx.clock.set('2026-11-16T08:00:00Z');
  const vsaa = await organisationId(ctx.db, 'VSAA');
  const centre = await buildCentre(ctx.db, { name: 'Reģistra testa centrs', kind: 'regional', hours: '08:00-17:00' });
  centreId = centre.centreId;
  await buildReception(ctx.db, { centreId, institutionId: vsaa, validFrom: '2026-11-01', hours: ['09:00-12:00'] });
  supervisor = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'ministry_supervisor', validFrom: '2020-01-01' })).email,
  );
  auditor = await login(ctx.app, (await buildUser(ctx, { role: 'auditor', validFrom: '2020-01-01' })).email);
  const coordinator = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VSAA' })).email,
  );
  const notice = await coordinator.request('POST', `/api/v1/centres/${centreId}/presence-notices`, {
    institutionId: vsaa,
    kind: 'absence',
    from: '2026-11-18',
    until: '2026-11-19',
    reason: 'Slimības lapa',
  });
  assert.equal(notice.status, 201, notice.body);
  noticeId = notice.json.id;

  const employee = await login(
    ctx.app,
    (await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId })).email,
  );
  const service = (await buildService(ctx.db, { holderId: vsaa, name: 'Reģistra testa pakalpojums' })).id;
  const contact = await employee.request('POST', '/api/v1/contacts', {
    centreId,
    servicePointId: centre.pointId,
    channel: 'email',
    type: 'question',
    serviceIds: [service],
    client: { personalCode: personalCode('120190', 1, '234') },
  });
  assert.equal(contact.status, 201, contact.body);
  const feedback = await employee.request(
    'POST',
    '/api/v1/feedback-cases',
    registration(centreId, {
      kind: 'question',
      channel: 'email',
      submitter: { name: 'Jānis Liepa', replyChannel: 'email', replyAddress: 'janis.liepa@example.lv' },
      text: 'Kad atvērts centrs?',
    }),
  );
  assert.equal(feedback.status, 201, feedback.body);

  await loadProposalsDemo(ctx.deps);
  assert.equal(await loadAccessApplicationsDemo(ctx.deps), 2);
  await generateRecurringObligations(ctx.deps);
});
after(() => ctx.close());

/** The subject types named in the code that opens obligations: `SUBJECT… = 'x'` constants and `{ type: 'x', id }`. */
async function subjectTypesInCode(): Promise<Set<string>> {
  const found = new Set<string>();
  const root = new URL('..', import.meta.url).pathname;
  for (const entry of await readdir(root, { recursive: true })) {
    if (!entry.endsWith('.ts') || entry.endsWith('.test.ts') || entry.includes('test-fixtures')) continue;
    const text = await readFile(join(root, entry), 'utf8');
    if (!/Obligation\(|SUBJECT/.test(text)) continue;
    for (const m of text.matchAll(/\b[A-Z_]*SUBJECT[A-Z_]*\s*=\s*'([a-z_]+)'/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\btype:\s*'([a-z_]+)'(?: as const)?,\s*id\b/g)) found.add(m[1]!);
  }
  return found;
}

test('DR-20.2 DR-26.1.9 every subject type the code opens an obligation on has a describer in the registry, and none is left over', async () => {
  const inCode = await subjectTypesInCode();
  assert.deepEqual(
    [...inCode].filter((t) => !SUBJECT_TYPES.includes(t as never)),
    [],
    'opened without a describer',
  );
  assert.deepEqual(
    SUBJECT_TYPES.filter((t) => !inCode.has(t)),
    [],
    'a describer no code opens an obligation for',
  );
});

test('DR-20.2 DR-21.2 DR-26.1.9 DR-25.1.7.3 CR-14.2 every obligation of every subject type is named in Latvian and in English', async () => {
  const rows = await ctx.db.selectFrom('obligations').select(['subject_type', 'subject_id']).execute();
  // DR-15's change requests and DR-25.2.1's basket versions are named by the basket's own tests (change-requests,
  // training-duties); the rest are all here.
  assert.deepEqual(
    [...new Set(rows.map((r) => r.subject_type))].sort(),
    SUBJECT_TYPES.filter((t) => t !== 'basket_change_request' && t !== 'basket_version').sort(),
    'the fixture holds an obligation of every registered type',
  );
  const names = await nameSubjects(ctx.db, rows);
  for (const r of rows) {
    const name = names.get(subjectKey(r.subject_type, r.subject_id));
    assert.ok(name, `${r.subject_type} ${r.subject_id} is named`);
    assert.ok(name.lv.trim() !== '' && name.en.trim() !== '', `${r.subject_type}: ${JSON.stringify(name)}`);
    assert.ok(!name.lv.includes(r.subject_id), `${r.subject_type} is named, not shown by its id`);
  }
  const notice = names.get(subjectKey('presence_notice', noticeId));
  assert.deepEqual(notice, {
    lv: 'Prombūtne bez aizvietotāja: Valsts sociālās apdrošināšanas aģentūra, Reģistra testa centrs, no 18.11.2026.',
    en: 'Absence without a substitute: Valsts sociālās apdrošināšanas aģentūra, Reģistra testa centrs, from 2026-11-18',
    path: `/presence?centreId=${centreId}`,
  });
  for (const secret of ['Jānis Liepa', 'janis.liepa', '120190', 'Slimības lapa'])
    assert.ok(!JSON.stringify([...names.values()]).includes(secret), `no personal data: ${secret}`);
});

test('DR-20.2 the dashboard names the waiting access application by its number and organisation, linked for the ministry, unlinked for an auditor whose role cannot open it', async () => {
  const res = await supervisor.request('GET', '/api/v1/obligations?rule=DR-20.2');
  assert.equal(res.status, 200, res.body);
  const waiting = res.json.items.find((o: { status: string }) => o.status === 'open');
  assert.ok(waiting, res.body);
  assert.match(waiting.subjectName, /^Piekļuves pieteikums PT-2026-\d{4}: Balvu novada pašvaldība \(piešķiršana\)$/);
  assert.match(waiting.subjectNameEn, /^Access application PT-2026-\d{4}: Balvu novada pašvaldība \(grant\)$/);
  assert.equal(waiting.subjectPath, `/access-applications/${waiting.subjectId}`);
  const rejected = res.json.items.find((o: { status: string }) => o.status !== 'open');
  assert.match(rejected?.subjectName ?? '', /Valsts sociālās apdrošināšanas aģentūra \(piešķiršana\)$/);

  const read = await auditor.request('GET', '/api/v1/obligations?rule=DR-20.2');
  assert.equal(read.status, 200, read.body);
  for (const o of read.json.items) {
    assert.match(o.subjectName, /^Piekļuves pieteikums /);
    assert.equal(o.subjectPath, null, 'the auditor cannot open access applications: no link');
  }

  const proposals = await supervisor.request('GET', '/api/v1/obligations?rule=CR-14.2');
  assert.equal(proposals.status, 200, proposals.body);
  const proposal = proposals.json.items[0];
  assert.match(proposal.subjectName, /^Priekšlikums: Papīra deklarāciju pieņemšana VPVKAC \(demonstrācija\)$/);
  assert.match(proposal.subjectNameEn, /^Proposal: /);
  assert.equal(proposal.subjectPath, `/proposals/${proposal.subjectId}`);
});
