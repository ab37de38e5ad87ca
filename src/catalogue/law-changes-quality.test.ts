// SR-11 with SR-13: Q16 flags the overdue law changes as errors and the near ones as warnings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { calendarFor } from '../organisations/lookups.ts';
import { serviceContent } from './test-fixtures.ts';
import {
  admin,
  at,
  coordinator,
  ctx,
  pmlp,
  pmlpAdmin,
  pmlpCoordinator,
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

test('SR-11 SR-13 Q16: an overdue change is an error in the service quality, the unsaved check and the dashboard; a met one is not', async () => {
  at('2026-11-23T08:00:00Z');
  const id = await publishedService(pmlpCoordinator, pmlpAdmin, pmlp, 'Pases izsniegšana');
  const fine = await publishedService(pmlpCoordinator, pmlpAdmin, pmlp, 'Vīzas pagarināšana');
  at('2026-11-23T09:00:00Z');
  await record(supervisor, id, { title: 'Grozījumi Personu apliecinošu dokumentu likumā', effectiveOn: '2026-11-20' });
  const already = await record(supervisor, fine, { title: 'Grozījumi Imigrācijas likumā', effectiveOn: '2026-11-20' });
  assert.equal(already.state, 'overdue', 'recorded after its day without an update since');
  await republish(pmlpCoordinator, pmlpAdmin, fine, '2026-11-23T10:00:00Z');
  assert.equal(await stateOf(fine, already.id, pmlpCoordinator), 'late');

  const quality = await pmlpCoordinator.request('GET', `/api/v1/services/${id}/quality`);
  assert.deepEqual(q16(quality.json.findings), [
    [
      'error',
      'Apraksts nav atjaunināts un publicēts līdz tiesību akta grozījumu spēkā stāšanās dienai: Grozījumi Personu apliecinošu dokumentu likumā (2026-11-20) (SR-11).',
    ],
  ]);
  const en = await pmlpCoordinator.request('GET', `/api/v1/services/${id}/quality`, undefined, {
    'accept-language': 'en',
  });
  assert.match(
    q16(en.json.findings)[0]![1]!,
    /^The description was not updated and published by the day the law change took effect/,
  );
  assert.deepEqual(
    q16((await pmlpCoordinator.request('GET', `/api/v1/services/${fine}/quality`)).json.findings),
    [],
    'late is history, not a finding',
  );

  const unsaved = await pmlpCoordinator.request('POST', '/api/v1/services/quality-check', {
    holderId: pmlp,
    serviceId: id,
    content: serviceContent(),
  });
  assert.deepEqual(
    q16(unsaved.json.findings).map(([s]) => s),
    ['error'],
    'owed until a version is published, whatever is typed',
  );
  const fresh = await pmlpCoordinator.request('POST', '/api/v1/services/quality-check', {
    holderId: pmlp,
    content: serviceContent(),
  });
  assert.deepEqual(q16(fresh.json.findings), [], 'no service, no law changes');

  const board = (await supervisor.request('GET', `/api/v1/catalogue/quality?holderId=${pmlp}`)).json;
  assert.equal(board.checks.find((c: { check: string }) => c.check === 'Q16').count, 1);
  const worst = board.worst.find((w: { id: string }) => w.id === id);
  assert.deepEqual(q16(worst.findings), q16(quality.json.findings));
  assert.equal(worst.score, quality.json.score, 'the dashboard agrees with the service');
});

test("SR-11 SR-13 Q16 warns while a pending change takes effect within 10 working days of the holder's calendar, and stops once published", async () => {
  at('2026-11-23T08:00:00Z');
  const horizon = (await calendarFor(ctx.deps, ur)).dueAfterWorkingDays('2026-11-23', 10);
  assert.equal(horizon, '2026-12-07');
  const near = await publishedService(coordinator, admin, ur, 'Biedrības reģistrācija');
  const far = await publishedService(coordinator, admin, ur, 'Nodibinājuma reģistrācija');
  at('2026-11-23T09:00:00Z');
  await record(coordinator, near, { title: 'Grozījumi Biedrību un nodibinājumu likumā', effectiveOn: horizon });
  await record(coordinator, far, { title: 'Grozījumi Biedrību un nodibinājumu likumā', effectiveOn: '2026-12-08' });
  const findings = async (id: string) =>
    q16(
      (await coordinator.request('GET', `/api/v1/services/${id}/quality`, undefined, { 'accept-language': 'en' })).json
        .findings,
    );
  assert.deepEqual(await findings(near), [
    [
      'warning',
      'A law change takes effect soon; update and publish the description by that day: Grozījumi Biedrību un nodibinājumu likumā (2026-12-07) (SR-11).',
    ],
  ]);
  assert.deepEqual(await findings(far), [], 'the 11th working day');
  const unsaved = await coordinator.request('POST', '/api/v1/services/quality-check', {
    holderId: ur,
    serviceId: near,
    content: serviceContent(),
  });
  assert.deepEqual(
    q16(unsaved.json.findings).map(([s]) => s),
    ['warning'],
  );
  await republish(coordinator, admin, near, '2026-11-24T09:00:00Z');
  assert.deepEqual(await findings(near), [], 'met');
});
