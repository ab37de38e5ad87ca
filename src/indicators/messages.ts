// Performance indicators (SR-21 … SR-23, SR-25.2).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const indicatorsMessages = {
  indicators_not_holder: {
    lv: 'Šī organizācija nav pakalpojumu turētājs, iestāde vai pašvaldība.',
    en: 'This organisation is not a service holder, institution or municipality.',
  },
  indicators_year_not_ended: {
    lv: 'Gada rādītājus var publicēt un izvērtēt tikai pēc gada beigām.',
    en: "A year's indicators can be published and evaluated only after the year has ended.",
  },
  indicators_year_out_of_range: {
    lv: 'Gadam jābūt no 2017 līdz pašreizējam gadam.',
    en: 'The year must be from 2017 to the current year.',
  },
  indicators_note_first: {
    lv: 'Pirmajai publikācijai nav ko labot: izmaiņu piezīmi norāda tikai labojumam.',
    en: 'A first publication corrects nothing: a change note goes only with a correction.',
  },
  indicators_unchanged: {
    lv: 'Rādītāji nav mainījušies kopš pēdējās publicētās versijas.',
    en: 'The figures have not changed since the last published version.',
  },
  indicators_findings_block: {
    lv: 'Rādītājos ir kļūdas ({count}); izlabojiet tās pirms publicēšanas.',
    en: 'The figures have errors ({count}); correct them before publishing.',
  },
  indicators_not_forwarded: {
    lv: 'Izpildi reģistrē tikai pieteikumam, kas pieņemts centrā un nosūtīts iestādei.',
    en: 'A completion is recorded only for an application accepted at a centre and forwarded to an institution.',
  },
  indicators_completed_before: {
    lv: 'Izpildes datums nevar būt agrāks par pieteikuma datumu ({date}) vai vēlāks par šodienu.',
    en: 'The completion date cannot be before the application ({date}) or after today.',
  },
  indicators_completion_differs: {
    lv: 'Šī pieteikuma izpilde jau reģistrēta ar citu datumu ({date}).',
    en: "This application's completion is already recorded with another date ({date}).",
  },
  indicators_service_unknown: {
    lv: 'Šāds pakalpojums katalogā nav atrasts.',
    en: 'No such service in the catalogue.',
  },
  indicators_service_not_holders: {
    lv: 'Pakalpojums nepieder šim turētājam.',
    en: 'The service does not belong to this holder.',
  },
  indicators_period_years: {
    lv: 'Periodam jābūt viena kalendārā gada robežās, un sākums nevar būt pēc beigām.',
    en: 'The period must lie within one calendar year and cannot start after it ends.',
  },
  indicators_delayed_exceeds: {
    lv: 'Kavēto gadījumu nevar būt vairāk nekā pieteikumu.',
    en: 'There cannot be more delayed cases than applications.',
  },
  indicators_duplicate_item: {
    lv: 'Tas pats pakalpojums, kanāls un periods sūtīts vairākkārt.',
    en: 'The same service, channel and period is sent more than once.',
  },
  indicators_request_answered: {
    lv: 'Uz šo pieprasījumu jau atbildēts.',
    en: 'This request has already been answered.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof indicatorsMessages, true> {}
}
