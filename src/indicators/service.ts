// The holder's working side of SR-21: reading a year's figures with their checks, recording the completion of a
// forwarded application (SR-21.3) and the holder's own channels' counts (SR-21.1, SR-21.2, SR-17.5).
import type { Deps } from '../db.ts';
import { findServiceRef } from '../catalogue/lookups.ts';
import { findApplicationContact } from '../contacts/lookups.ts';
import { organisationsById } from '../organisations/lookups.ts';
import type { Actor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { NotFoundError, RefusedByRuleError, ConflictError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { readsNetwork } from '../platform/access/scope.ts';
import { lvDate } from '../obligations/lookups.ts';
import { yearFigures, type YearFigures } from './figures.ts';
import { actsForHolder, readsHolder } from './policy.ts';
import * as repo from './repository.ts';

/** Organisations that hold services (SR-4): institutions, other holders, and municipalities for their own services. */
const HOLDER_KINDS = ['holder', 'institution', 'municipality'];

/** The holder must hold services and be one the caller may read (or act for): 404 otherwise, nobody learns more. */
export async function checkHolder(
  deps: Deps,
  actor: Actor,
  holderId: string,
  write = false,
): Promise<{ name: string; kind: string }> {
  const org = (await organisationsById(deps.db, [holderId])).get(holderId);
  const allowed = write ? actsForHolder(actor, holderId) : readsHolder(actor, holderId);
  if (!org || !allowed) throw new NotFoundError();
  if (!HOLDER_KINDS.includes(org.kind)) throw ValidationError.query('holderId', 'indicators_not_holder');
  return org;
}

export function checkYear(deps: Deps, year: number, field = 'year', ended = false): void {
  const current = Number(rigaDate(deps.now()).slice(0, 4));
  if (year < 2017 || year > current) throw ValidationError.query(field, 'indicators_year_out_of_range');
  if (ended && year >= current) throw ValidationError.field(`/${field}`, 'indicators_year_not_ended');
}

/** A holder's year, or (holderId null) the whole network's, which only the network's readers see. */
export async function holderFigures(
  deps: Deps,
  actor: Actor,
  holderId: string | null,
  year: number,
): Promise<YearFigures> {
  checkYear(deps, year);
  if (holderId === null) {
    if (!readsNetwork(actor)) throw ValidationError.query('holderId', 'field_required');
  } else await checkHolder(deps, actor, holderId);
  return yearFigures(deps, deps.db, year, holderId, rigaDate(deps.now()));
}

export async function ownCountsOf(deps: Deps, actor: Actor, holderId: string, year: number) {
  checkYear(deps, year);
  await checkHolder(deps, actor, holderId);
  return repo.ownCounts(deps.db, year, holderId);
}

// ── SR-21.3: completion of a forwarded application ──

export interface CompletionIn {
  completedOn: string;
}

/**
 * The institution the application was forwarded to (or the service's holder) records its completion. Idempotent:
 * the same date again answers the recorded completion; another date is a conflict (a wrong date is corrected by the
 * ministry, not overwritten silently).
 */
export async function recordCompletion(deps: Deps, contactId: string, input: CompletionIn, context: AuditContext) {
  const actor = context.actor;
  return inTransaction(deps.db, async (trx) => {
    const contact = await findApplicationContact(trx, contactId);
    if (!contact) throw new NotFoundError();
    const holders = await Promise.all(contact.service_ids.map((id) => findServiceRef(trx, id)));
    const organisations = [...contact.institution_ids, ...holders.flatMap((s) => (s ? [s.holder_id] : []))];
    const organisationId = organisations.find((o) => actsForHolder(actor, o));
    if (!organisationId) throw new NotFoundError();
    if (contact.type !== 'application_accepted' || contact.outcome !== 'application_forwarded')
      throw new RefusedByRuleError('indicators_not_forwarded');
    const today = rigaDate(deps.now());
    if (input.completedOn < contact.occurred_on || input.completedOn > today)
      throw ValidationError.field('/completedOn', 'indicators_completed_before', { date: lvDate(contact.occurred_on) });
    const existing = await repo.findCompletion(trx, contactId);
    if (existing) {
      if (existing.completed_on === input.completedOn) return { ...existing, created: false };
      throw new ConflictError(
        'indicators_completion_differs',
        [
          {
            field: '/completedOn',
            code: 'indicators_completion_differs',
            params: { date: lvDate(existing.completed_on) },
          },
        ],
        { date: lvDate(existing.completed_on) },
      );
    }
    const row = await trx
      .insertInto('indicator_completions')
      .values({
        contact_id: contactId,
        completed_on: input.completedOn,
        organisation_id: organisationId,
        recorded_by: actor.userId,
        recorded_via: actor.kind === 'token' ? 'api' : 'ui',
        recorded_at: deps.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, context, {
      action: 'indicator.completion',
      entityType: 'contact',
      entityId: contactId,
      organisationId,
      after: { completedOn: row.completed_on, via: row.recorded_via },
    });
    return { ...row, created: true };
  });
}
