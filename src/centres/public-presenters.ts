// The public finder's shapes (CR-17.8, CR-17.9, DR-20.1): what anybody may read about an operating centre.
// No staff-only facts (head of centre, rights, lifecycle decisions beyond the closing day).
import { Type, type Static } from 'typebox';
import { Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { toClock } from './clock.ts';
import type { PublicDayHours } from './public-hours.ts';
import { CENTRE_STATUSES } from './lifecycle.ts';
import {
  FunctionSchema,
  IntervalSchema,
  KindSchema,
  WeekdaySchema,
  presentFunctions,
  presentWeek,
} from './presenters.ts';
import type { PointData, ReceptionData } from './load.ts';
import type { CentreRow } from './repository.ts';
import type { CentreStatus, ServicePoint } from './tables.ts';
import type { Organisation } from '../organisations/index.ts';

const Text = (description: string) => Type.String({ description });
const Day = (description: string) => Type.String({ description, format: 'date' });

const REASONS = [
  'regular',
  'shortened',
  'working_saturday',
  'public_holiday',
  'transferred_day_off',
  'exception',
  'no_schedule',
  'centre_closed',
] as const;

export const DayHoursSchema = Obj(
  {
    date: Day('The day'),
    weekday: Type.Integer({ description: 'ISO weekday: 1 = Monday … 7 = Sunday' }),
    open: Type.Boolean({ description: 'Open at all that day' }),
    intervals: Type.Array(IntervalSchema, { description: 'Open intervals' }),
    reason: StringEnum(
      REASONS,
      'Why the day is as it is: the regular schedule, shortened before a holiday (Labour Law s.135), a working Saturday, a public holiday, a day off moved by the Cabinet, an exception, no schedule, or the centre had ceased by then (after its closing deadline, DR-12.3)',
    ),
    shortened: Type.Boolean({ description: 'One hour shorter: the day before a public holiday (Labour Law s.135)' }),
    holidayLv: Nullable(Text('The public holiday, in Latvian')),
    holidayEn: Nullable(Text('The public holiday, in English')),
    pairedWith: Nullable(
      Day(
        'A working Saturday: the weekday whose hours it keeps; a day off moved by the Cabinet: the Saturday worked instead',
      ),
    ),
    exceptionReason: Nullable(Text('Why an exception applies')),
    scheduleLabel: Nullable(Text('The schedule in force, e.g. "Vasaras darba laiks"')),
  },
  { description: "A point's hours on one day, with the calendar's reasons" },
);
export type DayHoursOut = Static<typeof DayHoursSchema>;

const Channels = {
  email: Nullable(Text('E-mail')),
  phone: Nullable(Text('Phone')),
  eAddress: Nullable(Text('Official e-address')),
  website: Nullable(Text('Website')),
};

const Coordinate = (description: string) => Nullable(Type.Number({ description }));

export const PublicCentreSummarySchema = Obj({
  id: Uuid('Centre id'),
  name: Text('Name of the centre'),
  kind: Nullable(KindSchema),
  status: StringEnum(
    CENTRE_STATUSES,
    'As the public sees it: operating; liquidation_decided until the closing deadline; closed from the day after it (DR-12.3)',
  ),
  closingDeadline: Nullable(
    Day('The centre ceases by this day (DR-12.3): with liquidation_decided it will close by then, with closed it has'),
  ),
  openNow: Type.Boolean({
    description:
      "A service point is open at this minute on Riga's clock (public holidays, shortened days, exceptions and the closing deadline counted)",
  }),
  municipality: Obj(
    { id: Uuid('Municipality id'), name: Text('Municipality') },
    { description: 'The municipality that runs the centre' },
  ),
  placeName: Nullable(Text('Town or village')),
  phone: Nullable(Text("Phone: the centre's, or its municipality's when the centre has none (DR-20.1)")),
  email: Nullable(Text("E-mail: the centre's, or its municipality's when the centre has none (DR-20.1)")),
  addresses: Type.Array(Text('Address'), { description: "The service points' addresses" }),
  publicComputer: Type.Boolean({
    description: 'CR-17.6: a public computer with access to the state services portal (as the municipality recorded)',
  }),
  freeWifi: Type.Boolean({ description: 'CR-17.7: free wireless internet (as the municipality recorded)' }),
  locations: Type.Array(
    Obj({
      pointId: Uuid('Service point id'),
      name: Text('Name of the point'),
      address: Text('Address'),
      latitude: Coordinate('Latitude (WGS 84), when known'),
      longitude: Coordinate('Longitude (WGS 84), when known'),
    }),
    { description: 'The service points with their coordinates, for a map or "nearest to me"' },
  ),
});
export type PublicCentreSummaryOut = Static<typeof PublicCentreSummarySchema>;

export const PublicCentreSchema = Obj({
  ...PublicCentreSummarySchema.properties,
  date: Day('The day the hours are for (today in Riga unless asked for another day)'),
  contacts: Obj(Channels, { description: 'Remote contact channels of the centre (DR-20.1)' }),
  municipalityContacts: Obj(Channels, { description: "The municipality's remote contact channels" }),
  points: Type.Array(
    Obj({
      id: Uuid('Service point id'),
      name: Text('Name'),
      address: Text('Address'),
      latitude: Nullable(Type.Number({ description: 'Latitude (WGS 84)' })),
      longitude: Nullable(Type.Number({ description: 'Longitude (WGS 84)' })),
      phone: Nullable(Text('Phone')),
      email: Nullable(Text('E-mail')),
      functions: Type.Array(FunctionSchema, { description: 'Functions offered here (BV-2.1)' }),
      today: DayHoursSchema,
      week: Type.Array(DayHoursSchema, { description: 'Monday to Sunday of the week of `date`' }),
    }),
    { description: 'Service points with their hours' },
  ),
  reception: Type.Array(
    Obj({
      institution: Obj(
        { id: Uuid('Organisation id'), name: Text('Full name'), shortName: Nullable(Text('Short name')), ...Channels },
        { description: 'The institution with its remote contact channels (DR-20.1)' },
      ),
      validFrom: Day('In force from'),
      validUntil: Nullable(Day('In force until')),
      days: Type.Array(WeekdaySchema, { description: 'Monday to Sunday' }),
    }),
    { description: "Institutions' reception hours in force on `date`" },
  ),
  services: Type.Array(Obj({ id: Uuid('Service id'), name: Text('Service name') }), {
    description:
      'Services offered at the centre on `date` (CR-7, CR-17.8): the published services of its scope, the basket in ' +
      'force and the municipality’s entries, by name (none once it has ceased). ' +
      '`/api/v1/public/centres/{id}/services` gives each with its basis and basket items.',
  }),
});
export type PublicCentreOut = Static<typeof PublicCentreSchema>;

export function presentDayHours(d: PublicDayHours): DayHoursOut {
  return {
    date: d.date,
    weekday: d.weekday,
    open: d.open,
    intervals: d.intervals.map(toClock),
    reason: d.reason,
    shortened: d.shortened,
    holidayLv: d.holidayLv ?? null,
    holidayEn: d.holidayEn ?? null,
    pairedWith: d.pairedWith ?? null,
    exceptionReason: d.exceptionReason ?? null,
    scheduleLabel: d.scheduleLabel ?? null,
  };
}

/** What the finder worked out about a centre besides its row. */
export interface SummaryFacts {
  /** As the public sees it today (public-hours.ts). */
  status: CentreStatus;
  openNow: boolean;
  municipality: Pick<Organisation, 'phone' | 'email'> | undefined;
  points: readonly ServicePoint[];
}

export function presentPublicSummary(row: CentreRow, facts: SummaryFacts): PublicCentreSummaryOut {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: facts.status,
    closingDeadline: row.closing_deadline,
    openNow: facts.openNow,
    municipality: { id: row.municipality_id, name: row.municipality_name },
    placeName: row.place_name,
    phone: row.phone ?? facts.municipality?.phone ?? null,
    email: row.email ?? facts.municipality?.email ?? null,
    addresses: facts.points.map((p) => p.address),
    publicComputer: row.public_computer === true,
    freeWifi: row.free_wifi === true,
    locations: facts.points.map((p) => ({
      pointId: p.id,
      name: p.name,
      address: p.address,
      latitude: p.latitude,
      longitude: p.longitude,
    })),
  };
}

