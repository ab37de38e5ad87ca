// SR-11, second half: a law change recorded against a service is met when a version is published after it was
// recorded and by the end of its effective day in Riga, late after it, overdue when the day passed without one; a
// withdrawn service owes nothing; a change recorded by mistake is deleted while pending.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { auditEvents } from '../people/test-fixtures.ts';
import { lawChangeState } from './law-changes.ts';
import {
  admin,
  at,
  changesUrl,
  coordinator,
  ctx,
  listed,
  publishedService,
  q16,
  record,
  republish,
  setup,
  stateOf,
  supervisor,
  ur,
} from './test-law-changes.ts';

before(setup);
after(() => ctx.close());

test('SR-11 the state is decided on Riga dates, whatever the server time zone: the effective day ends at 00:00 in Riga', () => {
  const zone = process.env.TZ;
  try {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      // Winter (UTC+2): 1 December ends at 22:00 UTC.
      assert.equal(
        lawChangeState(
          '2026-12-01',
          new Date('2026-12-01T21:59:59.999Z'),
          'published',
          new Date('2026-12-05T10:00:00Z'),
        ),
        'met',
        tz,
      );
      assert.equal(
        lawChangeState(
          '2026-12-01',
          new Date('2026-12-01T22:00:00.000Z'),
          'published',
          new Date('2026-12-05T10:00:00Z'),
        ),
        'late',
        tz,
      );
      assert.equal(
        lawChangeState('2026-12-01', null, 'published', new Date('2026-12-01T21:59:59.999Z')),
        'pending',
        tz,
      );
      assert.equal(
        lawChangeState('2026-12-01', null, 'published', new Date('2026-12-01T22:00:00.000Z')),
        'overdue',
        tz,
      );
      // Summer (UTC+3): 1 July ends at 21:00 UTC.
      assert.equal(
        lawChangeState(
          '2026-07-01',
          new Date('2026-07-01T20:59:59.999Z'),
          'published',
          new Date('2026-07-05T10:00:00Z'),
        ),
        'met',
        tz,
      );
      assert.equal(
        lawChangeState(
          '2026-07-01',
          new Date('2026-07-01T21:00:00.000Z'),
          'published',
          new Date('2026-07-05T10:00:00Z'),
        ),
        'late',
        tz,
      );
      assert.equal(lawChangeState('2026-07-01', null, 'draft', new Date('2026-07-01T21:00:00.000Z')), 'overdue', tz);
      assert.equal(lawChangeState('2026-07-01', null, 'withdrawn', new Date('2026-07-05T10:00:00Z')), 'void', tz);
      assert.equal(
        lawChangeState('2026-07-01', new Date('2026-06-30T10:00:00Z'), 'withdrawn', new Date('2026-07-05T10:00:00Z')),
        'void',
        tz,
      );
    }
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test("SR-11 the holder's contact person records a change: pending, then met by a publication before 00:00 Riga of its day; audited", async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Komersanta reģistrācija');
  at('2026-11-23T09:00:00Z');
  const change = await record(coordinator, id, {
    title: '  Grozījumi Komerclikumā  ',
    url: 'https://likumi.lv/ta/id/5490',
    effectiveOn: '2026-12-01',
  });
  assert.deepEqual(
    { ...change, id: undefined },
    {
      id: undefined,
      title: 'Grozījumi Komerclikumā',
      url: 'https://likumi.lv/ta/id/5490',
      effectiveOn: '2026-12-01',
      state: 'pending',
      publishedAt: null,
      recordedAt: '2026-11-23T09:00:00.000Z',
      recordedBy: { name: 'Test institution_coordinator', organisation: 'Uzņēmumu reģistrs' },
      canDelete: true,
    },
  );
  const [event] = await auditEvents(ctx.db, 'service.law_change_record', id);
  assert.deepEqual(
    [event?.entity_type, event?.organisation_id, (event?.after as { id: string; title: string } | undefined)?.title],
    ['service', ur, 'Grozījumi Komerclikumā'],
  );
  await republish(coordinator, admin, id, '2026-12-01T21:59:59Z');
  const list = await listed(coordinator, id);
  assert.deepEqual(
    [list.items[0].state, list.items[0].publishedAt, list.items[0].canDelete, list.canRecord],
    ['met', '2026-12-01T21:59:59.000Z', false, true],
  );
  at('2026-12-10T10:00:00Z');
  assert.equal(await stateOf(id, change.id), 'met', 'met stays met');
});

test('SR-11 published at 00:00 Riga the day after (22:00 UTC in winter) is late; a publication before the recording does not count', async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Komersanta izslēgšana');
  at('2026-11-23T08:00:01Z');
  const change = await record(admin, id, { title: 'Grozījumi Komercreģistra likumā', effectiveOn: '2026-12-01' });
  assert.equal(change.state, 'pending', 'the publication a second earlier does not count');
  at('2026-12-01T21:59:59Z');
  assert.equal(await stateOf(id, change.id), 'pending', '23:59:59 in Riga on the day');
  at('2026-12-01T22:00:00Z');
  assert.equal(await stateOf(id, change.id), 'overdue', '00:00 in Riga the next day');
  await republish(coordinator, admin, id, '2026-12-01T22:00:00Z');
  assert.equal(await stateOf(id, change.id), 'late');
});

