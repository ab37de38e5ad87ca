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
  // Said to an organisation admin whose address is taken outside its organisation: nothing about whose it is.
  email_unavailable: {
    lv: 'Šo e-pastu nevar izmantot jaunam kontam. Ja darbiniekam jau ir konts, lūdziet sistēmas uzturētājam piešķirt lomu.',
    en: 'This e-mail cannot be used for a new account. If the person already has an account, ask the maintainer to grant the role.',
  },
  token_not_allowed: {
    lv: 'Lietotājus, tiesības un API atslēgas pārvalda tikai pieteicies cilvēks, nevis sistēma ar API atslēgu.',
    en: 'Users, roles and API tokens are managed only by a logged-in person, not by a system with an API token.',
  },
  origin_not_allowed: {
    lv: 'Pieprasījums no citas vietnes noraidīts drošības dēļ.',
    en: 'A request from another site was refused for security reasons.',
  },
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
    lv: 'Termiņu var aprēķināt tikai datumiem no 1990. līdz 2100. gadam.',
    en: 'Deadlines are computed only for dates from 1990 to 2100.',
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
  // The text rule of every request (platform/http/text-rule.ts).
  text_control_character: {
    lv: 'Teksts satur neatļautu vadības rakstzīmi vai bojātu rakstzīmi.',
    en: 'The text contains a control character or a broken character, which are not allowed.',
  },
  text_line_break: { lv: 'Šajā laukā nevar būt rindiņu pārnesumu.', en: 'This field cannot contain line breaks.' },
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
  field_date_range: { lv: 'Datumam jābūt no 1990. līdz 2100. gadam.', en: 'The date must be between 1990 and 2100.' },
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
  fee_amount_cents: {
    lv: 'Summai jābūt eiro ar ne vairāk kā diviem cipariem aiz komata.',
    en: 'The amount must be in euros with at most two decimals.',
  },
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
  // SR-11 law changes (src/catalogue/law-changes.ts).
  law_change_not_pending: {
    lv: 'Dzēst var tikai gaidāmus grozījumus; pēc apraksta publicēšanas vai spēkā stāšanās dienas tie paliek vēsturē.',
    en: 'Only a pending change can be deleted; once the description is published or the day has passed it stays on record.',
  },
  // CPSV-AP JSON-LD read by src/catalogue/jsonld-read.ts (SR-12.2).
  jsonld_invalid: { lv: 'Saturs nav JSON-LD dokuments.', en: 'The content is not a JSON-LD document.' },
  jsonld_context_unknown: {
    lv: 'Dokuments atsaucas uz nezināmu attālu kontekstu; izmantojiet CPSV-AP 3.2.0 kontekstu vai iekļaujiet prefiksus dokumentā.',
    en: 'The document names an unknown remote context; use the CPSV-AP 3.2.0 context or put the prefixes in the document.',
  },
  jsonld_no_service: {
    lv: 'Dokumentā nav neviena pakalpojuma (cpsv:PublicService).',
    en: 'The document holds no service (cpsv:PublicService).',
  },
  // The catalogue import (SR-12.2, src/catalogue/import-service.ts).
  import_records_invalid: {
    lv: 'Kļūdaini ieraksti: {count}. Nekas netika saglabāts; labojiet tos un sūtiet visu vēlreiz.',
    en: 'Records with errors: {count}. Nothing was saved; correct them and push again.',
  },
  import_external_id_duplicate: {
    lv: 'Šis ārējais identifikators jau ir ierakstam nr. {index} šajā sūtījumā.',
    en: 'Record {index} of this push already has this external id.',
  },
  import_publish_not_allowed: {
    lv: 'Publicēt var tikai turētāja administrators (SR-5); sūtiet bez publicēšanas.',
    en: "Only the holder's administrator may publish (SR-5); push without publishing.",
  },
  import_interrupted: {
    lv: 'Imports tika pārtraukts, jo sistēma apstājās. Sūtiet vēlreiz: jau saglabātais netiks dublēts.',
    en: 'The import was interrupted because the system stopped. Push again: what was saved is not duplicated.',
  },
  import_chunk_failed: {
    lv: 'Imports apstājās kļūdas dēļ. Sūtiet vēlreiz: jau saglabātais netiks dublēts.',
    en: 'The import stopped on an error. Push again: what was saved is not duplicated.',
  },
  // The catalogue's quality checks (SR-13, src/catalogue/quality.ts).
  quality_contacts_missing: {
    lv: 'Nav kontaktu: norādiet e-pastu, tālruni vai tīmekļa vietni (SR-10.2).',
    en: 'No contacts: give an e-mail, a phone or a web page (SR-10.2).',
  },
  quality_channel_missing: {
    lv: 'Nav norādīts neviens saņemšanas kanāls (SR-10.4, SR-17).',
    en: 'No channel is given (SR-10.4, SR-17).',
  },
  quality_working_hours_missing: {
    lv: 'Norādiet sniedzēja darba laiku šim kanālam (SR-10.4).',
    en: "Give the provider's working hours for this channel (SR-10.4).",
  },
  quality_documents_missing: {
    lv: 'Nav norādīti nepieciešamie dokumenti vai veidlapas (SR-10.3).',
    en: 'No documents or forms are listed (SR-10.3).',
  },
  quality_fee_amount_missing: { lv: 'Maksai nav norādīta summa.', en: 'The fee has no amount.' },
  quality_link_invalid: { lv: 'Saite nav derīga adrese.', en: 'The link is not a valid address.' },
  quality_link_scheme: { lv: 'Saitei jāsākas ar https://.', en: 'The link must start with https://.' },
  quality_link_credentials: {
    lv: 'Saitē ir lietotājvārds vai parole — tos nedrīkst publicēt.',
    en: 'The link contains a user name or password, which must not be published.',
  },
  quality_link_ip_host: {
    lv: 'Saitē IP adreses vietā jābūt domēna vārdam.',
    en: 'The link must name a domain, not an IP address.',
  },
  quality_link_local_host: {
    lv: 'Saite ved uz iekšējā tīkla adresi, kas nav pieejama no interneta.',
    en: 'The link points to an internal address not reachable from the internet.',
  },
  quality_link_http: {
    lv: 'Saite nav droša: izmantojiet https://, nevis http://.',
    en: 'The link is not secure: use https://, not http://.',
  },
  quality_link_port: {
    lv: 'Saitē norādīts nestandarta ports {port}.',
    en: 'The link uses a non-standard port {port}.',
  },
  quality_link_broken: {
    lv: 'Saite atbildēja ar HTTP {status} (pārbaudīts {date}).',
    en: 'The link answered HTTP {status} (checked on {date}).',
  },
  quality_link_unreachable: {
    lv: 'Saite neatbildēja (pārbaudīts {date}: {error}).',
    en: 'The link did not answer (checked on {date}: {error}).',
  },
  quality_legal_basis_missing: {
    lv: 'Nav norādīts tiesiskais pamatojums (SR-10.5).',
    en: 'No legal basis is given (SR-10.5).',
  },
  quality_legal_basis_link_missing: {
    lv: 'Tiesību aktam nav saites (piem., uz likumi.lv).',
    en: 'The legal act has no link (e.g. to likumi.lv).',
  },
  quality_appeal_missing: {
    lv: 'Nav aprakstīts, kā lēmumu apstrīdēt vai pārsūdzēt (SR-10.5).',
    en: 'How to contest or appeal a decision is not described (SR-10.5).',
  },
  quality_verification_stale: {
    lv: 'Apraksts nav apstiprināts šajā ceturksnī ({quarter}); pēdējo reizi: {lastVerifiedOn} (SR-11).',
    en: 'The description has not been confirmed this quarter ({quarter}); last time: {lastVerifiedOn} (SR-11).',
  },
  quality_english_missing: { lv: 'Trūkst teksta angļu valodā.', en: 'The English text is missing.' },
  quality_text_too_short: {
    lv: 'Apraksts ir par īsu: {length} rakstzīmes (vajag vismaz {limit}).',
    en: 'The description is too short: {length} characters (at least {limit} needed).',
  },
  quality_text_too_long: {
    lv: 'Īsais apraksts ir par garu: {length} rakstzīmes (ne vairāk kā {limit}).',
    en: 'The short description is too long: {length} characters (at most {limit}).',
  },
  quality_name_duplicate: {
    lv: 'Nosaukums gandrīz sakrīt ar turētāja pakalpojumu {identifier} „{name}”.',
    en: "The name is nearly the same as the holder's service {identifier} ({name}).",
  },
  quality_law_change_overdue: {
    lv: 'Apraksts nav atjaunināts un publicēts līdz tiesību akta grozījumu spēkā stāšanās dienai: {changes} (SR-11).',
    en: 'The description was not updated and published by the day the law change took effect: {changes} (SR-11).',
  },
  quality_law_change_soon: {
    lv: 'Drīz stāsies spēkā tiesību akta grozījumi; atjauniniet un publicējiet aprakstu līdz tai dienai: {changes} (SR-11).',
    en: 'A law change takes effect soon; update and publish the description by that day: {changes} (SR-11).',
  },
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
  // Complaints, questions and suggestions (issue 5 §3: CR-17.13, CR-19.7, CR-20.7, SR-19, BV-4.2).
  feedback_centre_not_yours: {
    lv: 'Šajā centrā jūs nevarat reģistrēt sūdzības, jautājumus un priekšlikumus.',
    en: 'You cannot register complaints, questions and suggestions at this centre.',
  },
  feedback_point_not_in_centre: {
    lv: 'Šis pakalpojumu sniegšanas punkts nepieder centram.',
    en: 'This service point does not belong to the centre.',
  },
  feedback_service_unknown: {
    lv: 'Šāds publicēts pakalpojums katalogā nav atrasts.',
    en: 'No such published service in the catalogue.',
  },
  feedback_contact_unknown: { lv: 'Šāds šī centra kontakts nav atrasts.', en: 'No such contact at this centre.' },
  feedback_received_too_early: {
    lv: 'Saņemšanas laiks nevar būt pirms 01.07.2017., kad stājās spēkā MK noteikumi Nr. 401.',
    en: 'The time received cannot be before 01.07.2017, when Cabinet Regulation No. 401 came into force.',
  },
  feedback_reply_address_not_needed: {
    lv: 'Atbildei centrā adrese nav vajadzīga — norādiet tikai to, kas nepieciešams atbildei.',
    en: 'An answer at the centre needs no address — give only what the answer needs.',
  },
  feedback_route_needs_service: {
    lv: 'Lai nosūtītu pakalpojuma turētājam, jānorāda pakalpojums.',
    en: 'Routing to the service holder needs the service.',
  },
  feedback_holder_is_centre: {
    lv: 'Šis ir pašvaldības pakalpojums — uz to atbild centrs.',
    en: "This is the municipality's own service — the centre answers it.",
  },
  feedback_route_unchanged: { lv: 'Lieta jau ir nosūtīta šim adresātam.', en: 'The case is already routed there.' },
  feedback_already_answered: { lv: 'Uz šo lietu jau ir atbildēts.', en: 'This case has already been answered.' },
  feedback_already_level_2: { lv: 'Lieta jau ir 2. līmenī.', en: 'The case is already at level 2.' },
  feedback_level_2_required: {
    lv: '2. līmeņa lietu (sūdzību vai nestandarta situāciju) atbild centra vadītājs vai pašvaldības administrators.',
    en: 'A level 2 case (a complaint or a non-standard case) is answered by the head of the centre or the municipality’s admin.',
  },
  feedback_answer_before_receipt: {
    lv: 'Atbildes datums nevar būt pirms saņemšanas.',
    en: 'The answer cannot be dated before the case was received.',
  },
  feedback_contest_open: {
    lv: 'Lietā notiek apstrīdēšana — to vairs nevar pārsūtīt.',
    en: 'The case is being contested — it can no longer be routed.',
  },
  feedback_contest_complaint_only: { lv: 'Apstrīdēt var tikai sūdzību.', en: 'Only a complaint can be contested.' },
  feedback_contest_centre_only: {
    lv: 'Centra darbinieka rīcības apstrīdēšana attiecas uz lietām, uz kurām atbild centrs.',
    en: "Contesting a centre employee's action applies to cases the centre answers.",
  },
  feedback_contest_subject_fixed: {
    lv: 'Apstrīdēšanas priekšmetu nosaka pirmais posms.',
    en: 'The first stage fixes what is contested.',
  },
  feedback_contest_previous_undecided: {
    lv: 'Nākamo posmu var reģistrēt tikai pēc iepriekšējā posma lēmuma.',
    en: "The next stage can only be lodged after the previous stage's decision.",
  },
  feedback_contest_complete: {
    lv: 'Visi apstrīdēšanas posmi jau ir reģistrēti.',
    en: 'Every stage of contesting is already recorded.',
  },
  feedback_contest_decided: { lv: 'Šim posmam lēmums jau ir reģistrēts.', en: 'This stage already has its decision.' },
  feedback_contest_before_decision: {
    lv: 'Posmu nevar iesniegt pirms iepriekšējā posma lēmuma dienas.',
    en: "The stage cannot be lodged before the day of the previous stage's decision.",
  },
  feedback_contest_before_receipt: {
    lv: 'Apstrīdēšanu nevar iesniegt pirms sūdzības saņemšanas.',
    en: 'The contest cannot be lodged before the complaint was received.',
  },
  // Authorised e-services (AM-1.1, AM-1.5, DR-27, DR-28, DR-29; src/eservices/).
  eservice_not_filable: {
    lv: 'Šo e-pakalpojumu nevar pieteikt klienta vārdā: tā publicētais apraksts to neatļauj (DR-29).',
    en: "This e-service cannot be filed on a client's behalf: its published description does not allow it (DR-29).",
  },
  eservice_centre_not_serving: { lv: 'Centrs šobrīd klientus neapkalpo.', en: 'The centre is not serving clients.' },
  eservice_step_out_of_order: {
    lv: 'Soļi jāveic noteiktajā secībā; nākamais solis: {expected}.',
    en: 'The steps are taken in order; the next step is: {expected}.',
  },
  eservice_completed: { lv: 'Šis e-pakalpojums jau ir pabeigts.', en: 'This e-service is already completed.' },
  eservice_cancelled: { lv: 'Šis e-pakalpojums ir atcelts.', en: 'This e-service was cancelled.' },
  eservice_confirmation_required: { lv: 'Lai veiktu šo soli, tas jāapstiprina.', en: 'Confirm this to take the step.' },
  eservice_personal_code_invalid: { lv: 'Personas kods nav derīgs.', en: 'The personal code is not valid.' },
  eservice_document_expired: {
    lv: 'Personu apliecinošā dokumenta derīguma termiņš ir beidzies; identitāti var pārbaudīt tikai pēc derīga dokumenta (DR-27.1).',
    en: 'The identity document has expired; identity can only be verified with a valid document (DR-27.1).',
  },
  eservice_date_in_past: { lv: 'Datums nevar būt pagātnē.', en: 'The date cannot be in the past.' },
  eservice_date_in_future: { lv: 'Datums nevar būt nākotnē.', en: 'The date cannot be in the future.' },
  eservice_date_before_filing: {
    lv: 'Datums nevar būt pirms pieteikšanas dienas.',
    en: 'The date cannot be before the day of filing.',
  },
  eservice_delivery_e_address_first: {
    lv: 'Klientam ir aktivizēta oficiālā e-adrese, tāpēc rezultāts jāsaņem tajā (DR-28).',
    en: 'The client has activated their official e-address, so the result goes there (DR-28).',
  },
  eservice_delivery_e_address_not_activated: {
    lv: 'Klientam nav aktivizētas oficiālās e-adreses: izvēlieties pastu vai saņemšanu klātienē (DR-28).',
    en: 'The client has no activated official e-address: choose post or in person (DR-28).',
  },
  eservice_delivery_address_only_for_post: {
    lv: 'Pasta adrese jānorāda tikai sūtīšanai pa pastu.',
    en: 'A postal address is given only for delivery by post.',
  },
  eservice_result_not_asked: { lv: 'Klients rezultātu nav pieprasījis.', en: 'The client did not ask for the result.' },
  eservice_identity_first: { lv: 'Vispirms jāpārbauda klienta identitāte.', en: "First verify the client's identity." },
  eservice_personal_data_removed: {
    lv: 'Klienta personas dati ir dzēsti pēc glabāšanas termiņa beigām (DR-27.3).',
    en: "The client's personal data were removed after the retention period (DR-27.3).",
  },
  eservice_period_reversed: {
    lv: 'Perioda beigas nevar būt pirms sākuma.',
    en: 'The end of the period cannot be before its start.',
  },
  // Contacts at the counter (issue 5 §1–2: CR-17.x, CR-20.8, CR-20.9, DR-25.1.7.3).
  personal_code_format: {
    lv: 'Personas kodam jābūt 11 cipariem (piemēram, 120190-12345).',
    en: 'A personal code has 11 digits (e.g. 120190-12345).',
  },
  personal_code_birth_date: {
    lv: 'Personas koda pirmā daļa nav derīgs dzimšanas datums.',
    en: 'The first part of the personal code is not a valid birth date.',
  },
  personal_code_checksum: {
    lv: 'Personas koda kontrolcipars nesakrīt — pārbaudiet, vai kods ievadīts pareizi.',
    en: 'The check digit of the personal code does not match — check that it was typed correctly.',
  },
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
    lv: 'Šī pakalpojuma e-pakalpojumu nevar iesniegt klienta vārdā (pakalpojuma aprakstā tas nav atļauts, DR-29).',
    en: "This service's e-service cannot be filed on a client's behalf (its description does not allow it, DR-29).",
  },
  contact_service_not_in_scope: {
    lv: 'Pakalpojums nav publicēts, tāpēc centrā to reģistrēt nevar.',
    en: 'The service is not published, so it cannot be registered at the centre.',
  },
  contact_institution_unknown: {
    lv: 'Šāda iestāde vai pakalpojuma turētājs nav atrasts.',
    en: 'No such institution or service holder.',
  },
  contact_institution_receiving: {
    lv: '{institution} šobrīd pati pieņem klientus šajā centrā (šodien {hours}). Reģionālās vai nacionālās nozīmes centrā pašvaldība minimālā groza pakalpojuma pieteikumu vai sniegto informāciju reģistrē tikai tad, kad iestāde klientus nepieņem (CR-20.8, CR-20.9) — novirziet klientu pie iestādes darbinieka.',
    en: "{institution} is receiving clients at this centre now (today {hours}). At a regional or national centre the municipality registers an application for, or information about, a minimal-basket service only when the institution is not receiving clients (CR-20.8, CR-20.9) — send the client to the institution's officer.",
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
