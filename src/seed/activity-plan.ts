// Demo mode: two years of generated counter activity, so that a newcomer's dashboards, indicators and
// reports show figures. Pure and deterministic: the same centres, services, calendar and last day give the same
// rows (mulberry32 from scripts/seeded-random.ts, seeded per centre). Volumes follow the working week and the season
// (tax declarations in spring, holidays in summer and at Christmas), county centres see fewer clients than national
// ones; every row is one the counter could have stored (a service from the centre's scope, the channel's outcome,
// CR-20.8/CR-20.9 respected, a written contact answered with its DR-25.1.7.3 due day).
import { seededRandom } from '../../scripts/seeded-random.ts';
import type { Selectable } from 'kysely';
import type { DB } from '../db.ts';
import { addDays, startOfRigaDay } from '../platform/time.ts';
import type { BulkContact } from '../contacts/index.ts';
import type { BulkCompletion } from '../indicators/index.ts';

type Contact = Selectable<DB['contacts']>;
type Channel = Contact['channel'];
type ContactType = Contact['type'];
type Outcome = Contact['outcome'];
type CentreKind = 'national' | 'regional' | 'county';

export interface PlanService {
  id: string;
  holderId: string;
  /** In the minimal basket (CR-8): its institution's reception hours at the centre restrict it (CR-20.8, CR-20.9). */
  basket: boolean;
  /** The SR-17 channels its description offers (in_person, electronic, phone, post). */
  offered: readonly string[];
  /** The catalogue's maximum term in working days (SR-21.3), if any. */
  maxTerm: number | null;
}

export interface PlanCentre {
  id: string;
  kind: CentreKind;
  employeeId: string;
  /** The centre's points with their opening intervals (minutes after midnight) on a day; none: closed. */
  points: { id: string; hoursOn: (day: string) => { opens: number; closes: number }[] }[];
  services: PlanService[];
  /** ISO weekdays on which an institution's officer receives at the centre (CR-20.8, CR-20.9), by institution. */
  receptionDays: ReadonlyMap<string, ReadonlySet<number>>;
  /** Basket services this centre only consults about (its applications go elsewhere): the I05 finding shows them. */
  consultOnly: ReadonlySet<string>;
}

export interface PlanCalendar {
  isWorkingDay(day: string): boolean;
  dueAfterWorkingDays(day: string, n: number): string;
}

/** A generated contact and a completion, as the owners' bulk loads take them (contacts, indicators). */
export type PlannedContact = BulkContact;
export type PlannedCompletion = BulkCompletion;

export interface PlannedComplaint {
  contactId: string;
  centreId: string;
  pointId: string;
  employeeId: string;
  serviceId: string;
  holderId: string;
  receivedOn: string;
  receivedAt: string;
  channel: 'in_person' | 'email' | 'post';
  text: number;
  answeredAfterDays: number | null;
}

export interface ActivityPlan {
  contacts: PlannedContact[];
  completions: PlannedCompletion[];
  complaints: PlannedComplaint[];
}

/** Clients per open day of a whole centre, before the season, the weekday and chance. */
const DAILY: Record<CentreKind, number> = { national: 22, regional: 13, county: 7 };
/** January … December: spring's tax declarations up, July and Christmas down. */
const SEASON = [1.05, 1.05, 1.2, 1.25, 1.1, 0.9, 0.7, 0.8, 1.0, 1.05, 1.0, 0.8];
/** Monday … Friday (a working Saturday is quiet). */
const WEEKDAY = [1.25, 1.05, 1.0, 0.95, 0.8, 0.5, 0.5];

const TYPES: [ContactType, number][] = [
  ['information', 36],
  ['application_accepted', 20],
  ['eservice_consultation', 13],
  ['eservice_filed_on_behalf', 7],
  ['documents_handed_out', 11],
  ['e_address_consultation', 6],
  ['question', 4],
  ['complaint', 1.5],
  ['suggestion', 1.5],
];
const SPOKEN: [Channel, number][] = [
  ['in_person', 78],
  ['phone', 17],
  ['video', 5],
];
const WRITTEN_SHARE = 0.1;

