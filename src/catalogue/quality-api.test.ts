// SR-13 through HTTP: a service's findings (its draft, else the version in force), findings of unsaved content for
// the editor, and the quality dashboard — each for exactly the callers the catalogue's policy lets see them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { serviceContent } from './test-fixtures.ts';

let ctx: TestContext;
let pmlp: string;
let nva: string;
let coordinator: Session;
let admin: Session;
let nvaAdmin: Session;
let supervisor: Session;
let auditor: Session;
let employee: Session;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  pmlp = await organisationId(ctx.db, 'PMLP');
  nva = await organisationId(ctx.db, 'NVA');
  coordinator = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'PMLP' })).email,
  );
  admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'PMLP' })).email);
  nvaAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'NVA' })).email);
  supervisor = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  auditor = await login(ctx.app, (await buildUser(ctx, { role: 'auditor' })).email);
  employee = await login(ctx.app, (await buildUser(ctx, { role: 'centre_employee' })).email);
});
after(() => ctx.close());

type FindingOut = { check: string; severity: string; field: string; code: string; message: string };
const checks = (findings: FindingOut[]) => [...new Set(findings.map((f) => f.check))];

async function register(session: Session, holderId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await session.request('POST', '/api/v1/services', { holderId, ...serviceContent(extra) });
  assert.equal(res.status, 201, res.body);
  return res.json.id;
}
const quality = (session: Session, id: string, lang?: string) =>
  session.request('GET', `/api/v1/services/${id}/quality`, undefined, lang ? { 'accept-language': lang } : {});
const tableCount = async (table: 'services' | 'service_versions') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test("SR-13 a draft's findings and score, worded in the caller's language; 404 for those who do not read its drafts", async () => {
  const id = await register(coordinator, pmlp, { name: { lv: 'Pases izsniegšana' }, legalBasis: [] });
  const lv = await quality(coordinator, id);
  assert.equal(lv.status, 200, lv.body);
  assert.equal(lv.json.version, 'draft');
  assert.deepEqual(
    checks(lv.json.findings),
    ['Q08', 'Q12', 'Q13'],
    'no legal basis, English missing, short description too short',
  );
  assert.equal(lv.json.score, 100 - 20 - 5 - 5);
  const legal = lv.json.findings.find((f: FindingOut) => f.check === 'Q08');
  assert.deepEqual(legal, {
    check: 'Q08',
    severity: 'error',
    field: '/legalBasis',
    code: 'quality_legal_basis_missing',
    message: 'Nav norādīts tiesiskais pamatojums (SR-10.5).',
  });
  const en = await quality(coordinator, id, 'en-GB,en;q=0.9');
  assert.equal(
    en.json.findings.find((f: FindingOut) => f.check === 'Q08').message,
    'No legal basis is given (SR-10.5).',
  );
  assert.equal((await quality(supervisor, id)).status, 200, 'the ministry reads every draft');
  assert.equal((await quality(auditor, id)).status, 200);
  assert.equal((await quality(nvaAdmin, id)).status, 404, "another holder's draft");
  assert.equal((await quality(employee, id)).status, 404);
  assert.equal((await quality(coordinator, '00000000-0000-4000-8000-000000000000')).status, 404);
  const bad = await coordinator.request('GET', '/api/v1/services/not-a-uuid/quality');
  assert.deepEqual([bad.status, bad.json.errors[0].field], [400, '/id']);
});

test('SR-13 SR-11 without a draft the version in force is judged, flagged until confirmed this quarter; a new draft is judged next', async () => {
  const id = await register(coordinator, pmlp, { name: { lv: 'Personas apliecības izsniegšana' } });
  await admin.request('POST', `/api/v1/services/${id}/transitions`, { to: 'published' });
  const published = await quality(coordinator, id);
  assert.equal(published.json.version, 'published');
  const stale = published.json.findings.find((f: FindingOut) => f.check === 'Q11');
  assert.deepEqual(
    [stale.field, stale.message],
    ['/', 'Apraksts nav apstiprināts šajā ceturksnī (2026-Q4); pēdējo reizi: — (SR-11).'],
  );
  await coordinator.request('POST', `/api/v1/services/${id}/verify`);
  assert.ok(!checks((await quality(coordinator, id)).json.findings).includes('Q11'));
  await coordinator.request(
    'PUT',
    `/api/v1/services/${id}/draft`,
    serviceContent({ name: { lv: 'Personas apliecības izsniegšana' }, appeal: undefined }),
    await currentVersion(ctx.db, 'services', id),
  );
  const draft = await quality(coordinator, id);
  assert.equal(draft.json.version, 'draft');
  assert.ok(checks(draft.json.findings).includes('Q10'));
});

