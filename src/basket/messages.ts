// The minimal basket (CR-8, AM-1.6 … AM-1.10, CR-16).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const basketMessages = {
  basket_not_in_force: {
    lv: 'Šajā dienā neviena minimālā pakalpojumu groza versija nebija spēkā.',
    en: 'No version of the minimal basket was in force on that day.',
  },
  basket_institution_not_cr8: {
    lv: 'Groza pozīcija var piederēt tikai vienai no septiņām MK noteikumu Nr. 401 8. punktā nosauktajām iestādēm.',
    en: 'A basket item can belong only to one of the seven institutions named in point 8 of Cabinet Regulation No. 401.',
  },
  basket_service_unknown: { lv: 'Šāds pakalpojums katalogā nav atrasts.', en: 'No such service in the catalogue.' },
  basket_annex_item_format: {
    lv: 'Pielikuma punkta numurs rakstāms kā sadaļa un punkts, piemēram, 3.13.',
    en: 'The Annex 1 number is written as section and point, such as 3.13.',
  },
  basket_annex_item_twice: {
    lv: 'Šis pielikuma punkts versijā jau ir.',
    en: 'This Annex 1 number is already in the version.',
  },
  basket_effective_past: {
    lv: 'Versija var stāties spēkā šodien vai vēlāk: pagātnes groza sastāvs netiek pārrakstīts.',
    en: 'A version takes effect today or later: the basket of past days is not rewritten.',
  },
  basket_version_or_date: {
    lv: 'Norādiet versiju vai datumu, ne abus.',
    en: 'Give a version or a date, not both.',
  },
  basket_version_unknown: { lv: 'Šādas groza versijas nav.', en: 'No such version of the basket.' },
  basket_review_future: {
    lv: 'Pārskatīšanu var reģistrēt tikai pēc tam, kad tā notikusi.',
    en: 'A review is recorded once it has been held.',
  },
  basket_csv_quote: {
    lv: 'Pēdiņās sākta vērtība netiek noslēgta līdz faila beigām.',
    en: 'A quoted value is not closed before the end of the file.',
  },
  basket_csv_empty: { lv: 'Failā nav groza pozīciju.', en: 'The file holds no basket items.' },
  basket_csv_column_missing: {
    lv: 'Pirmajā rindā trūkst šīs kolonnas.',
    en: 'The first line lacks this column.',
  },
  basket_csv_column_unknown: {
    lv: 'Nezināma kolonna "{column}": derīgas ir annex_item, name_lv, name_en, institution, services.',
    en: 'Unknown column "{column}": the columns are annex_item, name_lv, name_en, institution, services.',
  },
  basket_csv_too_many_values: {
    lv: 'Rindā ir vairāk vērtību nekā kolonnu.',
    en: 'The line holds more values than there are columns.',
  },
  // DR-15: the change requests.
  basket_change_step_refused: {
    lv: 'DR-15 kārtībā šo soli ({rule}) nevar veikt, kamēr pieprasījums ir stāvoklī "{state}".',
    en: 'Under DR-15 this step ({rule}) cannot be taken while the request is "{state}".',
  },
  basket_change_not_your_organisation: {
    lv: 'Pieprasījumu var iesniegt tikai savas iestādes vārdā.',
    en: 'A request is made only on behalf of your own organisation.',
  },
  basket_change_holder_kind: {
    lv: 'Groza izmaiņas pieprasa pakalpojuma turētājs vai iestāde.',
    en: 'A basket change is requested by a service holder or an institution.',
  },
  basket_change_date_future: {
    lv: 'Šī diena vēl nav pienākusi.',
    en: 'That day has not come yet.',
  },
  basket_change_date_order: {
    lv: 'Solis nevar notikt agrāk par iepriekšējo soli.',
    en: 'A step cannot come before the step before it.',
  },
  basket_change_item_unknown: {
    lv: 'Spēkā esošajā grozā šāda pielikuma punkta nav.',
    en: 'The basket in force has no such Annex 1 item.',
  },
  basket_change_already_in: {
    lv: 'Šis pakalpojums jau ir spēkā esošajā grozā.',
    en: 'This service is already in the basket in force.',
  },
  basket_change_no_ministry: {
    lv: 'Katalogā nav ministrijas, kurai sniegt viedokli.',
    en: 'The directory holds no ministry to give the opinion.',
  },
  basket_change_no_maintainer: {
    lv: 'Katalogā nav sistēmas uzturētāja.',
    en: 'The directory holds no maintainer of the system.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof basketMessages, true> {}
}
