// The public services catalogue (SR-4 … SR-17): descriptions, law changes, JSON-LD, the import, quality checks.
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const catalogueMessages = {
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
  service_in_minimal_basket: {
    lv: 'Minimālā pakalpojumu groza pakalpojumu turētājs nevar atsaukt (CR-16): grozu maina ministrija.',
    en: 'A holder cannot withdraw a service of the minimal basket (CR-16): the ministry changes the basket.',
  },
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
  quality_fee_unlisted: {
    lv: 'Nav norādīta neviena maksa, tāpēc pakalpojums tiek rādīts kā bez maksas, taču teksts min maksu: {words} (SR-10.1).',
    en: 'No fee is listed, so the service is shown as free of charge, yet the text names a fee: {words} (SR-10.1).',
  },
  quality_law_change_overdue: {
    lv: 'Apraksts nav atjaunināts un publicēts līdz tiesību akta grozījumu spēkā stāšanās dienai: {changes} (SR-11).',
    en: 'The description was not updated and published by the day the law change took effect: {changes} (SR-11).',
  },
  quality_law_change_soon: {
    lv: 'Drīz stāsies spēkā tiesību akta grozījumi; atjauniniet un publicējiet aprakstu līdz tai dienai: {changes} (SR-11).',
    en: 'A law change takes effect soon; update and publish the description by that day: {changes} (SR-11).',
  },
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof catalogueMessages, true> {}
}
