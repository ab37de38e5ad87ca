// Filing and reading access applications (CR-22 as amended by AM-1.4; Annex 2 as amended by AM-1.11). An organisation's
// admin files the application for its organisation with the signed file attached; filing opens the ministry's DR-20.2
// duty (3 working days) in the same transaction. What the file says of its signers is read once, when filed.
import type { Deps } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { NotFoundError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { isIsoDate, rigaDate } from '../platform/time.ts';
import { documentsById, readDocument } from '../documents/index.ts';
import { openObligation } from '../obligations/index.ts';
import { organisationCardsById, organisationsById, organisationsOfKinds } from '../organisations/index.ts';
import { userNamesById } from '../people/index.ts';
import { APPLICANT_KINDS, applicantOrganisations, decidesApplications, maySeeApplication } from './policy.ts';
import {
  presentDetail,
  presentSummary,
  type ApplicationDetail,
  type ApplicationListRow,
  type ApplicationSummary,
  type Channels,
} from './presenters.ts';
import { ACCESS_APPLICATION_SUBJECT } from './lookups.ts';
import * as repo from './repository.ts';
import type { EmployeeIn, ListIn, SubmitIn } from './schemas.ts';
import { readSignature } from './signature.ts';

const SIGNED_TYPES = ['application/vnd.etsi.asic-e+zip', 'application/pdf'];

/** The subject obligations name an application by. */
export const subjectOf = (id: string) => ({ type: ACCESS_APPLICATION_SUBJECT, id }) as const;

/** Annex 2's rows checked beyond their shape: terms and addresses. Every bad field is named. */
function checkEmployees(employees: EmployeeIn[], today: string): repo.NewEmployee[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const rows = employees.map((e, i) => {
    const at = `/employees/${i}`;
    for (const key of ['name', 'phone', 'position', 'workplace'] as const)
      if (e[key].trim() === '') issues.push({ field: `${at}/${key}`, code: 'field_required' });
    const email = e.email.trim().toLowerCase();
    if (seen.has(email)) issues.push({ field: `${at}/email`, code: 'access_application_email_twice' });
    seen.add(email);
    let validUntil: string | null = null;
    if (e.term === 'fixed') {
      if (e.validUntil === undefined) issues.push({ field: `${at}/validUntil`, code: 'field_required' });
      else if (!isIsoDate(e.validUntil))
        issues.push({ field: `${at}/validUntil`, code: 'field_format', params: { format: 'date' } });
      else if (e.validUntil < today) issues.push({ field: `${at}/validUntil`, code: 'field_date_past' });
      else validUntil = e.validUntil;
    } else if (e.validUntil !== undefined) {
      issues.push({ field: `${at}/validUntil`, code: 'access_application_term_permanent' });
    }
    return {
      name: e.name.trim(),
      email,
      phone: e.phone.trim(),
      jobTitle: e.position.trim(),
      workplace: e.workplace.trim(),
      validUntil,
    };
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return rows;
}

/** DR-20.2 is owed by the ministry (AM-1.4: the application goes to it); without one, by the maintainer. */
async function decidingOrganisation(deps: Deps): Promise<string> {
  const [ministry] = await organisationsOfKinds(deps.db, ['ministry']);
  const [maintainer] = ministry ? [ministry] : await organisationsOfKinds(deps.db, ['maintainer']);
  if (!maintainer) throw new Error('no ministry or maintainer organisation to owe DR-20.2');
  return maintainer.id;
}

/** CR-22 (AM-1.4): files the application; opens DR-20.2 for the ministry. */
export async function submitApplication(
  deps: Deps,
  input: SubmitIn,
  context: AuditContext,
): Promise<ApplicationDetail> {
  const { actor } = context;
  const today = rigaDate(deps.now());
  if (!applicantOrganisations(actor).has(input.organisationId))
    throw ValidationError.field('/organisationId', 'scope_not_allowed');
  const organisation = (await organisationsById(deps.db, [input.organisationId])).get(input.organisationId);
  if (!organisation) throw ValidationError.field('/organisationId', 'organisation_unknown');
  if (!APPLICANT_KINDS.includes(organisation.kind))
    throw ValidationError.field('/organisationId', 'access_application_organisation_kind');
  const employees = checkEmployees(input.employees, today);
  const document = await readDocument(deps.db, input.documentId);
  if (!document) throw ValidationError.field('/documentId', 'document_unknown');
  if (!SIGNED_TYPES.includes(document.meta.mediaType))
    throw ValidationError.field('/documentId', 'access_application_document_type');
  const signature = readSignature(document.content, document.meta.mediaType);
  const ministryId = await decidingOrganisation(deps);
  const id = await inTransaction(deps.db, async (trx) => {
    const number = await repo.nextNumber(trx, today.slice(0, 4));
    // The due date is the obligation's: the row is written first (the subject), then the duty gives the date.
    const row = await repo.insertApplication(trx, {
      number,
      organisationId: input.organisationId,
      action: input.action,
      documentId: input.documentId,
      signature,
      note: input.note?.trim() || null,
      receivedOn: today,
      decisionDue: today,
      submittedBy: actor.userId,
      submittedAt: deps.now(),
    });
    await repo.insertEmployees(trx, row.id, employees);
    const duty = await openObligation(
      trx,
      deps,
      { ruleId: 'DR-20.2', owner: { organisationId: ministryId }, subject: subjectOf(row.id), startDate: today },
      context,
    );
    await repo.updateApplication(trx, row.id, { decision_due: duty.due_date });
    await recordAudit(trx, context, {
      action: 'access_application.submit',
      entityType: 'access_application',
      entityId: row.id,
      organisationId: input.organisationId,
      // Not the people's addresses: the number, the action, how many, the document's id and the signers' names.
      after: {
        number,
        action: input.action,
        employees: employees.length,
        documentId: input.documentId,
        signers: signature.signers.map((s) => s.name),
      },
    });
    return row.id;
  });
  return loadDetail(deps, actor, id);
}

async function withOrganisations(deps: Deps, rows: repo.CountedRow[]): Promise<ApplicationListRow[]> {
  const organisations = await organisationsById(
    deps.db,
    rows.map((r) => r.organisation_id),
  );
  return rows.map((r) => {
    const o = organisations.get(r.organisation_id);
    return { ...r, organisation_name: o?.name ?? '', organisation_kind: o?.kind ?? '' };
  });
}

/** The applications in the caller's scope: all for the ministry and the maintainer, its own for an admin. */
export async function listApplications(
  deps: Deps,
  actor: Actor,
  query: ListIn,
): Promise<{ items: ApplicationSummary[]; total: number }> {
  const today = rigaDate(deps.now());
  const organisations = decidesApplications(actor) ? 'all' : [...applicantOrganisations(actor)];
  const { rows, total } = await repo.listApplications(deps.db, {
    organisations,
    ...(query.status ? { status: query.status } : {}),
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  return { items: (await withOrganisations(deps, rows)).map((r) => presentSummary(r, today)), total };
}

/** One application with its employees, document and signature (404 outside the caller's scope). */
export async function loadDetail(deps: Deps, actor: Actor, id: string): Promise<ApplicationDetail> {
  const found = await repo.findApplication(deps.db, id);
  if (!found || !maySeeApplication(actor, found.organisation_id)) throw new NotFoundError();
  const [row] = await withOrganisations(deps, [found]);
  const [employees, documents, names, cards] = await Promise.all([
    repo.listEmployees(deps.db, id),
    documentsById(deps.db, [found.document_id]),
    userNamesById(deps.db, [found.submitted_by, found.decided_by]),
    organisationCardsById(deps.db, [found.organisation_id]),
  ]);
  const card = cards.get(found.organisation_id);
  const channels: Channels = {
    email: card?.email ?? null,
    phone: card?.phone ?? null,
    eAddress: card?.e_address ?? null,
    website: card?.website ?? null,
  };
  return presentDetail(row!, {
    employees,
    document: documents.get(found.document_id) ?? null,
    names,
    channels,
    today: rigaDate(deps.now()),
  });
}
