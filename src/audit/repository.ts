// The audit trail is the platform's (platform/audit): its search is read through platform functions, the events'
// organisations and acting users named by their owners.
import type { DB } from '../db.ts';
import type { Kysely } from 'kysely';
import { organisationNameOf } from '../organisations/lookups.ts';
import { userNameOf } from '../people/lookups.ts';
import * as search from '../platform/audit/search.ts';

export type { AuditFilter } from '../platform/audit/search.ts';
export { countEvents } from '../platform/audit/search.ts';

export function findEvents(db: Kysely<DB>, f: search.AuditFilter, page: { limit: number; offset: number }) {
  return search.findEvents(db, organisationNameOf, f, page, (column) => userNameOf(column));
}
