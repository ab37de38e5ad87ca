// Shapes of the complaints API (src/feedback/presenters.ts) as the pages use them, a labelled text area, and the
// conversion of a Riga wall-clock time to the instant the API stores.
import { formatDateTime } from '../format.ts';

export const KINDS = ['complaint', 'question', 'suggestion'] as const;
export const CHANNELS = ['in_person', 'phone', 'email', 'e_address', 'post', 'video'] as const;
export const REPLY_CHANNELS = ['email', 'post', 'e_address', 'in_person'] as const;
export const ANSWER_CHANNELS = ['email', 'post', 'e_address', 'in_person', 'phone'] as const;
export const ADDRESSEES = ['centre', 'holder'] as const;
export const CONTEST_SUBJECTS = ['employee_action', 'head_action', 'administrative_act'] as const;
export const CONTEST_DECISIONS = ['upheld', 'partly_upheld', 'rejected'] as const;

export type Kind = (typeof KINDS)[number];
export type Addressee = (typeof ADDRESSEES)[number];
export type ContestBody = 'head_of_centre' | 'executive_director' | 'appeals_commission' | 'court';

export interface Ref {
  id: string;
  name: string;
}

export interface AddresseeOut {
  kind: Addressee;
  organisationId: string;
  name: string;
}

export interface CaseSummary {
  id: string;
  number: number;
  kind: Kind;
  status: 'open' | 'answered';
  overdue: boolean;
  level: number;
  centre: Ref;
  service: { id: string; identifier: string; name: string; holder: Ref } | null;
  addressee: AddresseeOut;
  channel: (typeof CHANNELS)[number];
  receivedAt: string;
  dueDate: string;
  answeredOn: string | null;
  answeredLate: boolean;
}

export interface StageOut {
  position: number;
  body: ContestBody;
  clause: string;
  lodgedOn: string;
  grounds: string;
  lodgedBy: string | null;
  decision: (typeof CONTEST_DECISIONS)[number] | null;
  decisionText: string | null;
  decidedOn: string | null;
  decidedBy: string | null;
}

export interface CaseDetail extends CaseSummary {
  municipality: Ref;
  servicePoint: Ref | null;
  contactId: string | null;
  submitter: { name: string; replyChannel: (typeof REPLY_CHANNELS)[number]; replyAddress: string | null } | null;
  text: string;
  due: {
    date: string;
    ruleId: string;
    basis: string;
    from: string;
    unit: 'working_days' | 'months';
    amount: number;
    skipped: { date: string; reason: string; text: string; textLv: string }[];
    provisional: boolean;
    obligationId: string | null;
  };
  answer: {
    text: string;
    channel: (typeof ANSWER_CHANNELS)[number];
    answeredOn: string;
    answeredAt: string;
    answeredBy: string | null;
    level: number;
    late: boolean;
  } | null;
  history: {
    type: 'registered' | 'routed' | 'escalated' | 'answered';
    occurredAt: string;
    actor: string;
    addressee: AddresseeOut | null;
    level: number | null;
    reason: string | null;
  }[];
  contest: {
    subject: (typeof CONTEST_SUBJECTS)[number] | null;
    stages: StageOut[];
    next: { position: number; body: ContestBody; clause: string } | null;
    waiting: boolean;
  };
  rights: ('route' | 'escalate' | 'answer' | 'contest')[];
}

export interface ServiceOption {
  id: string;
  identifier: string;
  nameLv: string;
  holder: Ref;
}

/** "2026-11-23T14:05" read as a wall-clock time in Riga → the ISO instant (Riga is UTC+2 or UTC+3). */
export function rigaInstant(local: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const wanted = `${d}.${mo}.${y}. ${h}:${mi}`;
  for (const offsetHours of [2, 3]) {
    const instant = new Date(asUtc - offsetHours * 3_600_000);
    if (formatDateTime(instant) === wanted) return instant.toISOString();
  }
  return new Date(asUtc - 2 * 3_600_000).toISOString();
}
