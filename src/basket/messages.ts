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
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof basketMessages, true> {}
}
