import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { inTransaction } from '../db/transaction.ts';
import { enqueueMail, type OutgoingMail } from './outbox.ts';
import { describeError, MAX_ATTEMPTS, retryDelayMs, sendDueMail } from './sender.ts';

// A real SMTP server on a real TCP port, in this process: what arrives is parsed back from the wire.
interface Inbox {
  port: number;
  received: ParsedMail[];
  /** Addresses the server refuses with 550 at RCPT TO. */
  refused: Set<string>;
  close(): Promise<void>;
}

async function startSmtpServer(): Promise<Inbox> {
  const received: ParsedMail[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address)) return callback();
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, refused, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let smtp: Inbox;
let ctx: TestContext;
before(async () => {
  smtp = await startSmtpServer();
  ctx = await testContext({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'Vienuviet <no-reply@vienuviet.test>',
  });
  // A still clock, so back-off times can be asserted exactly; an hour ahead, so that mail enqueued now
  // (next_attempt_at = the database's now()) is due.
  ctx.clock.set(new Date(Date.now() + 60 * MINUTE));
});
after(async () => {
  await ctx.close();
  await smtp.close();
});

const enqueue = (mail: OutgoingMail) => inTransaction(ctx.db, (trx) => enqueueMail(trx, mail));
const row = (id: string) => ctx.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const arrivedFor = (address: string) =>
  smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === address);
const MINUTE = 60_000;

test('delivers a due message over SMTP with its Latvian text intact and a Message-ID from the row, once', async () => {
  const body = 'Labdien, Ķēniņ!\nLai iestatītu paroli, atveriet saiti. Ģimenes ārsts, čūska, žāvēšana, ļoti ņipri.';
  const id = await enqueue({ to: 'janis.berzins@example.lv', subject: 'Paroles iestatīšana — Vienuviet', text: body });
  const report = await sendDueMail(ctx.deps);
  assert.deepEqual(report, { sent: 1, retried: 0, failed: 0 });

  const [mail] = arrivedFor('janis.berzins@example.lv');
  assert.ok(mail, 'the message arrived');
  assert.equal(mail.subject, 'Paroles iestatīšana — Vienuviet');
  assert.equal(mail.text?.trim(), body);
  assert.equal(mail.messageId, `<${id}@vienuviet>`);
  assert.deepEqual(mail.from?.value, [{ name: 'Vienuviet', address: 'no-reply@vienuviet.test' }]);

  const sent = await row(id);
  assert.equal(sent.status, 'sent');
  assert.equal(sent.attempts, 1);
  assert.ok(sent.sent_at);

  assert.deepEqual(await sendDueMail(ctx.deps), { sent: 0, retried: 0, failed: 0 });
  ctx.clock.advance(24 * 60 * MINUTE);
  assert.deepEqual(await sendDueMail(ctx.deps), { sent: 0, retried: 0, failed: 0 });
  assert.equal(arrivedFor('janis.berzins@example.lv').length, 1);
});

test('a 550 refusal puts the message back with exponential back-off, and it is delivered once the server accepts', async () => {
  const to = 'refused.for.now@example.lv';
  smtp.refused.add(to);
  const id = await enqueue({ to, subject: 'Atkārtojums', text: 'Otrais mēģinājums.' });

  const t0 = ctx.clock.now().getTime();
  assert.deepEqual(await sendDueMail(ctx.deps), { sent: 0, retried: 1, failed: 0 });
  let r = await row(id);
  assert.equal(r.status, 'pending');
  assert.equal(r.attempts, 1);
  assert.match(r.last_error ?? '', /550/);
  assert.equal(new Date(r.next_attempt_at).getTime(), t0 + 1 * MINUTE);

  // Not due yet: nothing happens.
  assert.deepEqual(await sendDueMail(ctx.deps), { sent: 0, retried: 0, failed: 0 });

  ctx.clock.advance(1 * MINUTE + 1000);
  const t1 = ctx.clock.now().getTime();
  assert.deepEqual(await sendDueMail(ctx.deps), { sent: 0, retried: 1, failed: 0 });
  r = await row(id);
  assert.equal(r.attempts, 2);
  assert.equal(new Date(r.next_attempt_at).getTime(), t1 + 2 * MINUTE);

  smtp.refused.delete(to);
  ctx.clock.advance(2 * MINUTE + 1000);
  assert.deepEqual(await sendDueMail(ctx.deps), { sent: 1, retried: 0, failed: 0 });
  r = await row(id);
  assert.equal(r.status, 'sent');
  assert.equal(r.attempts, 3);
  assert.equal(arrivedFor(to).length, 1);
});

