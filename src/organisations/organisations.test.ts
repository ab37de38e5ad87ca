// The organisations directory through HTTP: a maintainer adds and changes organisations; an organisation's admin
// keeps its own channels and contact persons; every change is audited; bad input names its field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { auditEvents } from '../people/test-fixtures.ts';

let ctx: TestContext;
let maintainer: Session;
let balviAdmin: Session;
let balvi: string;
let vid: string;

before(async () => {
  ctx = await testContext();
  balvi = await organisationId(ctx.db, 'Balvu novads');
  vid = await organisationId(ctx.db, 'VID');
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
  balviAdmin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
});
after(() => ctx.close());

const countOrganisations = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('DR-20.1 a maintainer adds an institution with its remote contact channels; the event holds the entry', async () => {
  const res = await maintainer.request('POST', '/api/v1/organisations', {
    kind: 'institution',
    name: '  Valsts digitālās attīstības aģentūra ',
    shortName: 'VDAA',
    regNo: '40003521600',
    website: 'https://www.vdaa.gov.lv',
    email: 'Pasts@VDAA.gov.lv',
    phone: '+371 67079000',
    eAddress: '_DEFAULT@40003521600',
  });
  assert.equal(res.status, 201, res.body);
  assert.equal(res.json.name, 'Valsts digitālās attīstības aģentūra');
  assert.equal(res.json.email, 'pasts@vdaa.gov.lv');
  assert.deepEqual(res.json.contacts, []);
  const events = await auditEvents(ctx.db, 'organisation.create', res.json.id);
  assert.equal(events.length, 1);
  assert.equal((events[0]!.after as { regNo: string }).regNo, '40003521600');
});

test('a registration number failing its checksum is refused naming /regNo; nothing is written', async () => {
  const before = await countOrganisations();
  const res = await maintainer.request('POST', '/api/v1/organisations', {
    kind: 'holder',
    name: 'Kļūdaina',
    regNo: '90009115623',
  });
  assert.equal(res.status, 400);
  assert.deepEqual(
    res.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/regNo', 'field_reg_no_checksum']],
  );
  assert.equal(await countOrganisations(), before);
  const shape = await maintainer.request('POST', '/api/v1/organisations', { kind: 'holder', name: 'X', regNo: '12' });
  assert.equal(shape.status, 400);
  assert.equal(shape.json.errors[0].field, '/regNo');
});

test('a duplicate registration number answers 409 naming /regNo', async () => {
  const res = await maintainer.request('POST', '/api/v1/organisations', {
    kind: 'municipality',
    name: 'Cita Balvu pašvaldība',
    regNo: '90009115622',
  });
  assert.equal(res.status, 409);
  assert.equal(res.json.code, 'reg_no_taken');
  assert.equal(res.json.errors[0].field, '/regNo');
  const change = await maintainer.request(
    'PATCH',
    `/api/v1/organisations/${vid}`,
    { regNo: '90009115622' },
    await currentVersion(ctx.db, 'organisations', vid),
  );
  assert.equal(change.status, 409);
});

test('unsafe links and unknown fields are refused', async () => {
  const link = await maintainer.request(
    'PATCH',
    `/api/v1/organisations/${vid}`,
    { website: 'javascript:alert(1)' },
    await currentVersion(ctx.db, 'organisations', vid),
  );
  assert.equal(link.status, 400);
  assert.equal(link.json.errors[0].field, '/website');
  const unknown = await maintainer.request(
    'PATCH',
    `/api/v1/organisations/${vid}`,
    { colour: 'red' },
    await currentVersion(ctx.db, 'organisations', vid),
  );
  assert.equal(unknown.status, 400);
  assert.equal(unknown.json.errors[0].code, 'field_unknown');
});

test("DR-21.2 an organisation's admin changes its own channels; the event has the entry before and after", async () => {
  const res = await balviAdmin.request(
    'PATCH',
    `/api/v1/organisations/${balvi}`,
    { email: 'klienti@balvi.lv', eAddress: '_DEFAULT@90009115622' },
    await currentVersion(ctx.db, 'organisations', balvi),
  );
  assert.equal(res.status, 200, res.body);
  assert.equal(res.json.email, 'klienti@balvi.lv');
  assert.equal(res.json.name, 'Balvu novada pašvaldība');
  const events = await auditEvents(ctx.db, 'organisation.update', balvi);
  const last = events.at(-1)!;
  assert.equal((last.before as { email: string }).email, 'dome@balvi.lv');
  assert.equal((last.after as { email: string }).email, 'klienti@balvi.lv');
});

