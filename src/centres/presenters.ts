// The shapes in which centres, their points, hours and reception hours leave the staff API. No row reaches JSON
// without passing here.
import { Type, type Static } from 'typebox';
import { Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { CENTRE_KINDS, CENTRE_STATUS_VALUES } from '../organisations/index.ts';
import { toClock, type Interval } from './clock.ts';
import { functionByCode } from './functions.ts';
import { CENTRE_ACTIONS } from './lifecycle.ts';
import type { CentreData, PointData, ReceptionData } from './load.ts';
import type { CentreRow } from './repository.ts';
import type { CentreRight } from './policy.ts';
import { inForce } from './kind-rules.ts';
import { facilitiesOf } from './facilities.ts';

const Text = (description: string) => Type.String({ description });
const Day = (description: string) => Type.String({ description, format: 'date' });

export const KindSchema = StringEnum(CENTRE_KINDS, 'Centre kind (CR-3)');
export const LevelSchema = StringEnum(CENTRE_KINDS, 'Development-centre level of the place (CR-4 … CR-6)');
export const StatusSchema = StringEnum(
  CENTRE_STATUS_VALUES,
  'Lifecycle status: planned → operating → liquidation_decided → closed (DR-10, DR-12)',
);

export const IntervalSchema = Obj({
  opens: Text('Opens at HH:MM'),
  closes: Text('Closes at HH:MM (24:00 = midnight)'),
});
export const WeekdaySchema = Obj({
  weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' }),
  intervals: Type.Array(IntervalSchema, { description: 'Open intervals, in order; empty: closed' }),
});
const week = (description: string) => Type.Array(WeekdaySchema, { description });

export const FunctionSchema = Obj({
  code: Text('Function code (BV-2.1)'),
  nameLv: Text('Name in Latvian'),
  nameEn: Text('Name in English'),
});

export const ScheduleSchema = Obj({
  id: Uuid('Schedule id'),
  label: Nullable(Text('What the schedule is, e.g. "Vasaras darba laiks"')),
  validFrom: Nullable(Day('First day of a seasonal variant; null for the default schedule')),
  validUntil: Nullable(Day('Last day of a seasonal variant; null when open-ended')),
  days: week('Monday to Sunday'),
});

export const ExceptionSchema = Obj({
  id: Uuid('Exception id'),
  startsOn: Day('First day'),
  endsOn: Day('Last day'),
  closed: Type.Boolean({ description: 'Closed on these days; otherwise open with the special intervals' }),
  intervals: Type.Array(IntervalSchema, { description: 'Special hours (empty when closed)' }),
  reason: Text('Why'),
});

export const PointSchema = Obj({
  id: Uuid('Service point id'),
  name: Text('Name of the point'),
  address: Text('Address (BV-1.8)'),
  latitude: Nullable(Type.Number({ description: 'Latitude (WGS 84)' })),
  longitude: Nullable(Type.Number({ description: 'Longitude (WGS 84)' })),
  phone: Nullable(Text('Phone')),
  email: Nullable(Text('E-mail')),
  functions: Type.Array(FunctionSchema, { description: 'Functions offered here (BV-2.1)' }),
  schedules: Type.Array(ScheduleSchema, { description: 'Weekly hours: the default, then seasonal variants by start' }),
  exceptions: Type.Array(ExceptionSchema, { description: 'Closures and special hours on dates' }),
  version: Type.Integer({
    description: 'Counts changes of the point\'s details and weekly hours; send it as If-Match ("3") to change them',
  }),
});
export type PointOut = Static<typeof PointSchema>;

export const InstitutionRefSchema = Obj(
  { id: Uuid('Organisation id'), name: Text('Full name'), shortName: Nullable(Text('Short name')) },
  { description: 'The institution whose officer receives clients' },
);

export const ReceptionSchema = Obj({
  id: Uuid('Version id'),
  institution: InstitutionRefSchema,
  validFrom: Day('First day of this version'),
  validUntil: Nullable(Day('Last day; null while it is the latest')),
  inForce: Type.Boolean({ description: 'In force today (Riga)' }),
  days: week('Weekly reception hours, Monday to Sunday'),
});
export type ReceptionOut = Static<typeof ReceptionSchema>;

const RIGHTS = ['edit_details', 'edit_contacts', 'edit_points', 'edit_reception', 'transition'] as const;

export const CentreSummarySchema = Obj({
  id: Uuid('Centre id'),
  name: Text('Name of the centre'),
  kind: Nullable(KindSchema),
  status: StatusSchema,
  municipality: Obj(
    { id: Uuid('Municipality id'), name: Text('Municipality') },
    { description: 'The municipality that runs the centre' },
  ),
  placeName: Nullable(Text('Town or village where the centre is')),
  placeLevel: Nullable(LevelSchema),
  closingDeadline: Nullable(Day('DR-12.3: ceases by this day (liquidation decided)')),
});
export type CentreSummaryOut = Static<typeof CentreSummarySchema>;

export const CentreDetailSchema = Obj({
  ...CentreSummarySchema.properties,
  head: Nullable(Obj({ id: Uuid('User id'), name: Text('Name') }, { description: 'Head of centre (CR-20.3)' })),
  email: Nullable(Text('E-mail (DR-20.1)')),
  phone: Nullable(Text('Phone (DR-20.1)')),
  eAddress: Nullable(Text('Official e-address (DR-20.1)')),
  website: Nullable(Text('Website')),
  facilities: Obj(
    {
      ipTelephony: Nullable(Type.Boolean({ description: 'CR-17.5: IP telephony connected to the system' })),
      publicComputer: Nullable(Type.Boolean({ description: 'CR-17.6: a public computer with portal access' })),
      freeWifi: Nullable(Type.Boolean({ description: 'CR-17.7: free wireless internet' })),
    },
    {
      description: 'What the centre provides besides the counter, as its municipality recorded it (null: not recorded)',
    },
  ),
  openedOn: Nullable(Day('Day it opened')),
  liquidationDecidedOn: Nullable(Day('Day of the decision to liquidate (DR-12.2)')),
  liquidationBasis: Nullable(Text('The decision')),
  closedOn: Nullable(Day('Day it closed')),
  points: Type.Array(PointSchema, { description: 'Service points (BV-1.2)' }),
  reception: Type.Array(ReceptionSchema, { description: "Institutions' reception hours, every version, newest first" }),
  rights: Type.Array(StringEnum(RIGHTS, 'A right'), { description: 'What the caller may change here' }),
  actions: Type.Array(StringEnum(CENTRE_ACTIONS, 'A lifecycle step'), {
    description: 'Lifecycle steps the caller may take now',
  }),
  version: Type.Integer({
    description:
      "Counts changes of the centre's own fields (its points have their own); also the ETag: send it as If-Match to change the centre",
  }),
});
export type CentreDetailOut = Static<typeof CentreDetailSchema>;

/** All seven weekdays, empty ones included, so that an editor can show the whole week. */
export function presentWeek(days: Partial<Record<number, Interval[]>>) {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, intervals: (days[weekday] ?? []).map(toClock) }));
}

