// The registry's rules from SR (in force from 2017-07-01): the holders' checks, reports and satisfaction surveys.
import type { ObligationRule } from './rule-model.ts';
import { byFirstApril, deadline, periodEnd, sr } from './rule-versions.ts';

export const SR_RULES = [
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
    closedBy: {
      by: 'action',
      capability: 'catalogue',
      actionLv: 'Turētājs pārbauda un apstiprina pakalpojumu aprakstus',
      actionEn: 'The holder checks and confirms its service descriptions',
      path: '/quality',
    },
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
    closedBy: {
      by: 'action',
      capability: 'indicators',
      actionLv: 'Publicēti gada izpildes rādītāji',
      actionEn: 'The year’s indicators published',
      path: '/indicators',
    },
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
    closedBy: {
      by: 'action',
      capability: 'indicators',
      actionLv: 'Publicēta pakalpojumu izvērtēšana',
      actionEn: 'The evaluation of services published',
      path: '/indicators/evaluation',
    },
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
    closedBy: { by: 'record' },
    versions: sr({ unit: 'months_after_period_end', amount: 3 }),
  },
] as const satisfies readonly ObligationRule[];