export function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function pick<T>(random: () => number, weighted: readonly [T, number][]): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of weighted) {
    r -= w;
    if (r < 0) return value;
  }
  return weighted.at(-1)![0];
}

const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;

/** A Poisson-like count around the mean (normal approximation, never negative). */
function countAround(random: () => number, mean: number): number {
  const z = Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
}

/** The instant `minute` minutes after midnight of the Riga day, as ISO text. */
const instantOn = (day: string, minute: number) =>
  new Date(startOfRigaDay(day).getTime() + minute * 60_000).toISOString();

interface DayContext {
  random: () => number;
  centre: PlanCentre;
  calendar: PlanCalendar;
  day: string;
  lastDay: string;
  plan: ActivityPlan;
}

/** The services a contact of this type may name at the centre that day (CR-7, CR-20.8, CR-20.9, SR-17). */
function servicesFor(c: DayContext, type: ContactType, channel: Channel): PlanService[] {
  const weekday = weekdayOf(c.day);
  return c.centre.services.filter((s) => {
    if ((type === 'application_accepted' || type === 'eservice_filed_on_behalf') && c.centre.consultOnly.has(s.id))
      return false;
    // Only a service offered electronically is filed as an e-service (SR-21.1 counts it as electronic).
    if (type === 'eservice_filed_on_behalf' && !s.offered.includes('electronic')) return false;
    if (type === 'application_accepted' && channel !== 'in_person' && !s.offered.includes('electronic')) return false;
    // CR-20.8, CR-20.9: at a regional or national centre, not on a day the institution's officer receives there.
    const restricted = type === 'application_accepted' || type === 'information';
    if (restricted && s.basket && c.centre.kind !== 'county' && c.centre.receptionDays.get(s.holderId)?.has(weekday))
      return false;
    return true;
  });
}

function outcomeOf(random: () => number, type: ContactType, written: boolean): Outcome {
  if (type === 'application_accepted') return 'application_forwarded';
  if (written) return 'answered_in_writing';
  if (type === 'information' || type === 'question')
    return pick(random, [
      ['resolved_on_spot', 84],
      ['referred_to_institution', 11],
      ['callback_needed', 5],
    ]);
  if (type === 'complaint' || type === 'suggestion') return 'referred_to_institution';
  return 'resolved_on_spot';
}

/** SR-21.3: most applications are completed within the term, some late, the newest ones maybe still open. */
function planCompletion(c: DayContext, contactId: string, service: PlanService): void {
  const { random } = c;
  const term = service.maxTerm ?? 5;
  const late = random() < 0.12;
  const days = late ? term + 3 + Math.floor(random() * 12) : 1 + Math.floor(random() * Math.max(1, term));
  const completedOn = addDays(c.day, days);
  if (completedOn > c.lastDay) return; // still open: past its term it counts as delayed (I04)
  c.plan.completions.push({ contactId, holderId: service.holderId, completedOn });
}

/** SR-21.4: now and then a client complains about the service of an application (received by the holder). */
function planComplaint(c: DayContext, contact: PlannedContact, service: PlanService, minute: number): void {
  const { random } = c;
  const receivedOn = addDays(contact.occurred_on, Math.floor(random() * 20));
  if (receivedOn > c.lastDay || weekdayOf(receivedOn) > 5) return;
  const old = receivedOn < addDays(c.lastDay, -40);
  c.plan.complaints.push({
    contactId: contact.id,
    centreId: contact.centre_id,
    pointId: contact.service_point_id,
    employeeId: contact.employee_id,
    serviceId: service.id,
    holderId: service.holderId,
    receivedOn,
    receivedAt: instantOn(receivedOn, Math.min(minute + 30, 16 * 60)),
    channel: pick(random, [
      ['in_person', 70],
      ['email', 20],
      ['post', 10],
    ]),
    text: Math.floor(random() * 4),
    answeredAfterDays: old || random() < 0.5 ? 5 + Math.floor(random() * 20) : null,
  });
}