test('a message that keeps being refused is failed after the last attempt and then left alone', async () => {
  const to = 'never@example.lv';
  smtp.refused.add(to);
  const id = await enqueue({ to, subject: 'Neizdosies', text: 'Šī vēstule netiks piegādāta.' });
  for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
    assert.deepEqual(await sendDueMail(ctx.deps), { sent: 0, retried: 1, failed: 0 }, `attempt ${attempt}`);
    ctx.clock.advance(retryDelayMs(attempt) + 1000);
  }
  assert.deepEqual(await sendDueMail(ctx.deps), { sent: 0, retried: 0, failed: 1 });
  const r = await row(id);
  assert.equal(r.status, 'failed');
  assert.equal(r.attempts, MAX_ATTEMPTS);
  assert.match(r.last_error ?? '', /550/);

  smtp.refused.delete(to);
  ctx.clock.advance(24 * 60 * MINUTE);
  assert.deepEqual(await sendDueMail(ctx.deps), { sent: 0, retried: 0, failed: 0 });
  assert.equal(arrivedFor(to).length, 0);
});

test('the back-off doubles from one minute and is capped at an hour', () => {
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n) / MINUTE),
    [1, 2, 4, 8, 16, 32, 60, 60],
  );
});

test('an unreachable server is retried later, and the message goes out when the server is back', async () => {
  const gone = await startSmtpServer();
  await gone.close();
  const offline = { ...ctx.deps, config: { ...ctx.config, smtpUrl: `smtp://127.0.0.1:${gone.port}` } };
  const id = await enqueue({ to: 'offline@example.lv', subject: 'Serveris nav pieejams', text: 'Pēc brīža.' });
  assert.deepEqual(await sendDueMail(offline), { sent: 0, retried: 1, failed: 0 });
  assert.match((await row(id)).last_error ?? '', /ECONNREFUSED/);
  ctx.clock.advance(MINUTE + 1000);
  assert.deepEqual(await sendDueMail(ctx.deps), { sent: 1, retried: 0, failed: 0 });
  assert.equal(arrivedFor('offline@example.lv').length, 1);
});

test('a message left in sending by a crash is never sent again automatically', async () => {
  const id = await enqueue({ to: 'stuck@example.lv', subject: 'Iestrēdzis', text: 'Varbūt jau nosūtīts.' });
  await ctx.db.updateTable('mail_outbox').set({ status: 'sending', attempts: 1 }).where('id', '=', id).execute();
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(await sendDueMail(ctx.deps), { sent: 0, retried: 0, failed: 0 });
    ctx.clock.advance(2 * 60 * MINUTE);
  }
  assert.equal((await row(id)).status, 'sending');
  assert.equal(arrivedFor('stuck@example.lv').length, 0);
});

test('two senders running at once deliver each message exactly once', async () => {
  const addresses = Array.from({ length: 6 }, (_, i) => `parallel.${i}@example.lv`);
  for (const to of addresses) await enqueue({ to, subject: 'Paralēli', text: 'Vienu reizi.' });
  const reports = await Promise.all([sendDueMail(ctx.deps), sendDueMail(ctx.deps)]);
  assert.equal(reports[0]!.sent + reports[1]!.sent, addresses.length);
  for (const to of addresses) assert.equal(arrivedFor(to).length, 1, to);
});

// That the sender job is then not scheduled at all: test/platform/job-list.test.ts (the list is the composition root's).
test('without SMTP_URL nothing is sent and mail stays pending in the outbox', async () => {
  const noSmtp = { ...ctx.deps, config: { ...ctx.config, smtpUrl: undefined } };
  const id = await enqueue({ to: 'dev@example.lv', subject: 'Izstrādē', text: 'Lasāms lietotnē.' });
  assert.deepEqual(await sendDueMail(noSmtp), { sent: 0, retried: 0, failed: 0 });
  assert.equal((await row(id)).status, 'pending');
  // Deliver it, so that later runs in this file start from an empty queue.
  assert.equal((await sendDueMail(ctx.deps)).sent, 1);
});

test('an error text names the SMTP problem, hides the credentials and is truncated', () => {
  const url = 'smtp://mailer:p%40ss-W0rd-secret@smtp.example.lv:587';
  const error = Object.assign(
    new Error(`Invalid login for ${url}: 535 5.7.8 user mailer password p@ss-W0rd-secret rejected ${'x'.repeat(1000)}`),
    {
      code: 'EAUTH',
      responseCode: 535,
    },
  );
  const text = describeError(error, url);
  assert.ok(text.startsWith('EAUTH 535: Invalid login'));
  assert.ok(
    !text.includes('p@ss-W0rd-secret') && !text.includes('p%40ss-W0rd-secret') && !text.includes('mailer'),
    text,
  );
  assert.ok(text.length <= 500);
});
