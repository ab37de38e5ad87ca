// Adding and changing organisations (DR-20.1). The registration number is checked with the Enterprise Register
// checksum and kept unique; every change is audited with the entry before and after, in the same transaction.
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { isUniqueViolation } from '../platform/db/errors.ts';
import { versionConflict } from '../platform/db/versions.ts';
import type { IfMatch } from '../platform/http/etag.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { isValidRegNo } from './reg-no.ts';
import * as repo from './repository.ts';
import { loadOrganisation } from './service.ts';
import type { OrganisationOut } from './presenters.ts';
import { IDENTITY_FIELDS, canCreateOrganisation, canEditIdentity, canEditOrganisation } from './policy.ts';
import type { CreateOrganisationIn, UpdateOrganisationIn } from './schemas.ts';

/** Trimmed text, or null when empty or absent. */
export const clean = (value: string | null | undefined): string | null => value?.trim() || null;

const regNoTaken = () => new ConflictError('reg_no_taken', [{ field: '/regNo', code: 'reg_no_taken' }]);

async function checkRegNo(deps: Deps, regNo: string | null, ownId?: string): Promise<void> {
  if (regNo === null) return;
  if (!isValidRegNo(regNo)) throw ValidationError.field('/regNo', 'field_reg_no_checksum');
  const holder = await repo.findOrganisationByRegNo(deps.db, regNo);
  if (holder && holder.id !== ownId) throw regNoTaken();
}

function requireName(name: string | undefined): void {
  if (name !== undefined && name.trim() === '') throw ValidationError.field('/name', 'field_required');
}

export async function createOrganisation(
  deps: Deps,
  input: CreateOrganisationIn,
  context: AuditContext,
): Promise<OrganisationOut> {
  if (!canCreateOrganisation(context.actor)) throw new NotFoundError();
  requireName(input.name);
  const regNo = clean(input.regNo);
  await checkRegNo(deps, regNo);
  const now = deps.now();
  try {
    return await inTransaction(deps.db, async (trx) => {
      const id = await repo.insertOrganisation(trx, {
        kind: input.kind,
        name: input.name.trim(),
        short_name: clean(input.shortName),
        reg_no: regNo,
        website: clean(input.website),
        email: clean(input.email)?.toLowerCase() ?? null,
        phone: clean(input.phone),
        e_address: clean(input.eAddress),
        created_at: now,
        updated_at: now,
      });
      const after = (await loadOrganisation(trx, id))!;
      await recordAudit(trx, context, {
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: id,
        organisationId: id,
        after,
      });
      return after;
    });
  } catch (error) {
    // Two requests with one number at once: the unique index decides, the loser gets the same answer.
    if (isUniqueViolation(error)) throw regNoTaken();
    throw error;
  }
}

/**
 * A maintainer changes anything; the organisation's admin only its channels (the identity fields are forbidden). Only
 * over the version the editor read (If-Match), else a stale-version refusal.
 */
export async function updateOrganisation(
  deps: Deps,
  id: string,
  input: UpdateOrganisationIn,
  expected: IfMatch,
  context: AuditContext,
): Promise<OrganisationOut> {
  const actor = context.actor;
  const existing = await repo.findOrganisation(deps.db, id);
  if (!existing || !canEditOrganisation(actor, id)) throw new NotFoundError();
  const forbidden = IDENTITY_FIELDS.filter((f) => input[f] !== undefined);
  if (forbidden.length > 0 && !canEditIdentity(actor)) {
    throw new ForbiddenError(
      'field_not_editable',
      {},
      forbidden.map((f) => ({ field: `/${f}`, code: 'field_not_editable' as const })),
    );
  }
  requireName(input.name);
  const regNo = input.regNo === undefined ? undefined : clean(input.regNo);
  if (regNo !== undefined) await checkRegNo(deps, regNo, id);
  const changes: repo.OrganisationChanges = {
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.shortName !== undefined ? { short_name: clean(input.shortName) } : {}),
    ...(regNo !== undefined ? { reg_no: regNo } : {}),
    ...(input.website !== undefined ? { website: clean(input.website) } : {}),
    ...(input.email !== undefined ? { email: clean(input.email)?.toLowerCase() ?? null } : {}),
    ...(input.phone !== undefined ? { phone: clean(input.phone) } : {}),
    ...(input.eAddress !== undefined ? { e_address: clean(input.eAddress) } : {}),
  };
  try {
    return await inTransaction(deps.db, async (trx) => {
      await repo.lockOrganisation(trx, id);
      const before = (await loadOrganisation(trx, id))!;
      if (!(await repo.updateOrganisation(trx, id, changes, deps.now(), expected)))
        throw await versionConflict(trx, 'organisations', id);
      const after = (await loadOrganisation(trx, id))!;
      await recordAudit(trx, context, {
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: id,
        organisationId: id,
        before: withoutLists(before),
        after: withoutLists(after),
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw regNoTaken();
    throw error;
  }
}

/** The entry itself: contact persons and centres have their own events. */
export function withoutLists(o: OrganisationOut): Omit<OrganisationOut, 'contacts' | 'centres'> {
  const { contacts: _contacts, centres: _centres, ...rest } = o;
  return rest;
}
