// Contacts at the counter (CR-17.x, CR-20.8, CR-20.9, DR-25.1.7.3) and their Idempotency-Key.
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const contactsMessages = {
  contact_client_one_identifier: {
    lv: 'Norādiet vai nu personas kodu, vai reģistrācijas numuru, ne abus.',
    en: 'Give either a personal code or a registration number, not both.',
  },
  contact_client_identifier_required: {
    lv: 'Klientam jānorāda personas kods vai reģistrācijas numurs.',
    en: 'A client needs a personal code or a registration number.',
  },
  contact_person_only: {
    lv: 'Kontaktu reģistrē darbinieks, nevis API pilnvara.',
    en: 'Contacts are registered by an employee, not by an API token.',
  },
  contact_outcome_awaits_reply: {
    lv: 'E-pastā vai e-adresē saņemts kontakts gaida atbildi, līdz atbilde reģistrēta: rezultāts ir „Gaida atbildi”.',
    en: 'A contact received by e-mail or e-address awaits its reply until the answer is registered: its outcome is "Awaiting reply".',
  },
  contact_outcome_not_awaiting: {
    lv: '„Gaida atbildi” ir tikai neatbildētam e-pastā vai e-adresē saņemtam kontaktam.',
    en: '"Awaiting reply" is only for an unanswered contact received by e-mail or e-address.',
  },
  contact_time_future: { lv: 'Laiks nevar būt nākotnē.', en: 'The time cannot be in the future.' },
  contact_time_not_that_day: {
    lv: 'Laikam jābūt {date} (dienā, kad kontakts reģistrēts).',
    en: 'The time must be on {date} (the day the contact is registered).',
  },
  contact_service_required: {
    lv: 'Šim kontakta veidam jānorāda vismaz viens pakalpojums.',
    en: 'This type of contact needs at least one service.',
  },
  contact_centre_not_yours: {
    lv: 'Kontaktus varat reģistrēt tikai sava centra vārdā.',
    en: 'You can register contacts only for your own centre.',
  },
  contact_centre_not_serving: {
    lv: 'Centrs pašlaik neapkalpo klientus.',
    en: 'The centre is not serving clients now.',
  },
  contact_point_not_in_centre: {
    lv: 'Šis pakalpojumu sniegšanas punkts nepieder centram.',
    en: 'This service point does not belong to the centre.',
  },
  contact_service_unknown: { lv: 'Šāds pakalpojums nav atrasts.', en: 'No such service.' },
  contact_service_not_filable: {
    lv: 'Šī pakalpojuma e-pakalpojumu nevar iesniegt klienta vārdā (pakalpojuma aprakstā tas nav atļauts).',
    en: "This service's e-service cannot be filed on a client's behalf (its description does not allow it).",
  },
  contact_service_not_in_scope: {
    lv: 'Pakalpojums nav publicēts, tāpēc centrā to reģistrēt nevar.',
    en: 'The service is not published, so it cannot be registered at the centre.',
  },
  contact_service_outside_scope: {
    lv: 'Pakalpojums {date} nav šī centra pakalpojumu klāstā (MK noteikumu Nr. 401 7. punkts: minimālais grozs, pašvaldības noteiktie un citi centra pakalpojumi), tāpēc centrā to reģistrēt nevar.',
    en: "The service is not in this centre's scope on {date} (CR-7: the minimal basket, the municipality's designated and other services of the centre), so it cannot be registered here.",
  },
  contact_institution_unknown: {
    lv: 'Šāda iestāde vai pakalpojuma turētājs nav atrasts.',
    en: 'No such institution or service holder.',
  },
  contact_institution_receiving: {
    lv: '{institution} šobrīd pati pieņem klientus šajā centrā (šodien {hours}). Reģionālās vai nacionālās nozīmes centrā pašvaldība minimālā groza pakalpojuma pieteikumu vai sniegto informāciju reģistrē tikai tad, kad iestāde klientus nepieņem — novirziet klientu pie iestādes darbinieka.',
    en: "{institution} is receiving clients at this centre now (today {hours}). At a regional or national centre the municipality registers an application for, or information about, a minimal-basket service only when the institution is not receiving clients — send the client to the institution's officer.",
  },
  idempotency_key_reused: {
    lv: 'Šī Idempotency-Key vērtība jau izmantota citam pieprasījumam.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  idempotency_in_progress: {
    lv: 'Pieprasījums ar šo Idempotency-Key vēl tiek apstrādāts. Mēģiniet vēlreiz.',
    en: 'A request with this Idempotency-Key is still being processed. Try again.',
  },
  contact_not_yours: {
    lv: 'Kontaktu var labot vai atsaukt tikai darbinieks, kas to reģistrēja, vai centra vadītājs.',
    en: 'Only the employee who registered the contact or the head of centre can change or undo it.',
  },
  contact_day_over: {
    lv: 'Kontaktu var labot vai atsaukt tikai reģistrācijas dienā ({date}).',
    en: 'A contact can be changed or undone only on the day it was registered ({date}).',
  },
  contact_undone: {
    lv: 'Šī reģistrācija jau saņemta, bet kontakts pēc tam atsaukts; tas netiek reģistrēts vēlreiz.',
    en: 'This registration was received, but the contact has since been undone; it is not registered again.',
  },
  contact_channel_kind_fixed: {
    lv: 'Rakstisku kontaktu (e-pasts, e-adrese) nevar pārvērst mutiskā vai otrādi: atsauciet to un reģistrējiet no jauna.',
    en: 'A written contact (e-mail, e-address) cannot become a spoken one or the other way round: undo it and register it again.',
  },
  contact_not_written: {
    lv: 'Atbildi reģistrē tikai rakstiskiem kontaktiem (e-pasts, e-adrese).',
    en: 'Answers are recorded only for written contacts (e-mail, e-address).',
  },
  contact_already_answered: { lv: 'Uz šo kontaktu jau atbildēts.', en: 'This contact has already been answered.' },
  contact_answer_before_receipt: {
    lv: 'Atbilde nevar būt sniegta pirms vēstules saņemšanas.',
    en: 'The answer cannot precede the receipt of the message.',
  },
  contact_stats_range: {
    lv: 'Periods nevar būt garāks par {days} dienām.',
    en: 'The period cannot be longer than {days} days.',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof contactsMessages, true> {}
}