test('SR-13 Q15 a near-duplicate name within the holder names the other service; other holders do not count', async () => {
  const first = await register(coordinator, pmlp, {
    name: { lv: 'Ārzemju pases izsniegšana', en: 'Foreign passport' },
  });
  const identifier = (await coordinator.request('GET', `/api/v1/services/${first}`)).json.identifier;
  const second = await register(coordinator, pmlp, {
    name: { lv: 'ARZEMJU PASES IZSNIEGSANA!', en: 'Foreign passport' },
  });
  const twin = (await quality(coordinator, second)).json.findings.find((f: FindingOut) => f.check === 'Q15');
  assert.equal(
    twin.message,
    `Nosaukums gandrīz sakrīt ar turētāja pakalpojumu ${identifier} „Ārzemju pases izsniegšana”.`,
  );
  const elsewhere = await register(nvaAdmin, nva, {
    name: { lv: 'Ārzemju pases izsniegšana', en: 'Foreign passport' },
  });
  assert.ok(!checks((await quality(nvaAdmin, elsewhere)).json.findings).includes('Q15'));
});

test('SR-13 Q07 a link the background checker found broken shows with its answer and date', async () => {
  const url = 'https://www.pmlp.gov.lv/lv/pakalpojumi/neeksiste';
  const id = await register(coordinator, pmlp, {
    name: { lv: 'Uzturēšanās atļaujas pagarināšana' },
    contacts: { website: url },
  });
  assert.ok(!checks((await quality(coordinator, id)).json.findings).includes('Q07'), 'not checked yet');
  await ctx.db
    .insertInto('service_link_checks')
    .values({ url, checked_at: new Date('2026-11-22T08:00:00Z'), ok: false, http_status: 404, error: null })
    .execute();
  const found = (await quality(coordinator, id, 'en')).json.findings.find((f: FindingOut) => f.check === 'Q07');
  assert.deepEqual(
    [found.field, found.message],
    ['/contacts/website', 'The link answered HTTP 404 (checked on 2026-11-22).'],
  );
});

test('SR-13 the editor checks unsaved content: the same findings, nothing stored; its own name is not a duplicate of itself', async () => {
  const id = await register(coordinator, pmlp, { name: { lv: 'Vīzas izsniegšana' } });
  const [services, versions] = [await tableCount('services'), await tableCount('service_versions')];
  const body = {
    holderId: pmlp,
    content: serviceContent({ name: { lv: 'Vīzas izsniegšana' }, fees: [{ label: { lv: 'Nodeva' }, amount: 0 }] }),
  };
  const res = await coordinator.request('POST', '/api/v1/services/quality-check', body, { 'accept-language': 'en' });
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.version, 'unsaved');
  assert.deepEqual(checks(res.json.findings), ['Q04', 'Q12', 'Q13', 'Q15']);
  assert.equal(res.json.findings[0].message, 'The fee has no amount.');
  const editing = await coordinator.request('POST', '/api/v1/services/quality-check', { ...body, serviceId: id });
  assert.deepEqual(checks(editing.json.findings), ['Q04', 'Q12', 'Q13']);
  assert.deepEqual(
    [await tableCount('services'), await tableCount('service_versions')],
    [services, versions],
    'nothing written',
  );
  assert.equal((await quality(coordinator, id)).json.version, 'draft', 'the saved draft is unchanged');
});

test('SR-13 the editor check refuses bad input naming the field, and callers who may not edit the holder', async () => {
  const url = '/api/v1/services/quality-check';
  const content = serviceContent();
  const cases: [Session, unknown, number, string, string?][] = [
    [
      coordinator,
      { holderId: pmlp, content: { ...content, cofog: ['99.9'] } },
      400,
      '/content/cofog/0',
      'cofog_unknown',
    ],
    [coordinator, { holderId: pmlp, content: { ...content, name: undefined } }, 400, '/content/name', 'field_required'],
    [
      coordinator,
      { holderId: pmlp, content: { ...content, coverage: { wholeCountry: false } } },
      400,
      '/content/coverage/municipalityIds',
      'field_required',
    ],
    [coordinator, { holderId: pmlp, content: { ...content, extra: 1 } }, 400, '/content/extra', 'field_unknown'],
    [coordinator, { holderId: pmlp }, 400, '/content', 'field_required'],
    [
      coordinator,
      { holderId: '00000000-0000-4000-8000-000000000000', content },
      400,
      '/holderId',
      'organisation_unknown',
    ],
    [nvaAdmin, { holderId: pmlp, content }, 400, '/holderId', 'service_holder_not_yours'],
    [
      coordinator,
      { holderId: pmlp, serviceId: await register(nvaAdmin, nva), content },
      400,
      '/serviceId',
      'not_found',
    ],
  ];
  for (const [session, body, status, field, code] of cases) {
    const res = await session.request('POST', url, body);
    assert.equal(res.status, status, `${field}: ${res.body}`);
    assert.deepEqual([res.json.errors[0].field, res.json.errors[0].code], [field, code], res.body);
  }
  assert.equal(
    (await supervisor.request('POST', url, { holderId: pmlp, content })).status,
    403,
    'the ministry reads, it does not edit',
  );
  assert.equal((await employee.request('POST', url, { holderId: pmlp, content })).status, 403);
});

