// Checks a contact before it is written (registration and change alike): the time, the centre and point, the
// services in the centre's scope, the institutions, and CR-20.8 / CR-20.9 (with the officers' real presence). Everything
// it needs comes from one query (repository.loadWriteContext) and the cached calendar; nothing is written here.
import type { Actor } from '../platform/access/actor.ts';
import type { RawBuilder } from 'kysely';
import type { SeenHead } from '../platform/audit/audit.ts';
import { type CentreKind, formatClock, type Interval } from '../centres/index.ts';
import type { ContactChannel, ContactOutcome, ContactType } from './tables.ts';
import type { Deps } from '../db.ts';
import { ConflictError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { calendarFollowing } from '../platform/calendar/service.ts';
import { rigaDate } from '../platform/time.ts';
import { lvDate } from '../obligations/lookups.ts';
import { scopeVerdict } from './basket.ts';
import type { Client } from './client-id.ts';
import { isStaffOf } from './policy.ts';
import { receptionRefusal, receptionRuleApplies } from './reception-rule.ts';
import {
  loadWriteContext,
  type ContactRecord,
  type ContactValues,
  type ContextOrganisation,
  type ContextReception,
  type ContextService,
  type StoredResponse,
} from './repository.ts';
import { TYPES_NEEDING_SERVICE } from './vocabulary.ts';

/** Clocks of the counter's computers and of the server differ a little; a contact this far "ahead" is accepted. */
export const CLOCK_SKEW_MS = 2 * 60_000;
/** Organisations that hold services (CR-2.3 … CR-2.5) can be the institution concerned. */
const CONCERNED_KINDS = ['institution', 'holder', 'municipality'];
/** A centre serves clients while operating and until a decided liquidation closes it (DR-12). */
const SERVING = ['operating', 'liquidation_decided'];

export interface Draft {
  centreId: string;
  servicePointId: string;
  occurredAt: Date;
  channel: ContactChannel;
  type: ContactType;
  serviceIds: string[];
  /** Undefined: the services' holders. */
  institutionIds: string[] | undefined;
  outcome: ContactOutcome;
  client: Client | null;
  note: string | null;
}

export interface Prepared {
  values: Omit<ContactValues, 'id' | 'due_on'>;
  /** The municipality's calendar choice (calendarFollowing), read with the rest: a written contact's due date needs it. */
  followsCabinetTransfers: boolean;
  /** The writer's audit chain head as the same query read it, when asked for (`seenHead`). */
  seenHead: SeenHead | null;
  /** The contact as presented, without the fields the write decides (id, due date, answer, timestamps). */
  record: Omit<
    ContactRecord,
    'id' | 'due_on' | 'answered_at' | 'answered_by' | 'created_at' | 'updated_at' | 'version'
  >;
}

const unique = <T>(list: readonly T[]) => [...new Set(list)];

/** Field checks that need no database: the time is on the registration day and not in the future. */
function timeIssues(occurredAt: Date, day: string, now: Date): FieldIssue[] {
  if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
    return [{ field: '/occurredAt', code: 'contact_time_future' }];
  if (rigaDate(occurredAt) !== day)
    return [{ field: '/occurredAt', code: 'contact_time_not_that_day', params: { date: lvDate(day) } }];
  return [];
}

function hoursText(hours: readonly Interval[]): string {
  return hours.map((i) => `${formatClock(i.opens)}–${formatClock(i.closes)}`).join(', ');
}

function organisationName(o: ContextOrganisation | undefined): string {
  if (!o) return '';
  return o.shortName ? `${o.name} (${o.shortName})` : o.name;
}

/** CR-20.8, CR-20.9: refuses (a conflict) while the institution of a basket service receives clients at the centre. */
async function checkReception(
  deps: Deps,
  centre: { kind: CentreKind | null; followsCabinetTransfers: boolean },
  draft: Draft,
  services: readonly ContextService[],
  basketServiceIds: readonly string[],
  versions: readonly ContextReception[],
  absent: readonly string[],
  organisations: ReadonlyMap<string, ContextOrganisation>,
): Promise<void> {
  if (!receptionRuleApplies(centre.kind, draft.type) || versions.length === 0) return;
  const calendar = await calendarFollowing(deps, centre.followsCabinetTransfers);
  const reception = versions.map((r) => {
    const days: Partial<Record<number, Interval[]>> = {};
    for (const i of r.intervals) {
      const list = days[i.weekday] ?? [];
      list.push({ opens: i.opens, closes: i.closes });
      days[i.weekday] = list;
    }
    for (const list of Object.values(days)) list?.sort((a, b) => a.opens - b.opens);
    return { institutionId: r.institutionId, validFrom: r.validFrom, validUntil: r.validUntil, days };
  });
  const concerned = services.map((s) => ({
    holderId: s.holderId,
    basket: basketServiceIds.includes(s.id),
  }));
  // CR-19.3, DR-26.1.11: an officer absent without a substitute does not receive (src/presence, read with the rest).
  const refusal = receptionRefusal(
    { kind: centre.kind, type: draft.type, services: concerned, reception, at: draft.occurredAt, absent },
    calendar,
  );
  if (!refusal) return;
  const params = {
    institution: organisationName(organisations.get(refusal.institutionId)),
    hours: hoursText(refusal.hours),
  };
  throw new ConflictError(
    'contact_institution_receiving',
    [{ field: `/serviceIds/${refusal.serviceIndex}`, code: 'contact_institution_receiving', params }],
    params,
  );
}

/**
 * Checks the draft; `day` is the Riga day the contact belongs to (today for a registration, the registration day for
 * a change), `employeeId` who registered it (the caller, or for a change the original employee). Throws a
 * ValidationError naming every bad field, or CR-20.8's refusal (a conflict). With an idempotency `key` that was already
 * answered, returns the stored answer instead, before any check (the same round trip reads it).
 */
export async function prepareOrReplay(
  deps: Deps,
  actor: Actor,
  draft: Draft,
  k: {
    day: string;
    employeeId: string;
    key?: string | undefined;
    issues?: readonly FieldIssue[];
    /** platform/audit's seenHeadSql, read with the rest. */
    seenHead?: RawBuilder<SeenHead | null> | undefined;
  },
): Promise<Prepared | { stored: StoredResponse }> {
  const { day, employeeId } = k;
  const now = deps.now();
  const serviceIds = unique(draft.serviceIds);
  const explicit = draft.institutionIds === undefined ? undefined : unique(draft.institutionIds);
  const issues = [...(k.issues ?? []), ...timeIssues(draft.occurredAt, day, now)];
  if (serviceIds.length === 0 && TYPES_NEEDING_SERVICE.includes(draft.type))
    issues.push({ field: '/serviceIds', code: 'contact_service_required' });

  const date = rigaDate(draft.occurredAt);
  const key = k.key ? { callerId: employeeId, key: k.key } : undefined;
  const ctx = await loadWriteContext(deps.db, {
    centreId: draft.centreId,
    pointId: draft.servicePointId,
    userId: employeeId,
    serviceIds,
    institutionIds: explicit ?? [],
    date,
    key,
    seenHead: k.seenHead,
  });
  // A retry is answered with the first response, whatever has changed since (the day, the service's status …),
  // unless its contact was undone (replay() in idempotency.ts).
  if (ctx.stored) return { stored: ctx.stored };
  const centre = ctx.centre;
  if (!centre || !isStaffOf(actor, { centre_id: centre.id, municipality_id: centre.municipalityId }))
    throw ValidationError.field('/centreId', 'contact_centre_not_yours');
  if (!SERVING.includes(centre.status)) throw ValidationError.field('/centreId', 'contact_centre_not_serving');
  if (!ctx.point || ctx.point.centreId !== centre.id)
    issues.push({ field: '/servicePointId', code: 'contact_point_not_in_centre' });

  const services = serviceIds.map((id) => ctx.services.find((s) => s.id === id));
  services.forEach((s, i) => {
    if (!s) issues.push({ field: `/serviceIds/${i}`, code: 'contact_service_unknown' });
    else if (scopeVerdict(s, ctx) === 'not_published')
      issues.push({ field: `/serviceIds/${i}`, code: 'contact_service_not_in_scope' });
    // CR-7: only a service in the centre's scope on the contact's day.
    else if (scopeVerdict(s, ctx) === 'outside_scope')
      issues.push({ field: `/serviceIds/${i}`, code: 'contact_service_outside_scope', params: { date: lvDate(date) } });
    // CR-17.3 (AM-1.2), DR-29: an e-service is filed on the client's behalf only where its description allows it.
    else if (draft.type === 'eservice_filed_on_behalf' && !s.filableOnBehalf)
      issues.push({ field: `/serviceIds/${i}`, code: 'contact_service_not_filable' });
  });
  const organisations = new Map(ctx.organisations.map((o) => [o.id, o]));
  (explicit ?? []).forEach((id, i) => {
    const o = organisations.get(id);
    if (!o || !CONCERNED_KINDS.includes(o.kind))
      issues.push({ field: `/institutionIds/${i}`, code: 'contact_institution_unknown' });
  });
  if (issues.length > 0) throw new ValidationError(issues);

  const found = services.filter((s) => s !== undefined);
  const institutionIds = explicit ?? unique(found.map((s) => s.holderId));
  await checkReception(
    deps,
    centre,
    draft,
    found,
    ctx.basketServiceIds,
    ctx.reception,
    ctx.absentInstitutionIds,
    organisations,
  );

  const values: Prepared['values'] = {
    centre_id: centre.id,
    service_point_id: ctx.point!.id,
    employee_id: employeeId,
    occurred_at: draft.occurredAt,
    occurred_on: date,
    channel: draft.channel,
    type: draft.type,
    service_ids: serviceIds,
    institution_ids: institutionIds,
    outcome: draft.outcome,
    client_kind: draft.client?.kind ?? null,
    client_code: draft.client?.code ?? null,
    note: draft.note,
    // CR-7.1, AM-1.6: the version the services were just checked against (a change keeps the registration's own).
    basket_version_id: ctx.basketVersionId,
  };
  return {
    values,
    followsCabinetTransfers: centre.followsCabinetTransfers,
    seenHead: ctx.seenHead,
    record: {
      ...values,
      municipality_id: centre.municipalityId,
      centre_name: centre.name,
      point_name: ctx.point!.name,
      employee_name: ctx.employeeName ?? '',
      services: found.map((s) => ({ id: s.id, identifier: s.identifier, name: s.name, nameEn: s.nameEn })),
      institutions: institutionIds.map((id) => ({
        id,
        name: organisations.get(id)?.name ?? '',
        shortName: organisations.get(id)?.shortName ?? null,
      })),
    },
  };
}

/** The same checks for a change, which has no idempotency key. */
export async function prepareContact(
  deps: Deps,
  actor: Actor,
  draft: Draft,
  k: { day: string; employeeId: string; issues?: readonly FieldIssue[] },
): Promise<Prepared> {
  const result = await prepareOrReplay(deps, actor, draft, k);
  if ('stored' in result) throw new Error('a stored response without an idempotency key');
  return result;
}
