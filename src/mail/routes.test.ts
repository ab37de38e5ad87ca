import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { call, login, type Session } from '../../test/support/http.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import type { MailStatus } from '../platform/db/tables.ts';
import { enqueueMail, type OutgoingMail } from '../platform/mail/outbox.ts';

let ctx: TestContext;
let maintainer: Session;
before(async () => {
  ctx = await testContext();
  maintainer = await login(ctx.app, (await buildUser(ctx, { role: 'maintainer' })).email);
});
after(() => ctx.close());

const OUTBOX = '/api/v1/mail/outbox';
const enqueue = (mail: OutgoingMail) => inTransaction(ctx.db, (trx) => enqueueMail(trx, mail));
const setStatus = (id: string, status: MailStatus, attempts = 0) =>
  ctx.db
    .updateTable('mail_outbox')
    .set({ status, attempts, last_error: status === 'failed' ? '550 Mailbox unavailable' : null })
    .where('id', '=', id)
    .execute();
const retryEvents = (id: string) =>
  ctx.db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', 'mail.retry')
    .where('entity_id', '=', id)
    .execute();

test('a maintainer reads the outbox newest first, with bodies outside production, filtered and paged', async () => {
  const first = await enqueue({
    to: 'pirma@example.lv',
    subject: 'Pirmā',
    text: 'Saite: https://vienuviet.lv/set-password#abc',
  });
  const second = await enqueue({ to: 'otra@example.lv', subject: 'Otrā', text: 'Ūdens, ķirbis, ģērbonis.' });
  const third = await enqueue({ to: 'tresa@example.lv', subject: 'Trešā', text: 'Trešais teksts.' });
  await setStatus(second, 'failed', 8);

  const all = await maintainer.request('GET', OUTBOX);
  assert.equal(all.status, 200);
  assert.equal(all.json.total, 3);
  assert.deepEqual(
    all.json.items.map((m: { id: string }) => m.id),
    [third, second, first],
  );
  const shown = all.json.items[1];
  assert.equal(shown.to, 'otra@example.lv');
  assert.equal(shown.subject, 'Otrā');
  assert.equal(shown.body, 'Ūdens, ķirbis, ģērbonis.');
  assert.equal(shown.bodyHidden, false);
  assert.equal(shown.status, 'failed');
  assert.equal(shown.attempts, 8);
  assert.equal(shown.lastError, '550 Mailbox unavailable');
  assert.equal(shown.sentAt, null);
  assert.ok(!Number.isNaN(Date.parse(shown.createdAt)) && !Number.isNaN(Date.parse(shown.nextAttemptAt)));

  const failed = await maintainer.request('GET', `${OUTBOX}?status=failed`);
  assert.equal(failed.json.total, 1);
  assert.deepEqual(
    failed.json.items.map((m: { id: string }) => m.id),
    [second],
  );

  const page = await maintainer.request('GET', `${OUTBOX}?limit=1&offset=1`);
  assert.equal(page.json.total, 3);
  assert.deepEqual(
    page.json.items.map((m: { id: string }) => m.id),
    [second],
  );
});

test('the outbox query rejects an unknown status, a bad page size and unknown parameters, naming each', async () => {
  const res = await maintainer.request('GET', `${OUTBOX}?status=lost&limit=0&colour=red`);
  assert.equal(res.status, 400);
  const fields = res.json.errors.map((e: { field: string; in: string }) => `${e.in}:${e.field}`).sort();
  assert.deepEqual(fields, ['query:/colour', 'query:/limit', 'query:/status']);
});

test('only maintainers read the outbox or retry mail: others get 403, nobody logged in gets 401', async () => {
  const id = await enqueue({ to: 'x@example.lv', subject: 'X', text: 'X' });
  await setStatus(id, 'failed', 8);
  for (const role of ['centre_employee', 'auditor', 'ministry_supervisor', 'org_admin'] as const) {
    const session = await login(ctx.app, (await buildUser(ctx, { role })).email);
    assert.equal((await session.request('GET', OUTBOX)).status, 403, role);
    assert.equal((await session.request('POST', `${OUTBOX}/${id}/retry`)).status, 403, role);
  }
  assert.equal((await call(ctx.app, 'GET', OUTBOX)).status, 401);
  const row = await ctx.db.selectFrom('mail_outbox').select('status').where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(row.status, 'failed');
  assert.equal((await retryEvents(id)).length, 0);
});

