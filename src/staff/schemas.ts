// Request shapes of the staff's API: one TypeBox schema per body and query (validation, types and OpenAPI at once).
import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { ABSENCE_KINDS } from './tables.ts';

export const CentreParams = Obj({ id: Uuid('The centre') });
export const MemberParams = Obj({ id: Uuid('The member of the staff') });
export const AbsenceParams = Obj({ id: Uuid('The absence') });

export const MemberBody = Obj({
  name: Str('Name and surname', 200, { minLength: 1 }),
  position: Str('Position (amats)', 200, { minLength: 1 }),
  userId: Type.Optional(Nullable(Uuid("The person's user account, one of the municipality's users"))),
  servicePointId: Type.Optional(
    Nullable(Uuid('The service point the person works at; none: every point of the centre')),
  ),
  isHead: Type.Optional(
    Type.Boolean({ description: 'BV-3.1: the head of the centre (set by the executive director’s side, BV-3.2)' }),
  ),
  employedFrom: IsoDate('First day of employment at the centre'),
  employedUntil: Type.Optional(Nullable(IsoDate('Last day of employment (none: open-ended)'))),
});
export type MemberIn = Static<typeof MemberBody>;

export const MemberPatch = Type.Partial(MemberBody, { additionalProperties: false });
export type MemberPatchIn = Static<typeof MemberPatch>;

export const AbsenceKindSchema = StringEnum(ABSENCE_KINDS, 'vacation, sick_leave, training or business_trip');

export const AbsenceBody = Obj({
  memberId: Uuid('The absent member of the staff'),
  kind: AbsenceKindSchema,
  startsOn: IsoDate('First day of the absence'),
  endsOn: IsoDate('Last day of the absence (inclusive)'),
  substituteId: Type.Optional(
    Nullable(Uuid('BV-3.9: the member who substitutes; BV-3.4: for the head, the deputy named by the director')),
  ),
  note: Type.Optional(Nullable(Str('A note (e.g. the order number)', 500))),
});
export type AbsenceIn = Static<typeof AbsenceBody>;

export const SubstituteBody = Obj({
  substituteId: Nullable(Uuid('The substitute (BV-3.4: the deputy of the head); null removes it')),
});
export type SubstituteIn = Static<typeof SubstituteBody>;

export const RangeQuery = Obj({
  from: Type.Optional(IsoDate('First day (default: today in Europe/Riga)')),
  to: Type.Optional(IsoDate('Last day, inclusive (default: four weeks from the first day; at most 92 days)')),
});
export type RangeIn = Static<typeof RangeQuery>;
