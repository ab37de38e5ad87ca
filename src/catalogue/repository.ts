// SQL for the catalogue: services, their versions (one draft, one in force, the published ones before it), lists
// for staff, and SR-11's "which of the holder's published services are not yet verified".
import { sql, type Kysely } from 'kysely';
import type { DB, Tx } from '../db.ts';
import { organisationKinds as kindsOf, organisationNameOf, type OrganisationKind } from '../organisations/index.ts';
import type { ServiceStatus } from './tables.ts';
import { likeContains } from '../platform/db/like.ts';
import { nextVersion, versionIn } from '../platform/db/versions.ts';
import type { ServiceContentIn } from './content.ts';
import { searchTextOf } from './search-text.ts';

type Q = Kysely<DB> | Tx;

export interface OrganisationKindRow {
  id: string;
  kind: OrganisationKind;
}

export function organisationKinds(q: Q, ids: readonly string[]): Promise<OrganisationKindRow[]> {
  return kindsOf(q, ids);
}

function serviceRows(q: Q) {
  return q
    .selectFrom('services')
    .selectAll('services')
    .select(organisationNameOf('services.holder_id').as('holder_name'));
}

export type ServiceRow = Awaited<ReturnType<typeof findService>> & {};

export function findService(q: Q, id: string) {
  return serviceRows(q).where('services.id', '=', id).executeTakeFirst();
}

/** Changes to one service queue up behind each other (two publications must not both end the same version). */
export function lockService(q: Tx, id: string) {
  return q.selectFrom('services').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertService(
  q: Q,
  values: { identifier: string; holder_id: string; external_id: string | null; name_lv: string },
  now: Date,
): Promise<string> {
  const row = await q
    .insertInto('services')
    .values({ ...values, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Every change of a service or its versions counts its version up (its ETag); with `expected` (If-Match), only from
 * one of those versions — false when the service moved on (or is gone), checked in this one statement.
 */
export async function updateService(
  q: Q,
  id: string,
  values: { status?: ServiceStatus; name_lv?: string; last_verified_on?: string },
  now: Date,
  expected?: readonly number[],
): Promise<boolean> {
  const result = await q
    .updateTable('services')
    .set({ ...values, updated_at: now, version: nextVersion })
    .where('id', '=', id)
    .where(versionIn(expected))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

function versions(q: Q, serviceId: string) {
  return q.selectFrom('service_versions').selectAll().where('service_id', '=', serviceId);
}

export type VersionRow = Awaited<ReturnType<typeof findDraft>> & {};

export function findDraft(q: Q, serviceId: string) {
  return versions(q, serviceId).where('published_from', 'is', null).executeTakeFirst();
}

export function findCurrent(q: Q, serviceId: string) {
  return versions(q, serviceId)
    .where('published_from', 'is not', null)
    .where('published_to', 'is', null)
    .executeTakeFirst();
}

export function listVersions(q: Q, serviceId: string) {
  return versions(q, serviceId).orderBy('number', 'desc').limit(500).execute();
}

/** The version in force at the instant: published before it and not yet replaced or withdrawn. */
export function publishedAt(q: Q, serviceId: string, instant: Date) {
  return versions(q, serviceId)
    .where('published_from', '<', instant)
    .where((eb) => eb.or([eb('published_to', 'is', null), eb('published_to', '>=', instant)]))
    .orderBy('published_from', 'desc')
    .executeTakeFirst();
}

export async function insertVersion(
  q: Q,
  values: { service_id: string; content: ServiceContentIn; name_lv: string; created_by: string | null },
  now: Date,
): Promise<void> {
  const last = await q
    .selectFrom('services')
    .select([
      'identifier',
      sql<number>`(select coalesce(max(number), 0) from service_versions where service_id = services.id)`.as('n'),
    ])
    .where('id', '=', values.service_id)
    .executeTakeFirstOrThrow();
  await q
    .insertInto('service_versions')
    .values({
      ...values,
      number: Number(last.n) + 1,
      content: JSON.stringify(values.content),
      search_text: searchTextOf(last.identifier, values.content),
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function updateDraft(
  q: Q,
  versionId: string,
  content: ServiceContentIn,
  nameLv: string,
  now: Date,
): Promise<void> {
  const { identifier } = await q
    .selectFrom('service_versions as v')
    .innerJoin('services as s', 's.id', 'v.service_id')
    .select('s.identifier')
    .where('v.id', '=', versionId)
    .executeTakeFirstOrThrow();
  await q
    .updateTable('service_versions')
    .set({
      content: JSON.stringify(content),
      name_lv: nameLv,
      search_text: searchTextOf(identifier, content),
      updated_at: now,
    })
    .where('id', '=', versionId)
    .execute();
}

export async function setPublication(
  q: Q,
  versionId: string,
  values: { published_from?: Date; published_to?: Date },
): Promise<void> {
  await q.updateTable('service_versions').set(values).where('id', '=', versionId).execute();
}

export interface ServiceFilter {
  /** Holders whose services the caller sees in any status; others' only when published. Undefined: all. */
  holdersInScope?: string[] | undefined;
  holderId?: string | undefined;
  status?: ServiceStatus | undefined;
  /** Part of the Latvian name or the identifier; case and diacritics ignored. */
  text?: string | undefined;
  limit: number;
  offset: number;
}

export async function listServices(q: Q, filter: ServiceFilter) {
  let query = serviceRows(q);
  const scope = filter.holdersInScope;
  if (scope) {
    query = query.where((eb) =>
      scope.length > 0
        ? eb.or([eb('services.holder_id', 'in', scope), eb('services.status', '=', 'published')])
        : eb('services.status', '=', 'published'),
    );
  }
  if (filter.holderId) query = query.where('services.holder_id', '=', filter.holderId);
  if (filter.status) query = query.where('services.status', '=', filter.status);
  if (filter.text) {
    const pattern = likeContains(filter.text);
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`unaccent(services.name_lv) ilike unaccent(${pattern})`,
        eb('services.identifier', 'ilike', pattern),
      ]),
    );
  }
  const { total } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query.orderBy('services.identifier').limit(filter.limit).offset(filter.offset).execute();
  return { total: Number(total), rows };
}

/** SR-11: how many of the holder's published services were not verified on or after the day. */
export async function unverifiedPublished(q: Q, holderId: string, since: string): Promise<number> {
  const row = await q
    .selectFrom('services')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('holder_id', '=', holderId)
    .where('status', '=', 'published')
    .where((eb) => eb.or([eb('last_verified_on', 'is', null), eb('last_verified_on', '<', since)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
