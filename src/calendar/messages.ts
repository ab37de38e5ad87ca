// The working-day calendar (Labour Law s.133, s.135; Law on Holidays): terms, transfers, one-off holidays.
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const calendarMessages = {
  calendar_unit_required: {
    lv: 'Norādiet termiņu darbdienās (workingDays) vai mēnešos (months).',
    en: 'Give the term in working days (workingDays) or in months (months).',
  },
  calendar_unit_both: {
    lv: 'Norādiet tikai vienu: darbdienas (workingDays) vai mēnešus (months).',
    en: 'Give only one: working days (workingDays) or months (months).',
  },
  calendar_year_out_of_range: {
    lv: 'Kalendārs ir zināms no {first}. līdz {last}. gadam.',
    en: 'The calendar is known for the years {first} to {last}.',
  },
  calendar_due_out_of_range: {
    lv: 'Termiņš beigtos pēc {last}. gada, ko kalendārs vairs neaptver.',
    en: 'The deadline would end after {last}, beyond the calendar.',
  },
  calendar_year_not_editable: {
    lv: 'Pārcelšanu, vienreizējas svētku dienas un gada apstiprinājumu ievada tikai {first}.–{last}. gadam.',
    en: 'Transfers, one-off holidays and year confirmations are entered only for the years {first} to {last}.',
  },
  calendar_day_not_weekday: {
    lv: 'Pārceļamajai darba dienai jābūt no pirmdienas līdz piektdienai.',
    en: 'The working day to move must be a Monday to Friday.',
  },
  calendar_day_not_saturday: { lv: 'Jānorāda sestdiena.', en: 'Give a Saturday.' },
  calendar_day_is_holiday: {
    lv: 'Šī diena jau ir svētku diena vai brīvdiena.',
    en: 'This day is already a public holiday or a day off.',
  },
  calendar_day_taken: {
    lv: 'Šī diena jau ir pārcelta ar Ministru kabineta rīkojumu.',
    en: 'This day has already been moved by a Cabinet order.',
  },
  calendar_year_confirmed: { lv: '{year}. gads jau ir apstiprināts.', en: 'The year {year} is already confirmed.' },
  calendar_opt_out_municipality_only: {
    lv: 'Ministru kabineta darba dienu pārcelšanu var nepiemērot tikai pašvaldība; valsts iestādēm tā ir saistoša.',
    en: 'Only a municipality may opt out of Cabinet transfers; they bind state institutions.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof calendarMessages, true> {}
}