test("SR-13 the dashboard: per holder, per check and the worst services, agreeing with each service's own findings", async () => {
  const withdrawn = await register(coordinator, pmlp, {
    name: { lv: 'Atsaucamais pakalpojums' },
    cofog: ['01.3'],
    legalBasis: [],
    appeal: undefined,
  });
  await admin.request('POST', `/api/v1/services/${withdrawn}/transitions`, { to: 'published' });
  await admin.request('POST', `/api/v1/services/${withdrawn}/transitions`, { to: 'withdrawn' });
  const last = await quality(coordinator, withdrawn);
  assert.deepEqual(
    [last.status, last.json.version],
    [200, 'published'],
    'a withdrawn service: its last published version',
  );
  assert.ok(
    checks(last.json.findings).includes('Q10') && !checks(last.json.findings).includes('Q11'),
    'nothing to confirm once withdrawn',
  );
  const res = await supervisor.request('GET', '/api/v1/catalogue/quality', undefined, { 'accept-language': 'en' });
  assert.equal(res.status, 200, res.body);
  const board = res.json;
  const mine = await ctx.db
    .selectFrom('services')
    .select(['id', 'status'])
    .where('holder_id', '=', pmlp)
    .where('status', '<>', 'withdrawn')
    .execute();
  const scores = await Promise.all(mine.map(async (s) => (await quality(supervisor, s.id)).json.score as number));
  const row = board.holders.find((h: { holder: { id: string } }) => h.holder.id === pmlp);
  assert.equal(row.holder.name, 'Pilsonības un migrācijas lietu pārvalde');
  assert.equal(row.services, mine.length, 'withdrawn services are left out');
  assert.equal(row.score, Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10);
  assert.equal(
    row.unverified,
    mine.filter((s) => s.status === 'published').length - 1,
    'one of them was confirmed this quarter',
  );
  assert.ok(row.errors >= 1 && row.warnings === mine.length);
  assert.deepEqual(
    board.checks.map((c: { check: string }) => c.check),
    [
      'Q01',
      'Q02',
      'Q03',
      'Q04',
      'Q05',
      'Q06',
      'Q07',
      'Q08',
      'Q09',
      'Q10',
      'Q11',
      'Q12',
      'Q13',
      'Q14',
      'Q15',
      'Q16',
      'Q17',
    ],
  );
  assert.ok(board.checks.find((c: { check: string }) => c.check === 'Q15').count >= 2, 'both near-duplicates counted');
  assert.ok(board.worst.length <= 20 && board.worst.length === Math.min(20, board.services));
  const worstScores = board.worst.map((w: { score: number }) => w.score);
  assert.deepEqual(
    worstScores,
    [...worstScores].sort((a, b) => a - b),
  );
  assert.ok(!board.worst.some((w: { id: string }) => w.id === withdrawn));
  assert.match(board.worst[0].findings[0].message, /[A-Za-z]/);
  assert.equal((await auditor.request('GET', '/api/v1/catalogue/quality')).status, 200);
});

test("SR-13 a holder's admin and contact person see only their own holders on the dashboard; others 403", async () => {
  const own = await nvaAdmin.request('GET', '/api/v1/catalogue/quality');
  assert.equal(own.status, 200, own.body);
  assert.deepEqual(
    own.json.holders.map((h: { holder: { id: string } }) => h.holder.id),
    [nva],
  );
  assert.ok(own.json.worst.every((w: { holder: { id: string } }) => w.holder.id === nva));
  const filtered = await coordinator.request('GET', `/api/v1/catalogue/quality?holderId=${pmlp}`);
  assert.deepEqual(
    filtered.json.holders.map((h: { holder: { id: string } }) => h.holder.id),
    [pmlp],
  );
  assert.equal(
    (await nvaAdmin.request('GET', `/api/v1/catalogue/quality?holderId=${pmlp}`)).status,
    404,
    "another holder's dashboard",
  );
  const onlyNva = await supervisor.request('GET', `/api/v1/catalogue/quality?holderId=${nva}`);
  assert.deepEqual(
    onlyNva.json.holders.map((h: { holder: { id: string } }) => h.holder.id),
    [nva],
  );
  const balviAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
  const empty = await balviAdmin.request('GET', '/api/v1/catalogue/quality');
  assert.deepEqual(
    [empty.status, empty.json.services, empty.json.score, empty.json.holders, empty.json.worst],
    [200, 0, null, [], []],
  );
  assert.equal((await employee.request('GET', '/api/v1/catalogue/quality')).status, 403);
  const bad = await supervisor.request('GET', '/api/v1/catalogue/quality?holderId=x');
  assert.deepEqual([bad.status, bad.json.errors[0].field], [400, '/holderId']);
});
