// SR-22: publishing a holder's year (frozen with the SHA-256 of its rows; a correction is the next version with its
// change note, the old ones stay readable), fulfilling SR-22 in the same transaction. SR-23: the evaluation with its
// improvement measures, fulfilling SR-23. SR-25.2: the ministry's request for a holder's data and its answer.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Deps, Tx } from '../db.ts';
import { fulfilObligation, openObligation } from '../obligations/index.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, NotFoundError, RefusedByRuleError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import type { Actor } from '../platform/access/actor.ts';
import { yearFigures, type FigureRow } from './figures.ts';
import { actsForHolder, readsHolder } from './policy.ts';
import type { Channel } from './channels.ts';
import * as repo from './repository.ts';
import { checkHolder, checkYear } from './service.ts';
import type { PublicationRow } from './tables.ts';

/** A published row: what the open data carries for one service and channel. */
export interface PublishedRow {
  serviceId: string;
  identifier: string;
  serviceName: string;
  channel: Channel;
  applications: number;
  delayed: number;
  complaints: number;
}

function publishedRows(rows: readonly FigureRow[]): PublishedRow[] {
  return rows
    .map((r) => ({
      serviceId: r.serviceId,
      identifier: r.identifier,
      serviceName: r.serviceName,
      channel: r.channel,
      applications: r.applications,
      delayed: r.delayed,
      complaints: r.complaints,
    }))
    .sort((a, b) => (a.identifier + a.channel < b.identifier + b.channel ? -1 : 1));
}

/** SHA-256 over the canonical JSON of the holder, the year and the rows (keys in a fixed order). */
export function contentHash(holderId: string, year: number, rows: readonly PublishedRow[]): string {
  return createHash('sha256').update(JSON.stringify({ holderId, year, rows })).digest('hex');
}

/**
 * The recurring duties of SR-22 and SR-23 about the holder's year: opened if the generator has not (idempotent), then
 * fulfilled on today. Years before the rule applied (SR-27, SR-28) owe nothing.
 */
async function fulfilYearDuty(
  trx: Tx,
  deps: Deps,
  ruleId: 'SR-22' | 'SR-23',
  holderId: string,
  year: number,
  context: AuditContext,
) {
  if (year < (ruleId === 'SR-22' ? 2019 : 2018)) return;
  const owner = { organisationId: holderId };
  const subject = { type: 'organisation' as const, id: holderId };
  const period = String(year);
  await openObligation(trx, deps, { ruleId, owner, subject, startDate: `${year + 1}-01-01`, period }, context);
  await fulfilObligation(trx, deps, { ruleId, owner, subject, period, on: rigaDate(deps.now()) }, context);
}

export interface PublishIn {
  holderId: string;
  year: number;
  changeNote?: string;
}

export async function publishYear(deps: Deps, input: PublishIn, context: AuditContext): Promise<PublicationRow> {
  checkYear(deps, input.year, 'year', true);
  const holder = await checkHolder(deps, context.actor, input.holderId, true);
  const today = rigaDate(deps.now());
  return inTransaction(deps.db, async (trx) => {
    // One publisher of a holder's year at a time: the version number is read and written under this lock.
    await sql`select pg_advisory_xact_lock(hashtext(${`indicators:${input.holderId}:${input.year}`}))`.execute(trx);
    const figures = await yearFigures(deps, trx, input.year, input.holderId, today);
    const errors = figures.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) throw new RefusedByRuleError('indicators_findings_block', { count: errors.length });
    const [latest] = await repo.holderVersions(trx, input.holderId, input.year);
    const note = input.changeNote?.trim() || null;
    if (!latest && note) throw ValidationError.field('/changeNote', 'indicators_note_first');
    if (latest && !note) throw ValidationError.field('/changeNote', 'field_required');
    const rows = publishedRows(figures.rows);
    const hash = contentHash(input.holderId, input.year, rows);
    if (latest && latest.content_hash === hash) throw new ConflictError('indicators_unchanged');
    const row = await trx
      .insertInto('indicator_publications')
      .values({
        holder_id: input.holderId,
        year: input.year,
        version: (latest?.version ?? 0) + 1,
        change_note: latest ? note : null,
        rows: JSON.stringify(rows),
        content_hash: hash,
        published_on: today,
        published_at: deps.now(),
        published_by: context.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, context, {
      action: 'indicator.publish',
      entityType: 'indicator_publication',
      entityId: row.id,
      organisationId: input.holderId,
      after: { year: row.year, version: row.version, contentHash: row.content_hash, changeNote: row.change_note },
    });
    // SR-22 is owed by institutions and holders (a municipality publishing its own services' figures owes none).
    if (holder.kind !== 'municipality') await fulfilYearDuty(trx, deps, 'SR-22', input.holderId, input.year, context);
    return row;
  });
}

