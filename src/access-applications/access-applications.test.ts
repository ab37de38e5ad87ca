// Access applications (CR-22 as amended by AM-1.4, AM-1.11, DR-20.2, DR-21.2, DR-22.2): an organisation's admin applies
// with the signed file; the signer is read from the certificate (never called valid); the ministry decides within 3
// working days; approval creates the grants with their terms and queues the set-password links; revocation removes
// the grants; the organisation then confirms the terms and its channels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { mailsTo } from '../../test/support/obligations.ts';
import { storeDocument } from '../documents/index.ts';
import { PNG_BYTES } from '../documents/test-fixtures.ts';
import { readSignature } from './signature.ts';
import { SIGNER_CODE, SIGNER_NAME, signedAsice, signedPdf } from './test-fixtures.ts';

let ctx: TestContext;
let balviAdmin: Session;
let vidAdmin: Session;
let ministry: Session;
let employee: Session;
let balvi: string;
let vid: string;
let emails: Record<'balvi' | 'vid' | 'ministry' | 'employee', string>;

async function logIn() {
  balviAdmin = await login(ctx.app, emails.balvi);
  vidAdmin = await login(ctx.app, emails.vid);
  ministry = await login(ctx.app, emails.ministry);
  employee = await login(ctx.app, emails.employee);
}

/** Moves the test's clock (sessions end when idle for days, so everybody logs in again). */
async function at(instant: string) {
  ctx.clock.set(instant);
  await logIn();
}

const BASE = '/api/v1/access-applications';

before(async () => {
  ctx = await testContext();
  // Tuesday 17 November 2026; Wednesday 18 November is Proclamation Day (a public holiday).
  ctx.clock.set('2026-11-17T08:00:00Z');
  balvi = await organisationId(ctx.db, 'Balvu novads');
  vid = await organisationId(ctx.db, 'VID');
  emails = {
    balvi: (await buildUser(ctx, { role: 'org_admin', organisation: 'Balvu novads' })).email,
    vid: (await buildUser(ctx, { role: 'org_admin', organisation: 'VID' })).email,
    ministry: (await buildUser(ctx, { role: 'ministry_supervisor' })).email,
    employee: (await buildUser(ctx, { role: 'centre_employee' })).email,
  };
  await logIn();
});
after(() => ctx.close());

async function stored(bytes: Buffer, filename: string, organisation: string) {
  return (await storeDocument(ctx.db, { bytes, filename, organisationId: organisation, uploadedBy: null })).id;
}

const person = (n: number, extra: Record<string, unknown> = {}) => ({
  name: `Darbinieks ${n}`,
  email: `admin${n}.${Math.random().toString(36).slice(2, 8)}@balvi.lv`,
  phone: '+371 20000000',
  position: 'Administrators',
  workplace: 'Balvu novada valsts un pašvaldības vienotais klientu apkalpošanas centrs',
  term: 'fixed',
  validUntil: '2027-12-31',
  ...extra,
});

const count = async (table: 'access_applications' | 'access_application_employees') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const obligation = (ruleId: string, subjectId: string) =>
  ctx.db
    .selectFrom('obligations')
    .selectAll()
    .where('rule_id', '=', ruleId)
    .where('subject_id', '=', subjectId)
    .executeTakeFirstOrThrow();

test('AM-1.11 the signer of an ASiC-E container is read from its certificate; the signature is never called valid', () => {
  const info = readSignature(signedAsice(), 'application/vnd.etsi.asic-e+zip');
  assert.equal(info.format, 'asice');
  assert.equal(info.validated, false);
  assert.equal(info.signers.length, 1);
  assert.equal(info.signers[0]!.name, SIGNER_NAME);
  assert.equal(info.signers[0]!.serialNumber, SIGNER_CODE);
  assert.equal(info.signers[0]!.signingTime, '2026-11-16T08:30:00Z');
  assert.equal(info.signers[0]!.timeStamped, true);
  assert.equal(
    readSignature(signedAsice({ timeStamped: false }), info.format && 'application/vnd.etsi.asic-e+zip').signers[0]!
      .timeStamped,
    false,
  );
  const pdf = readSignature(signedPdf('Anna Kalniņa'), 'application/pdf');
  assert.deepEqual([pdf.signers[0]!.name, pdf.validated], ['Anna Kalniņa', false]);
  assert.deepEqual(readSignature(Buffer.from('PK garbage'), 'application/vnd.etsi.asic-e+zip').signers, []);
});

