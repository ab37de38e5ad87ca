// The platform's own API messages (HTTP, access, validation, the text rule, the personal code), Latvian first,
// then English. Capabilities keep theirs in src/<capability>/messages.ts.
import type { MessageTable } from './message-table.ts';

export const platformMessages = {
  validation_failed: { lv: 'Pieprasījumā ir kļūdas.', en: 'The request has errors.' },
  not_found: { lv: 'Nav atrasts.', en: 'Not found.' },
  route_not_found: { lv: 'Šāda adrese nav zināma.', en: 'No such address.' },
  unauthenticated: { lv: 'Nepieciešams pieteikties.', en: 'You need to log in.' },
  forbidden: { lv: 'Jums nav tiesību veikt šo darbību.', en: 'You are not allowed to do this.' },
  csrf_invalid: {
    lv: 'Pieprasījums noraidīts drošības dēļ (CSRF). Pārlādējiet lapu un mēģiniet vēlreiz.',
    en: 'The request was refused for security reasons (CSRF). Reload the page and try again.',
  },
  conflict: { lv: 'Konflikts ar esošajiem datiem.', en: 'Conflicts with existing data.' },
  stale_version: {
    lv: 'Kamēr labojāt, kāds cits to jau mainīja (tagad versija {version}). Apskatiet viņa izmaiņas un saglabājiet savējās vēlreiz.',
    en: 'Someone else changed this while you were editing (it is now version {version}). Look at their change and save yours again.',
  },
  if_match_required: {
    lv: 'Norādiet galvenē If-Match versiju (ETag), kuru izlasījāt; bez tās (vai ar *) izmaiņas varētu pārrakstīt cita cilvēka labojumus.',
    en: "Send the version (ETag) you read in the If-Match header; without it (or with *) the change could overwrite someone else's.",
  },
  if_match_invalid: {
    lv: 'If-Match jābūt ETag vērtībai pēdiņās, piemēram, "3".',
    en: 'If-Match must be an ETag in quotes, e.g. "3".',
  },
  payload_too_large: { lv: 'Pieprasījums ir pārāk liels.', en: 'The request is too large.' },
  unsupported_media_type: { lv: 'Neatbalstīts satura tips.', en: 'Unsupported content type.' },
  invalid_json: { lv: 'Pieprasījuma saturs nav derīgs JSON.', en: 'The request body is not valid JSON.' },
  rate_limited: { lv: 'Pārāk daudz pieprasījumu. Mēģiniet vēlāk.', en: 'Too many requests. Try again later.' },
  internal_error: {
    lv: 'Radās iekšēja kļūda. Mēģiniet vēlreiz; ja kļūda atkārtojas, sazinieties ar atbalstu.',
    en: 'An internal error occurred. Try again; if it happens again, contact support.',
  },
  service_unavailable: { lv: 'Sistēma pašlaik nav gatava.', en: 'The system is not ready.' },
  token_not_allowed: {
    lv: 'Lietotājus, tiesības un API atslēgas pārvalda tikai pieteicies cilvēks, nevis sistēma ar API atslēgu.',
    en: 'Users, roles and API tokens are managed only by a logged-in person, not by a system with an API token.',
  },
  origin_not_allowed: {
    lv: 'Pieprasījums no citas vietnes noraidīts drošības dēļ.',
    en: 'A request from another site was refused for security reasons.',
  },
  audit_chain_broken: { lv: 'Audita ķēde ir bojāta.', en: 'The audit chain is broken.' },
  // Field-level validation messages.
  field_required: { lv: 'Obligāts lauks.', en: 'Required field.' },
  field_unknown: { lv: 'Nezināms lauks.', en: 'Unknown field.' },
  field_type: { lv: 'Nepareizs vērtības tips (gaidīts: {type}).', en: 'Wrong type (expected {type}).' },
  field_too_long: { lv: 'Ne vairāk kā {limit} rakstzīmes.', en: 'At most {limit} characters.' },
  field_too_short: { lv: 'Vismaz {limit} rakstzīmes.', en: 'At least {limit} characters.' },
  field_too_many: { lv: 'Ne vairāk kā {limit} elementi.', en: 'At most {limit} items.' },
  field_too_few: { lv: 'Vismaz {limit} elementi.', en: 'At least {limit} items.' },
  field_format: { lv: 'Nepareizs formāts ({format}).', en: 'Wrong format ({format}).' },
  field_pattern: { lv: 'Nepareizs formāts.', en: 'Wrong format.' },
  field_enum: { lv: 'Atļautās vērtības: {allowed}.', en: 'Allowed values: {allowed}.' },
  field_range: { lv: 'Vērtībai jābūt {comparison} {limit}.', en: 'The value must be {comparison} {limit}.' },
  field_invalid: { lv: 'Nederīga vērtība.', en: 'Invalid value.' },
  // The text rule of every request (platform/http/text-rule.ts).
  text_control_character: {
    lv: 'Teksts satur neatļautu vadības rakstzīmi vai bojātu rakstzīmi.',
    en: 'The text contains a control character or a broken character, which are not allowed.',
  },
  text_line_break: { lv: 'Šajā laukā nevar būt rindiņu pārnesumu.', en: 'This field cannot contain line breaks.' },
  field_date_order: { lv: 'Beigu datums nevar būt pirms sākuma.', en: 'The end date cannot be before the start.' },
  field_date_past: { lv: 'Datums nevar būt pagātnē.', en: 'The date cannot be in the past.' },
  field_date_not_future: { lv: 'Datumam jābūt vēlākam par šodienu.', en: 'The date must be after today.' },
  field_not_editable: { lv: 'Šo lauku jūs nevarat mainīt.', en: 'You cannot change this field.' },
  field_date_future: { lv: 'Datums nevar būt nākotnē.', en: 'The date cannot be in the future.' },
  field_date_range: { lv: 'Datumam jābūt no 1990. līdz 2100. gadam.', en: 'The date must be between 1990 and 2100.' },
  // The personal code (platform/identifiers/personal-code.ts): the counter names which part is wrong.
  personal_code_format: {
    lv: 'Personas kodam jābūt 11 cipariem (piemēram, 120190-12342).',
    en: 'A personal code has 11 digits (e.g. 120190-12342).',
  },
  personal_code_birth_date: {
    lv: 'Personas koda pirmā daļa nav derīgs dzimšanas datums.',
    en: 'The first part of the personal code is not a valid birth date.',
  },
  personal_code_checksum: {
    lv: 'Personas koda kontrolcipars nesakrīt — pārbaudiet, vai kods ievadīts pareizi.',
    en: 'The check digit of the personal code does not match — check that it was typed correctly.',
  },
} satisfies MessageTable;
