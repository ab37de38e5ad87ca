// Deny by default, checked for the whole API: every route of the OpenAPI document has a policy entry, and every
// role gets exactly what that policy says (401 without login, 403 for a role outside the policy, never 401/403
// for a role inside it). A new route without a policy stops the app from starting, so this test fails too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { testContext, type TestContext } from '../support/context.ts';
import { buildUser } from '../support/factories.ts';
import { call, login, type Session } from '../support/http.ts';
import { ROLES, type Role } from '../../src/platform/access/roles.ts';
import { decide } from '../../src/platform/access/route-policy.ts';
import { anonymous } from '../../src/platform/access/actor.ts';
import { needsPolicy } from '../../src/platform/http/access-hook.ts';
import { fill, operations, type Operation } from './routes.ts';

let ctx: TestContext;
const sessions = new Map<Role, Session>();

before(async () => {
  ctx = await testContext();
  for (const role of ROLES) {
    const user = await buildUser(ctx, { role });
    sessions.set(role, await login(ctx.app, user.email));
  }
});
after(() => ctx.close());

// Ending the session would spoil the requests that follow it.
const sessionEnding = (op: Operation) => op.path === '/api/v1/auth/logout';

test('every API route is in the OpenAPI document and has a policy entry', () => {
  const documented = new Set(operations(ctx.app).map((op) => `${op.method} ${op.url}`));
  for (const key of documented) assert.ok(ctx.app.routePolicies.has(key), `${key} has no policy`);
  for (const key of ctx.app.routePolicies.keys()) {
    const [method, url] = key.split(' ') as [string, string];
    if (method === 'HEAD' || url === '/api/openapi.json' || !needsPolicy(url)) continue;
    assert.ok(documented.has(key), `${key} is missing from the OpenAPI document`);
  }
  assert.ok(documented.size >= 10);
});

test('without a login every non-public route answers 401', async () => {
  for (const op of operations(ctx.app)) {
    const policy = ctx.app.routePolicies.get(`${op.method} ${op.url}`)!;
    const res = await call(ctx.app, op.method, fill(op.path, randomUUID()), op.method === 'GET' ? undefined : {});
    if (decide(policy, anonymous) === 'allow') assert.notEqual(res.status, 401, `${op.method} ${op.path} is public`);
    else assert.equal(res.status, 401, `${op.method} ${op.path} must need a login`);
  }
});

for (const role of ROLES) {
  test(`AM-1.11 DR-19.4 the ${role} role gets exactly what each route's policy allows`, async () => {
    const session = sessions.get(role)!;
    const ops = operations(ctx.app).sort((a, b) => Number(sessionEnding(a)) - Number(sessionEnding(b)));
    for (const op of ops) {
      const policy = ctx.app.routePolicies.get(`${op.method} ${op.url}`)!;
      const actor = { ...anonymous, kind: 'user' as const, grants: [{ role, organisationId: '', centreId: null }] };
      const res = await session.request(op.method, fill(op.path, randomUUID()), op.method === 'GET' ? undefined : {});
      const label = `${role} → ${op.method} ${op.path} answered ${res.status} ${res.json?.code ?? ''}`;
      assert.ok(res.status < 500, label);
      if (decide(policy, actor) === 'allow') assert.ok(res.status !== 401 && res.status !== 403, label);
      else assert.equal(res.status, 403, label);
    }
  });
}
