// Command line: `start` (default) runs the server; `migrate` applies migrations and exits;
// `verify-audit` checks the audit trail's hash chain and names the first broken event.
import { loadConfig, ConfigError } from './config.ts';
import { prepareDatabase, startServer } from './server.ts';
import { verifyChain } from './platform/audit/audit.ts';
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
    lines.push('  demo logins (password for all: ' + running.demoLogins[0]!.password + '):');
    for (const l of running.demoLogins) lines.push(`    ${l.role.padEnd(24)} ${l.email}`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
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

async function verifyAudit(): Promise<void> {
  const database = await prepareDatabase(loadConfig());
  try {
    const report = await verifyChain(database.db);
    if (report.ok) {
      process.stdout.write(`Audit chain intact: ${report.checked} events checked.\n`);
    } else {
      const b = report.firstBroken!;
      process.stdout.write(`Audit chain BROKEN at event #${b.seq} (${b.id}, ${b.occurredAt}): ${b.reason}; ${report.checked} events before it are intact.\n`);
      process.exitCode = 2;
    }
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
  const known = error instanceof ConfigError || error instanceof DatabaseLockedError || error instanceof MigrationError;
  process.stderr.write(`vienuviet ${name}: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
