// CR-20.8, CR-20.9: at a regional or national centre the municipality registers an application for (CR-20.8), or
// information about (CR-20.9), a minimal-basket service only when the institution cannot serve the client at that
// moment — that is, when its officer is not receiving clients at the centre then. Pure: the reception hours, the
// calendar and the instant come in; the refusal (naming the institution and its hours that day) goes out.
//
// "Receiving at that moment" is the institution's reception version in force on the Riga date of the contact, on
// that day of the calendar: nobody receives on a public holiday or a transferred day off, a working Saturday keeps
// the hours of the weekday it replaces, and the day before a holiday is an hour shorter (the same day rules as the
// centre's opening hours, src/centres/hours.ts).
//
// Real presence (src/presence): an institution whose officer is absent that day with nobody to substitute (CR-19.3)
// does not receive, so its hours do not refuse (DR-26.1.11: the centre serves those clients); a substitute who
// receives (CR-19.4) keeps the hours, and the refusal.
import { type CentreKind, type DayCalendar, hoursOn, type Interval, type Schedule } from '../centres/index.ts';
import type { ContactType } from './tables.ts';
import { RIGA, rigaDate } from '../platform/time.ts';
import { TYPES_RESTRICTED_BY_RECEPTION } from './vocabulary.ts';

const RESTRICTED_KINDS: readonly CentreKind[] = ['regional', 'national'];

export interface ReceptionVersionIn {
  institutionId: string;
  validFrom: string;
  validUntil: string | null;
  days: Partial<Record<number, Interval[]>>;
}

export interface ServiceIn {
  holderId: string;
  basket: boolean;
}

export interface ReceptionRefusal {
  /** Index of the service in the request's list (for the field pointer). */
  serviceIndex: number;
  institutionId: string;
  /** The institution's reception hours on the contact's day. */
  hours: Interval[];
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: RIGA,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes after midnight in Riga at the instant (whatever the server's own time zone). */
export function rigaMinutes(instant: Date): number {
  const parts = clock.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}

/** Whether the rule can refuse this contact at all: the cheap test, made before anything is loaded. */
export function receptionRuleApplies(kind: CentreKind | null, type: ContactType): boolean {
  return kind !== null && RESTRICTED_KINDS.includes(kind) && TYPES_RESTRICTED_BY_RECEPTION.includes(type);
}

/** The first basket service whose institution's officer is receiving clients at the centre at the instant. */
export function receptionRefusal(
  input: {
    kind: CentreKind | null;
    type: ContactType;
    services: readonly ServiceIn[];
    reception: readonly ReceptionVersionIn[];
    at: Date;
    /** Institutions absent at the centre that day without a substitute (presence's absentInstitutionsOn). */
    absent?: readonly string[];
  },
  calendar: DayCalendar,
): ReceptionRefusal | undefined {
  if (!receptionRuleApplies(input.kind, input.type)) return undefined;
  const date = rigaDate(input.at);
  const minute = rigaMinutes(input.at);
  for (const [serviceIndex, service] of input.services.entries()) {
    if (!service.basket || input.absent?.includes(service.holderId)) continue;
    const schedules: Schedule[] = input.reception
      .filter((r) => r.institutionId === service.holderId)
      .map((r) => ({ label: null, validFrom: r.validFrom, validUntil: r.validUntil, days: r.days }));
    if (schedules.length === 0) continue;
    const day = hoursOn({ schedules, exceptions: [] }, date, calendar);
    if (day.intervals.some((i) => i.opens <= minute && minute < i.closes)) {
      return { serviceIndex, institutionId: service.holderId, hours: day.intervals };
    }
  }
  return undefined;
}
