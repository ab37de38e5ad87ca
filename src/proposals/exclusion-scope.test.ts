// CR-16: a completed exclusion removes the service from the centres' scope at the exclusion's day — the public list
// on a day before still lists it, from that day it does not, the counter stops offering it — audited; afterwards no
// entry reaches into it (400 naming the field, nothing written); a service that entered the basket is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { addToBasket } from '../basket/test-fixtures.ts';
import { balviCentre, buildCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff } from '../contacts/test-fixtures.ts';
import { pdfBytes } from '../documents/test-fixtures.ts';
import { storeDocument } from '../documents/index.ts';
import { putInScope } from '../scope/test-fixtures.ts';

let ctx: TestContext;
let vid: string;
let centre: Awaited<ReturnType<typeof buildCentre>>;
let balvi: Awaited<ReturnType<typeof balviCentre>>;
let service: { id: string; identifier: string };
let holder: Session;
let admin: Session;
let staff: Session;
let emails: string[] = [];

async function setClock(instant: string) {
  ctx.clock.set(instant);
  [holder, admin, staff] = (await Promise.all(emails.map((e) => login(ctx.app, e)))) as [Session, Session, Session];
}

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2027-03-01T09:00:00Z'); // Monday
  vid = await organisationId(ctx.db, 'VID');
  const varam = await organisationId(ctx.db, 'VARAM');
  await ctx.db.updateTable('organisations').set({ email: 'varam@test.vienuviet.lv' }).where('id', '=', varam).execute();
  centre = await buildCentre(ctx.db, { hours: '08:00-17:00' });
  balvi = await balviCentre(ctx.db);
  service = await buildService(ctx.db, { holderId: vid, name: 'Izslēdzamā nodokļu izziņa' }); // every centre, open-ended
  emails = [
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VID' })).email,
    (await buildUser(ctx, { role: 'org_admin', organisation: 'Balvu novads' })).email,
    (await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId: centre.centreId })).email,
  ];
  await setClock('2027-03-01T09:00:00Z');
});
after(() => ctx.close());

async function letter() {
  const doc = await storeDocument(ctx.db, {
    bytes: pdfBytes('Vestule'),
    filename: 'vestule.pdf',
    organisationId: vid,
    uploadedBy: null,
  });
  return doc.id;
}

async function fileExclusion(serviceId: string, excludeFrom: string) {
  const res = await holder.request('POST', '/api/v1/proposals', {
    kind: 'exclusion',
    title: 'Izziņas izslēgšana no centriem',
    serviceId,
    justification: 'Pieejams tikai e-pakalpojumā.',
    letterId: await letter(),
    excludeFrom,
  });
  assert.equal(res.status, 201, res.body);
  return res.json.id as string;
}

