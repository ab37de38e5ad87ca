// The shapes in which audit events and the chain check leave the API. No row reaches JSON without passing here.
import { Type, type Static } from 'typebox';
import type { AuditEventRow } from '../platform/db/tables.ts';
import type { ChainReport } from '../platform/audit/verify.ts';
import type { SignedDigest } from '../platform/audit/digest.ts';
import { Instant, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { withoutPersonalData } from './personal-data.ts';

export const AuditEventSchema = Obj({
  seq: Type.Integer({ description: 'Position in the hash chain' }),
  id: Uuid('Event id'),
  occurredAt: Instant('When it happened'),
  actorLabel: Type.String({
    description: 'Who acted, as shown to people (a name, a token name, system, or the e-mail tried at login)',
  }),
  actorName: Nullable(
    Type.String({ description: "The acting user's current name, when a user acted (the label keeps the name then)" }),
  ),
  actorUserId: Nullable(Uuid('The acting user, when a user acted')),
  actorTokenId: Nullable(Uuid('The acting API token, when another system acted')),
  organisationId: Nullable(Uuid('The organisation the event concerns')),
  organisationName: Nullable(Type.String({ description: "That organisation's name" })),
  action: Type.String({
    description: 'What happened, verb.noun style: user.create, grant.revoke, auth.login_failed, mail.retry …',
  }),
  entityType: Type.String({ description: 'Kind of record changed or viewed' }),
  entityId: Nullable(Type.String({ description: 'Id of that record' })),
  before: Type.Unknown({
    description:
      'The record (or the changed fields) before the change, any JSON; null when created. Personal data (a note, a client code, a submitter, an e-service client) never appears: "[withheld]" where an older event held it',
  }),
  after: Type.Unknown({
    description:
      'The record (or the changed fields) after the change, any JSON; null when deleted. Personal data withheld as in `before`',
  }),
  ip: Nullable(Type.String({ description: 'Address of the caller' })),
  requestId: Nullable(Type.String({ description: 'Id of the HTTP request, also in the logs' })),
});
export type AuditEventOut = Static<typeof AuditEventSchema>;

const BrokenAtSchema = Obj(
  {
    chainKey: Type.String({
      description:
        'The chain: org:<organisation id> (its people and tokens), system:<job>, anonymous (callers without an organisation), legacy (events before chains were keyed)',
    }),
    chainSeq: Type.Integer({ description: 'Position in that chain; for truncated, the first missing position' }),
    seq: Nullable(
      Type.Integer({ description: "The event's seq in the search results; null when the event is missing" }),
    ),
    id: Nullable(Uuid('Event id; null when the event is missing')),
    occurredAt: Nullable(
      Type.String({
        description: 'When the event says it happened, as stored (UTC, microseconds); null when missing',
        maxLength: 40,
      }),
    ),
    reason: StringEnum(
      [
        'hash_mismatch',
        'link_mismatch',
        'missing_events',
        'truncated',
        'anchor_mismatch',
        'head_mismatch',
        'unknown_key',
      ] as const,
      'hash_mismatch: the row was changed (content, time, id or position) or re-hashed without the key; link_mismatch: the event before it ' +
        'was replaced; missing_events: events before it were deleted; truncated: events at the end of the chain were deleted (an anchor or ' +
        'the chain head names a later one); anchor_mismatch: the chain was rewritten after it was anchored; head_mismatch: the chain head ' +
        'does not name the last event; unknown_key: hashed with a key that is not configured',
    ),
  },
  { description: 'The first event of a chain that does not fit' },
);

export const ChainReportSchema = Obj({
  ok: Type.Boolean({ description: 'True when every chain is whole, keyed, and agrees with its head and its anchors' }),
  checked: Type.Integer({ description: 'Events verified intact (in a broken chain, those before its break)' }),
  chains: Type.Integer({ description: 'Chains checked' }),
  anchors: Obj(
    {
      checked: Type.Integer({ description: 'Anchors the chains were compared with (the latest of each chain)' }),
      latestAt: Nullable(Instant('When the newest of them was taken; null before the first anchoring')),
    },
    { description: 'The anchors used' },
  ),
  firstBroken: Nullable({
    ...BrokenAtSchema,
    description: 'The first broken event of the first broken chain (chains in key order); null when ok',
  }),
  broken: Type.Array(BrokenAtSchema, {
    description: 'The first broken event of every broken chain',
    maxItems: 100_000,
  }),
});
export type ChainReportOut = Static<typeof ChainReportSchema>;

export const SignedDigestSchema = Obj({
  digest: Obj(
    {
      format: StringEnum(['vienuviet-audit-digest/1'] as const, 'Format of this document'),
      system: Type.String({ description: 'The installation (its public URL)', maxLength: 500 }),
      issuedAt: Instant('When this digest was made'),
      chains: Type.Array(
        Obj({
          chainKey: Type.String({
            description: 'The chain (org:<id>, system:<job>, anonymous, legacy)',
            maxLength: 300,
          }),
          seq: Type.Integer({ description: 'Position of the anchored head in its chain' }),
          hash: Type.String({ description: 'Hash of that event (hex)', maxLength: 64 }),
          anchoredAt: Instant('When it was anchored'),
        }),
        { description: 'The latest anchor of every chain', maxItems: 100_000 },
      ),
    },
    { description: 'What is signed: its canonical JSON (keys sorted at every level, no spaces)' },
  ),
  algorithm: StringEnum(['Ed25519'] as const, 'Signature algorithm'),
  signature: Type.String({ description: 'Signature of the canonical JSON of `digest`, base64', maxLength: 200 }),
  publicKey: Type.String({
    description: "The installation's public key (SPKI PEM); keep it apart from the digests to check them",
    maxLength: 500,
  }),
});
export type SignedDigestOut = Static<typeof SignedDigestSchema>;

export function presentAuditEvent(
  e: AuditEventRow & { organisation_name: string | null; actor_name?: string | null },
): AuditEventOut {
  return {
    seq: e.seq,
    id: e.id,
    occurredAt: new Date(e.occurred_at).toISOString(),
    actorLabel: e.actor_label,
    actorName: e.actor_name ?? null,
    actorUserId: e.actor_user_id,
    actorTokenId: e.actor_token_id,
    organisationId: e.organisation_id,
    organisationName: e.organisation_name,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    before: withoutPersonalData(e.entity_type, e.before ?? null),
    after: withoutPersonalData(e.entity_type, e.after ?? null),
    ip: e.ip,
    requestId: e.request_id,
  };
}

export function presentChainReport(report: ChainReport): ChainReportOut {
  return {
    ok: report.ok,
    checked: report.checked,
    chains: report.chains,
    anchors: report.anchors,
    firstBroken: report.firstBroken ?? null,
    broken: report.broken,
  };
}

export function presentSignedDigest(d: SignedDigest): SignedDigestOut {
  return {
    digest: { ...d.digest, chains: d.digest.chains.map((c) => ({ ...c })) },
    algorithm: d.algorithm,
    signature: d.signature,
    publicKey: d.publicKey,
  };
}
