// Searching and checking the audit trail. The roles that reach it (ministry_supervisor, auditor, maintainer) read the
// whole network (platform/access/scope.ts NETWORK_READERS), so there is no narrower scope to apply. Reading the
// trail writes nothing to it: the trail records changes, and a read that appended would make every search a change.
import type { Deps } from '../db.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { verifyChain } from '../platform/audit/verify.ts';
import { anchorChains, currentDigest } from '../platform/audit/anchor.ts';
import { auditKeyring } from '../platform/audit/keys.ts';
import { ValidationError } from '../platform/errors.ts';
import { addDays, isIsoDate, startOfRigaDay } from '../platform/time.ts';
import * as repo from './repository.ts';
import {
  presentAuditEvent,
  presentChainReport,
  presentSignedDigest,
  type AuditEventOut,
  type ChainReportOut,
  type SignedDigestOut,
} from './presenters.ts';

export interface AuditQuery {
  /** First Riga calendar day, YYYY-MM-DD. */
  from?: string | undefined;
  /** Last Riga calendar day, YYYY-MM-DD (inclusive). */
  to?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
  organisationId?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

function checkDate(value: string | undefined, field: string): void {
  if (value !== undefined && !isIsoDate(value)) throw ValidationError.query(field, 'field_format', { format: 'date' });
}

export async function searchAudit(deps: Deps, query: AuditQuery): Promise<{ items: AuditEventOut[]; total: number }> {
  checkDate(query.from, '/from');
  checkDate(query.to, '/to');
  if (query.from && query.to && query.to < query.from) throw ValidationError.query('/to', 'field_date_order');
  const filter: repo.AuditFilter = {
    from: query.from ? startOfRigaDay(query.from) : undefined,
    // "to" is inclusive: everything before the next Riga day begins.
    before: query.to ? startOfRigaDay(addDays(query.to, 1)) : undefined,
    actionPrefix: query.action,
    entityType: query.entityType,
    entityId: query.entityId,
    actorContains: query.actor,
    organisationId: query.organisationId,
  };
  const page = { limit: query.limit ?? 50, offset: query.offset ?? 0 };
  const [rows, total] = await Promise.all([repo.findEvents(deps.db, filter, page), repo.countEvents(deps.db, filter)]);
  return { items: rows.map(presentAuditEvent), total };
}

export async function verifyAudit(deps: Deps): Promise<ChainReportOut> {
  return presentChainReport(await verifyChain(deps.db, { keyring: auditKeyring(deps.config) }));
}

/** The signed digest of every chain's latest anchor, for an auditor to keep (reads only). */
export async function auditDigest(deps: Deps): Promise<SignedDigestOut> {
  return presentSignedDigest(await currentDigest(deps));
}

/** Anchors every chain's head now (an auditor before taking the digest, an operator before a risky change). */
export async function anchorAudit(deps: Deps, context: AuditContext): Promise<SignedDigestOut> {
  await anchorChains(deps, { force: true, context });
  return presentSignedDigest(await currentDigest(deps));
}
