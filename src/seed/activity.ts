// Demo mode: two years of generated contacts up to the day before the demo's "today" (its clock, Riga
// dates) at every operating centre with a point, so that a newcomer's dashboards, indicators (SR-21.1 … SR-21.4) and
// centre reports are not empty. Loaded once, into a counter that has registered nothing yet; each centre's history
// is registered by one disabled account of its municipality named "(demonstrācija)", never by a demo login, so the
// demo users' own lists start empty. One transaction and one audit event for the whole load.
import type { Deps, Tx } from '../db.ts';
import { hoursOn, listCentresOf, loadPoints, loadReception } from '../centres/index.ts';
import { basketServicesOn } from '../basket/index.ts';
import { calendarFor, organisationKinds, organisationsById } from '../organisations/index.ts';
import { hasContacts, insertContactsInBulk } from '../contacts/index.ts';
import { insertCompletionsInBulk } from '../indicators/index.ts';
import { type BulkFeedbackCase, type BulkFeedbackEvent, insertFeedbackInBulk } from '../feedback/index.ts';
import { publishedServicesWithExternalPrefix } from '../catalogue/index.ts';
import { insertShippedUser } from '../people/index.ts';
import { previewOn } from '../obligations/index.ts';
import type { WorkingCalendar } from '../platform/calendar/calendar.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { systemActor } from '../platform/access/actor.ts';
import { addDays, rigaDate, startOfRigaDay } from '../platform/time.ts';
import { type PlanCentre, type PlannedComplaint, type PlanService, planActivity } from './activity-plan.ts';

const DEMO = '(demonstrācija)';
const HISTORY_NAME = `Vēstures dati ${DEMO}`;
const SERVING = ['operating', 'liquidation_decided'];

const COMPLAINTS = [
  'Pieteikuma izskatīšana ieilga, un neviens nepaziņoja, kad gaidīt atbildi.',
  'Iestādē teica, ka centrā iesniegtie dokumenti nav saņemti.',
  'Rezultāts tika nosūtīts uz nepareizu adresi.',
  'Nesaņēmu skaidrojumu, kāpēc pieteikums atteikts.',
];

