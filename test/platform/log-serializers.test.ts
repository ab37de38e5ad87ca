// Nothing of a record reaches the log through a database error: the app's real logger, on a real database, with
// database errors forced by a trigger and a constraint that quote the record in every field PostgreSQL has.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { testContext, type TestContext } from '../support/context.ts';
import { buildUser } from '../support/factories.ts';
import { login } from '../support/http.ts';
import { createApp, type App } from '../../src/app.ts';
import { errorForLog } from '../../src/platform/http/log-serializers.ts';

let ctx: TestContext;
let app: App;
const lines: string[] = [];

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  // The same app as in production, but its log lines land here.
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await createApp(ctx.deps, { serveWeb: false, logStream: stream });
  await app.ready();
});
after(async () => {
  await app.close();
  await ctx.close();
});

const SECRET = 'SLEPENS-4711';
const transfer = { dayOff: '2027-05-03', workingSaturday: '2027-05-08', basis: `MK rīkojums ${SECRET}` };

/** The `err` of the log line of the failed request, and the whole log written since `from`. */
function logged(from: number): { err: Record<string, unknown>; text: string } {
  const text = lines.slice(from).join('');
  const failed = lines
    .slice(from)
    .map((l) => JSON.parse(l) as { msg: string; err?: Record<string, unknown> })
    .find((l) => l.msg === 'request failed');
  assert.ok(failed?.err, `a "request failed" line: ${text}`);
  return { err: failed.err, text };
}

test('a database error is logged by its code, constraint and table only: not its message, detail, hint, where or the record', async () => {
  const ministry = await login(app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  // A trigger that quotes the record in the message, detail and hint (and so in `where` too): the worst case.
  await sql`create function vv_test_refuse() returns trigger language plpgsql as $$
    begin
      raise exception 'refused %', new.basis using errcode = '23514', detail = 'Failing row contains (' || new.basis || ')', hint = new.basis, constraint = 'vv_test_forced', table = 'calendar_transfers';
    end $$`.execute(ctx.db);
  await sql`create trigger vv_test_refuse before insert on calendar_transfers for each row execute function vv_test_refuse()`.execute(
    ctx.db,
  );
  try {
    const from = lines.length;
    const res = await ministry.request('POST', '/api/v1/calendar/transfers', transfer);
    assert.equal(res.status, 500, res.body);
    assert.equal(res.json.code, 'internal_error');
    assert.doesNotMatch(res.body, new RegExp(SECRET));
    const { err, text } = logged(from);
    assert.deepEqual(
      [err.type, err.code, err.constraint, err.table],
      ['DatabaseError', '23514', 'vv_test_forced', 'calendar_transfers'],
    );
    assert.equal(err.message, 'database error 23514');
    assert.doesNotMatch(text, new RegExp(SECRET), 'the record is not in the log');
    assert.doesNotMatch(text, /Failing row|refused|PL\/pgSQL/, 'neither are the message, detail and where');
  } finally {
    await sql`drop trigger vv_test_refuse on calendar_transfers`.execute(ctx.db);
    await sql`drop function vv_test_refuse()`.execute(ctx.db);
  }

  // A plain check constraint: PostgreSQL's own detail is the whole row.
  await sql`alter table calendar_transfers add constraint vv_test_no_secret check (basis not like '%SLEPENS%')`.execute(
    ctx.db,
  );
  try {
    const from = lines.length;
    const res = await ministry.request('POST', '/api/v1/calendar/transfers', transfer);
    assert.equal(res.status, 500, res.body);
    const { err, text } = logged(from);
    assert.deepEqual([err.code, err.constraint, err.table], ['23514', 'vv_test_no_secret', 'calendar_transfers']);
    assert.ok(String(err.stack).includes('    at '), 'the stack frames stay, to find the code that failed');
    assert.doesNotMatch(text, new RegExp(SECRET));
    assert.doesNotMatch(text, /Failing row/);
  } finally {
    await sql`alter table calendar_transfers drop constraint vv_test_no_secret`.execute(ctx.db);
  }
  assert.equal((await ctx.db.selectFrom('calendar_transfers').select('id').execute()).length, 0, 'nothing written');
});

test('an error that carries a database error as its cause is logged with the cause summarised', () => {
  const database = Object.assign(new Error(`invalid input syntax for type uuid: "${SECRET}"`), {
    code: '22P02',
    severity: 'ERROR',
    detail: SECRET,
    where: SECRET,
    params: [SECRET],
  });
  const wrapped = new Error('catalogue import failed', { cause: database });
  const out = JSON.stringify(errorForLog(wrapped));
  assert.doesNotMatch(out, new RegExp(SECRET));
  assert.match(out, /catalogue import failed/);
  assert.match(out, /"code":"22P02"/);
  // Other errors keep their message and properties.
  assert.deepEqual(errorForLog(Object.assign(new Error('boom'), { statusCode: 418 })).statusCode, 418);
});
