// Boots a whole Vienuviet process: database, migrations, shipped data, HTTP, background jobs, and a graceful
// shutdown that lets in-flight requests finish before the database closes.
import type { Config } from './platform/config.ts';
import { openDatabase } from './platform/db/database.ts';
import type { DB, Database, Deps } from './db.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { createApp, type App } from './app.ts';
import {
  bootstrapAdmin,
  loadActivityDemo,
  loadDemoData,
  loadReferenceData,
  loadShippedCatalogue,
} from './seed/index.ts';
import { loadCommitteeDemo, loadCommitteeReference } from './committee/index.ts';
import { loadPresenceDemo } from './presence/index.ts';
import { loadStaffDemo } from './staff/index.ts';
import { loadScopeDemo } from './scope/index.ts';
import { loadProposalsDemo } from './proposals/index.ts';
import { loadBasketChangeDemo } from './basket/index.ts';
import { loadAccessApplicationsDemo } from './access-applications/index.ts';
import { startJobs, type Jobs } from './platform/jobs/jobs.ts';
import { jobList } from './jobs.ts';
import { generateRecurringObligations } from './obligations/index.ts';
import { failInterruptedImports } from './catalogue/index.ts';
import { oneInstanceAtATime } from './platform/db/exclusive.ts';

export interface Running {
  app: App;
  database: Database;
  url: string;
  demoLogins: { email: string; role: string; password: string }[];
  stop(): Promise<void>;
}

export async function prepareDatabase(config: Config): Promise<Database> {
  const database = await openDatabase<DB>({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    prepared: config.databasePrepared,
  });
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

export interface ServerOptions {
  /** The clock of "now" and "today" (browser tests move it); the system clock by default. */
  now?: () => Date;
}

export async function startServer(config: Config, options: ServerOptions = {}): Promise<Running> {
  const database = await prepareDatabase(config);
  const deps: Deps = { db: database.db, config, now: options.now ?? (() => new Date()) };
  let demoLogins: Running['demoLogins'] = [];
  // Each step adds what the database lacks: instances starting together on a new database take turns.
  await oneInstanceAtATime(database, async () => {
    await loadReferenceData(database.db);
    if (config.adminEmail && config.adminPassword)
      await bootstrapAdmin(database.db, config.adminEmail, config.adminPassword);
    if (config.demo) {
      await loadDemoData(database.db);
      const demo = (await import('./seed/index.ts')).demoData();
      demoLogins = demo.users.map((u) => ({ email: u.email, role: u.role, password: demo.password }));
    }
    // After the directory (and the demo centres, whose municipalities hold demo services): the basket's catalogue
    // entries always, the demo catalogue in demo mode; each adds only what is missing.
    await loadShippedCatalogue(database.db, { demo: config.demo });
    // CR-7.2, CR-7.3: the demo catalogue's services in the centres' scopes (demo mode only, labelled demo).
    if (config.demo) await loadScopeDemo(database.db);
    // CR-9: the committee's associations always; its demo members and a planned meeting in demo mode.
    await (config.demo ? loadCommitteeDemo(database.db, deps.now()) : loadCommitteeReference(database.db));
    // CR-19: demo officers, an absence and a substitution around today at two demo centres (demo mode only).
    if (config.demo) await loadPresenceDemo(deps);
    // BV-3, CR-17.11: the demo head's staff list with absences and a continuity gap next week (demo mode only).
    if (config.demo) await loadStaffDemo(deps);
    // CR-12 … CR-14: one demo proposal with the ministry, its holder asked (demo mode only, labelled demo).
    if (config.demo) await loadProposalsDemo(deps);
    // DR-15: one demo change request of the basket, agreed by the ministry, its holder to inform the maintainer.
    if (config.demo) await loadBasketChangeDemo(deps);
    // CR-22, DR-20.2: two demo access applications, one waiting for the ministry, one rejected (demo mode only).
    if (config.demo) await loadAccessApplicationsDemo(deps);
    // Two years of generated contacts, completions and complaints up to yesterday (demo mode, labelled).
    if (config.demo) await loadActivityDemo(deps);
  });
  // SR-12.2: an import whose instance stopped (its lease ran out) can no longer finish; its written chunks stay. One
  // another live instance is writing keeps its lease and is left alone.
  await failInterruptedImports(deps);
  const app = await createApp(deps);
  // The current recurring duties exist from the first minute (RUN_JOBS=false included); the hourly job keeps them
  // up. A failure here must not keep the system from serving: it is logged, and the job tries again.
  await generateRecurringObligations(deps).catch((error: unknown) =>
    app.log.error({ err: error }, 'recurring obligations were not generated'),
  );
  // pg-boss creates or migrates its schema here; a database that refuses fails the start, like migrations do.
  let jobs: Jobs | undefined;
  try {
    jobs = config.runJobs
      ? await startJobs(deps, app.log, jobList(deps), { exclusive: (work) => oneInstanceAtATime(database, work) })
      : undefined;
  } catch (error) {
    await app.close();
    await database.close();
    throw error;
  }
  const address = await app.listen({ port: config.port, host: config.host });
  const url = config.host === '0.0.0.0' || config.host === '::' ? `http://localhost:${new URL(address).port}` : address;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await jobs?.stop();
      // close() stops accepting connections and waits for in-flight requests before resolving.
      await app.close();
      await database.close();
    })();
    return stopping;
  };
  return { app, database, url, demoLogins, stop };
}
