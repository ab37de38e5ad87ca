// What services need from the outside world, passed as plain arguments (no DI framework).
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB } from './db/schema.ts';

export interface Deps {
  db: Kysely<DB>;
  config: Config;
  /** The current instant; tests move it to check expiry and timeouts. */
  now: () => Date;
}