export function presentFunctions(codes: readonly string[]) {
  return codes.flatMap((code) => {
    const f = functionByCode(code);
    return f ? [{ code, nameLv: f.nameLv, nameEn: f.nameEn }] : [];
  });
}

export function presentPoint(p: PointData): PointOut {
  return {
    id: p.row.id,
    name: p.row.name,
    address: p.row.address,
    latitude: p.row.latitude,
    longitude: p.row.longitude,
    phone: p.row.phone,
    email: p.row.email,
    functions: presentFunctions(p.functions),
    schedules: p.schedules.map((s) => ({
      id: s.id,
      label: s.label,
      validFrom: s.validFrom,
      validUntil: s.validUntil,
      days: presentWeek(s.days),
    })),
    exceptions: p.exceptions.map((e) => ({
      id: e.id,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      closed: e.closed,
      intervals: e.intervals.map(toClock),
      reason: e.reason,
    })),
    version: p.row.version,
  };
}

export function presentReception(r: ReceptionData, today: string): ReceptionOut {
  return {
    id: r.id,
    institution: { id: r.row.institution_id, name: r.row.institution_name, shortName: r.row.institution_short_name },
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    inForce: inForce(r, today),
    days: presentWeek(r.days),
  };
}

export function presentCentreSummary(row: CentreRow): CentreSummaryOut {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    municipality: { id: row.municipality_id, name: row.municipality_name },
    placeName: row.place_name,
    placeLevel: row.place_level,
    closingDeadline: row.closing_deadline,
  };
}

export function presentCentreDetail(
  c: CentreData,
  today: string,
  rights: CentreRight[],
  actions: CentreDetailOut['actions'],
): CentreDetailOut {
  const r = c.row;
  return {
    ...presentCentreSummary(r),
    head: r.head_user_id ? { id: r.head_user_id, name: r.head_name ?? '' } : null,
    email: r.email,
    phone: r.phone,
    eAddress: r.e_address,
    website: r.website,
    facilities: facilitiesOf(r),
    openedOn: r.opened_on,
    liquidationDecidedOn: r.liquidation_decided_on,
    liquidationBasis: r.liquidation_basis,
    closedOn: r.closed_on,
    points: c.points.map(presentPoint),
    reception: c.reception.map((v) => presentReception(v, today)),
    rights,
    actions,
    version: r.version,
  };
}
