// Proposals to move a service or a stage into the centres, and exclusions (CR-12 … CR-16).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const proposalsMessages = {
  proposal_state_refuses: {
    lv: 'Priekšlikums ir stāvoklī „{state}”: darbība „{action}” tajā nav atļauta.',
    en: 'The proposal is in the state "{state}": the step "{action}" is not allowed in it.',
  },
  proposal_not_your_organisation: {
    lv: 'Šīs organizācijas vārdā jūs priekšlikumus iesniegt nevarat.',
    en: 'You cannot file proposals for this organisation.',
  },
  proposal_proposer_kind: {
    lv: 'Priekšlikumu var iesniegt pašvaldība, iestāde vai pakalpojuma turētājs (MK noteikumu Nr. 401 12. punkts).',
    en: 'A municipality, an institution or a holder may file a proposal (CR-12).',
  },
  proposal_service_unknown: { lv: 'Šāds pakalpojums katalogā nav atrasts.', en: 'No such service in the catalogue.' },
  proposal_subject_required: {
    lv: 'Norādiet pakalpojumu no kataloga vai aprakstiet tā sniegšanas posmu.',
    en: 'Name a catalogue service or describe the stage of it.',
  },
  proposal_holder_kind: {
    lv: 'Pakalpojuma turētājam jābūt iestādei vai pakalpojuma turētājam.',
    en: 'The holder must be an institution or a service holder.',
  },
  proposal_exclusion_only: {
    lv: 'Izslēgšanas datumu norāda tikai pakalpojuma izslēgšanai.',
    en: 'The exclusion day is given only for an exclusion.',
  },
  proposal_exclusion_basket: {
    lv: 'Minimālā pakalpojumu groza pakalpojumu no centriem izslēgt nevar (CR-16: MK noteikumu Nr. 401 16. punkts).',
    en: 'A service of the minimal basket cannot be excluded from the centres (CR-16).',
  },
  proposal_exclusion_notice_short: {
    lv: 'Uzraudzības komiteja jāinformē vienu mēnesi iepriekš: par šo dienu — līdz {date}. Izvēlieties vēlāku dienu.',
    en: 'The committee must be informed a month ahead: for this day by {date}. Choose a later day.',
  },
  proposal_exclusion_not_yet: {
    lv: 'Izslēgšana stājas spēkā {date}; līdz tam to atzīmēt nevar.',
    en: 'The exclusion takes effect on {date}; it cannot be recorded before.',
  },
  proposal_holder_own: {
    lv: 'Priekšlikumu iesniedza pats turētājs: tā gatavība nav jāapzina.',
    en: 'The holder itself proposed it: its readiness need not be asked.',
  },
  proposal_holder_answered: { lv: 'Turētājs jau ir atbildējis.', en: 'The holder has already answered.' },
  proposal_holder_not_answered: {
    lv: 'Informācija nav pilnīga: turētājs vēl nav atbildējis par gatavību.',
    en: 'The information is incomplete: the holder has not yet said whether it is ready.',
  },
  proposal_centres_not_asked: {
    lv: 'Centri vēl nav aptaujāti: tos aptaujā pēc turētāja apstiprinājuma (MK noteikumu Nr. 401 14.2.2. punkts).',
    en: 'The centres have not been asked yet: they are asked after the holder confirms (CR-14.2.2).',
  },
  proposal_centre_unknown: { lv: 'Šāds centrs nav atrasts.', en: 'No such centre.' },
  proposal_centre_not_yours: {
    lv: 'Šī centra vārdā jūs atbildēt nevarat.',
    en: 'You cannot answer for this centre.',
  },
  proposal_centre_not_targeted: {
    lv: 'Priekšlikums neattiecas uz šī veida centriem.',
    en: 'The proposal is not meant for this kind of centre.',
  },
  proposal_centre_not_willing: {
    lv: 'Šis centrs nav pieteicies sniegt pakalpojumu.',
    en: 'This centre did not say it wants to provide it.',
  },
  proposal_centre_started: { lv: 'Šis centrs jau ir uzsācis.', en: 'This centre has already started.' },
  proposal_date_before_step: {
    lv: 'Datums nevar būt pirms iepriekšējā soļa ({date}).',
    en: 'The day cannot be before the previous step ({date}).',
  },
  proposal_no_ministry: { lv: 'Katalogā nav ministrijas.', en: 'The directory has no ministry.' },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof proposalsMessages, true> {}
}
