// The committee's request shapes (TypeBox): every string bounded, unknown properties refused.
import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { SUBJECT_KINDS, VOTES } from './presenters.ts';

export const IdParams = Obj({ id: Uuid('The record') });
export type IdIn = Static<typeof IdParams>;

export const CommitteeQuery = Obj({
  date: Type.Optional(IsoDate('The day the composition is checked on, YYYY-MM-DD (default: today in Europe/Riga)')),
});
export type CommitteeQueryIn = Static<typeof CommitteeQuery>;

export const MemberBody = Obj({
  organisationId: Uuid('The member organisation: the ministry, an institution, a holder or a CR-9 association'),
  representativeName: Str('The representative’s name', 200, { minLength: 1 }),
  representativePosition: Type.Optional(Nullable(Str('Their position', 200))),
  userId: Type.Optional(Nullable(Uuid('Their account (a user of the organisation), when they have one'))),
  validFrom: IsoDate('First day of the membership'),
  validUntil: Type.Optional(Nullable(IsoDate('Last day (absent or null: open-ended)'))),
});
export type MemberIn = Static<typeof MemberBody>;

export const EndMemberBody = Obj({ validUntil: IsoDate('The last day of the membership') });
export type EndMemberIn = Static<typeof EndMemberBody>;

export const StatuteBody = Obj({
  documentId: Uuid('The statute as a stored document (POST /api/v1/documents)'),
  approvedOn: IsoDate('The day the ministry approved it'),
  note: Type.Optional(Nullable(Str('A note', 1000))),
});
export type StatuteIn = Static<typeof StatuteBody>;

export const MeetingBody = Obj({
  plannedOn: IsoDate('The day the meeting is planned for'),
  place: Str('Where it is held (a room, or "attālināti")', 300, { minLength: 1 }),
});
export type MeetingIn = Static<typeof MeetingBody>;

/** CR-11: what of a planned meeting the ministry may change until it is held (its members follow from the day). */
export const MeetingPatchBody = Obj({
  plannedOn: Type.Optional(IsoDate('The day the meeting is planned for')),
  place: Type.Optional(Str('Where it is held (a room, or "attālināti")', 300, { minLength: 1 })),
});
export type MeetingPatchIn = Static<typeof MeetingPatchBody>;

export const ItemParams = Obj({ id: Uuid('The meeting'), itemId: Uuid('The agenda item') });
export type ItemIn = Static<typeof ItemParams>;

/** CR-11: an agenda item of a planned meeting, renamed or given another document (what it is about stays). */
export const AgendaItemPatchBody = Obj({
  title: Type.Optional(Str('What is considered', 500, { minLength: 1 })),
  documentId: Type.Optional(Nullable(Uuid('A stored document the item considers (null: none)'))),
});
export type AgendaItemPatchIn = Static<typeof AgendaItemPatchBody>;

export const AgendaItemBody = Obj({
  title: Str('What is considered', 500, { minLength: 1 }),
  subjectKind: StringEnum(
    SUBJECT_KINDS,
    'proposal (CR-10.1), quality_evaluation (CR-10.2), centres_analysis (CR-10.3), survey_report (CR-10.4), ' +
      'basket_version, other',
  ),
  subjectId: Type.Optional(Nullable(Uuid('The proposal or basket version (required for those kinds, else absent)'))),
  documentId: Type.Optional(Nullable(Uuid('A stored document the item considers'))),
});
export type AgendaItemIn = Static<typeof AgendaItemBody>;

export const HeldBody = Obj({ heldOn: IsoDate('The day the meeting was held (not in the future)') });
export type HeldIn = Static<typeof HeldBody>;

export const DecisionBody = Obj({
  agendaItemId: Uuid('The agenda item decided on'),
  text: Str('What the committee decided', 4000, { minLength: 1 }),
  votes: Type.Array(
    Obj({
      organisationId: Uuid('A member organisation on the day of the meeting'),
      vote: StringEnum(VOTES, 'for, against or abstain'),
    }),
    { description: 'Each member organisation’s vote, recorded by the secretary', maxItems: 100 },
  ),
});
export type DecisionIn = Static<typeof DecisionBody>;

export const ApproveMinutesBody = Obj({
  approvedOn: Type.Optional(IsoDate('The day the minutes were approved (default: today in Europe/Riga)')),
});
export type ApproveMinutesIn = Static<typeof ApproveMinutesBody>;
