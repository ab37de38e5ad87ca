// SR-11 law changes: who records, reads and deletes, and bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  admin,
  at,
  auditCount,
  auditor,
  changesUrl,
  coordinator,
  count,
  ctx,
  employee,
  listed,
  nvaAdmin,
  publishedService,
  record,
  setup,
  supervisor,
  ur,
} from './test-law-changes.ts';

before(setup);
after(() => ctx.close());

test("SR-11 SR-8 scope: the holder's describers and the ministry record, readers read; others get 404, roles outside 403", async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Komercķīlas reģistrācija');
  at('2026-11-23T09:00:00Z');
  const byMinistry = await record(supervisor, id, { title: 'Komercķīlas likuma grozījumi', effectiveOn: '2027-01-01' });
  assert.equal(byMinistry.recordedBy.organisation, 'Viedās administrācijas un reģionālās attīstības ministrija');
  const asAuditor = await listed(auditor, id);
  assert.deepEqual([asAuditor.items.length, asAuditor.canRecord, asAuditor.items[0].canDelete], [1, false, false]);
  assert.equal((await auditor.request('POST', changesUrl(id), { title: 'X', effectiveOn: '2027-01-01' })).status, 403);
  assert.equal((await employee.request('POST', changesUrl(id), { title: 'X', effectiveOn: '2027-01-01' })).status, 403);
  assert.equal((await employee.request('GET', changesUrl(id))).status, 404, 'a published service, but not its drafts');
  const before = [await count(), await auditCount()];
  assert.equal((await nvaAdmin.request('GET', changesUrl(id))).status, 404);
  assert.equal((await nvaAdmin.request('POST', changesUrl(id), { title: 'X', effectiveOn: '2027-01-01' })).status, 404);
  assert.equal((await nvaAdmin.request('DELETE', `${changesUrl(id)}/${byMinistry.id}`)).status, 404);
  const unknown = '00000000-0000-4000-8000-000000000000';
  assert.equal((await coordinator.request('GET', changesUrl(unknown))).status, 404);
  assert.equal(
    (await coordinator.request('POST', changesUrl(unknown), { title: 'X', effectiveOn: '2027-01-01' })).status,
    404,
  );
  assert.deepEqual([await count(), await auditCount()], before, 'nothing written');
  const other = await publishedService(coordinator, admin, ur, 'Cits pakalpojums');
  assert.equal(
    (await coordinator.request('DELETE', `${changesUrl(other)}/${byMinistry.id}`)).status,
    404,
    "another service's change",
  );
  assert.equal(await count(), before[0]);
});

test('SR-11 bad input answers 400 naming the field, and nothing is written', async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Nekustamā īpašuma reģistrācija');
  const before = [await count(), await auditCount()];
  const cases: [unknown, string, string][] = [
    [{ effectiveOn: '2026-12-01' }, '/title', 'field_required'],
    [{ title: '   ', effectiveOn: '2026-12-01' }, '/title', 'field_required'],
    [{ title: 'ā'.repeat(501), effectiveOn: '2026-12-01' }, '/title', 'field_too_long'],
    [{ title: 'Grozījumi', url: 'javascript:alert(1)', effectiveOn: '2026-12-01' }, '/url', 'field_pattern'],
    [{ title: 'Grozījumi', url: `https://${'a'.repeat(1000)}`, effectiveOn: '2026-12-01' }, '/url', 'field_too_long'],
    [{ title: 'Grozījumi' }, '/effectiveOn', 'field_required'],
    [{ title: 'Grozījumi', effectiveOn: '2026-02-30' }, '/effectiveOn', 'field_format'],
    [{ title: 'Grozījumi', effectiveOn: '0000-01-01' }, '/effectiveOn', 'field_date_range'],
    [{ title: 'Grozījumi', effectiveOn: '2101-01-01' }, '/effectiveOn', 'field_date_range'],
    [{ title: 'Grozījumi', effectiveOn: '2026-12-01', state: 'met' }, '/state', 'field_unknown'],
  ];
  for (const [body, field, code] of cases) {
    const res = await coordinator.request('POST', changesUrl(id), body);
    assert.equal(res.status, 400, `${field}: ${res.body}`);
    assert.ok(
      res.json.errors.some((e: { field: string; code: string }) => e.field === field && e.code === code),
      `${field} ${code}: ${res.body}`,
    );
  }
  const badId = await coordinator.request('POST', '/api/v1/services/x/law-changes', {
    title: 'G',
    effectiveOn: '2026-12-01',
  });
  assert.deepEqual([badId.status, badId.json.errors[0].field], [400, '/id']);
  const badChange = await coordinator.request('DELETE', `${changesUrl(id)}/x`);
  assert.deepEqual([badChange.status, badChange.json.errors[0].field], [400, '/changeId']);
  assert.deepEqual([await count(), await auditCount()], before);
});