test('retrying a failed message puts it back in the queue, due now, and writes a mail.retry audit event', async () => {
  const id = await enqueue({ to: 'atkartot@example.lv', subject: 'Atkārtot', text: 'Vēlreiz.' });
  await setStatus(id, 'failed', 8);
  const res = await maintainer.request('POST', `${OUTBOX}/${id}/retry`);
  assert.equal(res.status, 200);
  assert.equal(res.json.id, id);
  assert.equal(res.json.status, 'pending');
  assert.equal(res.json.attempts, 0);
  assert.ok(Math.abs(Date.parse(res.json.nextAttemptAt) - ctx.clock.now().getTime()) < 5_000);

  const [event, ...more] = await retryEvents(id);
  assert.equal(more.length, 0);
  assert.equal(event!.entity_type, 'mail');
  assert.deepEqual(event!.before, { status: 'failed', attempts: 8, lastError: '550 Mailbox unavailable' });
  assert.equal((event!.after as { status: string }).status, 'pending');
  assert.ok(event!.actor_user_id);
});

test('a message stuck in sending can be retried by an operator', async () => {
  const id = await enqueue({ to: 'iestrega@example.lv', subject: 'Iestrēga', text: 'Sūtīšanā.' });
  await setStatus(id, 'sending', 1);
  const res = await maintainer.request('POST', `${OUTBOX}/${id}/retry`);
  assert.equal(res.status, 200);
  assert.equal(res.json.status, 'pending');
  assert.equal((await retryEvents(id)).length, 1);
});

test('a pending or sent message cannot be retried (409), an unknown one is 404, a malformed id is 400', async () => {
  const pending = await enqueue({ to: 'gaida@example.lv', subject: 'Gaida', text: 'Gaida.' });
  const sent = await enqueue({ to: 'aizgaja@example.lv', subject: 'Aizgāja', text: 'Aizgāja.' });
  await setStatus(sent, 'sent', 1);
  for (const id of [pending, sent]) {
    const res = await maintainer.request('POST', `${OUTBOX}/${id}/retry`, undefined, { 'accept-language': 'en' });
    assert.equal(res.status, 409);
    assert.equal(res.json.code, 'mail_not_retryable');
    assert.equal(res.json.title, 'Only a failed message or one stuck in sending can be sent again.');
    assert.equal((await retryEvents(id)).length, 0);
  }
  assert.equal((await maintainer.request('POST', `${OUTBOX}/00000000-0000-4000-8000-000000000000/retry`)).status, 404);
  const bad = await maintainer.request('POST', `${OUTBOX}/not-a-uuid/retry`);
  assert.equal(bad.status, 400);
  assert.equal(bad.json.errors[0].field, '/id');
});

test('in production the body is withheld, because it may hold a set-password link', async () => {
  // The placeholder URL only satisfies the production config check; the test database is the usual one.
  const prod = await testContext({
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://placeholder@127.0.0.1:1/unused',
    LOG_LEVEL: 'silent',
    AUDIT_KEY: 'test-production-audit-key-0123456789abcdef',
    AUDIT_SIGNING_KEY: 'FwMY95Ab92REYq8capFko0+DMIM9j+0vvZsFc0qs5y0=',
  });
  try {
    const session = await login(prod.app, (await buildUser(prod, { role: 'maintainer' })).email);
    await inTransaction(prod.db, (trx) =>
      enqueueMail(trx, { to: 'a@example.lv', subject: 'Parole', text: 'https://vienuviet.lv/set-password#secret' }),
    );
    const res = await session.request('GET', OUTBOX);
    assert.equal(res.status, 200);
    assert.equal(res.json.items[0].body, null);
    assert.equal(res.json.items[0].bodyHidden, true);
    assert.equal(res.json.items[0].subject, 'Parole');
    assert.doesNotMatch(res.body, /secret/);
  } finally {
    await prod.close();
  }
});