const listed = async (centreId: string, date: string, serviceId: string) => {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/centres/${centreId}/services?date=${date}` });
  assert.equal(res.statusCode, 200, res.body);
  return (res.json().items as { service: { id: string } }[]).some((i) => i.service.id === serviceId);
};
const offered = async (serviceId: string) => {
  const res = await staff.request(
    'GET',
    `/api/v1/centres/${centre.centreId}/counter-services?q=${encodeURIComponent(service.identifier)}`,
  );
  assert.equal(res.status, 200, res.body);
  return (res.json.items as { id: string }[]).some((s) => s.id === serviceId);
};
const entriesOf = (serviceId: string) =>
  ctx.db
    .selectFrom('centre_scope_entries')
    .select(['id', 'centre_id', 'valid_from', 'valid_until', 'ended_by'])
    .where('service_id', '=', serviceId)
    .orderBy('centre_id')
    .orderBy('valid_from')
    .execute();

test('CR-16 a completed exclusion ends the service’s CR-7.2/CR-7.3 entries at its day: the public list keeps it the day before and drops it from that day, the counter stops offering it; audited', async () => {
  // Balvi's centre: its entry ended before the exclusion, and a later one would have started after it.
  await ctx.db
    .updateTable('centre_scope_entries')
    .set({ valid_until: '2027-03-31' })
    .where('service_id', '=', service.id)
    .where('centre_id', '=', balvi.centreId)
    .execute();
  await putInScope(ctx.db, { serviceIds: [service.id], centreIds: [balvi.centreId], from: '2027-04-20' });
  const id = await fileExclusion(service.id, '2027-04-05');

  await setClock('2027-04-05T08:00:00Z'); // Monday, the exclusion's day
  assert.equal(await offered(service.id), true, 'until the exclusion is done the entries stand');
  const done = await holder.request('POST', `/api/v1/proposals/${id}/exclusion`, {});
  assert.equal(done.status, 200, done.body);
  assert.equal(done.json.state, 'excluded');

  assert.equal(await listed(centre.centreId, '2027-04-04', service.id), true, 'the day before: still listed');
  assert.equal(await listed(centre.centreId, '2027-04-05', service.id), false, 'from its day: not listed');
  assert.equal(await listed(centre.centreId, '2027-06-01', service.id), false);
  assert.equal(await listed(balvi.centreId, '2027-03-31', service.id), true, 'the earlier period stays as it was');
  assert.equal(await listed(balvi.centreId, '2027-04-25', service.id), false, 'the later period is gone');
  assert.equal(await offered(service.id), false, 'the counter no longer offers it');
  const refused = await staff.request('POST', '/api/v1/contacts', {
    centreId: centre.centreId,
    servicePointId: centre.pointId,
    type: 'information',
    serviceIds: [service.id],
  });
  assert.equal(refused.status, 400, refused.body);
  assert.deepEqual(
    refused.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/serviceIds/0', 'contact_service_outside_scope']],
  );

  const entries = await entriesOf(service.id);
  const mine = entries.find((e) => e.centre_id === centre.centreId)!;
  assert.equal(mine.valid_until, '2027-04-04');
  assert.ok(mine.ended_by, 'the holder’s user ended it');
  const balviEntries = entries.filter((e) => e.centre_id === balvi.centreId);
  assert.deepEqual(
    balviEntries.map((e) => [e.valid_from, e.valid_until]),
    [['2000-01-01', '2027-03-31']],
  );
  assert.ok(
    entries.every((e) => e.valid_until !== null && e.valid_until <= '2027-04-04'),
    'no centre keeps it from its day',
  );

  const audit = await ctx.db
    .selectFrom('audit_events')
    .select(['action', 'entity_id', 'after'])
    .where('entity_type', '=', 'centre_scope_entry')
    .where('action', 'in', ['scope_entry.end', 'scope_entry.delete'])
    .execute();
  const ended = audit.filter((a) => a.action === 'scope_entry.end');
  assert.ok(ended.some((a) => a.entity_id === mine.id));
  assert.equal(ended.length, entries.length - 1, 'one event per ended entry (Balvi’s ended one was not touched)');
  const removed = audit.filter((a) => a.action === 'scope_entry.delete');
  assert.equal(removed.length, 1);
  const reason = (a: (typeof audit)[number]) => (a.after as { reason: { rule: string; proposalId: string } }).reason;
  assert.deepEqual(reason(removed[0]!), { rule: 'CR-16', proposalId: id });
  assert.deepEqual(reason(ended[0]!), { rule: 'CR-16', proposalId: id });
});

test('CR-16 after the exclusion no entry reaches into it: from its day → 400 /validFrom, open-ended before it → 400 /validUntil, extending an ended entry → 400 /validUntil; nothing written; ending the day before is accepted', async () => {
  const before = await entriesOf(service.id);
  const add = (body: object) => admin.request('POST', `/api/v1/centres/${balvi.centreId}/scope`, body);
  const later = await add({ serviceId: service.id, basis: 'CR-7.3', validFrom: '2027-05-01' });
  assert.equal(later.status, 400, later.body);
  assert.deepEqual(
    later.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    [['/validFrom', 'scope_service_excluded']],
  );
  assert.match(later.json.errors[0].message, /05\.04\.2027/);
  const open = await add({ serviceId: service.id, basis: 'CR-7.3', validFrom: '2027-04-01' });
  assert.equal(open.status, 400, open.body);
  assert.equal(open.json.errors[0].field, '/validUntil');
  const balviEntry = before.find((e) => e.centre_id === balvi.centreId)!;
  const extend = await admin.request('POST', `/api/v1/centres/${balvi.centreId}/scope/${balviEntry.id}/end`, {
    validUntil: '2027-06-30',
  });
  assert.equal(extend.status, 400, extend.body);
  assert.equal(extend.json.errors[0].field, '/validUntil');
  assert.deepEqual(await entriesOf(service.id), before, 'nothing written');
  const upTo = await admin.request('POST', `/api/v1/centres/${balvi.centreId}/scope/${balviEntry.id}/end`, {
    validUntil: '2027-04-04',
  });
  assert.equal(upTo.status, 200, upTo.body);
});

test('CR-16 a service that entered the minimal basket since the notice is refused when the exclusion would take effect: 422 naming CR-16, its entries untouched', async () => {
  const other = await buildService(ctx.db, { holderId: vid, name: 'Vēlāk grozā iekļauta izziņa' });
  const id = await fileExclusion(other.id, '2027-05-10');
  await addToBasket(ctx.db, other.id, vid);
  const before = await entriesOf(other.id);
  await setClock('2027-05-10T08:00:00Z');
  const refused = await holder.request('POST', `/api/v1/proposals/${id}/exclusion`, {});
  assert.equal(refused.status, 422, refused.body);
  assert.match(refused.json.title, /CR-16/);
  assert.deepEqual(await entriesOf(other.id), before);
  const detail = await holder.request('GET', `/api/v1/proposals/${id}`);
  assert.equal(detail.json.state, 'exclusion_notified');
});
