// The registry's rules from DR (the 2016 draft), for what CR leaves open: a centre's end, the basket's changes,
// access to the system, the centre's e-mail and the keeping of the client's written confirmation.
import type { ObligationRule } from './rule-model.ts';
import { deadline, dr, monthsAfter, monthsKept, periodEnd, workingDaysAfter } from './rule-versions.ts';

export const DR_RULES = [
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
  // DR-12.3: the centre ceases within six months of the council's decision. "Sešu mēnešu laikā pēc pašvaldības domes
  // lēmuma pieņemšanas dienas pārtrauc ... darbību": a time to act, counted from the day after the decision and
  // ending on the corresponding date of the sixth month (its last day when the month is shorter); as with every term
  // to act (Administrative Procedure Law s. 43), an end on a day off moves to the next working day. Decided
  // 28.05.2026 → Saturday 28.11.2026 → Monday 30.11.2026. The centres' lifecycle reads this entry (closing deadline).
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
    closedBy: {
      by: 'action',
      capability: 'basket',
      actionLv: 'Ministrija reģistrē viedokli par groza izmaiņu pieprasījumu',
      actionEn: 'The ministry records its opinion on the basket change request',
      path: '/basket',
    },
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
    closedBy: {
      by: 'action',
      capability: 'basket',
      actionLv: 'Turētājs reģistrē uzturētājam nosūtīto informāciju',
      actionEn: 'The holder records the information sent to the maintainer',
      path: '/basket',
    },
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
    closedBy: {
      by: 'action',
      capability: 'basket',
      actionLv: 'Uzturētājs saglabā groza versiju pieprasījumam (centriem paziņo sistēma)',
      actionEn: 'The maintainer saves the basket version for the request (the system notifies the centres)',
      path: '/basket',
    },
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
    closedBy: {
      by: 'action',
      capability: 'basket',
      actionLv: 'Ministrija reģistrē groza pārskatīšanu',
      actionEn: 'The ministry records the review of the basket',
      path: '/basket',
    },
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
    // Opened by the basket's version (src/basket/training-duties.ts); the training happens outside the system, so
    // the institution records it held.
    closedBy: { by: 'record' },
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
  // DR-27.3: the client's written confirmation is kept for three months after the e-service was completed. One
  // reading serves both this obligation and the e-services' retention job, which deletes the personal data:
  // "ko ... glabā trīs mēnešus pēc elektroniskā pakalpojuma izpildes dienas" counts from the day after the day of
  // completion, and a term in months ends on the corresponding date of its last month, or on that month's last day
  // when the month has no such date (Administrative Procedure Law s. 43; the Civil Law counts month terms alike).
  // The rule that an end on a day off moves to the next working day is there so that whoever must act keeps the
  // whole term; nobody has to act on the last day of a storage period, and keeping personal data a day or two longer
  // than the law allows is what storage limitation forbids. So the term ends on that date even on a day off, and the
  // data go from the next day on: completed 15.01.2027 → kept through 15.04.2027; 30.11.2026 → 28.02.2027 (a Sunday);
  // 30.11.2025 → 28.02.2026 (a Saturday, not Monday 02.03); 30.11.2027 → 29.02.2028; 31.08.2027 → 30.11.2027.
  {
    id: 'DR-27.3',
    titleLv: 'Klienta apliecinājuma glabāšana',
    titleEn: "Keeping the client's written confirmation",
    kind: 'retention',
    startEvent: 'eservice_completed',
    owedBy: ['centre'],
    fulfilledByLv: 'Apliecinājums glabāts visu termiņu un pēc tam iznīcināts',
    fulfilledByEn: 'Confirmation kept for the whole term, then destroyed',
    versions: dr(monthsKept(3)),
  },
] as const satisfies readonly ObligationRule[];
