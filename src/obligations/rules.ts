// Every deadline and recurring duty of ../shared/requirements.md as data: one entry per rule, named by its
// requirement ID. The text of each clause is in ../shared/seeds/ (CR 001, AM 002, DR 000, SR 003); where the 2016
// draft (DR) and the regulation in force (CR, AM) disagree, CR wins, and DR supplies only what CR leaves open.
// No deadline parameter has changed over time in these sources, so each rule has one version; the versions carry
// the dates from which a clause applies (SR-22 from 2020, SR-23 from the 2018 reports) and the lookup is by date.
import type { ObligationRule, RuleVersion } from './rule-model.ts';

const CR_FROM = '2017-07-01';
const CR_BASIS = 'CR No. 401 in force from 2017-07-01 (CR-25)';
const DR_BASIS = 'DR (2016 draft): the detail CR leaves open, applied since CR came into force on 2017-07-01';
const SR_BASIS = 'SR in force from 2017-07-01 (SR-29)';

const cr = (deadline: RuleVersion['deadline']): RuleVersion[] => [
  { validFrom: CR_FROM, validTo: null, deadline, basis: CR_BASIS },
];
const dr = (deadline: RuleVersion['deadline']): RuleVersion[] => [
  { validFrom: CR_FROM, validTo: null, deadline, basis: DR_BASIS },
];
const sr = (deadline: RuleVersion['deadline'], validFrom = CR_FROM, basis = SR_BASIS): RuleVersion[] => [
  { validFrom, validTo: null, deadline, basis },
];

const workingDaysAfter = (amount: number) => ({ unit: 'working_days', amount, direction: 'after' }) as const;
const workingDaysBefore = (amount: number) => ({ unit: 'working_days', amount, direction: 'before' }) as const;
const monthsAfter = (amount: number) => ({ unit: 'months', amount, direction: 'after' }) as const;
const monthsBefore = (amount: number) => ({ unit: 'months', amount, direction: 'before' }) as const;
const periodEnd = { unit: 'period_end' } as const;
const byFirstApril = { unit: 'fixed_date', monthDay: '04-01' } as const;

const deadline = 'deadline' as const;

