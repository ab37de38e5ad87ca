// Shapes of the public catalogue API (SR-12.1): the query of the list and the exports, the summary of a service
// and its public page, and their presenters. Open to anybody; only versions in force (and, with changedSince,
// withdrawn services).
import { Type, type Static } from 'typebox';
import { Instant, Nullable, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { CHANNELS, CLIENT_TYPES, ServiceContent, type ServiceContentIn } from './content.ts';

export type Channel = (typeof CHANNELS)[number];
export type ClientType = (typeof CLIENT_TYPES)[number];

const filters = {
  q: Type.Optional(
    Str(
      'Words to find, all of them (AND), each by its stem in the identifier, the names or the short descriptions in Latvian or English ("deklaret dzivesvietu" finds "Dzīvesvietas deklarēšana"), or as the holder\'s abbreviation ("vid"); case and Latvian diacritics ignored; when nothing matches, words misspelt by a letter. The list is ranked: the query as words of the name first',
      200,
    ),
  ),
  holderId: Type.Optional(Uuid('Only services of this holder')),
  cofog: Type.Optional(
    Str(
      'Only services of this COFOG function: a division ("10", its groups too) or a group ("10.4"), see GET /api/v1/cofog',
      4,
      { pattern: '^[0-9]{2}(\\.[0-9])?$' },
    ),
  ),
  clientType: Type.Optional(
    StringEnum(
      CLIENT_TYPES,
      'Only services this client may receive: natural_person and legal_person also find the services for anyone; anyone finds only those',
    ),
  ),
  channel: Type.Optional(StringEnum(CHANNELS, 'Only services offered over this channel (SR-17)')),
  municipalityId: Type.Optional(
    Uuid('Only services provided in this municipality: those covering the whole country or listing it'),
  ),
  changedSince: Type.Optional(
    Instant(
      'Incremental sync: only services changed at or after this instant (ISO 8601 with a zone); then withdrawn services come too, with status withdrawn',
    ),
  ),
};

/** The exports (CSV, and JSON-LD of the list) take the filters without paging. */
export const PublicExportQuery = Obj(filters);
export type PublicExportIn = Static<typeof PublicExportQuery>;

export const PublicListQuery = Obj({
  ...filters,
  limit: Type.Optional(
    Type.Integer({
      description: 'Page size (ignored by the JSON-LD export, which is the whole filtered catalogue)',
      minimum: 1,
      maximum: 100,
      default: 20,
    }),
  ),
  offset: Type.Optional(Type.Integer({ description: 'Services to skip', minimum: 0, maximum: 1_000_000, default: 0 })),
});
export type PublicListIn = Static<typeof PublicListQuery>;

export const PublicServiceQuery = Obj({
  date: Type.Optional(
    Type.String({
      description: 'The day the basket is asked about (default: today in Riga)',
      format: 'date',
      maxLength: 10,
    }),
  ),
});

export const PublicServiceParams = Obj({
  id: Str('The service: its uuid or its identifier (PK-000123)', 36, {
    pattern: '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[Pp][Kk]-[0-9]{6,9})$',
  }),
});

const Named = (what: string) =>
  Obj({ id: Uuid(`${what}: id`), name: Type.String({ description: `${what}: name` }) }, { description: what });

const LangText = (what: string) =>
  Obj(
    {
      lv: Type.String({ description: `${what} in Latvian` }),
      en: Type.Optional(Type.String({ description: `${what} in English, where written` })),
    },
    { description: what },
  );

const summaryFields = {
  id: Uuid('Service id'),
  identifier: Type.String({ description: 'Service identifier (SR-9), e.g. PK-000123' }),
  status: StringEnum(
    ['published', 'withdrawn'] as const,
    'published: in force; withdrawn: no longer offered (only with changedSince)',
  ),
  name: LangText('Name (SR-10.1)'),
  shortDescription: LangText('Short description (SR-10.1)'),
  holder: Named('The holder (SR-4)'),
  cofog: Type.Array(Type.String({ description: 'COFOG code, e.g. 10.4' }), {
    description: 'Public functions (SR-10.6)',
  }),
  clientType: StringEnum(CLIENT_TYPES, 'Who may receive it (SR-10.7)'),
  channels: Type.Array(StringEnum(CHANNELS, 'A channel'), {
    description: 'Channels it is offered over (SR-17), in the order in_person, electronic, phone, post',
  }),
  coverage: Obj(
    {
      wholeCountry: Type.Boolean({ description: 'Provided in the whole country' }),
      municipalities: Type.Array(Named('A municipality'), {
        description: 'Otherwise the municipalities where it is provided',
      }),
    },
    { description: 'Territorial coverage (SR-10.8)' },
  ),
  updatedAt: Instant('When the service last changed'),
};

export const PublicServiceSummarySchema = Obj(summaryFields, { description: 'A service in the public catalogue' });
export type PublicServiceSummaryOut = Static<typeof PublicServiceSummarySchema>;

export const PublicServiceListSchema = Obj({
  total: Type.Integer({ description: 'Matching services in all pages' }),
  items: Type.Array(PublicServiceSummarySchema, {
    description: 'A page of services, by identifier (registration order)',
  }),
});

export const PublicServiceDetailSchema = Obj(
  {
    ...summaryFields,
    content: ServiceContent,
    provider: Named('The provider (SR-10.2): the holder unless it handed the service to another'),
    stageProviders: Obj(
      {
        request: Nullable(Named('Provider of the request stage')),
        execution: Nullable(Named('Provider of the execution stage')),
        resultDelivery: Nullable(Named('Provider of the result delivery stage')),
      },
      { description: 'Stages the holder handed to other providers (SR-14); null: the provider' },
    ),
    publishedFrom: Instant('Since when this version is in force'),
    lastVerifiedOn: Nullable(
      Type.String({ description: 'Last day the holder confirmed the description (SR-11)', format: 'date' }),
    ),
    inBasket: Type.Boolean({
      description: 'CR-8: the service provides an item of the minimal basket in force on the day',
    }),
    basketItems: Type.Array(Type.String({ description: 'An item number in Annex 1, such as 3.13' }), {
      description: 'CR-8: the basket items it provides on the day (empty when not in the basket)',
    }),
    basketDate: Type.String({
      description: 'The day the basket was asked about (`date`, default today)',
      format: 'date',
    }),
  },
  { description: 'The public page of a service: the published description (SR-10) with its organisations named' },
);
export type PublicServiceDetailOut = Static<typeof PublicServiceDetailSchema>;

// ---- Presenters: rows of public-repository.ts become JSON only here ----

/** Organisation names for presenting; an id not found (never expected) shows as itself. */
export type Names = ReadonlyMap<string, { name: string; kind: string }>;

interface PublicRowLike {
  id: string;
  identifier: string;
  status: string;
  holder_id: string;
  holder_name: string;
  last_verified_on: string | null;
  updated_at: Date;
  content: unknown;
  published_from: Date | null;
}

const named = (names: ReadonlyMap<string, { name: string }>, id: string) => ({ id, name: names.get(id)?.name ?? id });

/** `names`: the municipalities' at least (a list's page reads only those, with its rows). */
export function presentPublicSummary(
  row: PublicRowLike,
  names: ReadonlyMap<string, { name: string }>,
): PublicServiceSummaryOut {
  const c = row.content as ServiceContentIn;
  const municipalities = (c.coverage.municipalityIds ?? [])
    .map((id) => named(names, id))
    .sort((a, b) => lvCompare(a.name, b.name));
  return {
    id: row.id,
    identifier: row.identifier,
    status: row.status === 'withdrawn' ? 'withdrawn' : 'published',
    name: c.name,
    shortDescription: c.shortDescription,
    holder: { id: row.holder_id, name: row.holder_name },
    cofog: c.cofog,
    clientType: c.clientType,
    channels: CHANNELS.filter((ch) => c.channels?.[ch]),
    coverage: { wholeCountry: c.coverage.wholeCountry, municipalities },
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentPublicDetail(row: PublicRowLike, names: Names): PublicServiceDetailOut {
  const c = row.content as ServiceContentIn;
  const stage = (id: string | null | undefined) => (id ? named(names, id) : null);
  return {
    ...presentPublicSummary(row, names),
    content: c,
    provider: named(names, c.providerId ?? row.holder_id),
    stageProviders: {
      request: stage(c.stageProviders?.request),
      execution: stage(c.stageProviders?.execution),
      resultDelivery: stage(c.stageProviders?.resultDelivery),
    },
    publishedFrom: row.published_from!.toISOString(),
    lastVerifiedOn: row.last_verified_on,
    inBasket: false,
    basketItems: [],
    basketDate: '',
  };
}
