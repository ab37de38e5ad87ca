// The platform's view of a database that holds its tables among others. Kysely<D> is invariant in D (its transaction
// callbacks take Transaction<D>), so the composition root's Kysely over every owner's tables is not a
// Kysely<PlatformTables> although it holds them all. A platform function called with such a database takes any D that
// includes the platform's tables and queries through this view, which names the platform's tables only.
import type { Kysely, Transaction } from 'kysely';
import type { Deps } from '../deps.ts';
import type { PlatformTables } from './tables.generated.ts';

/** A Kysely or a transaction over D (a transaction is a Kysely too; the union keeps D inferable from either). */
export type Queries<D> = Kysely<D> | Transaction<D>;

export function platformView<D extends PlatformTables>(db: Transaction<D>): Transaction<PlatformTables>;
export function platformView<D extends PlatformTables>(db: Queries<D>): Kysely<PlatformTables>;
export function platformView<D extends PlatformTables>(db: Queries<D>): Kysely<PlatformTables> {
  return db as unknown as Kysely<PlatformTables>;
}

/** The same deps seen with the platform's tables only (the same object: caches keyed by it stay valid). */
export function platformDeps<D extends PlatformTables>(deps: Deps<D>): Deps {
  return deps as unknown as Deps;
}