let grantId: string;
const granted: string[] = [];

test('CR-22 DR-20.2 a municipality applies with a signed eDoc: due 3 working days later, over 18 November', async () => {
  const documentId = await stored(signedAsice(), 'pieteikums.edoc', balvi);
  const employees = [person(1), person(2, { term: 'permanent', validUntil: undefined })];
  const res = await balviAdmin.request('POST', BASE, { organisationId: balvi, action: 'grant', employees, documentId });
  assert.equal(res.status, 201, res.body);
  grantId = res.json.id;
  granted.push(employees[0]!.email, employees[1]!.email);
  assert.match(res.json.number, /^PT-2026-\d{4}$/);
  assert.equal(res.json.status, 'submitted');
  assert.equal(res.json.receivedOn, '2026-11-17');
  // 18.11. is a holiday: Thursday 19, Friday 20, Monday 23.
  assert.equal(res.json.decisionDue, '2026-11-23');
  assert.equal(res.json.signature.validated, false);
  assert.equal(res.json.signature.signers[0].name, SIGNER_NAME);
  assert.equal(res.json.signature.signers[0].serialNumber, SIGNER_CODE);
  assert.deepEqual(
    res.json.employees.map((e: { term: string; validUntil: string | null }) => [e.term, e.validUntil]),
    [
      ['fixed', '2027-12-31'],
      ['permanent', null],
    ],
  );
  const duty = await obligation('DR-20.2', grantId);
  assert.deepEqual(
    [duty.status, duty.due_date, duty.organisation_id],
    ['open', '2026-11-23', await organisationId(ctx.db, 'VARAM')],
  );
  const list = await ministry.request('GET', BASE);
  assert.equal(list.status, 200);
  const item = list.json.items.find((i: { id: string }) => i.id === grantId);
  assert.deepEqual([item.decisionDue, item.overdue, item.employeeCount], ['2026-11-23', false, 2]);
});

test('DR-20.2 DR-21.2 approval creates the fixed-term grants, queues the set-password links and fulfils the duty', async () => {
  await at('2026-11-20T10:00:00Z');
  const res = await ministry.request('POST', `${BASE}/${grantId}/decision`, { decision: 'approve' });
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.status, 'approved');
  assert.equal(res.json.decidedOn, '2026-11-20');
  const grants = await ctx.db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select(['users.email', 'role_grants.role', 'role_grants.organisation_id', 'valid_from', 'valid_until'])
    .where('users.email', 'in', granted)
    .orderBy('users.email')
    .execute();
  assert.deepEqual(
    grants.map((g) => [g.email, g.role, g.organisation_id, g.valid_from, g.valid_until]).sort(),
    [
      [granted[0], 'org_admin', balvi, '2026-11-20', '2027-12-31'],
      [granted[1], 'org_admin', balvi, '2026-11-20', null],
    ].sort(),
  );
  for (const email of granted) {
    const mails = await mailsTo(ctx.db, email);
    assert.equal(mails.length, 1, email);
    assert.match(mails[0]!.body_text, /set-password\?token=/);
  }
  const duty = await obligation('DR-20.2', grantId);
  assert.deepEqual([duty.status, duty.fulfilled_on], ['fulfilled_on_time', '2026-11-20']);
  // DR-21.2: a municipality, 10 working days from 20.11.: 23 … 27, 30, 1 … 4 December.
  const onboarding = await obligation('DR-21.2', grantId);
  assert.deepEqual([onboarding.status, onboarding.due_date, onboarding.organisation_id], ['open', '2026-12-04', balvi]);
  assert.equal(res.json.onboardingDue, '2026-12-04');
  const again = await ministry.request('POST', `${BASE}/${grantId}/decision`, { decision: 'approve' });
  assert.equal(again.status, 409);
  assert.equal(again.json.code, 'access_application_decided');
});