export async function holderPublications(deps: Deps, actor: Actor, holderId: string, year?: number) {
  await checkHolder(deps, actor, holderId);
  return repo.holderVersions(deps.db, holderId, year);
}

// ── SR-23 ──

export interface EvaluationIn {
  holderId: string;
  year: number;
  serviceListChanges: string;
  processImprovements: string;
  accessibilityMeasures: string;
}

export async function recordEvaluation(deps: Deps, input: EvaluationIn, context: AuditContext) {
  checkYear(deps, input.year, 'year', true);
  const holder = await checkHolder(deps, context.actor, input.holderId, true);
  const fields = ['serviceListChanges', 'processImprovements', 'accessibilityMeasures'] as const;
  const blank = fields.filter((f) => input[f].trim() === '');
  if (blank.length > 0) throw new ValidationError(blank.map((f) => ({ field: `/${f}`, code: 'field_required' })));
  return inTransaction(deps.db, async (trx) => {
    const values = {
      service_list_changes: input.serviceListChanges.trim(),
      process_improvements: input.processImprovements.trim(),
      accessibility_measures: input.accessibilityMeasures.trim(),
      recorded_on: rigaDate(deps.now()),
      recorded_at: deps.now(),
      recorded_by: context.actor.userId,
    };
    const row = await trx
      .insertInto('indicator_evaluations')
      .values({ holder_id: input.holderId, year: input.year, ...values })
      .onConflict((oc) => oc.columns(['holder_id', 'year']).doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, context, {
      action: 'indicator.evaluate',
      entityType: 'organisation',
      entityId: input.holderId,
      organisationId: input.holderId,
      after: { year: input.year, ...values, recorded_at: undefined },
    });
    if (holder.kind !== 'municipality') await fulfilYearDuty(trx, deps, 'SR-23', input.holderId, input.year, context);
    return row;
  });
}

export async function evaluationOf(deps: Deps, actor: Actor, holderId: string, year: number) {
  await checkHolder(deps, actor, holderId);
  return deps.db
    .selectFrom('indicator_evaluations')
    .selectAll()
    .where('holder_id', '=', holderId)
    .where('year', '=', year)
    .executeTakeFirst();
}

// ── SR-25.2 ──

export async function requestData(
  deps: Deps,
  input: { holderId: string; year: number; note?: string },
  context: AuditContext,
) {
  checkYear(deps, input.year, 'year', true);
  await checkHolder(deps, context.actor, input.holderId);
  return inTransaction(deps.db, async (trx) => {
    const row = await trx
      .insertInto('indicator_requests')
      .values({
        holder_id: input.holderId,
        year: input.year,
        note: input.note?.trim() || null,
        requested_by: context.actor.userId,
        requested_at: deps.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, context, {
      action: 'indicator.request',
      entityType: 'indicator_request',
      entityId: row.id,
      organisationId: input.holderId,
      after: { holderId: row.holder_id, year: row.year, note: row.note },
    });
    return row;
  });
}

export async function answerRequest(deps: Deps, id: string, input: { note?: string }, context: AuditContext) {
  return inTransaction(deps.db, async (trx) => {
    const request = await trx
      .selectFrom('indicator_requests')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    // Only the holder's own people answer (another's request is not there for them: 404).
    if (!request || !actsForHolder(context.actor, request.holder_id)) throw new NotFoundError();
    if (request.answered_at) throw new ConflictError('indicators_request_answered');
    const row = await trx
      .updateTable('indicator_requests')
      .set({ answered_at: deps.now(), answered_by: context.actor.userId, answer_note: input.note?.trim() || '—' })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, context, {
      action: 'indicator.request_answer',
      entityType: 'indicator_request',
      entityId: id,
      organisationId: request.holder_id,
      after: { answerNote: row.answer_note },
    });
    return row;
  });
}

/** The requests the caller may see: the ministry's and auditors' every one, a holder's its own; newest first. */
export async function listRequests(deps: Deps, actor: Actor) {
  const rows = await deps.db
    .selectFrom('indicator_requests')
    .selectAll()
    .orderBy('requested_at', 'desc')
    .limit(500)
    .execute();
  return rows.filter((r) => readsHolder(actor, r.holder_id));
}

/** SR-25.2: what an answered request shows: the holder's published versions of the year and its evaluation. */
export async function requestedData(deps: Deps, actor: Actor, id: string) {
  const request = await deps.db.selectFrom('indicator_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!request || !readsHolder(actor, request.holder_id)) throw new NotFoundError();
  const [publications, evaluation] = await Promise.all([
    repo.holderVersions(deps.db, request.holder_id, request.year),
    deps.db
      .selectFrom('indicator_evaluations')
      .selectAll()
      .where('holder_id', '=', request.holder_id)
      .where('year', '=', request.year)
      .executeTakeFirst(),
  ]);
  return { request, publications, evaluation: evaluation ?? null };
}
