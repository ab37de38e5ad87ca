// The indicators' request and answer shapes (TypeBox): one per endpoint, documented for the OpenAPI document.
import { Type } from 'typebox';
import { Instant, IsoDate, Nullable, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { CHANNELS } from './channels.ts';

const Year = Type.Integer({ minimum: 2017, maximum: 2100, description: 'The reporting year (calendar year)' });
const Count = (d: string) => Type.Integer({ minimum: 0, maximum: 100_000_000, description: d });
const Text2 = Obj(
  { lv: Type.String({ description: 'Latvian' }), en: Type.String({ description: 'English' }) },
  { description: 'In Latvian and English' },
);
const Channel = StringEnum(CHANNELS, 'The channel of SR-17: in_person, electronic, phone, post');

export const HolderYearQuery = Obj({ holderId: Uuid('The holder (or institution)'), year: Year });
export const FiguresQuery = Obj({
  holderId: Type.Optional(Uuid('The holder; without it, every holder (the network’s readers only)')),
  year: Year,
});

export const FigureSchema = Obj({
  holderId: Uuid('The holder'),
  holder: Type.String({ description: "The holder's name" }),
  serviceId: Uuid('The service'),
  identifier: Type.String({ description: 'The service identifier, PK-…' }),
  serviceName: Type.String({ description: 'Its name in Latvian' }),
  serviceNameEn: Nullable(Type.String({ description: 'Its name in English' })),
  channel: Channel,
  applications: Count('SR-21.1: applications'),
  delayed: Count('SR-21.3: delayed cases'),
  complaints: Count('SR-21.4: complaints'),
  sources: Obj(
    {
      centres: Count('Applications accepted at centres'),
      eservices: Count('E-services filed at centres on a client’s behalf'),
      own: Count("The holder's own channels"),
    },
    { description: 'Where the applications come from' },
  ),
});

export const DelayedCaseSchema = Obj({
  contactId: Uuid('The counter contact (the application)'),
  serviceId: Uuid('The service'),
  identifier: Type.String({ description: 'PK-…' }),
  channel: Channel,
  centre: Type.String({ description: 'The centre that accepted it' }),
  appliedOn: IsoDate('The day of the application'),
  maxTermWorkingDays: Type.Integer({ description: "The service's maximum term in working days (catalogue)" }),
  dueOn: IsoDate('The last day of the term on the working-day calendar'),
  completedOn: Nullable(IsoDate('The completion recorded by the institution; null while open')),
  workingDaysLate: Type.Integer({ description: 'Working days after the due date' }),
  explanation: Text2,
});

export const FindingSchema = Obj({
  code: Type.String({
    description:
      'I01 delayed > applications (error); I02 a channel the service does not offer; I03 complaints without applications; I04 open past the term; I05 a basket service with contacts but no applications at a centre',
  }),
  severity: StringEnum(['error', 'warning', 'info'] as const, 'An error blocks publication'),
  identifier: Nullable(Type.String({ description: 'PK-…' })),
  channel: Nullable(Channel),
  message: Text2,
});

export const FiguresSchema = Obj({
  year: Year,
  asOf: IsoDate('The day the figures were computed (open cases are judged on it)'),
  rows: Type.Array(FigureSchema, { description: 'One row per service and channel' }),
  delayedCases: Type.Array(DelayedCaseSchema, { description: 'SR-21.3: each delayed case explained' }),
  findings: Type.Array(FindingSchema, { description: 'The automatic checks’ findings' }),
});

export const CompletionParams = Obj({ contactId: Uuid('The counter contact of the forwarded application') });
export const CompletionBody = Obj({ completedOn: IsoDate('The day the institution completed it (Riga)') });
export const CompletionSchema = Obj({
  contactId: Uuid('The contact'),
  completedOn: IsoDate('The completion day'),
  organisationId: Uuid('Who recorded it'),
  recordedVia: StringEnum(['ui', 'api'] as const, 'Entered in the UI or sent by a system'),
  created: Type.Boolean({ description: 'False when the same completion was already recorded (idempotent)' }),
});

const Extra = Obj({
  name: Str('SR-17.5: an extra indicator of the channel, e.g. "vidējais gaidīšanas laiks"', 200, { minLength: 1 }),
  value: Type.Number({ minimum: -1e12, maximum: 1e12, description: 'Its value' }),
  unit: Type.Optional(Str('Its unit', 50)),
});
export const CountItemSchema = Obj({
  serviceIdentifier: Str('The service, PK-…', 20, { pattern: '^PK-[0-9]{6,12}$' }),
  channel: Channel,
  periodFrom: IsoDate('First day of the period'),
  periodTo: IsoDate('Last day of the period (the same calendar year)'),
  applications: Count('Applications on this channel'),
  delayed: Count('Delayed cases'),
  complaints: Count('Complaints'),
  extras: Type.Optional(Type.Array(Extra, { maxItems: 20, description: 'SR-17.5: extra indicators, kept apart' })),
});
export const CountsBody = Obj({
  holderId: Uuid('The holder'),
  items: Type.Array(CountItemSchema, {
    minItems: 1,
    maxItems: 5000,
    description: 'Counts per service, channel and period',
  }),
});
export const CountsQuery = Obj({
  dryRun: Type.Optional(Type.Boolean({ description: 'Only validate; nothing is written' })),
});
export const CountsResult = Obj({
  dryRun: Type.Boolean({ description: 'True: only validated' }),
  accepted: Type.Integer({ description: 'Items that passed validation' }),
  written: Type.Integer({ description: 'Items written (0 on a dry run)' }),
});
export const CountRowSchema = Obj({
  serviceId: Uuid('The service'),
  channel: Channel,
  periodFrom: IsoDate('From'),
  periodTo: IsoDate('To'),
  applications: Count('Applications'),
  delayed: Count('Delayed'),
  complaints: Count('Complaints'),
  extras: Type.Array(Extra, { description: 'SR-17.5 extra indicators' }),
  source: StringEnum(['ui', 'api'] as const, 'Entered or pushed'),
});

export const PublishBody = Obj({
  holderId: Uuid('The holder'),
  year: Year,
  changeNote: Type.Optional(Str('A correction: what changed and why (required from the second version)', 2000)),
});
export const PublicationSchema = Obj({
  id: Uuid('The publication'),
  holderId: Uuid('The holder'),
  year: Year,
  version: Type.Integer({ description: '1 the first publication; each correction the next' }),
  changeNote: Nullable(Type.String({ description: "The correction's note" })),
  contentHash: Type.String({ description: 'SHA-256 of the published rows (frozen)' }),
  publishedOn: IsoDate('The day published'),
  publishedAt: Instant('The moment published'),
});

export const EvaluationBody = Obj({
  holderId: Uuid('The holder'),
  year: Year,
  serviceListChanges: Str('SR-23.1: changes to the list of services', 4000),
  processImprovements: Str('SR-23.2: improving the process', 4000),
  accessibilityMeasures: Str('SR-23.3: more accessible, less administrative burden', 4000),
});
export const EvaluationSchema = Obj({
  holderId: Uuid('The holder'),
  year: Year,
  serviceListChanges: Type.String({ description: 'SR-23.1' }),
  processImprovements: Type.String({ description: 'SR-23.2' }),
  accessibilityMeasures: Type.String({ description: 'SR-23.3' }),
  recordedOn: IsoDate('The day recorded'),
});

export const RequestBody = Obj({
  holderId: Uuid('The holder asked'),
  year: Year,
  note: Type.Optional(Str('What the ministry asks for', 2000)),
});
export const AnswerBody = Obj({ note: Type.Optional(Str('The answer', 2000)) });
export const RequestParams = Obj({ id: Uuid('The request') });
export const RequestSchema = Obj(
  {
    id: Uuid('The request'),
    holderId: Uuid('The holder'),
    year: Year,
    note: Nullable(Type.String({ description: 'What was asked' })),
    requestedAt: Instant('When'),
    answeredAt: Nullable(Instant('When answered')),
    answerNote: Nullable(Type.String({ description: 'The answer' })),
  },
  { description: 'SR-25.2: a request of the ministry' },
);
export const RequestedDataSchema = Obj({
  request: RequestSchema,
  publications: Type.Array(PublicationSchema, { description: 'The holder’s published versions of the year' }),
  evaluation: Nullable(EvaluationSchema),
});

export const PublicQuery = Obj({
  year: Year,
  holderId: Type.Optional(Uuid('Only this holder')),
  version: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 1000, description: 'An earlier version (with holderId)' }),
  ),
});
export const OpenRowSchema = Obj({
  year: Year,
  holderId: Uuid('The holder'),
  holder: Type.String({ description: 'The holder' }),
  serviceIdentifier: Type.String({ description: 'PK-…' }),
  serviceName: Type.String({ description: 'The service' }),
  channel: Channel,
  applications: Count('SR-21.1'),
  delayed: Count('SR-21.3'),
  complaints: Count('SR-21.4'),
  version: Type.Integer({ description: 'The version of the holder’s publication' }),
  publishedOn: IsoDate('Published on'),
});
export const OpenYearSchema = Obj({
  year: Year,
  method: Text2,
  items: Type.Array(OpenRowSchema, { description: 'One row per holder, service and channel' }),
  versions: Type.Array(
    Obj({
      holderId: Uuid('The holder'),
      holder: Type.String({ description: 'The holder' }),
      version: Type.Integer({ description: 'Version' }),
      publishedOn: IsoDate('Published on'),
      contentHash: Type.String({ description: 'SHA-256 of its rows' }),
      changeNote: Nullable(Type.String({ description: "A correction's note" })),
      current: Type.Boolean({ description: 'Its rows are in items' }),
    }),
    { description: 'Every published version of the year, newest first per holder' },
  ),
});
export const YearsSchema = Obj({
  method: Text2,
  items: Type.Array(
    Obj({
      year: Year,
      holders: Type.Integer({ description: 'Holders that published' }),
      lastPublishedOn: IsoDate('The last publication'),
    }),
    { description: 'The years, newest first' },
  ),
});

export const NetworkFiguresQuery = Obj({
  year: Year,
  groupBy: StringEnum(['centre', 'municipality'] as const, 'Per centre, or per municipality (its centres together)'),
});
const ApplicationSources = Obj(
  {
    centres: Count('Applications accepted at centres'),
    eservices: Count('E-services filed at centres on a client’s behalf'),
  },
  { description: 'Where the applications come from' },
);
export const NetworkFigureSchema = Obj({
  id: Uuid('The centre, or the municipality'),
  name: Type.String({ description: 'Its name' }),
  channel: Channel,
  applications: Count('SR-21.1: applications at its centres (one per service of a contact)'),
  sources: ApplicationSources,
});

export const TrendQuery = Obj({
  holderId: Uuid('The holder (or institution)'),
  fromYear: { ...Year, description: 'The first year' },
  toYear: { ...Year, description: 'The last year' },
});
export const TrendFigureSchema = Obj({
  year: Year,
  channel: Channel,
  applications: Count('SR-21.1: applications at centres (one per service of a contact)'),
  sources: ApplicationSources,
});