test('DR-21.2 the municipality accepts the cooperation terms and confirms its channels: the duty is fulfilled', async () => {
  await at('2026-11-24T10:00:00Z');
  const foreign = await vidAdmin.request('POST', `${BASE}/${grantId}/confirm`, {
    acceptTerms: true,
    channelsConfirmed: true,
  });
  assert.equal(foreign.status, 404);
  const refused = await balviAdmin.request('POST', `${BASE}/${grantId}/confirm`, {
    acceptTerms: false,
    channelsConfirmed: true,
  });
  assert.equal(refused.status, 400);
  assert.equal(refused.json.errors[0].field, '/acceptTerms');
  const res = await balviAdmin.request('POST', `${BASE}/${grantId}/confirm`, {
    acceptTerms: true,
    channelsConfirmed: true,
  });
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.termsAcceptedOn, '2026-11-24');
  const duty = await obligation('DR-21.2', grantId);
  assert.deepEqual([duty.status, duty.fulfilled_on], ['fulfilled_on_time', '2026-11-24']);
  const twice = await balviAdmin.request('POST', `${BASE}/${grantId}/confirm`, {
    acceptTerms: true,
    channelsConfirmed: true,
  });
  assert.equal(twice.status, 409);
});

test('DR-22.2 an institution’s approved application opens 5 working days to confirm; a PDF’s signer is shown', async () => {
  await at('2026-11-24T10:00:00Z');
  const documentId = await stored(signedPdf('Anna Kalniņa'), 'pieteikums.pdf', vid);
  const res = await vidAdmin.request('POST', BASE, {
    organisationId: vid,
    action: 'grant',
    employees: [person(3, { workplace: 'Valsts ieņēmumu dienests' })],
    documentId,
  });
  assert.equal(res.status, 201, res.body);
  assert.deepEqual([res.json.signature.format, res.json.signature.signers[0].name], ['pdf', 'Anna Kalniņa']);
  const approved = await ministry.request('POST', `${BASE}/${res.json.id}/decision`, { decision: 'approve' });
  assert.equal(approved.status, 200, approved.body);
  // 24.11. + 5 working days: 25, 26, 27, 30 November, 1 December.
  assert.equal((await obligation('DR-22.2', res.json.id)).due_date, '2026-12-01');
});

test('AM-1.11 a revocation application removes the listed employee’s admin grants when approved', async () => {
  await at('2026-11-25T10:00:00Z');
  const documentId = await stored(signedAsice(), 'anulet.asice', balvi);
  const res = await balviAdmin.request('POST', BASE, {
    organisationId: balvi,
    action: 'revoke',
    employees: [person(9, { email: granted[0], term: 'permanent', validUntil: undefined })],
    documentId,
  });
  assert.equal(res.status, 201, res.body);
  const approved = await ministry.request('POST', `${BASE}/${res.json.id}/decision`, { decision: 'approve' });
  assert.equal(approved.status, 200, approved.body);
  assert.equal(approved.json.employees[0].revokedGrants, 1);
  const live = await ctx.db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select('role_grants.id')
    .where('users.email', '=', granted[0]!)
    .where('role_grants.revoked_at', 'is', null)
    .execute();
  assert.equal(live.length, 0);
  assert.equal((await obligation('DR-20.2', res.json.id)).status, 'fulfilled_on_time');
});

test('DR-20.2 a rejection needs a reason; it fulfils the duty and the applicant sees the reason', async () => {
  const documentId = await stored(signedAsice(), 'pieteikums.edoc', balvi);
  const res = await balviAdmin.request('POST', BASE, {
    organisationId: balvi,
    action: 'grant',
    employees: [person(4)],
    documentId,
  });
  assert.equal(res.status, 201, res.body);
  for (const body of [{ decision: 'reject', reason: '  ' }, { decision: 'reject' }]) {
    const empty = await ministry.request('POST', `${BASE}/${res.json.id}/decision`, body);
    assert.equal(empty.status, 400);
    assert.equal(empty.json.errors[0].field, '/reason');
  }
  const rejected = await ministry.request('POST', `${BASE}/${res.json.id}/decision`, {
    decision: 'reject',
    reason: 'Nav laika zīmoga',
  });
  assert.equal(rejected.status, 200, rejected.body);
  const seen = await balviAdmin.request('GET', `${BASE}/${res.json.id}`);
  assert.deepEqual([seen.json.status, seen.json.rejectionReason], ['rejected', 'Nav laika zīmoga']);
  assert.equal((await obligation('DR-20.2', res.json.id)).status, 'fulfilled_on_time');
});

