// Shapes of the complaints API (derived from the generated schema) as the pages use them, a labelled text area, and
// the conversion of a Riga wall-clock time to the instant the API stores.
import type { ApiResponse, Item, ItemOf } from '../api.ts';
import { allOf } from '../api/enums.ts';
import { formatDateTime } from '../shared/format.ts';

/** GET /api/v1/feedback-cases. */
export type CaseSummary = ItemOf<'listFeedbackCases'>;
/** GET /api/v1/feedback-cases/{id}. */
export type CaseDetail = ApiResponse<'getFeedbackCase'>;
export type Kind = CaseDetail['kind'];
export type AddresseeOut = CaseDetail['addressee'];
export type Addressee = AddresseeOut['kind'];
export type Ref = CaseDetail['centre'];
export type StageOut = Item<CaseDetail['contest']['stages']>;
export type ContestBody = StageOut['body'];
/** A service to name in a case: a hit of GET /api/v1/services. */
export type ServiceOption = Pick<ItemOf<'listServices'>, 'id' | 'identifier' | 'nameLv' | 'holder'>;

type Channel = CaseDetail['channel'];
type ReplyChannel = NonNullable<CaseDetail['submitter']>['replyChannel'];
type AnswerChannel = NonNullable<CaseDetail['answer']>['channel'];
type ContestSubject = NonNullable<CaseDetail['contest']['subject']>;
type ContestDecision = NonNullable<StageOut['decision']>;

export const KINDS = allOf<Kind>({ complaint: true, question: true, suggestion: true });
export const CHANNELS = allOf<Channel>({
  in_person: true,
  phone: true,
  email: true,
  e_address: true,
  post: true,
  video: true,
});
export const REPLY_CHANNELS = allOf<ReplyChannel>({ email: true, post: true, e_address: true, in_person: true });
export const ANSWER_CHANNELS = allOf<AnswerChannel>({
  email: true,
  post: true,
  e_address: true,
  in_person: true,
  phone: true,
});
export const ADDRESSEES = allOf<Addressee>({ centre: true, holder: true });
export const CONTEST_SUBJECTS = allOf<ContestSubject>({
  employee_action: true,
  head_action: true,
  administrative_act: true,
});
export const CONTEST_DECISIONS = allOf<ContestDecision>({ upheld: true, partly_upheld: true, rejected: true });

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
