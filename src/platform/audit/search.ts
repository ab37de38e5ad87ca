// SQL for searching the audit trail (the audit capability's view). Read-only: events are written only by
// recordAudit(). The organisation of an event is named by the caller's `nameOf` (a sub-select of the
// organisations' owner) and the acting user by its `userNameOf`, the platform knowing neither.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { likeLiteral } from '../db/like.ts';
import type { PlatformTables as DB } from '../db/tables.generated.ts';
import { platformView } from '../db/platform-view.ts';

/** The name of the organisation whose id is in the column, as a scalar sub-select. */
export type OrganisationNameOf = (column: string) => RawBuilder<string>;
/** The current name of the user whose id is in the column (null without one), as a scalar sub-select. */
export type UserNameOf = (column: string) => RawBuilder<string | null>;

export interface AuditFilter {
  /** Inclusive lower bound of occurred_at. */
  from?: Date | undefined;
  /** Exclusive upper bound of occurred_at. */
  before?: Date | undefined;
  /** Prefix of the action ("grant." finds grant.create and grant.revoke). */
  actionPrefix?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** Part of the actor's label, any case. */
  actorContains?: string | undefined;
  organisationId?: string | undefined;
}

function matching(db: Kysely<DB>, f: AuditFilter) {
  return db.selectFrom('audit_events').where((eb) => {
    const conditions = [];
    if (f.from) conditions.push(eb('audit_events.occurred_at', '>=', f.from));
    if (f.before) conditions.push(eb('audit_events.occurred_at', '<', f.before));
    if (f.actionPrefix) conditions.push(eb('audit_events.action', 'like', `${likeLiteral(f.actionPrefix)}%`));
    if (f.entityType) conditions.push(eb('audit_events.entity_type', '=', f.entityType));
    if (f.entityId) conditions.push(eb('audit_events.entity_id', '=', f.entityId));
    if (f.actorContains) conditions.push(eb('audit_events.actor_label', 'ilike', `%${likeLiteral(f.actorContains)}%`));
    if (f.organisationId) conditions.push(eb('audit_events.organisation_id', '=', f.organisationId));
    return eb.and(conditions);
  });
}

export function findEvents<D extends DB>(
  given: Kysely<D>,
  nameOf: OrganisationNameOf,
  f: AuditFilter,
  page: { limit: number; offset: number },
  userNameOf?: UserNameOf,
) {
  return (
    matching(platformView(given), f)
      .selectAll('audit_events')
      .select(nameOf('audit_events.organisation_id').$castTo<string | null>().as('organisation_name'))
      .select(
        (userNameOf ? userNameOf('audit_events.actor_user_id') : sql<string | null>`null`)
          .$castTo<string | null>()
          .as('actor_name'),
      )
      // seq breaks ties between events of one instant, so pages never overlap.
      .orderBy('audit_events.occurred_at', 'desc')
      .orderBy('audit_events.seq', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute()
  );
}

export async function countEvents<D extends DB>(given: Kysely<D>, f: AuditFilter): Promise<number> {
  const row = await matching(platformView(given), f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
