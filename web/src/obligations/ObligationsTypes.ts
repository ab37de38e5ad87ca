// Shapes of the obligations API's answers, as src/obligations/presenters.ts defines them.

export type ObligationStatus = 'open' | 'overdue' | 'fulfilled_on_time' | 'fulfilled_late' | 'cancelled';

export interface DayOut {
  date: string;
  reason: string;
  text: string;
}

export interface ExplanationOut {
  ruleId: string;
  ruleVersion: number;
  startEvent: string;
  startDate: string;
  period: string | null;
  basis: string;
  from: string;
  due: string;
  unit: 'working_days' | 'months' | 'period_end' | 'months_after_period_end' | 'fixed_date';
  amount: number | null;
  direction: 'after' | 'before';
  skipped: DayOut[];
  workingSaturdays: DayOut[];
  provisional: boolean;
}

export interface ObligationOut {
  id: string;
  ruleId: string;
  ruleVersion: number;
  ruleTitleLv: string;
  ruleTitleEn: string;
  organisationId: string;
  organisationName: string;
  centreId: string | null;
  centreName: string | null;
  subjectType: string;
  subjectId: string;
  subjectName: string | null;
  /** The same in English when the name is a description (a contact, a feedback case). */
  subjectNameEn: string | null;
  /** Web page of the subject, when it has one. */
  subjectPath: string | null;
  period: string | null;
  startDate: string;
  dueDate: string;
  status: ObligationStatus;
  fulfilledOn: string | null;
  fulfilledByName: string | null;
  cancelledReason: string | null;
  explanation: ExplanationOut;
}

export interface Counts {
  open: number;
  overdue: number;
  fulfilledOnTime: number;
  fulfilledLate: number;
  cancelled: number;
  total: number;
}

export interface SummaryOut {
  items: (Counts & { ruleId: string; titleLv: string; titleEn: string })[];
  totals: Counts;
}

export interface RuleOut {
  id: string;
  titleLv: string;
  titleEn: string;
}

/** The dashboard's filters as they stand in the address; status '' means "outstanding" (open and overdue). */
export interface ObligationFilter {
  rule: string;
  organisationId: string;
  status: string;
}
