// The staff's rows as the API answers them: members, absences with their flags, continuity gaps, the overview.
import { Type, type Static } from 'typebox';
import { Instant, IsoDate, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { formatClock } from '../centres/index.ts';
import type { Gap } from './continuity.ts';
import type { AbsenceRow, MemberRow } from './repository.ts';
import { ABSENCE_KINDS } from './tables.ts';

const Name = (description: string) => Type.String({ description });

export const MemberSchema = Obj({
  id: Uuid('The member'),
  centreId: Uuid('The centre'),
  name: Name('Name and surname'),
  position: Name('Position'),
  user: Nullable(Obj({ id: Uuid('The user account'), name: Name("The user's name") })),
  servicePoint: Nullable(Obj({ id: Uuid('The service point'), name: Name('Its name') })),
  isHead: Type.Boolean({ description: 'BV-3.1: the head of the centre' }),
  employedFrom: IsoDate('First day of employment'),
  employedUntil: Nullable(IsoDate('Last day of employment')),
});
export type MemberOut = Static<typeof MemberSchema>;

export function presentMember(m: MemberRow): MemberOut {
  return {
    id: m.id,
    centreId: m.centre_id,
    name: m.name,
    position: m.position,
    user: m.user_id ? { id: m.user_id, name: m.user_name ?? '' } : null,
    servicePoint: m.service_point_id ? { id: m.service_point_id, name: m.point_name ?? '' } : null,
    isHead: m.is_head,
    employedFrom: m.employed_from,
    employedUntil: m.employed_until,
  };
}

export interface AbsenceFlags {
  substituteMissing: boolean;
  awaitingDeputy: boolean;
  substituteAbsentOn: string[];
}

export const AbsenceSchema = Obj({
  id: Uuid('The absence'),
  member: Obj(
    {
      id: Uuid('The absent member'),
      name: Name('Name and surname'),
      isHead: Type.Boolean({ description: 'The head of the centre (BV-3.4: the deputy is named by the director)' }),
    },
    { description: 'The absent member of the staff' },
  ),
  kind: StringEnum(ABSENCE_KINDS, 'vacation, sick_leave, training or business_trip'),
  startsOn: IsoDate('First day'),
  endsOn: IsoDate('Last day (inclusive)'),
  substitute: Nullable(Obj({ id: Uuid('The substitute'), name: Name('Name and surname') })),
  substituteNamedBy: Nullable(Name('BV-3.4: who named the head’s deputy for the executive director')),
  note: Nullable(Name('A note')),
  createdAt: Instant('When it was recorded'),
  flags: Obj(
    {
      substituteMissing: Type.Boolean({ description: 'BV-3: no substitute named yet' }),
      awaitingDeputy: Type.Boolean({ description: 'BV-3.4: the head is absent and the director has named no deputy' }),
      substituteAbsentOn: Type.Array(IsoDate('A day'), {
        description: 'The days within the absence on which the substitute is absent too',
        maxItems: 400,
      }),
    },
    { description: 'Warnings the head acts on' },
  ),
});
export type AbsenceOut = Static<typeof AbsenceSchema>;

export function presentAbsence(a: AbsenceRow, flags: AbsenceFlags): AbsenceOut {
  return {
    id: a.id,
    member: { id: a.staff_member_id, name: a.member_name, isHead: a.member_is_head },
    kind: a.kind,
    startsOn: a.starts_on,
    endsOn: a.ends_on,
    substitute: a.substitute_id ? { id: a.substitute_id, name: a.substitute_name ?? '' } : null,
    substituteNamedBy: a.named_by_name,
    note: a.note,
    createdAt: a.created_at.toISOString(),
    flags,
  };
}

export const GapSchema = Obj({
  date: IsoDate('The day'),
  servicePoint: Obj({ id: Uuid('The service point'), name: Name('Its name') }, { description: 'The point' }),
  hours: Type.Array(Name('Opening interval, HH:MM–HH:MM'), { description: 'The opening hours uncovered' }),
  minutes: Type.Integer({ description: 'Opening minutes nobody covers' }),
  reason: StringEnum(['no_staff', 'all_absent'] as const, 'no_staff: nobody works there; all_absent: all absent'),
  absentees: Type.Array(
    Obj({
      memberId: Uuid('The absent member'),
      name: Name('Name and surname'),
      kind: StringEnum(ABSENCE_KINDS, 'The kind of absence'),
      substitute: Nullable(Name('The substitute named')),
      substituteAbsent: Type.Boolean({ description: 'The substitute is absent that day too' }),
    }),
    { description: 'The point’s people, all absent that day' },
  ),
});
export type GapOut = Static<typeof GapSchema>;

export function presentGap(g: Gap): GapOut {
  return {
    date: g.date,
    servicePoint: { id: g.pointId, name: g.pointName },
    hours: g.intervals.map((i) => `${formatClock(i.opens)}–${formatClock(i.closes)}`),
    minutes: g.minutes,
    reason: g.reason,
    absentees: g.absentees.map((a) => ({
      memberId: a.memberId,
      name: a.name,
      kind: a.kind,
      substitute: a.substituteName,
      substituteAbsent: a.substituteAbsent,
    })),
  };
}

export const ContinuitySchema = Obj({
  centreId: Uuid('The centre'),
  from: IsoDate('First day checked'),
  to: IsoDate('Last day checked'),
  staffListed: Type.Boolean({ description: 'The centre keeps a staff list (without one every open hour is a gap)' }),
  openHours: Type.Number({ description: 'Opening hours of all points in the period' }),
  uncoveredHours: Type.Number({ description: 'Opening hours nobody covers' }),
  gaps: Type.Array(GapSchema, { description: 'CR-17.11: the uncovered days, by day and point' }),
});
export type ContinuityOut = Static<typeof ContinuitySchema>;

export const OverviewSchema = Obj({
  from: IsoDate('First day checked'),
  to: IsoDate('Last day checked'),
  centresChecked: Type.Integer({ description: 'Centres that keep a staff list' }),
  centresWithoutStaffList: Type.Integer({ description: 'Operating centres with no staff list yet' }),
  centresWithGaps: Type.Integer({ description: 'Centres with at least one uncovered day' }),
  uncoveredHours: Type.Number({ description: 'Opening hours nobody covers, all centres' }),
  items: Type.Array(
    Obj({
      centreId: Uuid('The centre'),
      centreName: Name('Its name'),
      municipalityId: Uuid('Its municipality'),
      gapDays: Type.Integer({ description: 'Point-days uncovered' }),
      uncoveredHours: Type.Number({ description: 'Opening hours uncovered' }),
      firstGap: Nullable(IsoDate('The first uncovered day')),
    }),
    { description: 'The checked centres with gaps, most hours first' },
  ),
});
export type OverviewOut = Static<typeof OverviewSchema>;
