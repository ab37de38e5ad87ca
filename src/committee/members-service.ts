// CR-9: the committee's members (organisations with their representatives for a period), the composition check
// naming the bodies CR-9 requires that have no member on a day, and the statute the ministry approves.
import type { Deps, Tx } from '../db.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { checkDocuments, documentsById } from '../documents/index.ts';
import { organisationsById } from '../organisations/index.ts';
import { findUserOf } from '../people/index.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { ASSOCIATIONS } from './associations.ts';
import {
  type CommitteeOut,
  type CompositionOut,
  type MemberOut,
  type Orgs,
  presentMember,
  presentStatute,
  type RequiredBody,
} from './presenters.ts';
import * as repo from './repository.ts';
import type { EndMemberIn, MemberIn, StatuteIn } from './schemas.ts';
import type { MemberRow } from './tables.ts';

type Q = Kysely<DB> | Tx;

const MEMBER_KINDS = new Set(['ministry', 'institution', 'holder', 'association']);

const BODY_NAMES: Record<'ministry' | 'institution' | 'holder', { lv: string; en: string }> = {
  ministry: { lv: 'Ministrija', en: 'The ministry' },
  institution: { lv: 'Iestādes', en: 'Institutions' },
  holder: { lv: 'Pakalpojumu turētāji', en: 'Service holders' },
};

export async function organisationsOf(
  q: Q,
  members: readonly MemberRow[],
  extra: Iterable<string> = [],
): Promise<Orgs> {
  return organisationsById(q, [...members.map((m) => m.organisation_id), ...extra]);
}

/** CR-9: which of the bodies the committee must include have no member on the day. */
export async function compositionOn(q: Q, date: string): Promise<CompositionOut> {
  const members = await repo.membersOn(q, date);
  const orgs = await organisationsOf(q, members);
  const present = new Set(members.map((m) => m.organisation_id));
  const kinds = new Set([...present].map((id) => orgs.get(id)?.kind));
  const associations = await repo.associationIds(q);
  const missing: CompositionOut['missing'] = [];
  for (const body of ['ministry', 'institution', 'holder'] as const) {
    if (!kinds.has(body)) missing.push({ body, name: BODY_NAMES[body] });
  }
  for (const a of ASSOCIATIONS) {
    const id = associations.get(a.key);
    if (!id || !present.has(id)) missing.push({ body: a.key as RequiredBody, name: { lv: a.name, en: a.nameEn } });
  }
  return { date, complete: missing.length === 0, missing };
}

export async function getCommittee(deps: Deps, date?: string): Promise<CommitteeOut> {
  const day = date ?? rigaDate(deps.now());
  const members = await repo.listMembers(deps.db);
  const orgs = await organisationsOf(deps.db, members);
  const statute = await repo.statuteOn(deps.db, day);
  const documents = statute ? await documentsById(deps.db, [statute.document_id]) : new Map();
  return {
    members: members.map((m) => presentMember(m, orgs)),
    composition: await compositionOn(deps.db, day),
    statute: statute ? presentStatute(statute, documents.get(statute.document_id)) : null,
  };
}

export async function addMember(deps: Deps, input: MemberIn, context: AuditContext): Promise<MemberOut> {
  const validUntil = input.validUntil ?? null;
  if (validUntil !== null && validUntil < input.validFrom)
    throw ValidationError.field('/validUntil', 'field_date_order');
  return inTransaction(deps.db, async (trx) => {
    const orgs = await organisationsById(trx, [input.organisationId]);
    const org = orgs.get(input.organisationId);
    if (!org) throw ValidationError.field('/organisationId', 'organisation_unknown');
    if (!MEMBER_KINDS.has(org.kind)) throw ValidationError.field('/organisationId', 'committee_member_kind');
    const userId = input.userId ?? null;
    if (userId !== null && !(await findUserOf(trx, userId, input.organisationId)))
      throw ValidationError.field('/userId', 'committee_user_not_of_member');
    const row = await repo.insertMember(trx, {
      organisation_id: input.organisationId,
      representative_name: input.representativeName.trim(),
      representative_position: input.representativePosition?.trim() || null,
      user_id: userId,
      valid_from: input.validFrom,
      valid_until: validUntil,
    });
    const out = presentMember(row, orgs);
    await recordAudit(trx, context, {
      action: 'committee.member_add',
      entityType: 'committee_member',
      entityId: row.id,
      organisationId: input.organisationId,
      after: out,
    });
    return out;
  });
}

export async function endMember(deps: Deps, id: string, input: EndMemberIn, context: AuditContext): Promise<MemberOut> {
  return inTransaction(deps.db, async (trx) => {
    const before = await repo.findMember(trx, id);
    if (!before) throw new NotFoundError();
    if (before.valid_until !== null && before.valid_until < input.validUntil)
      throw new ConflictError('committee_member_ended');
    if (input.validUntil < before.valid_from) throw ValidationError.field('/validUntil', 'field_date_order');
    const row = await repo.endMember(trx, id, input.validUntil, deps.now());
    const orgs = await organisationsOf(trx, [row]);
    const out = presentMember(row, orgs);
    await recordAudit(trx, context, {
      action: 'committee.member_end',
      entityType: 'committee_member',
      entityId: id,
      organisationId: row.organisation_id,
      before: presentMember(before, orgs),
      after: out,
    });
    return out;
  });
}

/** CR-9: the ministry approves the committee's statute (a stored document); every approval is kept. */
export async function approveStatute(deps: Deps, input: StatuteIn, context: AuditContext): Promise<CommitteeOut> {
  if (input.approvedOn > rigaDate(deps.now())) throw ValidationError.field('/approvedOn', 'field_date_future');
  await inTransaction(deps.db, async (trx) => {
    await checkDocuments(trx, [input.documentId], ['/documentId']);
    const row = await repo.insertStatute(trx, {
      document_id: input.documentId,
      approved_on: input.approvedOn,
      note: input.note?.trim() || null,
      created_by: context.actor.userId,
    });
    await recordAudit(trx, context, {
      action: 'committee.statute_approve',
      entityType: 'committee_statute',
      entityId: row.id,
      after: { documentId: row.document_id, approvedOn: row.approved_on, note: row.note },
    });
  });
  return getCommittee(deps);
}