export function presentPublicCentre(
  row: CentreRow,
  facts: SummaryFacts & { municipality: Organisation },
  date: string,
  points: { data: PointData; today: PublicDayHours; week: PublicDayHours[] }[],
  reception: ReceptionData[],
  services: readonly { id: string; name: string }[],
): PublicCentreOut {
  const { municipality } = facts;
  return {
    ...presentPublicSummary(row, facts),
    date,
    contacts: { email: row.email, phone: row.phone, eAddress: row.e_address, website: row.website },
    municipalityContacts: {
      email: municipality.email,
      phone: municipality.phone,
      eAddress: municipality.e_address,
      website: municipality.website,
    },
    points: points.map(({ data, today, week }) => ({
      id: data.row.id,
      name: data.row.name,
      address: data.row.address,
      latitude: data.row.latitude,
      longitude: data.row.longitude,
      phone: data.row.phone,
      email: data.row.email,
      functions: presentFunctions(data.functions),
      today: presentDayHours(today),
      week: week.map(presentDayHours),
    })),
    reception: reception.map((r) => ({
      institution: {
        id: r.row.institution_id,
        name: r.row.institution_name,
        shortName: r.row.institution_short_name,
        email: r.row.institution_email,
        phone: r.row.institution_phone,
        eAddress: r.row.institution_e_address,
        website: r.row.institution_website,
      },
      validFrom: r.validFrom,
      validUntil: r.validUntil,
      days: presentWeek(r.days),
    })),
    services: services.map((x) => ({ id: x.id, name: x.name })),
  };
}