function planContact(c: DayContext, point: PlanCentre['points'][number], minute: number): void {
  const { random, centre, day } = c;
  const type = pick(random, TYPES);
  const written = type !== 'documents_handed_out' && type !== 'eservice_filed_on_behalf' && random() < WRITTEN_SHARE;
  // An application is handed in at the desk or in writing, never by phone.
  const spoken = type === 'application_accepted' ? 'in_person' : pick(random, SPOKEN);
  const channel: Channel = written ? (random() < 0.7 ? 'email' : 'e_address') : spoken;
  const needsService = !['e_address_consultation', 'question', 'complaint', 'suggestion'].includes(type);
  const candidates = servicesFor(c, type, channel);
  if (needsService && candidates.length === 0) return;
  const services: PlanService[] = [];
  if (needsService || random() < 0.4) {
    const first = candidates[Math.floor(random() * candidates.length)];
    if (first) services.push(first);
    const second = candidates[Math.floor(random() * candidates.length)];
    if (second && second !== first && type === 'information' && random() < 0.1) services.push(second);
  }
  const occurredAt = instantOn(day, minute);
  const due = written ? c.calendar.dueAfterWorkingDays(day, 3) : null;
  // DR-25.1.7.3: answered on a working day within the three, a few later.
  const answerDays = random() < 0.06 ? 4 + Math.floor(random() * 4) : 1 + Math.floor(random() * 3);
  const answeredOn = due ? c.calendar.dueAfterWorkingDays(day, answerDays) : null;
  const contact: PlannedContact = {
    id: uuidFrom(random),
    centre_id: centre.id,
    service_point_id: point.id,
    employee_id: centre.employeeId,
    occurred_at: occurredAt,
    occurred_on: day,
    channel,
    type,
    service_ids: services.map((s) => s.id),
    institution_ids: [...new Set(services.map((s) => s.holderId))],
    outcome: outcomeOf(random, type, written),
    due_on: due,
    answered_at: answeredOn && answeredOn <= c.lastDay ? instantOn(answeredOn, 10 * 60) : null,
  };
  if (due && !contact.answered_at) return; // the newest written ones would still await their answer: left out
  c.plan.contacts.push(contact);
  const service = services[0];
  if (type === 'application_accepted' && service) {
    planCompletion(c, contact.id, service);
    if (random() < 0.012) planComplaint(c, contact, service, minute);
  }
}

function planDay(c: DayContext, trend: number): void {
  const { random, centre, day } = c;
  const open = centre.points.map((p) => ({ point: p, hours: p.hoursOn(day) })).filter((p) => p.hours.length > 0);
  if (open.length === 0) return;
  const month = Number(day.slice(5, 7)) - 1;
  const mean = DAILY[centre.kind] * SEASON[month]! * WEEKDAY[weekdayOf(day) - 1]! * trend;
  const n = countAround(random, mean);
  for (let i = 0; i < n; i++) {
    // The main point (listed first) serves most clients.
    const at = open[random() < 0.7 ? 0 : Math.floor(random() * open.length)]!;
    const interval = at.hours[Math.floor(random() * at.hours.length)]!;
    const minute = interval.opens + Math.floor(random() * Math.max(1, interval.closes - interval.opens - 1));
    planContact(c, at.point, minute);
  }
}

/** The days from `firstDay` to `lastDay` (inclusive) at each centre; `seed` varies the whole demo. */
export function planActivity(
  centres: readonly PlanCentre[],
  calendar: PlanCalendar,
  range: { firstDay: string; lastDay: string },
  seed = 13,
): ActivityPlan {
  const plan: ActivityPlan = { contacts: [], completions: [], complaints: [] };
  const totalDays = Math.max(1, (Date.parse(range.lastDay) - Date.parse(range.firstDay)) / 86_400_000);
  centres.forEach((centre, index) => {
    const random = seededRandom(seed * 1_000 + index);
    let i = 0;
    for (let day = range.firstDay; day <= range.lastDay; day = addDays(day, 1), i++) {
      if (!calendar.isWorkingDay(day)) continue;
      // A little more each year, so that the period compares with the one before it.
      planDay({ random, centre, calendar, day, lastDay: range.lastDay, plan }, 0.92 + (0.16 * i) / totalDays);
    }
  });
  return plan;
}
