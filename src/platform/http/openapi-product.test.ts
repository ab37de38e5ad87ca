// The rules that make every route's documentation without a line of its own (openapi-product.ts and its helpers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Type } from 'typebox';
import { anyUser, peopleOnly, publicRoute, rolesRoute } from '../access/route-policy.ts';
import { IfMatchHeaders } from './etag.ts';
import { deriveOperationId } from './openapi-operation-ids.ts';
import { describeRoute, finishDocument, serversOf } from './openapi-product.ts';

const list = Type.Object({ items: Type.Array(Type.String()) });

test('operationIds are the method and the path in camelCase: list/get by the answer, create, update, delete, or the action word', () => {
  const id = (method: string, url: string, answersList = false) => deriveOperationId({ method, url, answersList });
  assert.equal(id('GET', '/api/v1/services', true), 'listServices');
  assert.equal(id('GET', '/api/v1/services/:id'), 'getService');
  assert.equal(id('PUT', '/api/v1/services/:id/draft'), 'updateServiceDraft');
  assert.equal(id('POST', '/api/v1/contacts'), 'createContact');
  assert.equal(id('DELETE', '/api/v1/organisations/:id/contacts/:contactId'), 'deleteOrganisationContact');
  assert.equal(id('POST', '/api/v1/calendar/holidays'), 'createCalendarHoliday');
  assert.equal(id('POST', '/api/v1/api-tokens/:id/revoke'), 'revokeApiToken');
  assert.equal(id('GET', '/api/v1/audit-events/verify'), 'verifyAuditEvents');
  assert.equal(id('POST', '/api/v1/auth/set-password'), 'setPassword');
  assert.equal(id('POST', '/api/v1/auth/login'), 'login');
  // A parameter after a singular word picks a part of it; after a collection (or an id) it is the item.
  assert.equal(id('GET', '/api/v1/calendar/:year'), 'getCalendarYear');
  assert.equal(id('POST', '/api/v1/calendar/years/:year/confirm'), 'confirmCalendarYear');
  assert.equal(id('POST', '/api/v1/mail/outbox/:id/retry'), 'retryMailOutbox');
  // A GET that answers one thing is a get, whatever its last word looks like.
  assert.equal(id('GET', '/api/v1/calendar/working-days'), 'getCalendarWorkingDays');
  assert.equal(id('GET', '/api/v1/contacts/stats'), 'getContactStats');
  assert.equal(id('GET', '/api/v1/public/services.csv'), 'getPublicServicesCsv');
  assert.equal(id('POST', '/api/v1/centres/:id/reception-hours'), 'createCentreReceptionHours');
});

test('a route names its own operationId where the derived one would mislead: schema first, then config', () => {
  const route = {
    method: 'POST' as const,
    url: '/api/v1/auth/password',
    config: { policy: anyUser, operationId: 'changePassword' },
  };
  assert.equal(describeRoute({ body: Type.Object({}) }, route).operationId, 'changePassword');
  assert.equal(describeRoute({ operationId: 'setOwnPassword' } as object, route).operationId, 'setOwnPassword');
  assert.equal(
    describeRoute({ response: { 200: list } }, { method: 'GET', url: '/api/v1/jobs', config: { policy: anyUser } })
      .operationId,
    'listJobs',
  );
});

test('AM-1.11 security comes from the policy: none when public, the session only for people-only routes, else session or token', () => {
  const security = (policy: typeof publicRoute) =>
    describeRoute({}, { method: 'GET', url: '/api/v1/x', config: { policy } }).security;
  assert.deepEqual(security(publicRoute), []);
  assert.deepEqual(security(peopleOnly(rolesRoute('org_admin'))), [{ cookieAuth: [] }]);
  assert.deepEqual(security(rolesRoute('maintainer')), [{ cookieAuth: [] }, { bearerAuth: [] }]);
});

test('4xx answers follow the route: inputs 400, login 401/403, path id 404, If-Match 412/428, body 413/415, rate limit 429', () => {
  const problems = (schema: object, route: { method: 'GET' | 'POST' | 'PATCH'; url: string; config: object }) =>
    Object.keys(describeRoute(schema, route)['x-problems'] as object).map(Number);
  assert.deepEqual(problems({}, { method: 'GET', url: '/api/health', config: { policy: publicRoute } }), [401]);
  assert.deepEqual(
    problems(
      { params: Type.Object({ id: Type.String() }) },
      { method: 'GET', url: '/api/v1/x/:id', config: { policy: anyUser } },
    ),
    [400, 401, 403, 404],
  );
  const patch = { params: Type.Object({ id: Type.String() }), headers: IfMatchHeaders, body: Type.Object({}) };
  assert.deepEqual(
    problems(patch, { method: 'PATCH', url: '/api/v1/x/:id', config: { policy: anyUser } }),
    [400, 401, 403, 404, 409, 412, 413, 415, 428],
  );
  const login = {
    method: 'POST' as const,
    url: '/api/v1/auth/login',
    config: { policy: publicRoute, rateLimit: { max: 10 } },
  };
  assert.deepEqual(problems({ body: Type.Object({}) }, login), [400, 401, 403, 413, 415, 429]);
  // A status the shape does not show is declared by the route.
  assert.deepEqual(
    problems({}, { method: 'GET', url: '/api/v1/x', config: { policy: anyUser, problems: [409] } }),
    [401, 403, 409],
  );
});

test('the document refers every derived 4xx to the one Problem response, keeps a route’s own, and refuses a name used twice', () => {
  const op = (operationId: string, responses: object) => ({
    operationId,
    responses,
    'x-problems': { 404: 'not_found: …', 401: 'unauthenticated: …' },
  });
  const own = { description: 'Not published on that day', content: {} };
  const doc = finishDocument(
    { openapi: '3.1.0', info: {}, paths: { '/a/{id}': { get: op('getA', { 200: { description: 'ok' }, 404: own }) } } },
    'https://vienuviet.example.lv/',
  );
  const get = (doc.paths as any)['/a/{id}'].get;
  assert.deepEqual(Object.keys(get.responses), ['200', '401', '404']);
  assert.deepEqual(get.responses[401], { $ref: '#/components/responses/Problem', description: 'unauthenticated: …' });
  assert.deepEqual(get.responses[404], own);
  assert.equal(get['x-problems'], undefined);
  assert.deepEqual(doc.servers, serversOf('https://vienuviet.example.lv'));
  assert.equal((doc.servers as { url: string }[])[0]!.url, 'https://vienuviet.example.lv');
  const twice = { openapi: '3.1.0', info: {}, paths: { '/a': { get: op('getA', {}) }, '/b': { get: op('getA', {}) } } };
  assert.throws(() => finishDocument(twice, '/'), /GET \/a and GET \/b share the operationId getA/);
  assert.throws(
    () => finishDocument({ openapi: '3.1.0', info: {}, paths: { '/a': { get: op('get-a', {}) } } }, '/'),
    /camelCase/,
  );
});
