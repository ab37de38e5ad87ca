// Messages that people see from the API, in Latvian (first) and English. Each error `code` is stable:
// clients branch on it, people read the message.
export type Lang = 'lv' | 'en';

type Template = { lv: string; en: string };

export const messages = {
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
  payload_too_large: { lv: 'Pieprasījums ir pārāk liels.', en: 'The request is too large.' },
  unsupported_media_type: { lv: 'Neatbalstīts satura tips.', en: 'Unsupported content type.' },
  invalid_json: { lv: 'Pieprasījuma saturs nav derīgs JSON.', en: 'The request body is not valid JSON.' },
  rate_limited: { lv: 'Pārāk daudz pieprasījumu. Mēģiniet vēlāk.', en: 'Too many requests. Try again later.' },
  internal_error: {
    lv: 'Radās iekšēja kļūda. Mēģiniet vēlreiz; ja kļūda atkārtojas, sazinieties ar atbalstu.',
    en: 'An internal error occurred. Try again; if it happens again, contact support.',
  },
  service_unavailable: { lv: 'Sistēma pašlaik nav gatava.', en: 'The system is not ready.' },
  invalid_credentials: { lv: 'Nepareizs e-pasts vai parole.', en: 'Wrong e-mail or password.' },
  account_locked: {
    lv: 'Konts uz laiku bloķēts pēc vairākiem neveiksmīgiem mēģinājumiem. Mēģiniet pēc {minutes} min.',
    en: 'The account is locked for a while after repeated failed attempts. Try again in {minutes} min.',
  },
  password_too_weak: {
    lv: 'Parolei jābūt vismaz 12 rakstzīmes garai.',
    en: 'The password must be at least 12 characters long.',
  },
  wrong_current_password: { lv: 'Pašreizējā parole nav pareiza.', en: 'The current password is wrong.' },
  token_invalid: {
    lv: 'Saite nav derīga vai tās termiņš ir beidzies.',
    en: 'The link is not valid or has expired.',
  },
  email_taken: { lv: 'Lietotājs ar šo e-pastu jau ir.', en: 'A user with this e-mail already exists.' },
  scope_not_allowed: {
    lv: 'Šo tiesību jomu jūs nevarat piešķirt.',
    en: 'You cannot grant a role in this scope.',
  },
  // People administration (AM-1.11, DR-19.4).
  organisation_unknown: { lv: 'Šāda organizācija nav atrasta.', en: 'No such organisation.' },
  centre_unknown: { lv: 'Šāds centrs nav atrasts.', en: 'No such centre.' },
  role_not_grantable: {
    lv: 'Šo lomu var piešķirt tikai sistēmas uzturētājs.',
    en: 'Only a maintainer can grant this role.',
  },
  centre_required: { lv: 'Šai lomai jānorāda centrs.', en: 'This role needs a centre.' },
  centre_not_for_role: {
    lv: 'Šo lomu nevar ierobežot ar vienu centru.',
    en: 'This role cannot be narrowed to a centre.',
  },
  centre_not_in_organisation: {
    lv: 'Centrs nepieder norādītajai organizācijai.',
    en: 'The centre does not belong to the given organisation.',
  },
  organisation_kind_mismatch: {
    lv: 'Šo lomu var piešķirt tikai šāda veida organizācijā: {kinds}.',
    en: 'This role can only be granted in an organisation of kind: {kinds}.',
  },
  grant_duplicate: {
    lv: 'Lietotājam jau ir šī loma šajā jomā pārklājošā laikposmā.',
    en: 'The user already holds this role in this scope for an overlapping period.',
  },
  grant_already_revoked: { lv: 'Šīs tiesības jau ir atsauktas.', en: 'This role has already been revoked.' },
  own_grant_protected: {
    lv: 'Savas administratora tiesības nevar atsaukt vai mainīt pats; to var izdarīt cits administrators.',
    en: 'You cannot revoke or change your own administrator rights; another administrator can.',
  },
  cannot_disable_self: { lv: 'Savu kontu nevar atspējot.', en: 'You cannot disable your own account.' },
  user_disabled: { lv: 'Lietotāja konts ir atspējots.', en: 'The user account is disabled.' },
  token_already_revoked: { lv: 'Šī API atslēga jau ir atsaukta.', en: 'This API token has already been revoked.' },
  token_term_too_long: {
    lv: 'API atslēgas termiņš nevar būt ilgāks par {years} gadiem.',
    en: 'An API token cannot be valid for more than {years} years.',
  },
  audit_chain_broken: { lv: 'Audita ķēde ir bojāta.', en: 'The audit chain is broken.' },
  // Mail outbox.
  mail_not_retryable: {
    lv: 'Atkārtoti nosūtīt var tikai neizdevušos vai sūtīšanā iestrēgušu vēstuli.',
    en: 'Only a failed message or one stuck in sending can be sent again.',
  },
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
  field_reg_no_checksum: {
    lv: 'Reģistrācijas numura kontrolcipars nav pareizs.',
    en: 'The registration number fails its checksum.',
  },
  field_date_order: { lv: 'Beigu datums nevar būt pirms sākuma.', en: 'The end date cannot be before the start.' },
  field_date_past: { lv: 'Datums nevar būt pagātnē.', en: 'The date cannot be in the past.' },
  field_date_not_future: { lv: 'Datumam jābūt vēlākam par šodienu.', en: 'The date must be after today.' },
} satisfies Record<string, Template>;

export type MessageCode = keyof typeof messages;

export function translate(code: MessageCode, lang: Lang, params: Record<string, string | number> = {}): string {
  const template = messages[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** Latvian unless the client prefers English (Accept-Language). */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'lv';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('lv')) return 'lv';
    if (tag.startsWith('en')) return 'en';
  }
  return 'lv';
}
