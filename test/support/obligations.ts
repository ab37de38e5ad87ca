// Factories for obligations: open, fulfil or cancel one through the real engine, in its own transaction, as the
// system would when another capability records the event that starts or ends a rule's clock.
import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import { systemActor, type Actor } from '../../src/platform/access/actor.ts';
import type { DB, Deps } from '../../src/db.ts';
import { inTransaction } from '../../src/platform/db/transaction.ts';
import {
  cancelObligation,
  fulfilObligation,
  openObligation,
  type CancelInput,
  type FulfilInput,
  type OpenInput,
} from '../../src/obligations/engine.ts';
import type { SubjectType } from '../../src/obligations/subjects.ts';
import { organisationId } from './factories.ts';

const context = (actor: Actor = systemActor('test')) => ({ actor });

export function openAs(deps: Deps, input: OpenInput, actor?: Actor) {
  return inTransaction(deps.db, (trx) => openObligation(trx, deps, input, context(actor)));
}

export function fulfilAs(deps: Deps, input: FulfilInput, actor?: Actor) {
  return inTransaction(deps.db, (trx) => fulfilObligation(trx, deps, input, context(actor)));
}

export function cancelAs(deps: Deps, input: CancelInput, actor?: Actor) {
  return inTransaction(deps.db, (trx) => cancelObligation(trx, deps, input, context(actor)));
}

/**
 * An event-started obligation of an organisation (by short name), about a fresh subject: a registered subject type
 * (a proposal unless told) with an id no record has, so it stays unnamed.
 */
export async function buildObligation(
  deps: Deps,
  o: { ruleId: string; organisation: string; startDate: string; centreId?: string; subjectType?: SubjectType },
) {
  const owner = {
    organisationId: await organisationId(deps.db, o.organisation),
    ...(o.centreId ? { centreId: o.centreId } : {}),
  };
  const subject = { type: o.subjectType ?? 'proposal', id: `S-${randomBytes(4).toString('hex')}` };
  const row = await openAs(deps, { ruleId: o.ruleId, owner, subject, startDate: o.startDate });
  return { row, owner, subject };
}

export function obligationEvents(db: Kysely<DB>, action: string, obligationId: string) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .where('entity_id', '=', obligationId)
    .orderBy('seq')
    .execute();
}

export function mailsTo(db: Kysely<DB>, to: string) {
  return db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).orderBy('created_at').execute();
}