test("an organisation's admin may not rename it (403 naming the field) nor touch another organisation (404)", async () => {
  const rename = await balviAdmin.request(
    'PATCH',
    `/api/v1/organisations/${balvi}`,
    { name: 'Cits nosaukums', phone: '+371 64500000' },
    await currentVersion(ctx.db, 'organisations', balvi),
  );
  assert.equal(rename.status, 403);
  assert.equal(rename.json.code, 'field_not_editable');
  assert.equal(rename.json.errors[0].field, '/name');
  const other = await balviAdmin.request(
    'PATCH',
    `/api/v1/organisations/${vid}`,
    { phone: '+371 67120000' },
    await currentVersion(ctx.db, 'organisations', vid),
  );
  assert.equal(other.status, 404);
  assert.equal((await balviAdmin.request('POST', '/api/v1/organisations', { kind: 'holder', name: 'X' })).status, 403);
});

test('contact persons: added, changed and removed by the organisation admin, each audited; others answer 404', async () => {
  const added = await balviAdmin.request('POST', `/api/v1/organisations/${balvi}/contacts`, {
    name: 'Inese Kontaktiņa',
    position: 'VPVKAC vadītāja',
    email: 'Inese@balvi.lv',
    phone: '+371 26000000',
  });
  assert.equal(added.status, 201, added.body);
  assert.equal(added.json.email, 'inese@balvi.lv');
  const id = added.json.id as string;
  assert.equal((await auditEvents(ctx.db, 'organisation_contact.create', id)).length, 1);

  const changed = await balviAdmin.request(
    'PATCH',
    `/api/v1/organisations/${balvi}/contacts/${id}`,
    { position: null, phone: '+371 26000001' },
    await currentVersion(ctx.db, 'organisation_contacts', id),
  );
  assert.equal(changed.status, 200, changed.body);
  assert.equal(changed.json.position, null);
  const update = (await auditEvents(ctx.db, 'organisation_contact.update', id))[0]!;
  assert.equal((update.before as { phone: string }).phone, '+371 26000000');
  assert.equal((update.after as { phone: string }).phone, '+371 26000001');

  const org = await balviAdmin.request('GET', `/api/v1/organisations/${balvi}`);
  assert.deepEqual(
    org.json.contacts.map((c: { name: string }) => c.name),
    ['Inese Kontaktiņa'],
  );
  assert.ok(org.json.centres.every((c: { status: string }) => c.status === 'operating'));

  assert.equal(
    (
      await balviAdmin.request(
        'PATCH',
        `/api/v1/organisations/${vid}/contacts/${id}`,
        { name: 'X' },
        await currentVersion(ctx.db, 'organisation_contacts', id),
      )
    ).status,
    404,
    'the contact is not under VID',
  );
  assert.equal((await balviAdmin.request('POST', `/api/v1/organisations/${vid}/contacts`, { name: 'X' })).status, 404);
  const blank = await balviAdmin.request(
    'PATCH',
    `/api/v1/organisations/${balvi}/contacts/${id}`,
    { name: '  ' },
    await currentVersion(ctx.db, 'organisation_contacts', id),
  );
  assert.equal(blank.status, 400);
  assert.equal(blank.json.errors[0].field, '/name');

  assert.equal(
    (
      await balviAdmin.request(
        'DELETE',
        `/api/v1/organisations/${balvi}/contacts/${id}`,
        undefined,
        await currentVersion(ctx.db, 'organisation_contacts', id),
      )
    ).status,
    200,
  );
  assert.equal((await auditEvents(ctx.db, 'organisation_contact.delete', id)).length, 1);
  assert.equal(
    (
      await balviAdmin.request(
        'DELETE',
        `/api/v1/organisations/${balvi}/contacts/${id}`,
        undefined,
        await currentVersion(ctx.db, 'organisation_contacts', id),
      )
    ).status,
    404,
  );
});
