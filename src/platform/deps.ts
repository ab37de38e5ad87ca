// What services need from the outside world, passed as plain arguments (no DI framework).
import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { PlatformTables } from './db/tables.generated.ts';

/** D: the tables the code sees; platform code sees its own, the composition root (src/db.ts) passes them all. */
export interface Deps<D = PlatformTables> {
  db: Kysely<D>;
  config: Config;
  /** The current instant; tests move it to check expiry and timeouts. */
  now: () => Date;
}
