// Notices institutions send centres about their officers (CR-19.1 … CR-19.4, DR-15.4): recorded with the instant
// they were sent and their notice period checked on the calendar of the centre's municipality (notice-period.ts),
// mailed to the centre's remote channels through the outbox; a change of hours or an absence opens the centre's
// DR-26.1.9 duty (publish within 2 working days, inform the ministry), which the centre's publication fulfils. A
// published change of hours becomes the institution's reception version at the centre (owned by centres).
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit, type AuditContext } from '../platform/audit/audit.ts';
import { enqueueMail } from '../platform/mail/outbox.ts';
import { CalendarRangeError, FIRST_YEAR, LAST_YEAR } from '../platform/calendar/calendar.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { rigaDate } from '../platform/time.ts';
import {
  calendarFor,
  organisationCardsById,
  organisationKind,
  organisationsOfKinds,
} from '../organisations/lookups.ts';
import { findCentreById, insertReceptionVersion, parseDays, type Centre } from '../centres/index.ts';
import { fulfilObligation, lvDate, openObligation } from '../obligations/index.ts';
import { checkNotice } from './notice-period.ts';
import { leadsCentre, seesAllNotices, speaksFor } from './policy.ts';
import { presentNotice, PUBLISHED_KINDS, type NoticeOut } from './presenters.ts';
import * as repo from './repository.ts';
import type { BriefingIn, NoticeIn } from './schemas.ts';
import type { NoticeKind, NoticeRow } from './tables.ts';

export const PUBLISH_RULE = 'DR-26.1.9';
export const SUBJECT_TYPE = 'presence_notice';
const RECEIVING_KINDS = ['institution', 'holder'];
const PRESENCE_CENTRES = ['regional', 'national'];

const scopeOf = (c: Centre) => ({ centreId: c.id, municipalityId: c.municipality_id });

function dateIssue(value: string | undefined, field: string): FieldIssue[] {
  if (value === undefined) return [];
  const year = Number(value.slice(0, 4));
  return year < FIRST_YEAR || year > LAST_YEAR ? [{ field, code: 'presence_date_range' }] : [];
}

/** Each field the kind needs, and none it does not: every wrong field named. */
function kindIssues(input: NoticeIn): FieldIssue[] {
  const issues: FieldIssue[] = [...dateIssue(input.from, '/from'), ...dateIssue(input.until, '/until')];
  const kind = input.kind;
  if (kind === 'assignment' && !input.officer) issues.push({ field: '/officer', code: 'presence_person_required' });
  if (kind === 'substitution' && !input.substitute)
    issues.push({ field: '/substitute', code: 'presence_person_required' });
  if (kind !== 'substitution' && input.substitute)
    issues.push({ field: '/substitute', code: 'presence_field_not_for_kind' });
  if ((kind === 'absence' || kind === 'substitution') && !input.until)
    issues.push({ field: '/until', code: 'presence_until_required' });
  if ((kind === 'assignment' || kind === 'hours_change') && input.until)
    issues.push({ field: '/until', code: 'presence_field_not_for_kind' });
  if (input.until && input.until < input.from) issues.push({ field: '/until', code: 'presence_until_before_from' });
  if (kind === 'absence' && !input.reason) issues.push({ field: '/reason', code: 'presence_reason_required' });
  if (kind === 'hours_change' && !input.days) issues.push({ field: '/days', code: 'presence_hours_required' });
  if (kind !== 'hours_change' && input.days) issues.push({ field: '/days', code: 'presence_field_not_for_kind' });
  if ((kind === 'assignment' || kind === 'substitution') && input.reason)
    issues.push({ field: '/reason', code: 'presence_field_not_for_kind' });
  return issues;
}

function mailText(centre: Centre, institution: string, n: NoticeRow): { subject: string; text: string } {
  const who = (p: string | null, a: string | null, b: string | null) => [p, a, b].filter(Boolean).join(' ');
  const what: Record<NoticeKind, string> = {
    assignment: `Centrā no ${lvDate(n.effective_from)} strādās ${who(n.officer_position, n.officer_name, n.officer_surname)} (MK not. Nr. 401 19.1. apakšpunkts).`,
    hours_change: `No ${lvDate(n.effective_from)} mainās klientu pieņemšanas laiks (19.2. apakšpunkts). Publicējiet izmaiņas 2 darba dienās un informējiet ministriju.`,
    absence: `Darbinieks no ${lvDate(n.effective_from)} līdz ${lvDate(n.effective_until ?? n.effective_from)} nav pieejams un nav aizvietojams (19.3. apakšpunkts): ${n.reason ?? ''}`,
    substitution: `No ${lvDate(n.effective_from)} līdz ${lvDate(n.effective_until ?? n.effective_from)} aizvieto ${who(n.substitute_position, n.substitute_name, n.substitute_surname)} (19.4. apakšpunkts).`,
  };
  const late = n.late ? '\nPaziņojums nosūtīts vēlāk, nekā noteikts (skatīt skaidrojumu sistēmā).' : '';
  return {
    subject: `${institution}: paziņojums centram "${centre.name}"`,
    text: `${what[n.kind as NoticeKind]}${late}\nNosūtīts: ${n.sent_at.toISOString()}\n`,
  };
}

