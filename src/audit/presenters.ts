// The shapes in which audit events and the chain check leave the API. No row reaches JSON without passing here.
import { Type, type Static } from 'typebox';
import type { AuditEventRow } from '../platform/db/schema.ts';
import type { ChainReport } from '../platform/audit/audit.ts';
import { Instant, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';

export const AuditEventSchema = Obj({
  seq: Type.Integer({ description: 'Position in the hash chain' }),
  id: Uuid('Event id'),
  occurredAt: Instant('When it happened'),
  actorLabel: Type.String({ description: 'Who acted, as shown to people (a name, a token name, system, or the e-mail tried at login)' }),
  actorUserId: Nullable(Uuid('The acting user, when a user acted')),
  actorTokenId: Nullable(Uuid('The acting API token, when another system acted')),
  organisationId: Nullable(Uuid('The organisation the event concerns')),
  organisationName: Nullable(Type.String({ description: "That organisation's name" })),
  action: Type.String({ description: 'What happened, verb.noun style: user.create, grant.revoke, auth.login_failed, mail.retry …' }),
  entityType: Type.String({ description: 'Kind of record changed or viewed' }),
  entityId: Nullable(Type.String({ description: 'Id of that record' })),
  before: Type.Unknown({ description: 'The record (or the changed fields) before the change, any JSON; null when created' }),
  after: Type.Unknown({ description: 'The record (or the changed fields) after the change, any JSON; null when deleted' }),
  ip: Nullable(Type.String({ description: 'Address of the caller' })),
  requestId: Nullable(Type.String({ description: 'Id of the HTTP request, also in the logs' })),
});
export type AuditEventOut = Static<typeof AuditEventSchema>;

export const ChainReportSchema = Obj({
  ok: Type.Boolean({ description: 'True when every event still has its hash and its link to the previous one' }),
  checked: Type.Integer({ description: 'Events verified before the first broken one (all of them when ok)' }),
  firstBroken: Nullable(
    Obj(
      {
        seq: Type.Integer({ description: 'Position in the chain' }),
        id: Uuid('Event id'),
        occurredAt: Instant('When the event says it happened'),
        reason: StringEnum(
          ['hash_mismatch', 'link_mismatch'] as const,
          'hash_mismatch: this row was edited; link_mismatch: the row before it was deleted or edited in a way that re-hashed it',
        ),
      },
      { description: 'The first event that does not fit the chain; null when ok' },
    ),
  ),
});
export type ChainReportOut = Static<typeof ChainReportSchema>;

export function presentAuditEvent(e: AuditEventRow & { organisation_name: string | null }): AuditEventOut {
  return {
    seq: e.seq,
    id: e.id,
    occurredAt: new Date(e.occurred_at).toISOString(),
    actorLabel: e.actor_label,
    actorUserId: e.actor_user_id,
    actorTokenId: e.actor_token_id,
    organisationId: e.organisation_id,
    organisationName: e.organisation_name,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    before: e.before ?? null,
    after: e.after ?? null,
    ip: e.ip,
    requestId: e.request_id,
  };
}

export function presentChainReport(report: ChainReport): ChainReportOut {
  return { ok: report.ok, checked: report.checked, firstBroken: report.firstBroken ?? null };
}
