// Institutions' officers at centres (CR-19.1 … CR-19.5, CR-20.4 … CR-20.6, DR-26.1.9).
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const presenceMessages = {
  presence_centre_kind: {
    lv: 'Iestāžu darbinieki klientus pieņem tikai reģionālas vai nacionālas nozīmes centros (MK not. Nr. 401 19. un 20. punkts).',
    en: 'Institutions’ officers receive clients only at regional or national centres (Cabinet Regulation No. 401, points 19 and 20).',
  },
  presence_institution_kind: {
    lv: 'Paziņojumu var sūtīt tikai iestāde vai pakalpojumu turētājs.',
    en: 'Only an institution or a service holder sends such notices.',
  },
  presence_not_your_institution: {
    lv: 'Jūs nevarat sūtīt paziņojumus šīs iestādes vārdā.',
    en: 'You cannot send notices on behalf of this institution.',
  },
  presence_person_required: {
    lv: 'Norādiet amatu, vārdu un uzvārdu.',
    en: 'Give the position, name and surname.',
  },
  presence_until_required: {
    lv: 'Norādiet prombūtnes vai aizvietošanas pēdējo dienu.',
    en: 'Give the last day of the absence or substitution.',
  },
  presence_until_before_from: {
    lv: 'Pēdējā diena nevar būt pirms pirmās.',
    en: 'The last day cannot be before the first.',
  },
  presence_reason_required: {
    lv: 'Norādiet, kāpēc prombūtnē esošo darbinieku nevar aizvietot.',
    en: 'Say why the absent officer cannot be replaced.',
  },
  presence_hours_required: {
    lv: 'Norādiet jauno klientu pieņemšanas laiku.',
    en: 'Give the new reception hours.',
  },
  presence_field_not_for_kind: {
    lv: 'Šim paziņojuma veidam šis lauks nav paredzēts.',
    en: 'This field does not belong to this kind of notice.',
  },
  presence_nothing_to_publish: {
    lv: 'Publicē tikai pieņemšanas laika izmaiņas un prombūtnes bez aizvietotāja.',
    en: 'Only a change of reception hours or an absence without a substitute is published.',
  },
  presence_month_format: {
    lv: 'Mēnesi norādiet formā GGGG-MM.',
    en: 'Give the month as YYYY-MM.',
  },
  presence_date_range: {
    lv: 'Datums ir ārpus darba dienu kalendāra gadiem.',
    en: 'The date is outside the working-day calendar’s years.',
  },
  presence_nothing_to_brief: {
    lv: 'Par drošības noteikumiem informē centrā norīkoto darbinieku vai aizvietotāju (MK not. Nr. 401 19.5. un 20.4. apakšpunkts).',
    en: 'The safety briefing is for an officer assigned to the centre or a substitute (Cabinet Regulation No. 401, 19.5 and 20.4).',
  },
  presence_briefing_in_future: {
    lv: 'Instruktāžas diena nevar būt vēlāk par šodienu.',
    en: 'The briefing day cannot be later than today.',
  },
  presence_briefer_required: {
    lv: 'Norādiet, kas informēja darbinieku (amats, vārds, uzvārds).',
    en: 'Say who briefed the officer (position, name, surname).',
  },
  presence_briefing_day_required: {
    lv: 'Norādiet instruktāžas dienu.',
    en: 'Give the day of the briefing.',
  },
  presence_head_day_taken: {
    lv: 'Centram jau ir vadītājs, kas norīkots no šīs dienas.',
    en: 'The centre already has a head appointed from this day.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof presenceMessages, true> {}
}
