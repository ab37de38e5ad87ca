// The notices of DR-15, through the outbox in the step's transaction, to the remote channels the directory keeps
// (DR-15.4 ¶ CR-19: notices go to the remote contact channels of centres, institutions and the ministry): the ministry
// learns of a request, the holder of the ministry's opinion (DR-15.2), the maintainer of the holder's information
// (DR-15.3), and every centre of the updated basket (DR-15.4). Latvian first, then English.
import type { Tx } from '../db.ts';
import { listCentresOf } from '../centres/lookups.ts';
import { lvDate } from '../obligations/lookups.ts';
import { organisationCardsById } from '../organisations/lookups.ts';
import { enqueueMail } from '../platform/mail/outbox.ts';
import type { ChangeRequestRow } from './tables.ts';

const SIGNATURE = '\n\n— Vienuviet (VPVKAC tīkls)';

async function mailOrganisations(trx: Tx, ids: readonly string[], subject: string, text: string): Promise<number> {
  const cards = await organisationCardsById(trx, ids);
  let sent = 0;
  for (const id of new Set(ids)) {
    const email = cards.get(id)?.email;
    if (!email) continue;
    await enqueueMail(trx, { to: email, subject, text: text + SIGNATURE });
    sent++;
  }
  return sent;
}

const due = (date: string | null) => (date ? lvDate(date) : '—');

/** DR-15.1: the holder's letter reached the ministry; its opinion is due in 5 working days. */
export function noticeOfRequest(trx: Tx, r: ChangeRequestRow, ministryIds: readonly string[]): Promise<number> {
  return mailOrganisations(
    trx,
    ministryIds,
    `Groza izmaiņu pieprasījums Nr. ${r.number} / Basket change request No. ${r.number}`,
    `Saņemts pieprasījums mainīt minimālo pakalpojumu grozu: „${r.title}”. Ministrijas viedoklis sniedzams līdz ` +
      `${due(r.opinion_due)} (DR-15.2).\n\nA request to change the minimal basket was received: "${r.title}". ` +
      `The ministry's opinion is due by ${r.opinion_due} (DR-15.2).`,
  );
}

/** DR-15.2: the ministry's opinion, to the holder (with its own term when the ministry agrees, DR-15.3). */
export function noticeOfOpinion(trx: Tx, r: ChangeRequestRow): Promise<number> {
  const yes = r.opinion_positive === true;
  return mailOrganisations(
    trx,
    [r.holder_id],
    `Ministrijas viedoklis: groza izmaiņas Nr. ${r.number} / The ministry's opinion`,
    `Ministrija ${due(r.opinion_on)} ${yes ? 'saskaņoja' : 'nesaskaņoja'} groza izmaiņas „${r.title}”: ${r.opinion}` +
      (yes ? `\nInformācija uzturētājam nosūtāma līdz ${due(r.information_due)} (DR-15.3).` : '') +
      `\n\nOn ${r.opinion_on} the ministry ${yes ? 'agreed to' : 'did not agree to'} the basket change "${r.title}".` +
      (yes ? ` Inform the system's maintainer by ${r.information_due} (DR-15.3).` : ''),
  );
}

/** DR-15.3: the holder's information, to the system's maintainer (its update and notice due in 2 working days). */
export function noticeToMaintainer(trx: Tx, r: ChangeRequestRow, maintainerIds: readonly string[]): Promise<number> {
  return mailOrganisations(
    trx,
    maintainerIds,
    `Groza izmaiņas ievietojamas sistēmā: Nr. ${r.number} / Basket change to be entered`,
    `Pakalpojuma turētājs nosūtīja informāciju par groza izmaiņām „${r.title}”:\n${r.information}\n` +
      `Grozs atjaunojams un centri informējami līdz ${due(r.publish_due)} (DR-15.4).\n\n` +
      `The holder sent the information on the basket change "${r.title}". Update the basket and notify the centres ` +
      `by ${r.publish_due} (DR-15.4).`,
  );
}

/**
 * DR-15.4: every centre that is not closed learns of the updated basket, at its own e-mail address or, when it has
 * none, its municipality's. Answers how many centres were reached.
 */
export async function noticeToCentres(
  trx: Tx,
  r: ChangeRequestRow,
  version: { number: number; effectiveFrom: string },
): Promise<number> {
  const centres = (await listCentresOf(trx)).filter((c) => c.status !== 'closed');
  const cards = await organisationCardsById(
    trx,
    centres.map((c) => c.municipality_id),
  );
  const subject = `Aktualizēts pakalpojumu grozs (versija Nr. ${version.number}) / The basket was updated`;
  const text =
    `Minimālais pakalpojumu grozs aktualizēts: versija Nr. ${version.number} stājas spēkā ` +
    `${lvDate(version.effectiveFrom)} („${r.title}”). Aktuālais grozs: sistēmā Vienuviet, sadaļā „Pakalpojumu grozs”.` +
    `\n\nThe minimal basket was updated: version No. ${version.number} takes effect on ${version.effectiveFrom} ` +
    `("${r.title}"). See "Service basket" in Vienuviet.${SIGNATURE}`;
  let sent = 0;
  for (const c of centres) {
    const to = c.email ?? cards.get(c.municipality_id)?.email;
    if (!to) continue;
    await enqueueMail(trx, { to, subject, text });
    sent++;
  }
  return sent;
}
