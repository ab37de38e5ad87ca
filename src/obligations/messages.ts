// Obligations: deadline rules and their instances.
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const obligationsMessages = {
  obligation_rule_unknown: { lv: 'Šāda noteikuma reģistrā nav.', en: 'No such rule in the registry.' },
  obligation_subject_unknown: {
    lv: 'Pienākums par šāda veida ierakstu nav paredzēts.',
    en: 'No obligation is kept about this kind of record.',
  },
  obligation_rule_not_in_force: {
    lv: 'Noteikums {rule} {date} nebija spēkā.',
    en: 'Rule {rule} was not in force on {date}.',
  },
  obligation_owner_kind: {
    lv: 'Šis pienākums ir tikai šādām organizācijām: {kinds}.',
    en: 'This duty is owed only by: {kinds}.',
  },
  obligation_period_invalid: {
    lv: 'Periods neatbilst noteikuma biežumam (piemēram, 2026-Q4, 2026, 2026-2028).',
    en: 'The period does not fit the rule’s frequency (for example 2026-Q4, 2026, 2026-2028).',
  },
  obligation_date_out_of_range: {
    lv: 'Termiņu var aprēķināt tikai datumiem no 1990. līdz 2100. gadam.',
    en: 'Deadlines are computed only for dates from 1990 to 2100.',
  },
  obligation_retention_not_over: {
    lv: 'Glabāšanas termiņš beidzas {date}; pirms tam dokumentu iznīcināt nedrīkst.',
    en: 'The retention period ends on {date}; the document may not be destroyed before then.',
  },
  obligation_closed_by_action: {
    lv: 'Pienākumu {rule} izpilda darbība sistēmā ({action}); to nevar atzīmēt kā izpildītu ar ierakstu.',
    en: 'Duty {rule} is fulfilled by an action in the system ({action}); it cannot be recorded as done by hand.',
  },
  obligation_not_open: {
    lv: 'Pienākums {rule} vairs nav atvērts.',
    en: 'Duty {rule} is no longer open.',
  },
  obligation_record_before_period: {
    lv: 'Datums nevar būt pirms perioda sākuma ({date}).',
    en: 'The date cannot be before the period began ({date}).',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof obligationsMessages, true> {}
}