export async function recordNotice(
  deps: Deps,
  centreId: string,
  input: NoticeIn,
  context: AuditContext,
): Promise<NoticeOut> {
  const centre = await findCentreById(deps.db, centreId);
  if (!centre) throw new NotFoundError();
  const asInstitution = speaksFor(context.actor, input.institutionId);
  const onBehalf = !asInstitution && leadsCentre(context.actor, scopeOf(centre));
  if (!asInstitution && !onBehalf) {
    if (seesAllNotices(context.actor, scopeOf(centre))) throw new NotFoundError();
    throw ValidationError.field('/institutionId', 'presence_not_your_institution');
  }
  if (!centre.kind || !PRESENCE_CENTRES.includes(centre.kind))
    throw ValidationError.field('/centreId', 'presence_centre_kind');
  const kind = await organisationKind(deps.db, input.institutionId);
  const issues: FieldIssue[] = [];
  if (!kind || !RECEIVING_KINDS.includes(kind))
    issues.push({ field: '/institutionId', code: 'presence_institution_kind' });
  issues.push(...kindIssues(input));
  const parsed = input.days ? parseDays(input.days, '/days') : undefined;
  issues.push(...(parsed?.issues ?? []));
  if (issues.length > 0) throw new ValidationError(issues);

  const sentAt = deps.now();
  const calendar = await calendarFor(deps, centre.municipality_id);
  let check: ReturnType<typeof checkNotice>;
  try {
    check = checkNotice(calendar, {
      kind: input.kind,
      effectiveFrom: input.from,
      sentAt,
      exception: input.kind === 'hours_change' && input.reason !== undefined,
    });
  } catch (error) {
    if (error instanceof CalendarRangeError) throw ValidationError.field('/from', 'presence_date_range');
    throw error;
  }
  const cards = await organisationCardsById(deps.db, [input.institutionId, centre.municipality_id]);
  const institutionName = cards.get(input.institutionId)?.name ?? '';
  return inTransaction(deps.db, async (trx) => {
    const row = await repo.insertNotice(trx, {
      centre_id: centre.id,
      institution_id: input.institutionId,
      kind: input.kind,
      officer_position: input.officer?.position ?? null,
      officer_name: input.officer?.name ?? null,
      officer_surname: input.officer?.surname ?? null,
      substitute_position: input.substitute?.position ?? null,
      substitute_name: input.substitute?.name ?? null,
      substitute_surname: input.substitute?.surname ?? null,
      effective_from: input.from,
      effective_until: input.until ?? null,
      hours: parsed ? JSON.stringify(parsed.days) : null,
      reason: input.reason ?? null,
      sent_at: sentAt,
      due_on: check.due,
      late: check.late,
      explanation: JSON.stringify(check),
      entered_by: context.actor.userId,
      on_behalf: onBehalf,
      safety_briefed_on: null,
      workplace_needs: input.workplaceNeeds ?? null,
    });
    const out = presentNotice(row);
    await recordAudit(trx, context, {
      action: 'presence_notice.send',
      entityType: 'presence_notice',
      entityId: row.id,
      organisationId: input.institutionId,
      after: out,
    });
    // DR-15.4: to the centre's remote channel (the municipality's when the centre has no e-mail of its own).
    const to = centre.email ?? cards.get(centre.municipality_id)?.email;
    if (to) await enqueueMail(trx, { to, ...mailText(centre, institutionName, row) });
    if (PUBLISHED_KINDS.includes(row.kind)) {
      await openObligation(
        trx,
        deps,
        {
          ruleId: PUBLISH_RULE,
          owner: { organisationId: centre.municipality_id, centreId: centre.id },
          subject: { type: SUBJECT_TYPE, id: row.id },
          startDate: rigaDate(sentAt),
        },
        context,
      );
    }
    return out;
  });
}

async function noticeInScope(deps: Deps, id: string, context: AuditContext) {
  const notice = await repo.findNotice(deps.db, id);
  const centre = notice && (await findCentreById(deps.db, notice.centre_id));
  if (!notice || !centre || !leadsCentre(context.actor, scopeOf(centre))) throw new NotFoundError();
  return { notice, centre };
}

/**
 * DR-26.1.9: the centre publishes the change (a change of hours becomes the institution's reception version from
 * its first day) and informs the ministry; the duty opened by the notice is fulfilled today. Publishing again
 * changes nothing.
 */
