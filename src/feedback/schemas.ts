// Request shapes of complaints, questions and suggestions: the single source of validation, type and OpenAPI.
// Rules about values (dates in order, a point of the centre, the reply address on its channel) are the services'.
import { Type, type Static } from 'typebox';
import { Instant, IsoDate, Nullable, Obj, PageQuery, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { CONTEST_DECISIONS, CONTEST_SUBJECTS } from './contest.ts';

export const KINDS = ['complaint', 'question', 'suggestion'] as const;
export const CHANNELS = ['in_person', 'phone', 'email', 'e_address', 'post', 'video'] as const;
export const REPLY_CHANNELS = ['email', 'post', 'e_address', 'in_person'] as const;
export const ANSWER_CHANNELS = ['email', 'post', 'e_address', 'in_person', 'phone'] as const;
export const ADDRESSEES = ['centre', 'holder'] as const;
export const STATUSES = ['open', 'answered'] as const;

export const CaseParams = Obj({ id: Uuid('Case id') });
export const StageParams = Obj({
  id: Uuid('Case id'),
  position: Type.Integer({ minimum: 1, maximum: 3, description: 'Position of the stage on its path (1, 2, 3)' }),
});

const Addressee = StringEnum(
  ADDRESSEES,
  'centre: the centre answers (its municipality, CR-20.7); holder: the holder of the service answers (CR-19.7)',
);
const Reason = Str('Why, as the history will show it', 1000, { minLength: 1 });

export const SubmitterIn = Obj(
  {
    name: Str("The submitter's name", 200, { minLength: 1 }),
    replyChannel: StringEnum(REPLY_CHANNELS, 'How the answer reaches the submitter'),
    replyAddress: Type.Optional(
      Nullable(
        Str(
          'Where the answer goes: an e-mail address, a postal address or an official e-address; none when answered at the centre',
          300,
          { minLength: 1 },
        ),
      ),
    ),
  },
  { description: 'Only what is needed to answer: a name and one address on the reply channel' },
);

export const RegisterBody = Obj({
  kind: StringEnum(KINDS, 'Complaint, question or suggestion (CR-17.13)'),
  centreId: Uuid('The centre where it was received (one of yours)'),
  servicePointId: Type.Optional(Nullable(Uuid('The service point of that centre, when known'))),
  serviceId: Type.Optional(Nullable(Uuid('The catalogue service it concerns, when it concerns one'))),
  contactId: Type.Optional(
    Nullable(
      Uuid(
        'The contact registered at the counter that it came with (CR-17.13), at the same centre; any other id is 400 feedback_contact_unknown',
      ),
    ),
  ),
  channel: StringEnum(CHANNELS, 'How it was received'),
  receivedAt: Type.Optional(
    Instant('When it was received; defaults to now; not in the future, not before 2017-07-01 (CR-17.13)'),
  ),
  submitter: SubmitterIn,
  text: Str('What the submitter says', 4000, { minLength: 1 }),
  routeTo: Type.Optional(Addressee),
});
export type RegisterIn = Static<typeof RegisterBody>;

export const RouteBody = Obj({
  to: Addressee,
  serviceId: Type.Optional(
    Uuid('The service it concerns, when it turns out to be another one (routing to the holder needs a service)'),
  ),
  reason: Reason,
});
export type RouteIn = Static<typeof RouteBody>;

export const EscalateBody = Obj({ reason: Str('Why the case is not standard (SR-19.2)', 1000, { minLength: 1 }) });
export type EscalateIn = Static<typeof EscalateBody>;

export const AnswerBody = Obj({
  text: Str('The answer', 4000, { minLength: 1 }),
  channel: StringEnum(ANSWER_CHANNELS, 'How the answer was given'),
  answeredOn: Type.Optional(
    IsoDate('The day it was given; defaults to today in Riga; not in the future, not before the case was received'),
  ),
});
export type AnswerIn = Static<typeof AnswerBody>;

export const LodgeStageBody = Obj({
  subject: Type.Optional(
    StringEnum(
      CONTEST_SUBJECTS,
      'What is contested, fixed by the first stage: employee_action (BV-4.2.1), head_action (BV-4.2.3), administrative_act (BV-4.3)',
    ),
  ),
  lodgedOn: IsoDate('The day the submission reached that stage; not in the future, not before the previous decision'),
  grounds: Str('What is contested and why', 2000, { minLength: 1 }),
});
export type LodgeStageIn = Static<typeof LodgeStageBody>;

export const DecideStageBody = Obj({
  decision: StringEnum(CONTEST_DECISIONS, 'The decision of the stage'),
  decidedOn: IsoDate('The day of the decision; not before the stage was lodged, not in the future'),
  text: Str('The decision in short, with its reference', 4000, { minLength: 1 }),
});
export type DecideStageIn = Static<typeof DecideStageBody>;

export const ListQuery = Obj({
  status: Type.Optional(StringEnum(STATUSES, 'Only open or only answered cases')),
  overdue: Type.Optional(
    Type.Boolean({ description: 'true: only open cases past their due date in Riga time; false: all others' }),
  ),
  kind: Type.Optional(StringEnum(KINDS, 'Only this kind')),
  centreId: Type.Optional(Uuid('Only cases of this centre')),
  addressee: Type.Optional(Addressee),
  receivedFrom: Type.Optional(IsoDate('Only cases received on or after this day')),
  receivedTo: Type.Optional(IsoDate('Only cases received on or before this day')),
  ...PageQuery,
});
export type ListIn = Static<typeof ListQuery>;
