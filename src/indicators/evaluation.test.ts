// SR-23 and SR-25.2: the holder's evaluation with its improvement measures fulfils SR-23, and the ministry's request
// for a holder's SR-21 and SR-23 data is answered by the holder and shows the published versions and the evaluation.
// The year's figures here come from the holder's own channels (indicators.test.ts covers the counter's records).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildService } from '../contacts/test-fixtures.ts';

let ctx: TestContext;
let coordinator: Session;
let vid: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2027-02-10T09:00:00Z');
  vid = await organisationId(ctx.db, 'VID');
  const service = await buildService(ctx.db, { holderId: vid, name: 'Nodokļu maksātāja reģistrācija' });
  coordinator = await login(ctx.app, (await buildUser(ctx, { role: 'institution_coordinator' })).email);
  for (const [applications, changeNote] of [
    [10, undefined],
    [12, 'Pasta kanālā 12 pieteikumi, nevis 10'],
  ] as const) {
    const pushed = await coordinator.request('POST', '/api/v1/indicators/channel-counts', {
      holderId: vid,
      items: [
        {
          serviceIdentifier: service.identifier,
          channel: 'electronic',
          periodFrom: '2026-01-01',
          periodTo: '2026-12-31',
          applications,
          delayed: 0,
          complaints: 1,
        },
      ],
    });
    assert.equal(pushed.status, 200, pushed.body);
    const published = await coordinator.request('POST', '/api/v1/indicators/publications', {
      holderId: vid,
      year: 2026,
      ...(changeNote ? { changeNote } : {}),
    });
    assert.equal(published.status, 201, published.body);
  }
});
after(() => ctx.close());

test('SR-23 the evaluation with its improvement measures fulfils SR-23; blank measures are named', async () => {
  const url = '/api/v1/indicators/evaluations';
  const none = await coordinator.request('GET', `${url}?holderId=${vid}&year=2026`);
  assert.equal(none.status, 200, 'none recorded yet is an answer, not a missing page');
  assert.equal(none.json.evaluation, null);
  const blank = await coordinator.request('PUT', url, {
    holderId: vid,
    year: 2026,
    serviceListChanges: ' ',
    processImprovements: 'Pieteikumu apstrāde vienā sistēmā',
    accessibilityMeasures: '',
  });
  assert.equal(blank.status, 400);
  const fields = (blank.json.errors ?? blank.json.fields).map((e: { field: string }) => e.field).sort();
  assert.deepEqual(fields, ['/accessibilityMeasures', '/serviceListChanges']);
  const res = await coordinator.request('PUT', url, {
    holderId: vid,
    year: 2026,
    serviceListChanges: 'Apvienot divus reģistrācijas pakalpojumus',
    processImprovements: 'Pieteikumu apstrāde vienā sistēmā',
    accessibilityMeasures: 'Pieteikums arī pa pastu',
  });
  assert.equal(res.status, 200, res.body);
  const read = await coordinator.request('GET', `${url}?holderId=${vid}&year=2026`);
  assert.equal(read.json.evaluation.processImprovements, 'Pieteikumu apstrāde vienā sistēmā');
  const duty = await ctx.db
    .selectFrom('obligations')
    .select(['status'])
    .where('rule_id', '=', 'SR-23')
    .where('organisation_id', '=', vid)
    .where('period', '=', '2026')
    .executeTakeFirstOrThrow();
  assert.equal(duty.status, 'fulfilled_on_time');
});

test('SR-25.2 the ministry requests a holder’s SR-21 and SR-23 data and sees it answered', async () => {
  const ministry = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  const asked = await ministry.request('POST', '/api/v1/indicators/requests', {
    holderId: vid,
    year: 2026,
    note: 'Lūdzam rādītājus un izvērtējumu',
  });
  assert.equal(asked.status, 201, asked.body);
  const holderSees = await coordinator.request('GET', '/api/v1/indicators/requests');
  assert.deepEqual(
    holderSees.json.items.map((r: { id: string }) => r.id),
    [asked.json.id],
  );
  const byHolder = await coordinator.request('POST', '/api/v1/indicators/requests', { holderId: vid, year: 2026 });
  assert.equal(byHolder.status, 403, 'only the ministry asks');
  const ursCoordinator = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'UR' })).email,
  );
  const foreign = await ursCoordinator.request('POST', `/api/v1/indicators/requests/${asked.json.id}/answer`, {});
  assert.equal(foreign.status, 404);
  const answered = await coordinator.request('POST', `/api/v1/indicators/requests/${asked.json.id}/answer`, {
    note: 'Publicēts, izvērtējums reģistrēts',
  });
  assert.equal(answered.status, 200, answered.body);
  const seen = await ministry.request('GET', `/api/v1/indicators/requests/${asked.json.id}`);
  assert.equal(seen.status, 200);
  assert.ok(seen.json.request.answeredAt);
  assert.deepEqual(
    seen.json.publications.map((p: { version: number }) => p.version),
    [2, 1],
  );
  assert.equal(seen.json.evaluation.accessibilityMeasures, 'Pieteikums arī pa pastu');
  const twice = await coordinator.request('POST', `/api/v1/indicators/requests/${asked.json.id}/answer`, {});
  assert.equal(twice.status, 409);
});
