// Demo data (demo mode only): officers at one national (Valmiera) and one regional (Madona) demo centre, an absence
// without a substitute and a substitution around the day the demo starts (dates relative to it), so that a newcomer
// sees who receives, the counter's rule and the lobby screen working. Every person's name says (demonstrācija).
// Added once: a demo centre that already has notices is left as it is.
import type { Deps } from '../db.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { calendarFor, organisationCardsById, organisationsOfKinds } from '../organisations/lookups.ts';
import { listCentresOf } from '../centres/index.ts';
import { checkNotice } from './notice-period.ts';
import * as repo from './repository.ts';

const DEMO = '(demonstrācija)';

interface DemoNotice {
  centre: string;
  institution: string;
  kind: 'assignment' | 'absence' | 'substitution';
  officer?: [string, string, string];
  substitute?: [string, string, string];
  /** Days relative to the demo's start. */
  from: number;
  until?: number;
  sentBefore: number;
  reason?: string;
}

const NOTICES: DemoNotice[] = [
  {
    centre: 'Valmieras VPVKAC',
    institution: 'VID',
    kind: 'assignment',
    officer: ['Nodokļu konsultante', 'Ilze', `Demo-Kalniņa ${DEMO}`],
    from: -200,
    sentBefore: 10,
  },
  {
    centre: 'Valmieras VPVKAC',
    institution: 'VSAA',
    kind: 'assignment',
    officer: ['Klientu apkalpošanas speciālists', 'Jānis', `Demo-Ozols ${DEMO}`],
    from: -150,
    sentBefore: 8,
  },
  {
    centre: 'Valmieras VPVKAC',
    institution: 'VID',
    kind: 'substitution',
    officer: ['Nodokļu konsultante', 'Ilze', `Demo-Kalniņa ${DEMO}`],
    substitute: ['Vecākā nodokļu konsultante', 'Anna', `Demo-Liepa ${DEMO}`],
    from: -1,
    until: 3,
    sentBefore: 3,
  },
  {
    centre: 'Madonas VPVKAC',
    institution: 'VID',
    kind: 'assignment',
    officer: ['Nodokļu konsultants', 'Pēteris', `Demo-Bērziņš ${DEMO}`],
    from: -300,
    sentBefore: 6,
  },
  {
    centre: 'Madonas VPVKAC',
    institution: 'VSAA',
    kind: 'assignment',
    officer: ['Klientu apkalpošanas speciāliste', 'Marta', `Demo-Egle ${DEMO}`],
    from: -300,
    sentBefore: 2,
  },
  {
    centre: 'Madonas VPVKAC',
    institution: 'VSAA',
    kind: 'absence',
    officer: ['Klientu apkalpošanas speciāliste', 'Marta', `Demo-Egle ${DEMO}`],
    from: 0,
    until: 9,
    sentBefore: 0,
    reason: `Slimības lapa, aizvietotāja nav ${DEMO}`,
  },
];

export async function loadPresenceDemo(deps: Deps): Promise<number> {
  const today = rigaDate(deps.now());
  const centres = await listCentresOf(deps.db);
  const ids = (await organisationsOfKinds(deps.db, ['institution'])).map((o) => o.id);
  const institutions = [...(await organisationCardsById(deps.db, ids)).values()];
  const centreOf = (name: string) => centres.find((c) => c.name === `${name} ${DEMO}`);
  const institutionOf = (short: string) => institutions.find((o) => o.short_name === short)?.id;
  let added = 0;
  for (const name of new Set(NOTICES.map((n) => n.centre))) {
    const centre = centreOf(name);
    if (!centre || (await repo.noticesOfCentres(deps.db, [centre.id])).length > 0) continue;
    const calendar = await calendarFor(deps, centre.municipality_id);
    await inTransaction(deps.db, async (trx) => {
      for (const n of NOTICES.filter((x) => x.centre === name)) {
        const institutionId = institutionOf(n.institution);
        if (!institutionId) continue;
        const from = addDays(today, n.from);
        const sentAt = new Date(`${addDays(from, -n.sentBefore)}T08:00:00Z`);
        const check = checkNotice(calendar, { kind: n.kind, effectiveFrom: from, sentAt, exception: false });
        await repo.insertNotice(trx, {
          centre_id: centre.id,
          institution_id: institutionId,
          kind: n.kind,
          officer_position: n.officer?.[0] ?? null,
          officer_name: n.officer?.[1] ?? null,
          officer_surname: n.officer?.[2] ?? null,
          substitute_position: n.substitute?.[0] ?? null,
          substitute_name: n.substitute?.[1] ?? null,
          substitute_surname: n.substitute?.[2] ?? null,
          effective_from: from,
          effective_until: n.until === undefined ? null : addDays(today, n.until),
          hours: null,
          reason: n.reason ?? null,
          sent_at: sentAt,
          due_on: check.due,
          late: check.late,
          explanation: JSON.stringify(check),
          entered_by: null,
          on_behalf: false,
          safety_briefed_on: n.kind === 'assignment' ? from : null,
          safety_briefed_by: n.kind === 'assignment' ? 'Centra vadītājs (demonstrācija)' : null,
          workplace_needs: null,
        });
        added++;
      }
    });
  }
  return added;
}