test('SR-11 a withdrawn service owes nothing: its changes are void and no more are recorded', async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Atsaucamais pakalpojums');
  at('2026-11-23T09:00:00Z');
  const change = await record(coordinator, id, { title: 'Grozījumi', effectiveOn: '2026-11-24' });
  assert.equal((await admin.request('POST', `/api/v1/services/${id}/transitions`, { to: 'withdrawn' })).status, 200);
  at('2026-12-10T10:00:00Z');
  const list = await listed(coordinator, id);
  assert.deepEqual([list.items[0].state, list.items[0].canDelete, list.canRecord], ['void', false, false]);
  assert.deepEqual(q16((await coordinator.request('GET', `/api/v1/services/${id}/quality`)).json.findings), []);
  const refused = await coordinator.request('POST', changesUrl(id), { title: 'Vēl', effectiveOn: '2026-12-20' });
  assert.deepEqual([refused.status, refused.json.code], [409, 'service_withdrawn']);
  assert.equal((await coordinator.request('DELETE', `${changesUrl(id)}/${change.id}`)).status, 409);
});

test('SR-11 a change recorded by mistake is deleted while pending (audited); once met or overdue it stays', async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(coordinator, admin, ur, 'Zīmola reģistrācija');
  at('2026-11-23T09:00:00Z');
  const mistake = await record(coordinator, id, { title: 'Kļūdains ieraksts', effectiveOn: '2026-12-15' });
  const overdue = await record(coordinator, id, { title: 'Grozījumi Preču zīmju likumā', effectiveOn: '2026-11-01' });
  const res = await supervisor.request('DELETE', `${changesUrl(id)}/${mistake.id}`);
  assert.equal(res.status, 200, res.body);
  const [event] = await auditEvents(ctx.db, 'service.law_change_delete', id);
  assert.deepEqual([(event?.before as { id: string } | undefined)?.id, event?.after], [mistake.id, null]);
  assert.deepEqual(
    (await listed(coordinator, id)).items.map((c: { id: string }) => c.id),
    [overdue.id],
  );
  const refused = await coordinator.request('DELETE', `${changesUrl(id)}/${overdue.id}`);
  assert.deepEqual(
    [refused.status, refused.json.code, refused.json.errors[0].field],
    [409, 'law_change_not_pending', '/changeId'],
  );
  await republish(coordinator, admin, id, '2026-11-23T10:00:00Z');
  assert.equal(await stateOf(id, overdue.id), 'late');
  assert.equal((await coordinator.request('DELETE', `${changesUrl(id)}/${overdue.id}`)).status, 409);
  assert.equal((await coordinator.request('DELETE', `${changesUrl(id)}/${mistake.id}`)).status, 404, 'already gone');
});
