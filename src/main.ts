// Command line: `start` (default) runs the server; `migrate` applies migrations and exits;
// `verify-audit` checks the audit trail's hash chain and names the first broken event.
import { loadConfig, ConfigError } from './platform/config.ts';
import { prepareDatabase, startServer } from './server.ts';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyChain } from './platform/audit/verify.ts';
import { DigestError, readDigestPin, type DigestPin } from './platform/audit/digest.ts';
import { auditKeyring, parseSigningKey, publicKeyPem } from './platform/audit/keys.ts';
import { DatabaseLockedError } from './platform/db/lock.ts';
import { MigrationError } from './platform/db/migrate.ts';

async function start(): Promise<void> {
  const config = loadConfig();
  const running = await startServer(config);
  const lines = [
    '',
    `Vienuviet is running: ${running.url}`,
    `  API documentation: ${running.url}/api/docs`,
    `  database: ${running.database.engine} (${running.database.location})`,
  ];
  if (running.demoLogins.length > 0) {
    lines.push(`  demo logins (password for all: ${running.demoLogins[0]!.password}):`);
    for (const l of running.demoLogins) lines.push(`    ${l.role.padEnd(24)} ${l.email}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    running.app.log.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        running.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

async function migrate(): Promise<void> {
  const database = await prepareDatabase(loadConfig());
  process.stdout.write(`Migrations applied on ${database.engine} (${database.location}).\n`);
  await database.close();
}

/**
 * `verify-audit [--anchors <digest file>] [--public-key <pem file>]`: checks every chain, its head and its latest
 * anchors, and the anchors of a signed digest an auditor kept (checked with this installation's public key, or
 * the one given). Exit 0 when whole, 2 naming each broken chain's first bad event, 1 when it could not check.
 */
async function verifyAudit(): Promise<void> {
  const config = loadConfig();
  let values: { anchors?: string | undefined; 'public-key'?: string | undefined };
  let pin: DigestPin = { anchors: [] };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(3),
      options: { anchors: { type: 'string' }, 'public-key': { type: 'string' } },
    }));
    const trusted = values['public-key']
      ? readFileSync(values['public-key'], 'utf8')
      : publicKeyPem(parseSigningKey(config.auditSigningKey));
    if (values.anchors) pin = readDigestPin(readFileSync(values.anchors, 'utf8'), trusted);
  } catch (error) {
    // A bad argument, an unreadable file, a key that is not one: the check cannot be made (exit 1, not 2).
    throw error instanceof DigestError ? error : new DigestError((error as Error).message);
  }
  const database = await prepareDatabase(config);
  try {
    const report = await verifyChain(database.db, {
      keyring: auditKeyring(config),
      anchors: pin.anchors,
      roots: pin.root ? [pin.root] : [],
    });
    const given = pin.root ? `the root of ${pin.root.chains} anchors` : `${pin.anchors.length}`;
    const against = `${report.anchors.checked} anchors${values.anchors ? ` (${given} from ${values.anchors})` : ''}`;
    if (report.ok) {
      process.stdout.write(
        `Audit trail intact: ${report.checked} events in ${report.chains} chains checked against ${against}.\n`,
      );
      return;
    }
    for (const b of report.broken) {
      const what =
        b.chainKey === 'digest'
          ? `its anchors of ${b.occurredAt} (the digest's root differs)`
          : b.id
            ? `event #${b.chainSeq} (seq ${b.seq}, ${b.id}, ${b.occurredAt})`
            : `event #${b.chainSeq} (missing)`;
      process.stdout.write(`Audit chain ${b.chainKey} BROKEN at ${what}: ${b.reason}\n`);
    }
    process.stdout.write(
      `${report.broken.length} of ${report.chains} chains broken; ${report.checked} events intact before the breaks (checked against ${against}).\n`,
    );
    process.exitCode = 2;
  } finally {
    await database.close();
  }
}

const commands: Record<string, () => Promise<void>> = { start, migrate, 'verify-audit': verifyAudit };
const name = process.argv[2] ?? 'start';
const command = commands[name];
if (!command) {
  process.stderr.write(`Unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}\n`);
  process.exit(64);
}
command().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof DatabaseLockedError ||
    error instanceof MigrationError ||
    error instanceof DigestError;
  process.stderr.write(
    `vienuviet ${name}: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