export async function publishNotice(deps: Deps, id: string, context: AuditContext): Promise<NoticeOut> {
  const { notice, centre } = await noticeInScope(deps, id, context);
  if (!PUBLISHED_KINDS.includes(notice.kind)) throw new ConflictError('presence_nothing_to_publish');
  if (notice.published_at) return presentNotice(notice);
  const now = deps.now();
  const ministries = await organisationsOfKinds(deps.db, ['ministry']);
  const cards = await organisationCardsById(deps.db, [...ministries.map((m) => m.id), notice.institution_id]);
  return inTransaction(deps.db, async (trx) => {
    if (notice.kind === 'hours_change') {
      await insertReceptionVersion(
        trx,
        {
          centreId: centre.id,
          institutionId: notice.institution_id,
          validFrom: notice.effective_from,
          days: notice.hours as Record<number, { opens: number; closes: number }[]>,
          createdBy: context.actor.userId,
        },
        now,
      );
    }
    const row = await repo.markPublished(trx, id, now, context.actor.userId);
    const out = presentNotice(row);
    await recordAudit(trx, context, {
      action: 'presence_notice.publish',
      entityType: 'presence_notice',
      entityId: id,
      organisationId: centre.municipality_id,
      before: presentNotice(notice),
      after: out,
    });
    await fulfilObligation(
      trx,
      deps,
      { ruleId: PUBLISH_RULE, subject: { type: SUBJECT_TYPE, id }, on: rigaDate(now) },
      context,
    );
    const institution = cards.get(notice.institution_id)?.name ?? '';
    const change = notice.kind === 'hours_change' ? 'klientu pieņemšanas laika izmaiņas' : 'darbinieka prombūtne';
    for (const m of ministries) {
      const to = cards.get(m.id)?.email;
      if (to)
        await enqueueMail(trx, {
          to,
          subject: `${centre.name}: publicētas ${change} (${institution})`,
          text: `Centrs "${centre.name}" publicēja: ${change}, ${institution}, no ${lvDate(notice.effective_from)} (MK not. Nr. 401 noteikumu DR-26.1.9).\n`,
        });
    }
    return out;
  });
}

/** The notices about an officer who works at the centre: the one assigned (CR-19.1) and a substitute (CR-19.4). */
export const BRIEFED_KINDS: readonly string[] = ['assignment', 'substitution'];

/**
 * CR-19.5, CR-20.4: the officer was told the safety, fire and premises rules on a day (not after today in Riga), by
 * someone the centre names; CR-20.5, CR-20.6: what the officer's workplace needs. Only an officer who works at the
 * centre is briefed: the one assigned, or a substitute.
 */
export async function recordBriefing(
  deps: Deps,
  id: string,
  input: BriefingIn,
  context: AuditContext,
): Promise<NoticeOut> {
  const { notice, centre } = await noticeInScope(deps, id, context);
  if (!BRIEFED_KINDS.includes(notice.kind)) throw new ConflictError('presence_nothing_to_brief');
  const issues = dateIssue(input.safetyBriefedOn, '/safetyBriefedOn');
  if (input.safetyBriefedOn && input.safetyBriefedOn > rigaDate(deps.now()))
    issues.push({ field: '/safetyBriefedOn', code: 'presence_briefing_in_future' });
  const briefedBy = input.safetyBriefedBy ?? notice.safety_briefed_by;
  if (input.safetyBriefedOn && !briefedBy)
    issues.push({ field: '/safetyBriefedBy', code: 'presence_briefer_required' });
  if (input.safetyBriefedBy && !(input.safetyBriefedOn ?? notice.safety_briefed_on))
    issues.push({ field: '/safetyBriefedOn', code: 'presence_briefing_day_required' });
  if (issues.length > 0) throw new ValidationError(issues);
  return inTransaction(deps.db, async (trx) => {
    const row = await repo.setBriefing(trx, id, {
      safety_briefed_on: input.safetyBriefedOn ?? notice.safety_briefed_on,
      safety_briefed_by: briefedBy,
      workplace_needs: input.workplaceNeeds ?? notice.workplace_needs,
    });
    const out = presentNotice(row);
    await recordAudit(trx, context, {
      action: 'presence_notice.briefing',
      entityType: 'presence_notice',
      entityId: id,
      organisationId: centre.municipality_id,
      before: presentNotice(notice),
      after: out,
    });
    return out;
  });
}

/** The centre's notices: all for its staff and the network's readers, an institution's own for its people. */
export async function listNotices(deps: Deps, centreId: string, context: AuditContext): Promise<NoticeOut[]> {
  const centre = await findCentreById(deps.db, centreId);
  if (!centre) throw new NotFoundError();
  if (seesAllNotices(context.actor, scopeOf(centre)))
    return (await repo.noticesOfCentres(deps.db, [centreId])).map(presentNotice).reverse();
  const own = context.actor.grants
    .filter((g) => speaksFor(context.actor, g.organisationId))
    .map((g) => g.organisationId);
  const rows = await repo.noticesOfCentres(deps.db, [centreId]);
  return rows
    .filter((r) => own.includes(r.institution_id))
    .map(presentNotice)
    .reverse();
}
