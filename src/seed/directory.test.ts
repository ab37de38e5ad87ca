// The directory's shipped data: the Balvi centre's points with their functions and (illustrative) hours, filled in
// idempotently also into a database made before the directory existed; the demo centres of every kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../test/support/context.ts';
import { loadReferenceData } from './load.ts';
import { demoCentres, loadDemoDirectory, loadDirectoryReference } from './directory.ts';
import { evaluateCompliance, listCentreRows, loadCentres } from '../centres/test-fixtures.ts';
import { verifyChain } from '../platform/audit/verify.ts';

test('BV-1.8 BV-2.1 the Balvi points: residence declaration and latvija.lv phone support only at the Balvi point, hours labelled illustrative', async () => {
  const database = await testDatabase();
  try {
    await loadReferenceData(database.db);
    const [balvi] = await listCentreRows(database.db, { text: 'Balvu novada valsts' });
    assert.equal(balvi?.place_level, 'regional');
    assert.equal(balvi?.kind, 'county');
    const [data] = await loadCentres(database.db, [balvi!]);
    assert.equal(data!.points.length, 5);
    for (const code of ['residence_declaration', 'latvija_lv_phone_support']) {
      const at = data!.points.filter((p) => p.functions.includes(code)).map((p) => p.row.address);
      assert.deepEqual(at, ['Partizānu iela 14, Balvi, Balvu novads, LV-4501'], code);
    }
    assert.ok(data!.points.every((p) => p.schedules.length === 1 && /Ilustratīvs/.test(p.schedules[0]!.label ?? '')));
    const compliance = evaluateCompliance(
      { date: '2026-11-23', kind: 'county', placeLevel: 'regional', points: data!.points, reception: [] },
      'en',
    );
    assert.equal(compliance.compliant, true, JSON.stringify(compliance.checks));
  } finally {
    await database.close();
  }
});

test('a database made before the directory gets the missing place, functions and hours once; a second run adds nothing', async () => {
  const database = await testDatabase();
  try {
    await loadReferenceData(database.db);
    assert.equal(await loadDirectoryReference(database.db), 0, 'already complete');
    // As a database from before migration 0004 looks after it: the new columns and tables empty.
    await database.db.deleteFrom('opening_schedules').execute();
    await database.db.deleteFrom('service_point_functions').execute();
    await database.db.updateTable('centres').set({ place_level: null, place_name: null }).execute();
    assert.equal(await loadReferenceData(database.db), false, 'organisations are not loaded twice');
    assert.equal(await loadDirectoryReference(database.db), 0, 'loadReferenceData filled it already');
    assert.equal((await database.db.selectFrom('opening_schedules').select('id').execute()).length, 5);
    assert.equal(
      (await database.db.selectFrom('centres').select('place_level').executeTakeFirstOrThrow()).place_level,
      'regional',
    );
    const events = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'seed.directory')
      .execute();
    assert.equal(events.length, 2, 'one for the first load, one for the refill');
    assert.equal((await verifyChain(database.db)).ok, true);
  } finally {
    await database.close();
  }
});

test('CR-3 demo mode adds labelled demo centres of every kind; Jelgava fails CR-6.3 on purpose; DR-12.3 Alsunga closes by 30.11.2026', async () => {
  const database = await testDatabase();
  try {
    await loadReferenceData(database.db);
    const count = await loadDemoDirectory(database.db);
    assert.equal(count, demoCentres().centres.length);
    assert.equal(await loadDemoDirectory(database.db), 0);
    const rows = await listCentreRows(database.db, { text: 'demonstrācija' });
    assert.ok(rows.every((r) => r.name.includes('(demonstrācija)') && r.municipality_name.includes('(demonstrācija)')));
    for (const kind of ['county', 'regional', 'national'] as const)
      assert.ok(rows.filter((r) => r.kind === kind).length >= 2, kind);
    const alsunga = rows.find((r) => r.name.startsWith('Alsungas'))!;
    assert.equal(alsunga.status, 'liquidation_decided');
    // 28.05.2026 + 6 months = Saturday 28.11.2026, moved to the next working day.
    assert.equal(alsunga.closing_deadline, '2026-11-30');
    const data = await loadCentres(database.db, rows);
    const verdict = (name: string) => {
      const c = data.find((d) => d.row.name.startsWith(name))!;
      return evaluateCompliance(
        {
          date: '2026-11-23',
          kind: c.row.kind,
          placeLevel: c.row.place_level,
          points: c.points,
          reception: c.reception,
        },
        'en',
      );
    };
    assert.equal(verdict('Valmieras').compliant, true, JSON.stringify(verdict('Valmieras').checks));
    assert.equal(verdict('Madonas').compliant, true, JSON.stringify(verdict('Madonas').checks));
    assert.equal(verdict('Cēsu').compliant, true, JSON.stringify(verdict('Cēsu').checks));
    const jelgava = verdict('Jelgavas');
    assert.equal(jelgava.compliant, false);
    assert.deepEqual(
      jelgava.checks.filter((c) => !c.passed).map((c) => c.rule),
      ['CR-6.3'],
    );
  } finally {
    await database.close();
  }
});
