// The minutes of a meeting: a draft PDF made from the meeting as it stands while it is held, and on approval the
// final PDF, kept as a stored document; the meeting is then final (every change refused, 409).
import type { Deps } from '../db.ts';
import { readDocument, storeDocument } from '../documents/index.ts';
import { firstOrganisationOfKind } from '../organisations/index.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import { assertChangeable, meetingDetail } from './meetings-service.ts';
import { minutesPdf } from './minutes-pdf.ts';
import { auditView, type MeetingDetailOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { ApproveMinutesIn } from './schemas.ts';

const fileName = (day: string, final: boolean) => `komitejas-protokols-${day}${final ? '' : '-projekts'}.pdf`;

/**
 * The minutes as PDF: the stored final document once approved, else a draft of the meeting as it stands. Both name
 * the representatives: every download is audited (committee.minutes_download), as the documents' own downloads are.
 */
export async function minutesDocument(
  deps: Deps,
  id: string,
  context: AuditContext,
): Promise<{ pdf: Buffer; fileName: string }> {
  const m = await repo.findMeeting(deps.db, id);
  if (!m) throw new NotFoundError();
  if (m.status === 'planned' || !m.held_on) throw new ConflictError('committee_meeting_not_held');
  const heldOn = m.held_on;
  const audited = (final: boolean) =>
    inTransaction(deps.db, (trx) =>
      recordAudit(trx, context, {
        action: 'committee.minutes_download',
        entityType: 'committee_meeting',
        entityId: id,
        after: { final, documentId: m.minutes_document_id },
      }),
    );
  if (m.minutes_document_id) {
    const stored = await readDocument(deps.db, m.minutes_document_id);
    if (!stored) throw new NotFoundError();
    await audited(true);
    return { pdf: stored.content, fileName: stored.meta.filename };
  }
  const pdf = await minutesPdf({ meeting: await meetingDetail(deps.db, m), approvedOn: null, generatedAt: deps.now() });
  await audited(false);
  return { pdf, fileName: fileName(heldOn, false) };
}

export async function approveMinutes(
  deps: Deps,
  id: string,
  input: ApproveMinutesIn,
  context: AuditContext,
): Promise<MeetingDetailOut> {
  const today = rigaDate(deps.now());
  const approvedOn = input.approvedOn ?? today;
  if (approvedOn > today) throw ValidationError.field('/approvedOn', 'field_date_future');
  return inTransaction(deps.db, async (trx) => {
    const before = await repo.findMeeting(trx, id, true);
    if (!before) throw new NotFoundError();
    assertChangeable(before);
    if (before.status !== 'held' || !before.held_on) throw new ConflictError('committee_meeting_not_held');
    if (approvedOn < before.held_on) throw ValidationError.field('/approvedOn', 'committee_date_before_planned');
    const pdf = await minutesPdf({ meeting: await meetingDetail(trx, before), approvedOn, generatedAt: deps.now() });
    const document = await storeDocument(trx, {
      bytes: pdf,
      filename: fileName(before.held_on, true),
      organisationId: (await firstOrganisationOfKind(trx, 'ministry')) ?? null,
      uploadedBy: context.actor.userId,
      // The representatives' names are in it: downloads are audited.
      personalData: true,
    });
    const m = await repo.updateMeeting(
      trx,
      id,
      { status: 'minutes_approved', minutes_document_id: document.id, minutes_approved_on: approvedOn },
      deps.now(),
    );
    await recordAudit(trx, context, {
      action: 'committee.minutes_approve',
      entityType: 'committee_meeting',
      entityId: id,
      before: auditView(before),
      after: { ...auditView(m), sha256: document.sha256 },
    });
    return meetingDetail(trx, m);
  });
}
