// The verify-audit command on a database of its own: intact, an edited event, and a tail deleted with its head and
// anchors that only a kept signed digest reveals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testDatabase } from '../../test/support/context.ts';
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { anchorChains, currentDigest } from '../platform/audit/anchor.ts';
import { asSuperuser } from '../platform/audit/test-support.ts';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import type { Database } from '../db.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { inTransaction } from '../platform/db/transaction.ts';

// The CLI runs against PGlite in a temporary folder, or against a fresh database on the TEST_DATABASE_URL server.
// Each case gets its own database, opened once here: a PGlite folder is never reopened by this process.
interface CliTarget {
  env: Record<string, string>;
  /** seq of the third event (the tampered one, when asked for). */
  thirdSeq: number;
  /** Truncation: the signed digest taken before the tail was deleted (and the anchors with it). */
  digestFile?: string;
  dispose(): Promise<void>;
}

/** `edit`: the third event changed; `truncate`: the digest kept, then the last event, its head and anchors removed. */
async function cliTarget(tamper: 'none' | 'edit' | 'truncate'): Promise<CliTarget> {
  const server = process.env.TEST_DATABASE_URL;
  let database: Database;
  let env: Record<string, string>;
  let dispose: () => Promise<void>;
  if (server) {
    database = await testDatabase();
    const url = new URL(server);
    url.pathname = new URL(database.location).pathname;
    env = { DATABASE_URL: url.toString() };
    const owned = database;
    dispose = () => owned.close();
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'vienuviet-audit-cli-'));
    database = await openDatabase({ dataDir: dir });
    await migrateToLatest(database.db);
    env = { DATA_DIR: dir, DATABASE_URL: '' };
    dispose = async () => rmSync(dir, { recursive: true, force: true });
  }
  for (let i = 1; i <= 4; i++) {
    await inTransaction(database.db, (trx) =>
      recordAudit(
        trx,
        { actor: systemActor() },
        { action: 'test.cli', entityType: 'cli_test', entityId: `e${i}`, after: { i } },
      ),
    );
  }
  const third = await database.db
    .selectFrom('audit_events')
    .select('seq')
    .where('entity_id', '=', 'e3')
    .executeTakeFirstOrThrow();
  if (tamper === 'edit')
    await asSuperuser(database.db, (trx) =>
      trx
        .updateTable('audit_events')
        .set({ after: JSON.stringify({ i: 33 }) })
        .where('seq', '=', third.seq)
        .execute(),
    );
  let digestFile: string | undefined;
  if (tamper === 'truncate') digestFile = await truncateAfterDigest(database);
  // PGlite: release the folder for the CLI. PostgreSQL: the database is dropped by dispose(), after the CLI ran.
  if (!server) await database.close();
  return {
    env,
    thirdSeq: third.seq,
    dispose: async () => {
      await dispose();
      if (digestFile) for (const f of [digestFile, `${digestFile}.mail.txt`]) rmSync(f, { force: true });
    },
    ...(digestFile ? { digestFile } : {}),
  };
}

/** The auditor's copy of the signed digest is saved; then the superuser deletes the tail, moves the head back and removes the anchors. */
async function truncateAfterDigest(database: Database): Promise<string> {
  const clock = { now: () => new Date('2026-11-23T10:00:00Z') };
  const config = loadConfig({ NODE_ENV: 'test', AUDIT_DIGEST_TO: 'revidents@example.lv' });
  const deps = { db: database.db, config, now: clock.now };
  await anchorChains(deps, { force: true });
  const file = join(mkdtempSync(join(tmpdir(), 'vienuviet-digest-')), 'digest.json');
  writeFileSync(file, JSON.stringify(await currentDigest(deps), null, 2));
  // The day's mail, saved whole as the auditor gets it: the root digest.
  const mail = await database.db.selectFrom('mail_outbox').select('body_text').executeTakeFirstOrThrow();
  writeFileSync(`${file}.mail.txt`, mail.body_text);
  await asSuperuser(database.db, async (trx) => {
    const last = await trx
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', 'e4')
      .executeTakeFirstOrThrow();
    const before = await trx
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', 'e3')
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('audit_events').where('id', '=', last.id).execute();
    await trx
      .updateTable('audit_chain_heads')
      .set({ seq: before.chain_seq, hash: before.hash })
      .where('chain_key', '=', last.chain_key)
      .execute();
    await trx.deleteFrom('audit_anchors').execute();
  });
  return file;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** It printed its answer but had not exited 15 s later, and was stopped. */
  hung: boolean;
}

/** `npx tsx src/main.ts verify-audit`, without npx's lookup: node with tsx's loader. */
function runVerifyAudit(env: Record<string, string>, args: string[] = []): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'verify-audit', ...args], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', ...env },
    });
    let stdout = '';
    let stderr = '';
    let hung = false;
    let grace: NodeJS.Timeout | undefined;
    const stop = () => {
      hung = true;
      child.kill();
    };
    const limit = setTimeout(stop, 120_000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!grace && /Audit (chain|trail)/.test(stdout)) grace = setTimeout(stop, 15_000);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      clearTimeout(limit);
      clearTimeout(grace);
      resolve({ code, stdout, stderr, hung });
    });
  });
}

test('the verify-audit command says intact (exit 0), and after tampering names the event and exits 2', {
  timeout: 300_000,
}, async () => {
  const intactDb = await cliTarget('none');
  const tamperedDb = await cliTarget('edit');
  try {
    const intact = await runVerifyAudit(intactDb.env);
    assert.match(intact.stdout, /Audit trail intact: 4 events in 1 chains checked/, intact.stderr);
    const broken = await runVerifyAudit(tamperedDb.env);
    assert.match(
      broken.stdout,
      new RegExp(`Audit chain system:system BROKEN at event #3 \\(seq ${tamperedDb.thirdSeq}, .*\\): hash_mismatch`),
      broken.stderr,
    );

    // A process that prints its answer must also exit: a hang here once came from an unclosed PGlite instance.
    assert.ok(!intact.hung && !broken.hung, 'verify-audit printed its answer but did not exit');
    assert.equal(intact.code, 0, intact.stderr);
    assert.equal(broken.code, 2, broken.stderr);
  } finally {
    await intactDb.dispose();
    await tamperedDb.dispose();
  }
});

test('verify-audit --anchors <digest>: a tail deleted with its head and anchors passes the database alone, and the kept digest names it (exit 2, truncated)', {
  timeout: 300_000,
}, async () => {
  const target = await cliTarget('truncate');
  try {
    const alone = await runVerifyAudit(target.env);
    assert.equal(alone.code, 0, alone.stdout + alone.stderr);
    const withDigest = await runVerifyAudit(target.env, ['--anchors', target.digestFile!]);
    assert.match(
      withDigest.stdout,
      /Audit chain system:system BROKEN at event #4 \(missing\): truncated/,
      withDigest.stderr,
    );
    assert.equal(withDigest.code, 2, withDigest.stderr);
    // The mailed root digest: the anchors it was issued over were removed, so the database no longer gives its root.
    const withMail = await runVerifyAudit(target.env, ['--anchors', `${target.digestFile!}.mail.txt`]);
    assert.match(withMail.stdout, /Audit chain digest BROKEN at its anchors of .*: anchor_mismatch/, withMail.stderr);
    assert.equal(withMail.code, 2, withMail.stderr);
    const unreadable = await runVerifyAudit(target.env, ['--anchors', `${target.digestFile!}.missing`]);
    assert.equal(unreadable.code, 1);
    assert.match(unreadable.stderr, /verify-audit: ENOENT/);
  } finally {
    await target.dispose();
  }
});