test('AM-1.11 bad rows are refused naming the field (/employees/1/email …); nothing is written', async () => {
  const before = [await count('access_applications'), await count('access_application_employees')];
  const documentId = await stored(signedAsice(), 'pieteikums.edoc', balvi);
  const shape = await balviAdmin.request('POST', BASE, {
    organisationId: balvi,
    action: 'grant',
    employees: [person(5), person(6, { email: 'nav-epasts' })],
    documentId,
  });
  assert.equal(shape.status, 400);
  assert.ok(
    shape.json.errors.some((e: { field: string }) => e.field === '/employees/1/email'),
    shape.body,
  );
  const twice = person(7);
  const rules = await balviAdmin.request('POST', BASE, {
    organisationId: balvi,
    action: 'grant',
    employees: [
      twice,
      { ...twice, name: 'Cits' },
      person(8, { validUntil: undefined }),
      person(9, { term: 'permanent' }),
    ],
    documentId,
  });
  assert.equal(rules.status, 400);
  assert.deepEqual(
    rules.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [
      ['/employees/1/email', 'access_application_email_twice'],
      ['/employees/2/validUntil', 'field_required'],
      ['/employees/3/validUntil', 'access_application_term_permanent'],
    ],
  );
  const past = await balviAdmin.request('POST', BASE, {
    organisationId: balvi,
    action: 'grant',
    employees: [person(10, { validUntil: '2026-01-01' })],
    documentId,
  });
  assert.deepEqual(
    past.json.errors.map((e: { field: string }) => e.field),
    ['/employees/0/validUntil'],
  );
  const png = await stored(PNG_BYTES, 'bilde.png', balvi);
  const type = await balviAdmin.request('POST', BASE, {
    organisationId: balvi,
    action: 'grant',
    employees: [person(11)],
    documentId: png,
  });
  assert.deepEqual(
    type.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/documentId', 'access_application_document_type']],
  );
  const other = await balviAdmin.request('POST', BASE, {
    organisationId: vid,
    action: 'grant',
    employees: [person(12)],
    documentId,
  });
  assert.equal(other.status, 400);
  assert.equal(other.json.errors[0].field, '/organisationId');
  assert.deepEqual([await count('access_applications'), await count('access_application_employees')], before);
});

test('CR-22 a centre employee may neither apply nor read (403); the ministry does not apply; others’ applications are 404', async () => {
  const documentId = await stored(signedAsice(), 'pieteikums.edoc', balvi);
  const body = { organisationId: balvi, action: 'grant', employees: [person(13)], documentId };
  assert.equal((await employee.request('POST', BASE, body)).status, 403);
  assert.equal((await employee.request('GET', BASE)).status, 403);
  assert.equal((await employee.request('GET', `${BASE}/${grantId}`)).status, 403);
  assert.equal((await ministry.request('POST', BASE, body)).status, 403);
  assert.equal((await vidAdmin.request('GET', `${BASE}/${grantId}`)).status, 404);
  assert.equal((await balviAdmin.request('POST', `${BASE}/${grantId}/decision`, { decision: 'approve' })).status, 403);
  const own = await vidAdmin.request('GET', BASE);
  assert.ok(own.json.items.every((i: { organisation: { id: string } }) => i.organisation.id === vid));
});

test('DR-20.2 an address that belongs to another organisation’s account is refused at approval, naming the row; nothing granted', async () => {
  const stranger = await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VID' });
  const documentId = await stored(signedAsice(), 'pieteikums.edoc', balvi);
  const res = await balviAdmin.request('POST', BASE, {
    organisationId: balvi,
    action: 'grant',
    employees: [person(14), person(15, { email: stranger.email })],
    documentId,
  });
  assert.equal(res.status, 201, res.body);
  const refused = await ministry.request('POST', `${BASE}/${res.json.id}/decision`, { decision: 'approve' });
  assert.equal(refused.status, 409);
  assert.deepEqual(
    refused.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/employees/1/email', 'email_taken']],
  );
  const first = res.json.employees[0].email;
  assert.equal((await ctx.db.selectFrom('users').select('id').where('email', '=', first).execute()).length, 0);
  assert.equal((await mailsTo(ctx.db, first)).length, 0);
  assert.equal((await obligation('DR-20.2', res.json.id)).status, 'open');
});
