// Centres and their service points: lifecycle (DR-10 … DR-13), points, opening and reception hours, and the
// explanations of kind compliance.
// API messages, Latvian first, then English. The composition root (src/routes.ts) hands the table to the i18n
// mechanism at start; the `declare module` block adds its codes to MessageCode, so a thrown code is type checked.
import type { MessageTable } from '../platform/i18n/messages.ts';

export const centresMessages = {
  centre_unknown: { lv: 'Šāds centrs nav atrasts.', en: 'No such centre.' },
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
  facility_ipTelephony: {
    lv: 'IP telefonijas pieslēgums pakalpojumu vadības sistēmai',
    en: 'IP telephony connected to the service management system',
  },
  facility_publicComputer: {
    lv: 'publiski pieejams dators ar pieslēgumu valsts pārvaldes pakalpojumu portālam',
    en: 'a public computer with access to the state services portal',
  },
  facility_freeWifi: { lv: 'bezmaksas bezvadu internets', en: 'free wireless internet' },
  compliance_facility_yes: { lv: 'Nodrošināts: {facility}.', en: 'Provided: {facility}.' },
  compliance_facility_no: { lv: 'Nav nodrošināts: {facility}.', en: 'Not provided: {facility}.' },
  compliance_facility_unknown: {
    lv: 'Nav norādīts, vai ir nodrošināts: {facility}.',
    en: 'Not recorded whether it is provided: {facility}.',
  },
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
} satisfies MessageTable;

declare module '../platform/i18n/messages.ts' {
  interface MessageCodes extends Record<keyof typeof centresMessages, true> {}
}
