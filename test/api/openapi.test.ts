// The committed OpenAPI document is what the code generates: change a route, run `npm run openapi`, commit both.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateOpenApi } from '../../src/openapi.ts';
import { OPERATION_ID } from '../../src/platform/http/openapi-operation-ids.ts';
import { ProblemSchema } from '../../src/platform/http/schema.ts';
import { decide } from '../../src/platform/access/route-policy.ts';
import { anonymous } from '../../src/platform/access/actor.ts';
import { ROLES, type Role } from '../../src/platform/access/roles.ts';
import { testContext, type TestContext } from '../support/context.ts';
import { buildUser } from '../support/factories.ts';
import { call, login, type Session } from '../support/http.ts';
import { fill, operations, type Operation } from './routes.ts';

const run = promisify(execFile);
// Building the app for the document takes seconds: once per file.
let generating: Promise<string> | undefined;
const generatedText = () => (generating ??= generateOpenApi());

test('docs/openapi.json matches the document the code generates (run `npm run openapi` after changing a route)', async () => {
  const committed = readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8');
  const generated = await generatedText();
  assert.ok(generated === committed, 'docs/openapi.json is stale: run `npm run openapi` and commit it');
  const doc = JSON.parse(generated);
  assert.equal(doc.openapi, '3.1.0');
});

test('every documented field has a description, every string a length limit, every array a size limit', async () => {
  const doc = JSON.parse(await generatedText());
  const problems: string[] = [];
  const walk = (schema: any, where: string, inRequest: boolean) => {
    if (!schema || typeof schema !== 'object') return;
    // A shared schema (components.schemas) is checked where it is used.
    if (schema.$ref)
      return walk(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')], where, inRequest);
    if (
      inRequest &&
      schema.type === 'string' &&
      schema.maxLength === undefined &&
      !schema.enum &&
      !schema.format?.match(/uuid|date/)
    )
      problems.push(`${where}: string without maxLength`);
    if (inRequest && schema.type === 'array' && schema.maxItems === undefined)
      problems.push(`${where}: array without maxItems`);
    if (inRequest && schema.type === 'object' && schema.additionalProperties !== false)
      problems.push(`${where}: object accepts unknown properties`);
    for (const [name, prop] of Object.entries<any>(schema.properties ?? {})) {
      if (!prop.description && !prop.anyOf && !prop.$ref) problems.push(`${where}.${name}: no description`);
      walk(prop, `${where}.${name}`, inRequest);
    }
    for (const branch of schema.anyOf ?? []) walk(branch, where, inRequest);
    if (schema.items) walk(schema.items, `${where}[]`, inRequest);
  };
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      walk(op.requestBody?.content?.['application/json']?.schema, `${method} ${path} body`, true);
      for (const p of op.parameters ?? [])
        if (!p.description && !p.schema?.description)
          problems.push(`${method} ${path} parameter ${p.name}: no description`);
      for (const [status, res] of Object.entries<any>(op.responses ?? {}))
        walk(res.content?.['application/json']?.schema, `${method} ${path} ${status}`, false);
    }
  }
  assert.deepEqual(problems, []);
});

// The document as a product other systems build on (openapi-product.ts): an external linter's recommended rules,
// readable unique operationIds, security from the policies, and 4xx answers that are true.
const root = new URL('../../', import.meta.url);

test('the committed document passes Redocly’s recommended rules (redocly.yaml) with no error and no warning, offline', async () => {
  const cli = fileURLToPath(new URL('node_modules/@redocly/cli/bin/cli.js', root));
  // No telemetry, no update check: the linter reaches no network (measured with strace: no connect()).
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  const args = [
    cli,
    'lint',
    'docs/openapi.json',
    '--config',
    'redocly.yaml',
    '--lint-config',
    'error',
    '--format',
    'json',
    '--max-problems',
    '1000',
  ];
  // It exits 1 when it finds a problem; the JSON report on stdout says which.
  const { stdout, stderr } = await run(process.execPath, args, {
    cwd: fileURLToPath(root),
    env,
    maxBuffer: 32 * 1024 * 1024,
  }).catch((error) => error);
  assert.ok(stdout.trim().startsWith('{'), `redocly lint wrote no report: ${stderr}`);
  const report = JSON.parse(stdout) as {
    totals: { errors: number; warnings: number };
    problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
  };
  const problems = report.problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
  assert.deepEqual(problems, []);
  assert.deepEqual(report.totals, { ...report.totals, errors: 0, warnings: 0 });
});

