import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../test/support/context.ts';
import { isValidRegNo } from '../organisations/index.ts';
import { bootstrapAdmin, loadDemoData, loadReferenceData } from './load.ts';
import { demoData, referenceData } from './data.ts';
import { ROLES } from '../platform/access/roles.ts';
import { verifyChain } from '../platform/audit/verify.ts';

test('registration numbers are checked with the Enterprise Register checksum', () => {
  for (const valid of ['40003521600', '90000056357', '90009115622']) assert.equal(isValidRegNo(valid), true, valid);
  for (const invalid of ['90009115623', '30009115622', '9000911562', '9000911562x'])
    assert.equal(isValidRegNo(invalid), false, invalid);
});

test('CR-8 reference data holds the ministry, the maintainer, the seven basket institutions and BV-2.1 holders', () => {
  const data = referenceData();
  const short = data.organisations.map((o) => o.shortName);
  for (const name of ['VARAM', 'VRAA', 'LAD', 'NVA', 'UR', 'PMLP', 'VID', 'VSAA', 'VZD', 'VDI', 'SIVA', 'VDEĀVK'])
    assert.ok(short.includes(name), name);
  for (const o of data.organisations) if (o.regNo) assert.equal(isValidRegNo(o.regNo), true, `${o.name} ${o.regNo}`);
});

test('BV-1.8 Balvu novada pašvaldība (90009115622) runs one centre with five service points', async () => {
  const database = await testDatabase();
  try {
    assert.equal(await loadReferenceData(database.db), true);
    assert.equal(await loadReferenceData(database.db), false, 'loads only into an empty database');
    const balvi = await database.db
      .selectFrom('organisations')
      .selectAll()
      .where('reg_no', '=', '90009115622')
      .executeTakeFirstOrThrow();
    assert.equal(balvi.name, 'Balvu novada pašvaldība');
    const centres = await database.db
      .selectFrom('centres')
      .selectAll()
      .where('municipality_id', '=', balvi.id)
      .execute();
    assert.equal(centres.length, 1);
    const points = await database.db
      .selectFrom('service_points')
      .select('address')
      .where('centre_id', '=', centres[0]!.id)
      .execute();
    assert.equal(points.length, 5);
    assert.ok(points.some((p) => p.address.startsWith('Partizānu iela 14, Balvi')));
    assert.ok(points.some((p) => p.address.startsWith('Bērzu iela 8, Beņislava')));
  } finally {
    await database.close();
  }
});

test('CR-19.7 demo data gives an account for every role and answerers in more than one institution, and loads only into a database without users', async () => {
  const database = await testDatabase();
  try {
    await loadReferenceData(database.db);
    const logins = await loadDemoData(database.db);
    assert.deepEqual([...new Set(logins.map((l) => l.role))].sort(), [...ROLES].sort());
    assert.deepEqual(await loadDemoData(database.db), []);
    assert.equal(demoData().users.length, logins.length);
    // A case routed to an institution needs someone there to answer it: the demo has more than one such institution.
    const institutions = new Set(
      demoData()
        .users.filter((u) => u.role === 'institution_coordinator')
        .map((u) => u.organisation),
    );
    assert.ok(institutions.has('pmlp') && institutions.size >= 2, [...institutions].join(', '));
    assert.equal((await verifyChain(database.db)).ok, true);
  } finally {
    await database.close();
  }
});

test('the first maintainer is created from ADMIN_EMAIL/ADMIN_PASSWORD only when there are no users', async () => {
  const database = await testDatabase();
  try {
    await loadReferenceData(database.db);
    assert.equal(await bootstrapAdmin(database.db, 'Admin@Example.lv', 'a-long-admin-password'), true);
    const admin = await database.db
      .selectFrom('users')
      .innerJoin('role_grants', 'role_grants.user_id', 'users.id')
      .select(['users.email', 'role_grants.role'])
      .executeTakeFirstOrThrow();
    assert.deepEqual(admin, { email: 'admin@example.lv', role: 'maintainer' });
    assert.equal(await bootstrapAdmin(database.db, 'other@example.lv', 'a-long-admin-password'), false);
  } finally {
    await database.close();
  }
});
