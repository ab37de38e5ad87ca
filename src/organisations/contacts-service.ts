// An organisation's contact persons (issue 4 §1): kept by the organisation's admin or a maintainer, audited.
import type { Deps } from '../platform/deps.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { NotFoundError, ValidationError } from '../platform/http/errors.ts';
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

export async function addContact(deps: Deps, organisationId: string, input: CreateContactIn, context: AuditContext): Promise<ContactPersonOut> {
  await editable(deps, context, organisationId);
  const given = values(input);
  return inTransaction(deps.db, async (trx) => {
    const id = await repo.insertContact(trx, organisationId, { name: given.name!, position: given.position ?? null, email: given.email ?? null, phone: given.phone ?? null }, deps.now());
    const after = presentContact((await repo.findContact(trx, organisationId, id))!);
    await recordAudit(trx, context, { action: 'organisation_contact.create', entityType: 'organisation_contact', entityId: id, organisationId, after });
    return after;
  });
}

export async function updateContact(deps: Deps, organisationId: string, id: string, input: UpdateContactIn, context: AuditContext): Promise<ContactPersonOut> {
  const existing = await contactOf(deps, context, organisationId, id);
  const changes = values(input);
  return inTransaction(deps.db, async (trx) => {
    await repo.updateContact(trx, id, changes, deps.now());
    const after = presentContact((await repo.findContact(trx, organisationId, id))!);
    await recordAudit(trx, context, { action: 'organisation_contact.update', entityType: 'organisation_contact', entityId: id, organisationId, before: presentContact(existing), after });
    return after;
  });
}

export async function removeContact(deps: Deps, organisationId: string, id: string, context: AuditContext): Promise<void> {
  const existing = await contactOf(deps, context, organisationId, id);
  await inTransaction(deps.db, async (trx) => {
    await repo.deleteContact(trx, id);
    await recordAudit(trx, context, { action: 'organisation_contact.delete', entityType: 'organisation_contact', entityId: id, organisationId, before: presentContact(existing) });
  });
}