test('every operation has a unique camelCase operationId named after its method and path', async () => {
  const doc = JSON.parse(await generatedText());
  const ids = new Map<string, string>();
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.match(op.operationId ?? '', OPERATION_ID, `${where} has no usable operationId`);
      assert.match(
        op.operationId,
        /^(list|get|create|update|delete|answer|cancel|confirm|invite|login|logout|retry|revoke|set|verify)[A-Z]?/,
        where,
      );
      assert.ok(!ids.has(op.operationId), `${where} and ${ids.get(op.operationId)} share ${op.operationId}`);
      ids.set(op.operationId, where);
    }
  }
  const named = Object.fromEntries([...ids].map(([id, where]) => [where, id]));
  assert.equal(named['GET /api/v1/services'], 'listServices');
  assert.equal(named['GET /api/v1/services/{id}'], 'getService');
  assert.equal(named['PUT /api/v1/services/{id}/draft'], 'updateServiceDraft');
  assert.equal(named['POST /api/v1/contacts'], 'createContact');
  assert.equal(named['POST /api/v1/grants/{id}/revoke'], 'revokeGrant');
  assert.equal(named['GET /api/v1/calendar/{year}'], 'getCalendarYear');
  assert.equal(named['GET /api/v1/calendar/working-days'], 'getCalendarWorkingDays');
  assert.equal(named['POST /api/v1/auth/login'], 'login');
});

test('servers, info and the shared Problem response: every 4xx of every operation refers to it', async () => {
  const doc = JSON.parse(await generatedText());
  assert.deepEqual(
    doc.servers.map((s: any) => s.url),
    ['/'],
  );
  assert.ok(doc.info.contact.url && doc.info.description);
  assert.deepEqual(doc.components.responses.Problem.content, {
    'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
  });
  assert.deepEqual(Object.keys(doc.components.schemas.Problem.properties), Object.keys(ProblemSchema.properties));
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const fourxx = Object.entries<any>(op.responses).filter(([status]) => status.startsWith('4'));
      assert.ok(fourxx.length > 0, `${method} ${path} documents no 4xx`);
      for (const [status, res] of fourxx) {
        assert.equal(res.$ref, '#/components/responses/Problem', `${method} ${path} ${status}`);
        assert.ok(res.description, `${method} ${path} ${status} says when it comes`);
      }
    }
  }
});

describe('the document against the running API', () => {
  let ctx: TestContext;
  const sessions = new Map<Role, Session>();
  before(async () => {
    ctx = await testContext();
    ctx.clock.set('2026-11-23T10:00:00Z');
    for (const role of ROLES) sessions.set(role, await login(ctx.app, (await buildUser(ctx, { role })).email));
  });
  after(() => ctx.close());

  const documented = (op: Operation) => (ctx.app.swagger() as any).paths[op.path][op.method.toLowerCase()];

  test('AM-1.11 security follows each route’s policy: none for public routes, the session only for people-only ones', () => {
    for (const op of operations(ctx.app)) {
      const policy = ctx.app.routePolicies.get(`${op.method} ${op.url}`)!;
      const schemes = documented(op).security.flatMap((s: object) => Object.keys(s));
      const expected =
        policy.access === 'public' ? [] : policy.peopleOnly ? ['cookieAuth'] : ['cookieAuth', 'bearerAuth'];
      assert.deepEqual(schemes, expected, `${op.method} ${op.path}`);
    }
    const schemes = (ctx.app.swagger() as any).components.securitySchemes;
    assert.deepEqual(schemes.cookieAuth, {
      ...schemes.cookieAuth,
      type: 'apiKey',
      in: 'cookie',
      name: 'vienuviet_session',
    });
    assert.match(schemes.cookieAuth.description, /X-CSRF-Token/);
    assert.deepEqual(schemes.bearerAuth, { ...schemes.bearerAuth, type: 'http', scheme: 'bearer' });
  });

  test('every 4xx the API answers without a login, and to an empty body, an unknown id or no If-Match, is one its operation documents', async () => {
    const unexpected: string[] = [];
    // Logging out would end the session the requests after it use.
    const ops = operations(ctx.app).sort(
      (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
    );
    for (const op of ops) {
      const policy = ctx.app.routePolicies.get(`${op.method} ${op.url}`)!;
      const role = ROLES.find(
        (r) =>
          decide(policy, { ...anonymous, kind: 'user', grants: [{ role: r, organisationId: '', centreId: null }] }) ===
          'allow',
      )!;
      const body = op.method === 'GET' ? undefined : {};
      const answers = [
        await call(ctx.app, op.method, fill(op.path, randomUUID()), body),
        await sessions.get(role)!.request(op.method, fill(op.path, randomUUID()), body),
      ];
      const statuses = Object.keys(documented(op).responses);
      for (const res of answers) {
        if (res.status >= 500 || (res.status >= 400 && !statuses.includes(String(res.status))))
          unexpected.push(`${op.method} ${op.path}: ${res.status} ${res.json?.code ?? ''}`);
      }
    }
    assert.deepEqual(unexpected, []);
  });
});
