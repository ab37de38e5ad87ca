// Request shapes of centres, service points, hours and reception hours: the single source of validation, type
// and OpenAPI. Rules about values (dates in order, intervals not overlapping) are checked by the services.
import { Type, type Static } from 'typebox';
import { Email, IsoDate, Nullable, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { CENTRE_KINDS, EAddress, Phone, WebAddress } from '../organisations/index.ts';
import { CLOCK_PATTERN } from './clock.ts';
import { functionCodes } from './functions.ts';
import { CENTRE_ACTIONS } from './lifecycle.ts';

export const CentreParams = Obj({ id: Uuid('Centre id') });
export const PointParams = Obj({ id: Uuid('Service point id') });
export const ExceptionParams = Obj({ id: Uuid('Service point id'), exceptionId: Uuid('Exception id') });

const Clock = (description: string) => Str(description, 5, { pattern: CLOCK_PATTERN });
export const IntervalIn = Obj({ opens: Clock('Opens at HH:MM'), closes: Clock('Closes at HH:MM (24:00 = midnight)') });
const Intervals = (description: string) => Type.Array(IntervalIn, { maxItems: 6, description });
export const DayIn = Obj({
  weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' }),
  intervals: Intervals('Open intervals of the day, in order, not overlapping; empty: closed'),
});
const Days = (description: string) => Type.Array(DayIn, { maxItems: 7, description });
export type DayInput = Static<typeof DayIn>;

const Kind = StringEnum(CENTRE_KINDS, 'Centre kind (CR-3)');
const Level = StringEnum(CENTRE_KINDS, 'Development-centre level of the place (CR-4 … CR-6)');

const contacts = {
  email: Type.Optional(Nullable(Email('E-mail (DR-20.1)'))),
  phone: Type.Optional(Nullable(Phone('Phone (DR-20.1)'))),
  eAddress: Type.Optional(Nullable(EAddress)),
  website: Type.Optional(Nullable(WebAddress('Website (http or https)'))),
};
const Facility = (description: string) =>
  Type.Optional(Nullable(Type.Boolean({ description: `${description}; null: not recorded` })));
const facilities = {
  ipTelephony: Facility('CR-17.5: IP telephony connected to the service management system'),
  publicComputer: Facility('CR-17.6: a public computer with access to the state services portal'),
  freeWifi: Facility('CR-17.7: free wireless internet'),
};
const details = {
  kind: Type.Optional(Nullable(Kind)),
  placeName: Type.Optional(Nullable(Str('Town or village where the centre is', 100))),
  placeLevel: Type.Optional(Nullable(Level)),
  headUserId: Type.Optional(Nullable(Uuid("Head of centre (CR-20.3): a user of the centre's municipality"))),
  ...facilities,
};

export const CreateCentreBody = Obj({
  municipalityId: Uuid('Municipality that runs the centre'),
  name: Str('Name of the centre', 300, { minLength: 1 }),
  ...details,
  ...contacts,
});
export type CreateCentreIn = Static<typeof CreateCentreBody>;

export const UpdateCentreBody = Obj({
  name: Type.Optional(Str('Name of the centre', 300, { minLength: 1 })),
  ...details,
  ...contacts,
});
export type UpdateCentreIn = Static<typeof UpdateCentreBody>;
/** What a head of centre may change (CR-20.3): the contacts only. */
export const CONTACT_FIELDS = ['email', 'phone', 'eAddress', 'website'] as const;

export const TransitionBody = Obj({
  action: StringEnum(CENTRE_ACTIONS, 'The lifecycle step'),
  date: Type.Optional(
    IsoDate(
      'The day it happened (the decision, the opening, the closing); defaults to today in Riga; not in the future',
    ),
  ),
  basis: Type.Optional(
    Str('The decision, e.g. "Balvu novada domes 2026. gada 28. maija lēmums Nr. 12" (required to liquidate)', 500),
  ),
});
export type TransitionIn = Static<typeof TransitionBody>;

const FunctionCode = StringEnum(functionCodes(), 'Function code (BV-2.1; the list is shipped data)');

/**
 * A service point is in Latvia: its coordinates lie in a box around the country. Latvia's extreme points (Latvian
 * National Encyclopedia, "Latvijas galējie punkti", A. Markots, 2020) are 58.0851° N (Ipiķi), 55.6750° N (Demene),
 * 20.9702° E (Cape Bernāti) and 28.2410° E (Pasiene); the box adds 4–8 km on every side for a pin dropped just over
 * a border or the shore. It is a box, not the border: it catches swapped coordinates, a sign dropped, a point in
 * another country far away, not one a few hundred metres into Estonia.
 */
export const LATVIA_BOX = { minLatitude: 55.6, maxLatitude: 58.15, minLongitude: 20.9, maxLongitude: 28.3 } as const;

const point = {
  latitude: Type.Optional(
    Nullable(
      Type.Number({
        minimum: LATVIA_BOX.minLatitude,
        maximum: LATVIA_BOX.maxLatitude,
        description: 'Latitude (WGS 84), in Latvia (55.6–58.15); give both or neither',
      }),
    ),
  ),
  longitude: Type.Optional(
    Nullable(
      Type.Number({
        minimum: LATVIA_BOX.minLongitude,
        maximum: LATVIA_BOX.maxLongitude,
        description: 'Longitude (WGS 84), in Latvia (20.9–28.3); give both or neither',
      }),
    ),
  ),
  phone: Type.Optional(Nullable(Phone('Phone of the point'))),
  email: Type.Optional(Nullable(Email('E-mail of the point'))),
  functions: Type.Optional(
    Type.Array(FunctionCode, { maxItems: 30, description: 'Functions offered at this point (BV-2.1)' }),
  ),
};

export const CreatePointBody = Obj({
  name: Str('Name of the point', 300, { minLength: 1 }),
  address: Str('Address (BV-1.8)', 300, { minLength: 1 }),
  ...point,
});
export type CreatePointIn = Static<typeof CreatePointBody>;

export const UpdatePointBody = Obj({
  name: Type.Optional(Str('Name of the point', 300, { minLength: 1 })),
  address: Type.Optional(Str('Address (BV-1.8)', 300, { minLength: 1 })),
  ...point,
});
export type UpdatePointIn = Static<typeof UpdatePointBody>;

export const ScheduleIn = Obj({
  label: Type.Optional(Nullable(Str('What the schedule is, e.g. "Vasaras darba laiks"', 200))),
  validFrom: Type.Optional(Nullable(IsoDate('First day of a seasonal variant; absent for the default schedule'))),
  validUntil: Type.Optional(Nullable(IsoDate('Last day of a seasonal variant; absent when open-ended'))),
  days: Days('The weekdays with their intervals; a weekday not given is closed'),
});
export const HoursBody = Obj({
  schedules: Type.Array(ScheduleIn, {
    maxItems: 20,
    description:
      'Every schedule of the point: at most one default (no dates) and seasonal variants; replaces the stored ones',
  }),
});
export type HoursIn = Static<typeof HoursBody>;

export const ExceptionBody = Obj({
  startsOn: IsoDate('First day'),
  endsOn: Type.Optional(IsoDate('Last day (inclusive); defaults to the first day')),
  closed: Type.Boolean({ description: 'Closed on these days; otherwise open with the special intervals' }),
  intervals: Type.Optional(Intervals('Special hours when not closed')),
  reason: Str('Why, as the public will read it (e.g. "Remonts")', 300, { minLength: 1 }),
});
export type ExceptionIn = Static<typeof ExceptionBody>;

export const ReceptionBody = Obj({
  institutionId: Uuid('The institution whose officer receives clients at the centre'),
  validFrom: IsoDate('First day of the new hours; the version in force before ends the day before (CR-19.2)'),
  days: Days('Weekly reception hours; empty: the institution stops receiving from validFrom'),
});
export type ReceptionIn = Static<typeof ReceptionBody>;

export const DateQuery = Obj({
  date: Type.Optional(IsoDate('The day to evaluate (YYYY-MM-DD); defaults to today in Riga')),
});

export const ListCentresQuery = Obj({
  municipalityId: Type.Optional(Uuid('Only centres of this municipality')),
  kind: Type.Optional(Kind),
  q: Type.Optional(
    Str("Part of the name, place, municipality or a point's address (case and diacritics ignored)", 200),
  ),
});
export type ListCentresIn = Static<typeof ListCentresQuery>;