export const RULES = [
  // CR-11: the ministry organises the committee's meetings at least twice a year.
  {
    id: 'CR-11',
    titleLv: 'Uzraudzības komitejas sēde (vismaz divas gadā)',
    titleEn: 'Supervisory committee meeting (at least two a year)',
    kind: deadline,
    startEvent: 'calendar',
    owedBy: ['ministry'],
    fulfilledByLv: 'Notikusi komitejas sēde',
    fulfilledByEn: 'A committee meeting held',
    recurrence: { every: 'year', times: 2, clockStarts: 'period_start' },
    versions: cr(periodEnd),
  },
  // CR-13.2, CR-14.2: within 20 working days of a proposal's letter the ministry gathers readiness and willing centres.
  {
    id: 'CR-13.2',
    titleLv: 'Ministrija apzina informāciju par iestādes vai turētāja priekšlikumu',
    titleEn: "Ministry gathers information on an institution's or holder's proposal",
    kind: deadline,
    startEvent: 'proposal_letter_received',
    owedBy: ['ministry'],
    fulfilledByLv: 'Sagatavota informācija par gatavību un centru skaitu',
    fulfilledByEn: 'Information on readiness and willing centres prepared',
    versions: cr(workingDaysAfter(20)),
  },
  {
    id: 'CR-13.3',
    titleLv: 'Komitejas sēde par iestādes vai turētāja priekšlikumu',
    titleEn: "Committee meeting on an institution's or holder's proposal",
    kind: deadline,
    startEvent: 'proposal_information_prepared',
    owedBy: ['ministry'],
    fulfilledByLv: 'Notikusi komitejas sēde',
    fulfilledByEn: 'The committee met',
    versions: cr(monthsAfter(1)),
  },
  {
    id: 'CR-14.2',
    titleLv: 'Ministrija apzina informāciju par pašvaldības priekšlikumu',
    titleEn: "Ministry gathers information on a municipality's proposal",
    kind: deadline,
    startEvent: 'municipality_proposal_received',
    owedBy: ['ministry'],
    fulfilledByLv: 'Sagatavota informācija par gatavību un centru skaitu',
    fulfilledByEn: 'Information on readiness and willing centres prepared',
    versions: cr(workingDaysAfter(20)),
  },
  {
    id: 'CR-14.3',
    titleLv: 'Komitejas sēde par pašvaldības priekšlikumu',
    titleEn: "Committee meeting on a municipality's proposal",
    kind: deadline,
    startEvent: 'proposal_information_prepared',
    owedBy: ['ministry'],
    fulfilledByLv: 'Notikusi komitejas sēde',
    fulfilledByEn: 'The committee met',
    versions: cr(monthsAfter(1)),
  },
  // CR-15: after the committee's positive decision — training, guidance material, then the service starts.
  {
    id: 'CR-15.1',
    titleLv: 'Centru darbinieku apmācība pēc komitejas lēmuma',
    titleEn: "Training of centre staff after the committee's decision",
    kind: deadline,
    startEvent: 'committee_positive_decision',
    owedBy: ['institution', 'holder'],
    fulfilledByLv: 'Notikušas mācības',
    fulfilledByEn: 'Training held',
    versions: cr(monthsAfter(1)),
  },
  {
    id: 'CR-15.2',
    titleLv: 'Metodiskais materiāls sistēmā pēc mācībām',
    titleEn: 'Guidance material in the system after the training',
    kind: deadline,
    startEvent: 'training_completed',
    owedBy: ['institution', 'holder'],
    fulfilledByLv: 'Metodiskais materiāls ievietots sistēmā',
    fulfilledByEn: 'Guidance material published in the system',
    versions: cr(workingDaysAfter(10)),
  },
  {
    id: 'CR-15.3',
    titleLv: 'Pašvaldība uzsāk pakalpojuma sniegšanu centrā',
    titleEn: 'The municipality starts the service at its centres',
    kind: deadline,
    startEvent: 'training_completed',
    owedBy: ['municipality'],
    fulfilledByLv: 'Pakalpojums tiek sniegts centrā',
    fulfilledByEn: 'The service is provided at the centre',
    versions: cr(monthsAfter(1)),
  },
  // CR-16: one month's notice to the committee before another service is excluded (counted back from that day).
  {
    id: 'CR-16',
    titleLv: 'Paziņojums komitejai par pakalpojuma izslēgšanu',
    titleEn: 'Notice to the committee of excluding a service',
    kind: deadline,
    startEvent: 'service_exclusion_planned',
    owedBy: ['institution', 'holder', 'municipality'],
    fulfilledByLv: 'Komiteja informēta',
    fulfilledByEn: 'The committee informed',
    versions: cr(monthsBefore(1)),
  },
  // CR-17.16 (CR-20.12 likewise): each centre runs the ministry's satisfaction survey at least once every three years.
  {
    id: 'CR-17.16',
    titleLv: 'Klientu apmierinātības aptauja centrā (reizi trijos gados)',
    titleEn: 'Client satisfaction survey at the centre (every three years)',
    kind: deadline,
    startEvent: 'calendar',
    owedBy: ['centre'],
    fulfilledByLv: 'Aptauja veikta un par rezultātiem informēts',
    fulfilledByEn: 'Survey run and its results reported',
    recurrence: { every: 'three_years', clockStarts: 'period_start' },
    versions: cr(periodEnd),
  },
  // CR-18.1: institutions and holders train centre staff at least once a year.
  {
    id: 'CR-18.1',
    titleLv: 'Ikgadējās mācības centru darbiniekiem',
    titleEn: 'Yearly training of centre staff',
    kind: deadline,
    startEvent: 'calendar',
    owedBy: ['institution', 'holder'],
    fulfilledByLv: 'Notikušas mācības',
    fulfilledByEn: 'Training held',
    recurrence: { every: 'year', clockStarts: 'period_start' },
    versions: cr(periodEnd),
  },
  // CR-19.1, CR-19.2: notices counted backwards from the day the officer starts / the new hours apply.
  {
    id: 'CR-19.1',
    titleLv: 'Paziņojums par centrā norīkoto darbinieku',
    titleEn: 'Notice of the officer assigned to the centre',
    kind: deadline,
    startEvent: 'officer_assignment_planned',
    owedBy: ['institution', 'holder'],
    fulfilledByLv: 'Centram nosūtīts darbinieka amats, vārds un uzvārds',
    fulfilledByEn: "Officer's position, name and surname sent to the centre",
    versions: cr(workingDaysBefore(5)),
  },
  {
    id: 'CR-19.2',
    titleLv: 'Paziņojums par klientu pieņemšanas laika izmaiņām',
    titleEn: 'Notice of a change of reception hours',
    kind: deadline,
    startEvent: 'reception_hours_change_planned',
    owedBy: ['institution', 'holder'],
    fulfilledByLv: 'Centram nosūtītas izmaiņas',
    fulfilledByEn: 'The change sent to the centre',
    versions: cr(workingDaysBefore(5)),
  },
  // DR-11.2: when the state grant stops, the municipality answers within 10 working days whether its centre goes on.
  {
    id: 'DR-11.2',
    listedAs: 'DR-11',
    titleLv: 'Pašvaldības atbilde par centra turpmāko darbību',
    titleEn: "Municipality's answer on the centre's future",
    kind: deadline,
    startEvent: 'budget_grant_stop_notified',
    owedBy: ['municipality'],
    fulfilledByLv: 'Atbilde nosūtīta ministrijai un iestādēm',
    fulfilledByEn: 'Answer sent to the ministry and the institutions',
    versions: dr(workingDaysAfter(10)),
  },
  // DR-12.3: the centre ceases within six months of the council's decision.
  {
    id: 'DR-12.3',
    listedAs: 'DR-12',
    titleLv: 'Centra darbības izbeigšana pēc domes lēmuma',
    titleEn: "Closing the centre after the council's decision",
    kind: deadline,
    startEvent: 'liquidation_decided',
    owedBy: ['municipality'],
    fulfilledByLv: 'Centrs slēgts',
    fulfilledByEn: 'The centre closed',
    versions: dr(monthsAfter(6)),
  },
  // DR-15: changing the basket — ministry's opinion, holder informs the maintainer, maintainer updates and notifies.
  {
    id: 'DR-15.2',
    listedAs: 'DR-15',
    titleLv: 'Ministrijas viedoklis par groza izmaiņām',
    titleEn: "Ministry's opinion on a change of the basket",
    kind: deadline,
    startEvent: 'basket_change_request_received',
    owedBy: ['ministry'],
    fulfilledByLv: 'Viedoklis sniegts turētājam',
    fulfilledByEn: 'Opinion given to the holder',
    versions: dr(workingDaysAfter(5)),
  },
  {
    id: 'DR-15.3',
    listedAs: 'DR-15',
    titleLv: 'Turētājs informē uzturētāju par groza izmaiņām',
    titleEn: 'Holder informs the maintainer of the basket change',
    kind: deadline,
    startEvent: 'basket_change_approved',
    owedBy: ['holder', 'institution'],
    fulfilledByLv: 'Informācija nosūtīta uzturētājam',
    fulfilledByEn: 'Information sent to the maintainer',
    versions: dr(workingDaysAfter(10)),
  },
  {
    id: 'DR-15.4',
    titleLv: 'Uzturētājs atjauno grozu un paziņo centriem',
    titleEn: 'Maintainer updates the basket and notifies the centres',
    kind: deadline,
    startEvent: 'basket_change_information_received',
    owedBy: ['maintainer'],
    fulfilledByLv: 'Grozs atjaunots, centri informēti',
    fulfilledByEn: 'Basket updated, centres notified',
    versions: dr(workingDaysAfter(2)),
  },
  // DR-16: the basket is reviewed at least once a year.
  {
    id: 'DR-16',
    titleLv: 'Pakalpojumu groza ikgadējā pārskatīšana',
    titleEn: 'Yearly review of the basket',
    kind: deadline,
    startEvent: 'calendar',
    owedBy: ['ministry'],
    fulfilledByLv: 'Grozs pārskatīts',
    fulfilledByEn: 'Basket reviewed',
    recurrence: { every: 'year', clockStarts: 'period_start' },
    versions: dr(periodEnd),
  },
  // DR-20.2: access rights granted or revoked within 3 working days of the application (AM-1.4: to the ministry).
  {
    id: 'DR-20.2',
    titleLv: 'Piekļuves tiesību piešķiršana vai anulēšana',
    titleEn: 'Granting or revoking access rights',
    kind: deadline,
    startEvent: 'access_application_received',
    owedBy: ['maintainer', 'ministry'],
    fulfilledByLv: 'Tiesības piešķirtas vai anulētas, parole nosūtīta',
    fulfilledByEn: 'Rights granted or revoked, password sent',
    versions: dr(workingDaysAfter(3)),
  },
  // DR-21.2, DR-22.2: after getting access the municipality / institution ("iestāde" in DR-22) identifies itself,
  // accepts the cooperation terms and gives its contact channels.
  {
    id: 'DR-21.2',
    titleLv: 'Pašvaldība identificējas sistēmā un norāda saziņas līdzekļus',
    titleEn: 'Municipality identifies itself and gives its contact channels',
    kind: deadline,
    startEvent: 'access_granted',
    owedBy: ['municipality'],
    fulfilledByLv: 'Sadarbības noteikumi pieņemti, saziņas līdzekļi norādīti',
    fulfilledByEn: 'Terms accepted, contact channels given',
    versions: dr(workingDaysAfter(10)),
  },
  // DR-22.1 is not in requirements.md; it is the sibling of DR-22.2 that starts the same procedure, so it is kept.
  {
    id: 'DR-22.1',
    listedAs: 'DR-22.2',
    titleLv: 'Iestāde piesakās piekļuves tiesībām pēc ministrijas saskaņojuma',
    titleEn: "Institution applies for access after the ministry's approval",
    kind: deadline,
    startEvent: 'basket_change_approved',
    owedBy: ['institution'],
    fulfilledByLv: 'Pieteikums nosūtīts uzturētājam',
    fulfilledByEn: 'Application sent to the maintainer',
    versions: dr(workingDaysAfter(5)),
  },
  {
    id: 'DR-22.2',
    titleLv: 'Iestāde identificējas sistēmā un norāda saziņas līdzekļus',
    titleEn: 'Institution identifies itself and gives its contact channels',
    kind: deadline,
    startEvent: 'access_granted',
    owedBy: ['institution'],
    fulfilledByLv: 'Sadarbības noteikumi pieņemti, saziņas līdzekļi norādīti',
    fulfilledByEn: 'Terms accepted, contact channels given',
    versions: dr(workingDaysAfter(5)),
  },
  // DR-25.1.7.3: e-mails to the centre are answered within 3 working days.
  {
    id: 'DR-25.1.7.3',
    titleLv: 'Atbilde uz centra e-pasta vēstuli',
    titleEn: 'Answer to an e-mail to the centre',
    kind: deadline,
    startEvent: 'email_received',
    owedBy: ['centre'],
    fulfilledByLv: 'Atbilde nosūtīta',
    fulfilledByEn: 'Answer sent',
    versions: dr(workingDaysAfter(3)),
  },
  // DR-25.2.1: institutions train centre staff within one month after each change of the basket.
  {
    id: 'DR-25.2.1',
    titleLv: 'Mācības pēc pakalpojumu groza grozījumiem',
    titleEn: 'Training after a change of the basket',
    kind: deadline,
    startEvent: 'basket_changed',
    owedBy: ['institution'],
    fulfilledByLv: 'Notikušas mācības',
    fulfilledByEn: 'Training held',
    versions: dr(monthsAfter(1)),
  },
  // DR-26.1.9 (the second of that number): the centre publishes a change of reception hours within 2 working days.
  {
    id: 'DR-26.1.9',
    titleLv: 'Centrs publicē klientu pieņemšanas laika izmaiņas',
    titleEn: 'Centre publishes a change of reception hours',
    kind: deadline,
    startEvent: 'reception_hours_change_notice_received',
    owedBy: ['centre'],
    fulfilledByLv: 'Paziņojums sistēmā, ministrija informēta',
    fulfilledByEn: 'Notice published, ministry informed',
    versions: dr(workingDaysAfter(2)),
  },
  // DR-27.3: the client's written confirmation is kept for three months after the e-service was completed.
  {
    id: 'DR-27.3',
    titleLv: 'Klienta apliecinājuma glabāšana',
    titleEn: "Keeping the client's written confirmation",
    kind: 'retention',
    startEvent: 'eservice_completed',
    owedBy: ['centre'],
    fulfilledByLv: 'Apliecinājums glabāts visu termiņu un pēc tam iznīcināts',
    fulfilledByEn: 'Confirmation kept for the whole term, then destroyed',
    versions: dr(monthsAfter(3)),
  },
  // SR-11: the holder checks its catalogue descriptions every quarter.
  {
    id: 'SR-11',
    titleLv: 'Pakalpojumu aprakstu ceturkšņa pārbaude',
    titleEn: 'Quarterly check of service descriptions',
    kind: deadline,
    startEvent: 'calendar',
    owedBy: ['institution', 'holder'],
    fulfilledByLv: 'Apraksti pārbaudīti',
    fulfilledByEn: 'Descriptions checked',
    recurrence: { every: 'quarter', clockStarts: 'period_start' },
    versions: sr(periodEnd),
  },
  // SR-22, SR-23: by 1 April of the year after the reporting year.
  {
    id: 'SR-22',
    titleLv: 'Izpildes rādītāju publicēšana par iepriekšējo gadu',
    titleEn: "Publishing the previous year's performance indicators",
    kind: deadline,
    startEvent: 'calendar',
    owedBy: ['institution', 'holder'],
    fulfilledByLv: 'Rādītāji publicēti platformā',
    fulfilledByEn: 'Indicators published on the platform',
    recurrence: { every: 'year', clockStarts: 'after_period' },
    versions: sr(
      byFirstApril,
      '2020-01-01',
      'SR-27: SR-22 applies from 2020-01-01, so the first indicators (for 2019) were due by 1 April 2020',
    ),
  },
  {
    id: 'SR-23',
    titleLv: 'Pakalpojumu izvērtēšana un pilnveides pasākumi',
    titleEn: 'Evaluating services and recording improvement measures',
    kind: deadline,
    startEvent: 'calendar',
    owedBy: ['institution', 'holder'],
    fulfilledByLv: 'Izvērtēšana veikta, pasākumi iekļauti iekšējos aktos',
    fulfilledByEn: 'Evaluation done, measures recorded',
    recurrence: { every: 'year', clockStarts: 'after_period' },
    versions: sr(byFirstApril, '2019-01-01', 'SR-28: the first evaluation (for 2018) was due by 1 April 2019'),
  },
  // SR-24: satisfaction measured at least once every three years, published within 3 months of its end.
  {
    id: 'SR-24',
    titleLv: 'Klientu apmierinātības mērījums un tā publicēšana',
    titleEn: 'Measuring client satisfaction and publishing the results',
    kind: deadline,
    startEvent: 'calendar',
    owedBy: ['holder', 'institution'],
    fulfilledByLv: 'Rezultāti publicēti tīmekļvietnē',
    fulfilledByEn: 'Results published on the website',
    recurrence: { every: 'three_years', clockStarts: 'period_start' },
    versions: sr({ unit: 'months_after_period_end', amount: 3 }),
  },
] as const satisfies readonly ObligationRule[];

export type RuleId = (typeof RULES)[number]['id'];

const byId = new Map<string, ObligationRule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): ObligationRule | undefined {
  return byId.get(id);
}

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** Rules whose obligations are never overdue (they end, rather than fall due). */
export const RETENTION_RULE_IDS: readonly string[] = RULES.filter((r) => r.kind === 'retention').map((r) => r.id);

export const RECURRING_RULES: readonly ObligationRule[] = RULES.filter((r) => 'recurrence' in r);
