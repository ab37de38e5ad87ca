// What other capabilities may ask about the counter's contacts: enough to name one (its centre, day and channel)
// and the centre it was registered at. Never the client's code or the note.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { centreNameOf } from '../centres/lookups.ts';
import { serviceIdentifierOf, serviceIdsOfHolder, serviceNameOf } from '../catalogue/lookups.ts';
import type { ContactChannel, ContactType } from './tables.ts';
// SR-21 over the rollups (src/indicators), beside applicationContactsSql below which they replace.
export { applicationCentresSql, applicationYearsSql, contactMonthsSql, type ServiceFilter } from './rollups.ts';
export { type ApplicationYearRow, closedYearApplications, closedYearReads } from './closed-years.ts';
// The words of a contact, for those that count contacts by them (src/dashboards).
export { CHANNELS, CONTACT_TYPES } from './vocabulary.ts';
import type { DB, Tx } from '../db.ts';

type Q = Kysely<DB> | Tx;

/**
 * The contact (the array column `serviceIds` of the caller's query) is about one of the holder's services: the array
 * overlaps the holder's services' ids, collected once per statement. A holder's two years by day at national scale took
 * 1.2 s this way against 4.1 s with the services' holder looked up per contact (bench:indicators).
 */
function aboutHolderSql(serviceIds: string, holderId: string) {
  return sql`${sql.ref(serviceIds)} && array${serviceIdsOfHolder(holderId)}`;
}

/** The contacts with these ids, each with its centre's name, day and channel (unknown ids are left out). */
export async function describeContacts(
  q: Q,
  ids: readonly string[],
): Promise<{ id: string; occurred_on: string; channel: ContactChannel; centre_name: string }[]> {
  if (ids.length === 0) return [];
  return q
    .selectFrom('contacts')
    .select([
      'contacts.id',
      'contacts.occurred_on',
      'contacts.channel',
      centreNameOf('contacts.centre_id').as('centre_name'),
    ])
    .where('contacts.id', 'in', [...ids])
    .execute();
}

/** The centre a counter contact was registered at (undefined when there is no such contact). */
export function findContactCentre(q: Q, id: string): Promise<{ id: string; centre_id: string } | undefined> {
  return q.selectFrom('contacts').select(['id', 'centre_id']).where('id', '=', id).executeTakeFirst();
}

/**
 * DR-25.1.7.3 on the head's morning page (src/staff): the centre's written contacts waiting for their answer, those
 * due on the Riga day `today`, and those past due (as the counter's dashboard counts them, stats-repository.ts).
 */
export async function writtenContactsDue(
  q: Q,
  centreId: string,
  today: string,
): Promise<{ open: number; dueToday: number; overdue: number }> {
  const row = await q
    .selectFrom('contacts')
    .select((eb) => [
      eb.fn.countAll<number>().as('open'),
      eb.fn.sum<number>(eb.case().when('due_on', '=', today).then(1).else(0).end()).as('due_today'),
      eb.fn.sum<number>(eb.case().when('due_on', '<', today).then(1).else(0).end()).as('overdue'),
    ])
    .where('centre_id', '=', centreId)
    .where('answered_at', 'is', null)
    .where('due_on', 'is not', null)
    .executeTakeFirst();
  return { open: Number(row?.open ?? 0), dueToday: Number(row?.due_today ?? 0), overdue: Number(row?.overdue ?? 0) };
}

/** The centre's contacts registered on the day, counted by type (CR-17.1 … CR-17.4; the head's morning page). */
export function contactCountsByType(
  q: Q,
  centreId: string,
  day: string,
): Promise<{ type: ContactType; count: number }[]> {
  return q
    .selectFrom('contacts')
    .select(['type', (eb) => eb.fn.countAll<number>().as('count')])
    .where('centre_id', '=', centreId)
    .where('occurred_on', '=', day)
    .groupBy('type')
    .orderBy('type')
    .execute()
    .then((rows) => rows.map((r) => ({ type: r.type, count: Number(r.count) })));
}

/**
 * SR-21.1, SR-21.2 (src/indicators): applications accepted at centres and e-services filed there on a client's behalf
 * whose Riga day lies in [from, to], one row per contact and service — `(contact_id, service_id, kind, channel,
 * occurred_on, outcome, centre_id)` — as a sub-select the caller embeds in its grouped query; only the holder's
 * services when `holderId` is given.
 */
export function applicationContactsSql(from: string, to: string, holderId: string | null = null): RawBuilder<unknown> {
  const holder =
    holderId === null
      ? sql`true`
      : sql`${aboutHolderSql('c_l.service_ids', holderId)} and s_l.service_id in ${serviceIdsOfHolder(holderId)}`;
  return sql`select c_l.id as contact_id, s_l.service_id, c_l.type as kind, c_l.channel, c_l.occurred_on, c_l.outcome,
      c_l.centre_id
    from contacts c_l cross join lateral unnest(c_l.service_ids) as s_l(service_id)
    where c_l.type in ('application_accepted', 'eservice_filed_on_behalf')
      and c_l.occurred_on between ${from}::date and ${to}::date and ${holder}`;
}

