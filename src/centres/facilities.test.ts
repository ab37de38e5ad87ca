// CR-17.5, CR-17.6, CR-17.7: the centre's facilities besides the counter. The municipality's admin records them
// (audited, over the version read); the kind compliance names each one missing or not recorded; the public finder
// shows a public computer and free Wi-Fi; bad values are refused naming the field, nothing written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { call, login, type Session } from '../../test/support/http.ts';
import { currentVersion } from '../../test/support/versions.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { balviCentre } from './test-fixtures.ts';

let ctx: TestContext;
let admin: Session;
let head: Session;
let centreId: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  centreId = (await balviCentre(ctx.db)).centreId;
  admin = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin' })).email);
  head = await login(ctx.app, (await buildUser(ctx, { role: 'centre_head' })).email);
});
after(() => ctx.close());

const patch = async (session: Session, body: Record<string, unknown>) =>
  session.request('PATCH', `/api/v1/centres/${centreId}`, body, await currentVersion(ctx.db, 'centres', centreId));

const facilityChecks = async () => {
  const res = await admin.request('GET', `/api/v1/centres/${centreId}/compliance?date=2026-11-23`);
  assert.equal(res.status, 200, res.body);
  return (res.json.checks as { rule: string; measure: string; passed: boolean; actual: string; explanation: string }[])
    .filter((c) => c.measure === 'facility')
    .map((c) => [c.rule, c.passed, c.actual]);
};

test('CR-17.5 CR-17.6 CR-17.7 not recorded yet: the compliance says so for each facility and the centre does not pass', async () => {
  assert.deepEqual(await facilityChecks(), [
    ['CR-17.5', false, 'unknown'],
    ['CR-17.6', false, 'unknown'],
    ['CR-17.7', false, 'unknown'],
  ]);
  const detail = await admin.request('GET', `/api/v1/centres/${centreId}`);
  assert.deepEqual(detail.json.facilities, { ipTelephony: null, publicComputer: null, freeWifi: null });
});

test('CR-17.5 CR-17.6 CR-17.7 the municipality’s admin records them (audited); compliance names the one missing; the public finder shows the computer, not the Wi-Fi', async () => {
  const res = await patch(admin, { ipTelephony: true, publicComputer: true, freeWifi: false });
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(res.json.facilities, { ipTelephony: true, publicComputer: true, freeWifi: false });
  const events = await auditEvents(ctx.db, 'centre.update', centreId);
  assert.deepEqual((events.at(-1)!.after as { facilities: unknown }).facilities, res.json.facilities);
  assert.deepEqual(await facilityChecks(), [
    ['CR-17.5', true, 'yes'],
    ['CR-17.6', true, 'yes'],
    ['CR-17.7', false, 'no'],
  ]);
  const english = await admin.request('GET', `/api/v1/centres/${centreId}/compliance?date=2026-11-23`, undefined, {
    'accept-language': 'en',
  });
  const wifi = english.json.checks.find((c: { rule: string }) => c.rule === 'CR-17.7');
  assert.equal(wifi.explanation, 'Not provided: free wireless internet.');

  const card = await call(ctx.app, 'GET', `/api/v1/public/centres/${centreId}`);
  assert.equal(card.status, 200, card.body);
  assert.deepEqual([card.json.publicComputer, card.json.freeWifi], [true, false]);
  const list = await call(ctx.app, 'GET', '/api/v1/public/centres?q=balvu');
  assert.deepEqual([list.json.items[0].publicComputer, list.json.items[0].freeWifi], [true, false]);
  assert.equal('ipTelephony' in card.json, false, 'the telephony link is not a public fact');

  // A fact not known any more goes back to "not recorded".
  const unknown = await patch(admin, { freeWifi: null });
  assert.equal(unknown.status, 200, unknown.body);
  assert.deepEqual(unknown.json.facilities, { ipTelephony: true, publicComputer: true, freeWifi: null });
});

test('CR-17.7 a value that is not yes or no is refused naming the field; the head of centre may not change facilities (403); nothing written', async () => {
  const before = await admin.request('GET', `/api/v1/centres/${centreId}`);
  const bad = await patch(admin, { freeWifi: 'jā' });
  assert.equal(bad.status, 400, bad.body);
  assert.match(bad.body, /\/freeWifi/);
  const byHead = await patch(head, { publicComputer: false });
  assert.equal(byHead.status, 403, byHead.body);
  assert.deepEqual(
    byHead.json.errors.map((e: { field: string }) => e.field),
    ['/publicComputer'],
  );
  const after = await admin.request('GET', `/api/v1/centres/${centreId}`);
  assert.deepEqual(after.json.facilities, before.json.facilities);
  assert.equal(after.json.version, before.json.version);
});
