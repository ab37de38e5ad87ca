// CR-11: the ministry edits a planned meeting until it is held — its day and place (the members who take part are
// those of the new day), and its agenda: an item renamed or given another document, or removed (the rest renumbered).
// A held meeting is frozen (409 naming the day it was held): its minutes and decisions speak of it as it was. Each
// edit names the meeting's version it read (If-Match; 412 when someone changed it since) and is audited.
import type { Deps, Tx } from '../db.ts';
import { checkDocuments } from '../documents/index.ts';
import { lvDate } from '../obligations/lookups.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { versionConflict } from '../platform/db/versions.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { ConflictError, NotFoundError } from '../platform/errors.ts';
import type { IfMatch } from '../platform/http/etag.ts';
import { lockedMeeting, meetingDetail } from './meetings-service.ts';
import { auditView, type MeetingDetailOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { AgendaItemPatchIn, MeetingPatchIn } from './schemas.ts';
import type { AgendaItemRow, MeetingRow } from './tables.ts';

/** CR-11: only a planned meeting changes; once held it is frozen. */
function assertPlanned(m: MeetingRow): void {
  if (m.status !== 'planned') throw new ConflictError('committee_meeting_frozen', [], { date: lvDate(m.held_on!) });
}

/** Locks the planned meeting, writes the change with its version counted up (only from a version read), audits. */
async function editPlanned(
  trx: Tx,
  deps: Deps,
  id: string,
  expected: IfMatch,
  change: (m: MeetingRow) => Promise<Partial<Pick<MeetingRow, 'planned_on' | 'place'>>>,
): Promise<{ before: MeetingRow; after: MeetingRow }> {
  const before = await lockedMeeting(trx, id);
  assertPlanned(before);
  const patch = await change(before);
  const after = await repo.editMeeting(trx, id, patch, deps.now(), expected);
  if (!after) throw await versionConflict(trx, 'committee_meetings', id);
  return { before, after };
}

/** CR-11: a planned meeting's day and place. */
export async function editMeeting(
  deps: Deps,
  id: string,
  input: MeetingPatchIn,
  expected: IfMatch,
  context: AuditContext,
): Promise<MeetingDetailOut> {
  return inTransaction(deps.db, async (trx) => {
    const { before, after } = await editPlanned(trx, deps, id, expected, async () => ({
      ...(input.plannedOn !== undefined ? { planned_on: input.plannedOn } : {}),
      ...(input.place !== undefined ? { place: input.place.trim() } : {}),
    }));
    await recordAudit(trx, context, {
      action: 'committee.meeting_edit',
      entityType: 'committee_meeting',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return meetingDetail(trx, after);
  });
}

async function itemOf(trx: Tx, meetingId: string, itemId: string): Promise<AgendaItemRow> {
  const item = (await repo.agendaItems(trx, meetingId)).find((i) => i.id === itemId);
  if (!item) throw new NotFoundError();
  return item;
}

/** The planned meeting's agenda item (404 when it has none such), the meeting's version counted up from one read. */
async function editPlannedItem(
  trx: Tx,
  deps: Deps,
  k: { id: string; itemId: string; expected: IfMatch },
  check?: () => Promise<void>,
): Promise<{ after: MeetingRow; item: AgendaItemRow }> {
  let item: AgendaItemRow | undefined;
  const { after } = await editPlanned(trx, deps, k.id, k.expected, async () => {
    item = await itemOf(trx, k.id, k.itemId);
    await check?.();
    return {};
  });
  return { after, item: item! };
}

const itemView = (i: AgendaItemRow) => ({
  itemId: i.id,
  position: i.position,
  title: i.title,
  subject: [i.subject_kind, i.subject_id],
  documentId: i.document_id,
});

/** CR-10, CR-11: an item of a planned meeting's agenda renamed or given another document. */
export async function editAgendaItem(
  deps: Deps,
  id: string,
  itemId: string,
  input: AgendaItemPatchIn,
  expected: IfMatch,
  context: AuditContext,
): Promise<MeetingDetailOut> {
  return inTransaction(deps.db, async (trx) => {
    const { after, item } = await editPlannedItem(trx, deps, { id, itemId, expected }, async () => {
      if (input.documentId) await checkDocuments(trx, [input.documentId], ['/documentId']);
    });
    const changed = await repo.updateAgendaItem(trx, itemId, {
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      ...(input.documentId !== undefined ? { document_id: input.documentId } : {}),
    });
    await recordAudit(trx, context, {
      action: 'committee.agenda_item_edit',
      entityType: 'committee_meeting',
      entityId: id,
      before: itemView(item),
      after: itemView(changed),
    });
    return meetingDetail(trx, after);
  });
}

/** CR-10, CR-11: an item taken off a planned meeting's agenda; the items after it move up. */
export async function removeAgendaItem(
  deps: Deps,
  id: string,
  itemId: string,
  expected: IfMatch,
  context: AuditContext,
): Promise<MeetingDetailOut> {
  return inTransaction(deps.db, async (trx) => {
    const { after, item } = await editPlannedItem(trx, deps, { id, itemId, expected });
    await repo.deleteAgendaItem(trx, item);
    await recordAudit(trx, context, {
      action: 'committee.agenda_item_remove',
      entityType: 'committee_meeting',
      entityId: id,
      before: itemView(item),
    });
    return meetingDetail(trx, after);
  });
}