/** The first and last day: from the first of the month two years back to yesterday (today's list starts empty). */
export function activityRange(today: string): { firstDay: string; lastDay: string } {
  const year = Number(today.slice(0, 4)) - 2;
  return { firstDay: `${year}${today.slice(4, 7)}-01`, lastDay: addDays(today, -1) };
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/** One disabled account per municipality registered the generated history (a contact needs an employee). */
async function insertHistoryAccounts(trx: Tx, accounts: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const names = await organisationsById(trx, [...accounts.keys()]);
  for (const [municipalityId, id] of accounts)
    await insertShippedUser(trx, {
      id,
      email: `vesture.${slug(names.get(municipalityId)?.name ?? municipalityId)}@demo.vienuviet.lv`,
      name: HISTORY_NAME,
      position: `Ģenerēti kontakti ${DEMO}`,
      phone: null,
      organisation_id: municipalityId,
      password_hash: null,
      status: 'disabled',
      created_at: now,
      updated_at: now,
    });
}

/** The catalogue's demo and basket services each centre may register (its scope as the demo scope gives it, CR-7). */
async function servicesByCentre(deps: Deps, today: string) {
  const services = await publishedServicesWithExternalPrefix(deps.db, ['grozs-', 'demo-']);
  const basket = await basketServicesOn(
    deps.db,
    services.map((s) => s.id),
    today,
  );
  const kinds = new Map(
    (
      await organisationKinds(
        deps.db,
        services.map((s) => s.holder_id),
      )
    ).map((o) => [o.id, o.kind]),
  );
  return (municipalityId: string): PlanService[] =>
    services
      .filter((s) => kinds.get(s.holder_id) !== 'municipality' || s.holder_id === municipalityId)
      .filter((s) => basket.has(s.id) || s.external_id?.startsWith('demo-'))
      .map((s) => ({
        id: s.id,
        holderId: s.holder_id,
        basket: basket.has(s.id),
        offered: s.offered,
        maxTerm: s.max_term,
      }));
}

async function planCentres(deps: Deps, today: string, accounts: ReadonlyMap<string, string>) {
  const centres = (await listCentresOf(deps.db))
    .filter((c) => SERVING.includes(c.status) && c.kind !== null)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const points = await loadPoints(
    deps.db,
    centres.map((c) => c.id),
  );
  const reception = await loadReception(
    deps.db,
    centres.map((c) => c.id),
  );
  const servicesOf = await servicesByCentre(deps, today);
  const out: PlanCentre[] = [];
  // I05 (src/indicators): the first regional centre only consults about the first basket service; its clients
  // apply elsewhere, so the holder's checks before publishing show a basket service with no applications there.
  let consultOnlyGiven = false;
  for (const c of centres) {
    const calendar = await calendarFor(deps, c.municipality_id);
    const own = points.get(c.id) ?? [];
    const employeeId = accounts.get(c.municipality_id);
    if (own.length === 0 || !employeeId) continue;
    const services = servicesOf(c.municipality_id);
    const receptionDays = new Map<string, Set<number>>();
    for (const r of reception.get(c.id) ?? [])
      for (const [weekday, intervals] of Object.entries(r.days))
        if ((intervals?.length ?? 0) > 0)
          receptionDays.set(r.institutionId, (receptionDays.get(r.institutionId) ?? new Set()).add(Number(weekday)));
    const firstBasket = services.find((s) => s.basket);
    const consultOnly = new Set<string>();
    if (!consultOnlyGiven && c.kind === 'regional' && firstBasket) {
      consultOnly.add(firstBasket.id);
      consultOnlyGiven = true;
    }
    out.push({
      id: c.id,
      kind: c.kind!,
      employeeId,
      points: own.map((p) => ({
        id: p.row.id,
        hoursOn: (day: string) => (!c.opened_on || day >= c.opened_on ? hoursOn(p, day, calendar).intervals : []),
      })),
      services,
      receptionDays,
      consultOnly,
    });
  }
  return out;
}

/** SR-21.4: the complaints as cases routed to the service's holder (SR-19 level 2), answered or still open. */
async function insertComplaints(trx: Tx, deps: Deps, complaints: readonly PlannedComplaint[], lastDay: string) {
  if (complaints.length === 0) return;
  const calendars = new Map<string, WorkingCalendar>();
  const holders = await organisationsById(trx, [...new Set(complaints.map((c) => c.holderId))]);
  const cases: BulkFeedbackCase[] = [];
  const events: BulkFeedbackEvent[] = [];
  for (const c of complaints) {
    let calendar = calendars.get(c.holderId);
    if (!calendar) {
      calendar = await calendarFor(deps, c.holderId, trx);
      calendars.set(c.holderId, calendar);
    }
    // Law on Submissions s. 5(1), as src/feedback/terms.ts counts it for a case the holder answers.
    const preview = previewOn(calendar, { ruleId: 'IL-5.1', start: c.receivedOn });
    if (!preview) continue;
    const { startEvent: _event, period: _period, ...counted } = preview.explanation;
    const answeredOn = c.answeredAfterDays === null ? null : addDays(c.receivedOn, c.answeredAfterDays);
    const answered = answeredOn !== null && answeredOn <= lastDay;
    const reply = {
      in_person: null,
      email: 'klients@demo.vienuviet.lv',
      post: `Parauga iela 1, Rīga, LV-1001 ${DEMO}`,
    };
    const id = crypto.randomUUID();
    const answeredAt = answered ? new Date(startOfRigaDay(answeredOn).getTime() + 11 * 3_600_000) : null;
    cases.push({
      id,
      kind: 'complaint',
      centre_id: c.centreId,
      service_point_id: c.pointId,
      service_id: c.serviceId,
      contact_id: c.contactId,
      channel: c.channel,
      received_at: c.receivedAt,
      received_on: c.receivedOn,
      submitter_name: `Klients ${DEMO}`,
      reply_channel: c.channel,
      reply_address: reply[c.channel],
      text: `${COMPLAINTS[c.text % COMPLAINTS.length]} ${DEMO}`,
      addressee: 'holder',
      addressee_org_id: c.holderId,
      level: 2,
      status: answered ? 'answered' : 'open',
      due_date: preview.due,
      due_rule: 'IL-5.1',
      due_explanation: JSON.stringify({ ...counted, obligationId: null }),
      answer_text: answered ? `Atvainojamies; pieteikums ir izskatīts, un atbilde nosūtīta. ${DEMO}` : null,
      answer_channel: answered ? c.channel : null,
      answered_on: answered ? answeredOn : null,
      answered_at: answeredAt,
      answered_level: answered ? 2 : null,
      registered_by: c.employeeId,
      created_at: c.receivedAt,
      updated_at: answeredAt ?? c.receivedAt,
    });
    const routed = { addressee: 'holder' as const, addressee_org_id: c.holderId, level: 2 };
    events.push({
      case_id: id,
      type: 'registered',
      occurred_at: c.receivedAt,
      actor_user_id: c.employeeId,
      actor_label: HISTORY_NAME,
      ...routed,
    });
    if (answeredAt)
      events.push({
        case_id: id,
        type: 'answered',
        occurred_at: answeredAt,
        actor_label: `${holders.get(c.holderId)?.name ?? ''} ${DEMO}`.trim(),
        ...routed,
      });
  }
  await insertFeedbackInBulk(trx, cases, events);
}

/** Loads the demo's history once (demo mode only); returns how many contacts it added (0: the counter had some). */
export async function loadActivityDemo(deps: Deps): Promise<number> {
  if (await hasContacts(deps.db)) return 0;
  const now = deps.now();
  const today = rigaDate(now);
  const range = activityRange(today);
  const municipalities = new Set((await listCentresOf(deps.db)).map((c) => c.municipality_id));
  const accounts = new Map([...municipalities].map((id) => [id, crypto.randomUUID()]));
  // Planned before the transaction: on PGlite the transaction holds the one connection.
  const centres = await planCentres(deps, today, accounts);
  const plan = planActivity(centres, await calendarFor(deps), range);
  return inTransaction(deps.db, async (trx) => {
    const used = new Set(centres.map((c) => c.employeeId));
    await insertHistoryAccounts(trx, new Map([...accounts].filter(([, id]) => used.has(id))), now);
    await insertContactsInBulk(trx, plan.contacts, now);
    await insertCompletionsInBulk(trx, plan.completions);
    await insertComplaints(trx, deps, plan.complaints, range.lastDay);
    await recordAudit(
      trx,
      { actor: systemActor('seed') },
      {
        action: 'seed.demo_activity',
        entityType: 'contact',
        organisationId: null,
        after: {
          ...range,
          centres: centres.length,
          contacts: plan.contacts.length,
          completions: plan.completions.length,
          complaints: plan.complaints.length,
        },
      },
    );
    return plan.contacts.length;
  });
}
