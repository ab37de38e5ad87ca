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
  // The working-day calendar (Labour Law s.133, s.135; Law on Holidays).
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
  // Obligations: deadline rules and their instances (src/obligations).
  obligation_rule_unknown: { lv: 'Šāda noteikuma reģistrā nav.', en: 'No such rule in the registry.' },
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
    lv: 'Termiņu var aprēķināt tikai datumiem no 2000. līdz 2100. gadam.',
    en: 'Deadlines are computed only for dates from 2000 to 2100.',
  },
  obligation_retention_not_over: {
    lv: 'Glabāšanas termiņš beidzas {date}; pirms tam dokumentu iznīcināt nedrīkst.',
    en: 'The retention period ends on {date}; the document may not be destroyed before then.',
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
  // The directory: organisations and centres (issue 4 §1–2).
  reg_no_taken: {
    lv: 'Organizācija ar šo reģistrācijas numuru jau ir.',
    en: 'An organisation with this registration number already exists.',
  },
  field_not_editable: { lv: 'Šo lauku jūs nevarat mainīt.', en: 'You cannot change this field.' },
  field_date_future: { lv: 'Datums nevar būt nākotnē.', en: 'The date cannot be in the future.' },
  field_date_range: { lv: 'Datumam jābūt no 2000. līdz 2100. gadam.', en: 'The date must be between 2000 and 2100.' },
  organisation_not_municipality: {
    lv: 'Centru var izveidot tikai pašvaldība.',
    en: 'Only a municipality runs a centre.',
  },
  centre_head_not_in_municipality: {
    lv: 'Centra vadītājam jābūt centra pašvaldības lietotājam.',
    en: "The head of centre must be a user of the centre's municipality.",
  },
  centre_transition_not_allowed: {
    lv: 'No centra pašreizējā statusa šī darbība nav iespējama.',
    en: "This step is not possible from the centre's current status.",
  },
  centre_liquidation_by_cabinet: {
    lv: 'Par reģionālās vai nacionālās nozīmes centra likvidāciju lemj Ministru kabinets; to reģistrē sistēmas uzturētājs.',
    en: 'The Cabinet decides on liquidating a regional or national centre; a maintainer records it.',
  },
  coordinates_pair: { lv: 'Jānorāda abas koordinātas vai neviena.', en: 'Give both coordinates or neither.' },
  function_unknown: { lv: 'Nezināma funkcija.', en: 'Unknown function.' },
  hours_order: { lv: 'Beigu laikam jābūt pēc sākuma laika.', en: 'The closing time must be after the opening time.' },
  hours_overlap: {
    lv: 'Laika intervāli pārklājas vai nav secīgi.',
    en: 'The intervals overlap or are not in order.',
  },
  weekday_duplicate: { lv: 'Šī nedēļas diena jau norādīta.', en: 'This weekday is already given.' },
  schedule_default_duplicate: {
    lv: 'Var būt tikai viens pamata darba laiks bez datumiem.',
    en: 'There can be only one default schedule without dates.',
  },
  // The service catalogue (issue 4 §3, SR-4 … SR-17).
  cofog_unknown: { lv: 'Nezināms COFOG kods: {code}.', en: 'Unknown COFOG code: {code}.' },
  fee_amount_cents: { lv: 'Summai jābūt eiro ar ne vairāk kā diviem cipariem aiz komata.', en: 'The amount must be in euros with at most two decimals.' },
  coverage_whole_or_listed: {
    lv: 'Norādiet vai nu visu valsti, vai pašvaldības, ne abus.',
    en: 'Give either the whole country or municipalities, not both.',
  },
  coverage_not_municipality: { lv: 'Šī organizācija nav pašvaldība.', en: 'This organisation is not a municipality.' },
  service_holder_kind: {
    lv: 'Pakalpojuma turētājs var būt iestāde, cits turētājs vai pašvaldība.',
    en: 'A service holder is an institution, another holder or a municipality.',
  },
  service_holder_not_yours: {
    lv: 'Jūs nevarat reģistrēt šī turētāja pakalpojumus.',
    en: "You cannot register this holder's services.",
  },
  service_external_id_taken: {
    lv: 'Šim turētājam jau ir pakalpojums ar šo ārējo identifikatoru.',
    en: 'This holder already has a service with this external id.',
  },
  service_transition_not_allowed: {
    lv: 'No pakalpojuma pašreizējā statusa šī darbība nav iespējama.',
    en: "This step is not possible from the service's current status.",
  },
  service_no_draft: { lv: 'Nav melnraksta, ko publicēt.', en: 'There is no draft to publish.' },
  service_withdrawn: { lv: 'Pakalpojums ir atsaukts.', en: 'The service has been withdrawn.' },
  schedule_overlap: {
    lv: 'Sezonas darba laiki pārklājas.',
    en: 'Seasonal schedules overlap.',
  },
  exception_hours_required: {
    lv: 'Norādiet īpašo darba laiku vai atzīmējiet, ka slēgts.',
    en: 'Give the special hours or mark the point closed.',
  },
  reception_not_institution: {
    lv: 'Pieņemšanas laiku var norādīt tikai iestādei vai pakalpojuma turētājam.',
    en: 'Reception hours can only be given for an institution or a service holder.',
  },
  // Kind compliance explanations (CR-4 … CR-6, CR-5.3, CR-6.3, DR-4.2.2, DR-25.1.7.1, DR-26.1.2).
  level_county: { lv: 'novada nozīmes attīstības centrs', en: 'county development centre' },
  level_regional: { lv: 'reģionālās nozīmes attīstības centrs', en: 'regional development centre' },
  level_national: { lv: 'nacionālās nozīmes attīstības centrs', en: 'national development centre' },
  level_unknown: { lv: 'nav norādīts', en: 'not given' },
  compliance_kind_missing: { lv: 'Centra veids nav norādīts.', en: 'The kind of the centre is not given.' },
  compliance_place_ok: {
    lv: 'Centrs atrodas vietā ar līmeni „{actual}” (vajag vismaz „{expected}”).',
    en: 'The centre is in a place of level "{actual}" (at least "{expected}" is needed).',
  },
  compliance_place_bad: {
    lv: 'Centram jāatrodas vietā ar līmeni vismaz „{expected}”, bet tā līmenis ir „{actual}”.',
    en: 'The centre must be in a place of level at least "{expected}", but its level is "{actual}".',
  },
  compliance_days_ok: {
    lv: 'Centrs atvērts {actual} darbdienas nedēļā (vajag {expected}).',
    en: 'The centre is open {actual} working days a week ({expected} needed).',
  },
  compliance_days_bad: {
    lv: 'Centrs atvērts tikai {actual} darbdienas nedēļā, bet jābūt atvērtam {expected}.',
    en: 'The centre is open only {actual} working days a week, but must be open {expected}.',
  },
  compliance_hours_ok: {
    lv: 'Centrs darbdienās atvērts {actual} stundas nedēļā (vajag vismaz {expected}).',
    en: 'The centre is open {actual} hours a week on working days (at least {expected} needed).',
  },
  compliance_hours_bad: {
    lv: 'Centrs darbdienās atvērts tikai {actual} stundas nedēļā, bet vajag vismaz {expected}.',
    en: 'The centre is open only {actual} hours a week on working days, but at least {expected} are needed.',
  },
  compliance_institutions_ok: {
    lv: 'Iestādes, kas pieņem klientus vismaz {days} darbd. nedēļā: {actual} (vajag {expected}) — {names}.',
    en: 'Institutions receiving clients on at least {days} working day(s) a week: {actual} ({expected} needed) — {names}.',
  },
  compliance_institutions_bad: {
    lv: 'Iestādes, kas pieņem klientus vismaz {days} darbd. nedēļā: tikai {actual}, bet vajag {expected} — {names}.',
    en: 'Institutions receiving clients on at least {days} working day(s) a week: only {actual}, but {expected} are needed — {names}.',
  },
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