/** SR-21.3 (src/indicators): what recording a forwarded application's completion needs to know of the contact. */
export function findApplicationContact(q: Q, id: string) {
  return q
    .selectFrom('contacts')
    .select(['id', 'type', 'outcome', 'occurred_on', 'institution_ids', 'service_ids', 'centre_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Dashboards and the centre report (src/dashboards, BV-4.4): contacts whose Riga day lies in [from, to], counted by day,
 * type and channel, within the centres given (null: every centre) or about the holder's services or naming it as the
 * institution (null: any). `delayed`: written contacts answered after their DR-25.1.7.3 due day or still open past it on
 * the Riga day `today`. From the contacts themselves: a centre's days are read through contacts_centre_day_idx (no
 * rollup per day and centre: migration 0032 says why).
 */
export async function contactCountsByDay(
  q: Q,
  f: { from: string; to: string; today: string; centreIds: readonly string[] | null; holderId: string | null },
): Promise<{ day: string; type: ContactType; channel: ContactChannel; n: number; delayed: number }[]> {
  const centres = f.centreIds === null ? sql`true` : sql`c_d.centre_id = any(${[...f.centreIds]}::uuid[])`;
  const holder =
    f.holderId === null
      ? sql`true`
      : sql`(${f.holderId}::uuid = any(c_d.institution_ids) or ${aboutHolderSql('c_d.service_ids', f.holderId)})`;
  const result = await sql<{ day: string; type: ContactType; channel: ContactChannel; n: number; delayed: number }>`
    select to_char(c_d.occurred_on, 'YYYY-MM-DD') as day, c_d.type, c_d.channel, count(*)::int as n,
      count(*) filter (where c_d.due_on is not null and (
        (c_d.answered_at is null and c_d.due_on < ${f.today}::date)
        or (c_d.answered_at at time zone 'Europe/Riga')::date > c_d.due_on))::int as delayed
    from contacts c_d
    where c_d.occurred_on between ${f.from}::date and ${f.to}::date and ${centres} and ${holder}
    group by c_d.occurred_on, c_d.type, c_d.channel
    order by c_d.occurred_on`.execute(q);
  return result.rows;
}

/** Dashboards (src/dashboards): the same contacts counted by service (one contact about two counts for each), most first. */
export async function contactCountsByService(
  q: Q,
  f: { from: string; to: string; centreIds: readonly string[] | null; holderId: string | null; limit: number },
): Promise<{ id: string; identifier: string; name: string; n: number }[]> {
  const centres = f.centreIds === null ? sql`true` : sql`c_s.centre_id = any(${[...f.centreIds]}::uuid[])`;
  const holder =
    f.holderId === null
      ? sql`true`
      : sql`${aboutHolderSql('c_s.service_ids', f.holderId)} and u_s.service_id in ${serviceIdsOfHolder(f.holderId)}`;
  const result = await sql<{ id: string; identifier: string; name: string; n: number }>`
    select u_s.service_id as id, ${serviceIdentifierOf('u_s.service_id')} as identifier,
      ${serviceNameOf('u_s.service_id')} as name, count(*)::int as n
    from contacts c_s cross join lateral unnest(c_s.service_ids) as u_s(service_id)
    where c_s.occurred_on between ${f.from}::date and ${f.to}::date and ${centres} and ${holder}
    group by u_s.service_id
    order by n desc, identifier
    limit ${f.limit}`.execute(q);
  return result.rows;
}

/**
 * SR-22 (src/indicators, check I05): per centre and catalogue service of the holder (null: any), the contacts about
 * it whose Riga day lies in [from, to] and how many of them were applications (accepted, or an e-service filed on the
 * client's behalf) — `(centre_id, service_id, contacts, applications)` — as a sub-select the caller embeds.
 */
export function serviceContactsByCentreSql(from: string, to: string, holderId: string | null): RawBuilder<unknown> {
  const holder =
    holderId === null
      ? sql`true`
      : sql`${aboutHolderSql('c_c.service_ids', holderId)} and s_c.service_id in ${serviceIdsOfHolder(holderId)}`;
  return sql`select c_c.centre_id, s_c.service_id, count(*)::int as contacts,
      count(*) filter (where c_c.type in ('application_accepted', 'eservice_filed_on_behalf'))::int as applications
    from contacts c_c cross join lateral unnest(c_c.service_ids) as s_c(service_id)
    where c_c.occurred_on between ${from}::date and ${to}::date and ${holder}
    group by c_c.centre_id, s_c.service_id`;
}
