// SR-21 for a year: per holder, service and channel — applications (SR-21.1: accepted at centres, e-services filed
// at centres, the holder's own channels), their channel (SR-21.2), delayed cases (SR-21.3) and complaints (SR-21.4);
// the delayed cases explained one by one, and the automatic checks a holder reviews before publishing (SR-22).
import type { Deps, Tx } from '../db.ts';
import { calendarFor } from '../organisations/lookups.ts';
import type { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { lvDate } from '../obligations/lookups.ts';
import { CHANNEL_NAMES, type Channel } from './channels.ts';
import * as repo from './repository.ts';
import { basketServicesWithoutApplications, type UnappliedBasketService } from './findings-repository.ts';

export interface FigureRow {
  holderId: string;
  holder: string;
  serviceId: string;
  identifier: string;
  serviceName: string;
  serviceNameEn: string | null;
  channel: Channel;
  applications: number;
  delayed: number;
  complaints: number;
  /** Where the applications come from: accepted at centres, e-services filed at centres, the holder's own count. */
  sources: { centres: number; eservices: number; own: number };
}

export interface DelayedCase {
  contactId: string;
  serviceId: string;
  identifier: string;
  channel: Channel;
  centre: string;
  appliedOn: string;
  maxTermWorkingDays: number;
  dueOn: string;
  completedOn: string | null;
  /** Working days after the due date up to the completion, or up to today while open. */
  workingDaysLate: number;
  explanation: { lv: string; en: string };
}

export interface Finding {
  code: 'I01' | 'I02' | 'I03' | 'I04' | 'I05';
  severity: 'error' | 'warning' | 'info';
  identifier: string | null;
  channel: Channel | null;
  message: { lv: string; en: string };
}

export interface YearFigures {
  year: number;
  asOf: string;
  rows: FigureRow[];
  delayedCases: DelayedCase[];
  findings: Finding[];
}

type Q = Deps['db'] | Tx;

/** SR-21.3: the candidates judged on the holder's working-day calendar (the term is in working days). */
async function judgeDelays(deps: Deps, q: Q, year: number, holderId: string | null, today: string) {
  const calendars = new Map<string, WorkingCalendar>();
  const out: (DelayedCase & { holderId: string })[] = [];
  for (const c of await repo.delayCandidates(q, year, holderId, today)) {
    let calendar = calendars.get(c.holder_id);
    if (!calendar) {
      calendar = await calendarFor(deps, c.holder_id, q);
      calendars.set(c.holder_id, calendar);
    }
    const due = calendar.dueAfterWorkingDays(c.occurred_on, c.max_term);
    const end = c.completed_on ?? today;
    if (end <= due) continue;
    const late = calendar.workingDaysBetween(due, end);
    const done = c.completed_on
      ? { lv: `izpildīts ${lvDate(c.completed_on)}`, en: `completed on ${c.completed_on}` }
      : { lv: `${lvDate(today)} vēl nav izpildīts`, en: `still open on ${today}` };
    out.push({
      holderId: c.holder_id,
      contactId: c.contact_id,
      serviceId: c.service_id,
      identifier: c.identifier,
      channel: c.channel,
      centre: c.centre_name,
      appliedOn: c.occurred_on,
      maxTermWorkingDays: c.max_term,
      dueOn: due,
      completedOn: c.completed_on,
      workingDaysLate: late,
      explanation: {
        lv: `Pieteikts ${lvDate(c.occurred_on)} (${c.centre_name}); termiņš ${c.max_term} darba dienas — līdz ${lvDate(due)}; ${done.lv}: kavēts ${late} darba dienas.`,
        en: `Applied on ${c.occurred_on} (${c.centre_name}); term ${c.max_term} working days — by ${due}; ${done.en}: ${late} working days late.`,
      },
    });
  }
  return out;
}

const key = (serviceId: string, channel: string) => `${serviceId}|${channel}`;

/** The year's figures of one holder (or, for the network's view, of every holder) as of `today`. */
export async function yearFigures(
  deps: Deps,
  q: Q,
  year: number,
  holderId: string | null,
  today: string,
): Promise<YearFigures> {
  const rows: FigureRow[] = [];
  const byKey = new Map<string, FigureRow>();
  const offered = new Map<string, string[]>();
  for (const r of await repo.figureRows(q, year, holderId)) {
    const row: FigureRow = {
      holderId: r.holder_id,
      holder: r.holder_name,
      serviceId: r.service_id,
      identifier: r.identifier,
      serviceName: r.name_lv,
      serviceNameEn: r.name_en,
      channel: r.channel,
      applications: r.at_centres + r.eservices + r.own_applications,
      delayed: r.own_delayed,
      complaints: r.complaints,
      sources: { centres: r.at_centres, eservices: r.eservices, own: r.own_applications },
    };
    rows.push(row);
    byKey.set(key(r.service_id, r.channel), row);
    offered.set(r.service_id, r.offered);
  }
  const delayed = await judgeDelays(deps, q, year, holderId, today);
  for (const d of delayed) {
    const row = byKey.get(key(d.serviceId, d.channel));
    if (row) row.delayed += 1;
  }
  const delayedCases = delayed.map(({ holderId: _h, ...d }) => d);
  const unapplied = await basketServicesWithoutApplications(q, year, holderId, today);
  const findings = [...findingsOf(rows, offered, delayedCases), ...basketFindingsOf(unapplied)];
  return { year, asOf: today, rows, delayedCases, findings };
}

/** The automatic checks (SR-22: reviewed before publishing); an error blocks publication. */
export function findingsOf(
  rows: readonly FigureRow[],
  offered: ReadonlyMap<string, readonly string[]>,
  delayed: readonly DelayedCase[],
): Finding[] {
  const out: Finding[] = [];
  for (const r of rows) {
    const where = { identifier: r.identifier, channel: r.channel };
    const ch = CHANNEL_NAMES[r.channel];
    if (r.delayed > r.applications)
      out.push({
        code: 'I01',
        severity: 'error',
        ...where,
        message: {
          lv: `${r.identifier} (${ch.lv}): kavēto gadījumu (${r.delayed}) ir vairāk nekā pieteikumu (${r.applications}).`,
          en: `${r.identifier} (${ch.en}): more delayed cases (${r.delayed}) than applications (${r.applications}).`,
        },
      });
    if (r.applications > 0 && !(offered.get(r.serviceId) ?? []).includes(r.channel))
      out.push({
        code: 'I02',
        severity: 'warning',
        ...where,
        message: {
          lv: `${r.identifier}: pieteikumi kanālā "${ch.lv}", ko pakalpojuma apraksts nepiedāvā (SR-17).`,
          en: `${r.identifier}: applications on the channel "${ch.en}", which the service's description does not offer (SR-17).`,
        },
      });
  }
  const applied = new Set(rows.filter((r) => r.applications > 0).map((r) => r.serviceId));
  const complained = new Map<string, string>();
  for (const r of rows) if (r.complaints > 0 && !applied.has(r.serviceId)) complained.set(r.serviceId, r.identifier);
  for (const identifier of complained.values())
    out.push({
      code: 'I03',
      severity: 'warning',
      identifier,
      channel: null,
      message: {
        lv: `${identifier}: ir sūdzības, bet nav neviena pieteikuma — vai pieteikumi savos kanālos ir ievadīti?`,
        en: `${identifier}: complaints but no applications — are the applications on the holder's own channels entered?`,
      },
    });
  const open = delayed.filter((d) => d.completedOn === null);
  if (open.length > 0)
    out.push({
      code: 'I04',
      severity: 'info',
      identifier: null,
      channel: null,
      message: {
        lv: `${open.length} nosūtīti pieteikumi pēc termiņa vēl nav izpildīti (vai izpilde nav reģistrēta): tie skaitīti kā kavēti.`,
        en: `${open.length} forwarded applications are still open past their term (or their completion is not recorded): counted as delayed.`,
      },
    });
  return out;
}

/**
 * I05 (SR-22): a minimal-basket service (CR-8) about which a centre registered contacts in the year but not
 * one application — the centre may send its clients elsewhere, or register their applications as something else.
 */
export function basketFindingsOf(unapplied: readonly UnappliedBasketService[]): Finding[] {
  return unapplied.map((u) => ({
    code: 'I05',
    severity: 'warning',
    identifier: u.identifier,
    channel: null,
    message: {
      lv: `${u.identifier}: ${u.centre} reģistrēja kontaktus par šo minimālā groza pakalpojumu (${u.contacts}), bet nevienu pieteikumu — vai centrs pieteikumus pieņem un reģistrē?`,
      en: `${u.identifier}: ${u.centre} registered contacts about this minimal-basket service (${u.contacts}) but no application — does the centre accept and register its applications?`,
    },
  }));
}
