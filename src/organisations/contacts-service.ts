// An organisation's contact persons (CR-17.8, DR-20.1): kept by the organisation's admin or a maintainer, audited.
import type { Deps, Tx } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { versionConflict } from '../platform/db/versions.ts';
import type { IfMatch } from '../platform/http/etag.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { NotFoundError, ValidationError } from '../platform/errors.ts';
import * as repo from './repository.ts';
import { presentContact, type ContactPersonOut } from './presenters.ts';
import { canEditOrganisation } from './policy.ts';
import { clean } from './write-service.ts';
import type { CreateContactIn, UpdateContactIn } from './schemas.ts';

async function editable(deps: Deps, context: AuditContext, organisationId: string): Promise<void> {
  const organisation = await repo.findOrganisation(deps.db, organisationId);
  if (!organisation || !canEditOrganisation(context.actor, organisationId)) throw new NotFoundError();
}

async function contactOf(deps: Deps, context: AuditContext, organisationId: string, id: string) {
  await editable(deps, context, organisationId);
  const contact = await repo.findContact(deps.db, organisationId, id);
  if (!contact) throw new NotFoundError();
  return contact;
}

function values(input: UpdateContactIn): Partial<repo.ContactValues> {
  if (input.name !== undefined && input.name.trim() === '') throw ValidationError.field('/name', 'field_required');
  return {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.position !== undefined ? { position: clean(input.position) } : {}),
    ...(input.email !== undefined ? { email: clean(input.email)?.toLowerCase() ?? null } : {}),
    ...(input.phone !== undefined ? { phone: clean(input.phone) } : {}),
  };
}

export async function addContact(
  deps: Deps,
  organisationId: string,
  input: CreateContactIn,
  context: AuditContext,
): Promise<ContactPersonOut> {
  await editable(deps, context, organisationId);
  const given = values(input);
  return inTransaction(deps.db, async (trx) => {
    const id = await repo.insertContact(
      trx,
      organisationId,
      { name: given.name!, position: given.position ?? null, email: given.email ?? null, phone: given.phone ?? null },
      deps.now(),
    );
    const after = presentContact((await repo.findContact(trx, organisationId, id))!);
    await recordAudit(trx, context, {
      action: 'organisation_contact.create',
      entityType: 'organisation_contact',
      entityId: id,
      organisationId,
      after,
    });
    return after;
  });
}

/** The contact person locked in the transaction (not found when it went meanwhile): the audit's "before" is what changes. */
async function locked(trx: Tx, organisationId: string, id: string) {
  const row = await repo.lockContact(trx, organisationId, id);
  if (!row) throw new NotFoundError();
  return row;
}

/** Changes a contact person over the version the editor read (If-Match), else a stale-version refusal. */
export async function updateContact(
  deps: Deps,
  organisationId: string,
  id: string,
  input: UpdateContactIn,
  expected: IfMatch,
  context: AuditContext,
): Promise<ContactPersonOut> {
  await contactOf(deps, context, organisationId, id);
  const changes = values(input);
  return inTransaction(deps.db, async (trx) => {
    const before = presentContact(await locked(trx, organisationId, id));
    if (!(await repo.updateContact(trx, id, changes, deps.now(), expected)))
      throw await versionConflict(trx, 'organisation_contacts', id);
    const after = presentContact((await repo.findContact(trx, organisationId, id))!);
    await recordAudit(trx, context, {
      action: 'organisation_contact.update',
      entityType: 'organisation_contact',
      entityId: id,
      organisationId,
      before,
      after,
    });
    return after;
  });
}

/** Removes a contact person as the remover saw it (If-Match): one changed meanwhile is not removed unseen (stale version). */
export async function removeContact(
  deps: Deps,
  organisationId: string,
  id: string,
  expected: IfMatch,
  context: AuditContext,
): Promise<void> {
  await contactOf(deps, context, organisationId, id);
  await inTransaction(deps.db, async (trx) => {
    const before = presentContact(await locked(trx, organisationId, id));
    if (!(await repo.deleteContact(trx, id, expected))) throw await versionConflict(trx, 'organisation_contacts', id);
    await recordAudit(trx, context, {
      action: 'organisation_contact.delete',
      entityType: 'organisation_contact',
      entityId: id,
      organisationId,
      before,
    });
  });
}
