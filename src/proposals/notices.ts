// The notices the law says are sent ("informs", "sends a letter"), through the outbox in the step's transaction, to
// the organisations' and centres' remote channels (their e-mail addresses in the directory): the holder gets the
// letter (CR-14.1) or the ministry's question on its readiness (CR-13.2.1); the centres are asked whether they want the
// service (CR-13.2.2, CR-14.2.2); the committee is informed of an exclusion a month ahead (CR-16); the proposer and
// the holder learn the committee's decision. Latvian first, then English.
import type { Tx } from '../db.ts';
import { enqueueMail } from '../platform/mail/outbox.ts';
import { organisationCardsById } from '../organisations/lookups.ts';
import { listCentresOf } from '../centres/lookups.ts';
import { lvDate } from '../obligations/lookups.ts';
import type { ProposalRow } from './tables.ts';

const SIGNATURE = '\n\n— Vienuviet (VPVKAC tīkls)';

async function mailOrganisations(trx: Tx, ids: readonly string[], subject: string, text: string): Promise<number> {
  const cards = await organisationCardsById(trx, ids);
  let sent = 0;
  for (const id of ids) {
    const email = cards.get(id)?.email;
    if (!email) continue;
    await enqueueMail(trx, { to: email, subject, text: text + SIGNATURE });
    sent++;
  }
  return sent;
}

/** The centres a proposal is meant for (by kind; every operating or planned centre when no kind is named). */
export async function targetCentres(trx: Tx, p: Pick<ProposalRow, 'centre_kinds'>) {
  const all = await listCentresOf(trx);
  return all.filter(
    (c) =>
      c.status !== 'closed' && (p.centre_kinds.length === 0 || (c.kind !== null && p.centre_kinds.includes(c.kind))),
  );
}

/** CR-14.1 (the letter also goes to the holder), CR-13.2.1 (the ministry asks the holder's readiness). */
export function noticeToHolder(trx: Tx, p: ProposalRow): Promise<number> {
  return mailOrganisations(
    trx,
    [p.holder_id],
    `Priekšlikums nodot pakalpojumu VPVKAC: ${p.title} / Proposal to move a service into the centres`,
    `Saņemts priekšlikums nodot vienotajiem klientu apkalpošanas centriem pakalpojumu vai tā posmu: „${p.title}”.\n` +
      'Lūdzam sistēmā Vienuviet norādīt, vai esat gatavi to nodot (MK noteikumu Nr. 401 13.2.1. / 14.2.1. punkts).\n\n' +
      `A proposal to move a service or a stage of it into the centres was received: "${p.title}". Please state in ` +
      'Vienuviet whether you are ready to hand it over.',
  );
}

/** CR-13.2.2, CR-14.2.2: every targeted centre's municipality is asked whether its centres want to provide it. */
export async function noticeToCentres(trx: Tx, p: ProposalRow): Promise<number> {
  const centres = await targetCentres(trx, p);
  const municipalities = [...new Set(centres.map((c) => c.municipality_id))];
  return mailOrganisations(
    trx,
    municipalities,
    `Vai jūsu centrs vēlas sniegt: ${p.title}? / Does your centre want to provide it?`,
    `Ministrija apzina, cik vienoto klientu apkalpošanas centru vēlas nodrošināt: „${p.title}”.\n` +
      'Lūdzam katram centram atbildēt sistēmā Vienuviet (MK noteikumu Nr. 401 13.2.2. / 14.2.2. punkts).\n\n' +
      `The ministry is gathering how many centres want to provide "${p.title}". Please answer for each centre in Vienuviet.`,
  );
}

/** CR-16: the committee (it sits at the ministry, CR-9) is informed a month before the exclusion. */
export function noticeOfExclusion(trx: Tx, p: ProposalRow, ministryId: string): Promise<number> {
  const day = lvDate(p.exclude_from!);
  return mailOrganisations(
    trx,
    [ministryId],
    `Uzraudzības komitejai: pakalpojuma izslēgšana no ${day} / To the committee: a service excluded from ${p.exclude_from}`,
    `Paziņojums uzraudzības komitejai (MK noteikumu Nr. 401 16. punkts): no ${day} vienotajos klientu apkalpošanas ` +
      `centros vairs netiks sniegts: „${p.title}”.\n\n` +
      `Notice to the supervisory committee (CR-16): from ${p.exclude_from} the centres will no longer provide "${p.title}".`,
  );
}

/** The committee's decision, to the proposer and the holder. */
export function noticeOfDecision(trx: Tx, p: ProposalRow): Promise<number> {
  const positive = p.decision_positive === true;
  return mailOrganisations(
    trx,
    [...new Set([p.proposer_id, p.holder_id])],
    `Komitejas lēmums: ${p.title} / The committee's decision`,
    `Uzraudzības komiteja ${lvDate(p.decided_on!)} ${positive ? 'atbalstīja' : 'neatbalstīja'} priekšlikumu „${p.title}”.` +
      (positive ? ' Mācības centru darbiniekiem jānotur viena mēneša laikā (15.1. punkts).' : '') +
      `\n\nThe supervisory committee ${positive ? 'approved' : 'rejected'} the proposal "${p.title}" on ${p.decided_on}.` +
      (positive ? ' The centres’ staff are to be trained within one month (CR-15.1).' : ''),
  );
}
