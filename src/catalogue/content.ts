// The content of a service version: every SR-10 field, text in Latvian (required) and English (the quality checks
// of SR-13 flag what is missing). One TypeBox schema validates the request, types the code, documents the API and
// is what a version's jsonb holds. Rules about values (COFOG codes, organisations) are checked by content-rules.ts.
import { Type, type Static } from 'typebox';
import { Email, Nullable, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { Phone } from '../organisations/index.ts';

/** http(s) only: a javascript: or file: link in a public description would be a hazard. */
export const Link = (description: string) => Str(description, 1000, { format: 'uri', pattern: '^https?://' });

const Text = (what: string, maxLength: number) =>
  Obj(
    {
      lv: Str(`${what}, in Latvian`, maxLength, { minLength: 1 }),
      en: Type.Optional(Str(`${what}, in English`, maxLength)),
    },
    { description: `${what} (Latvian required, English where written)` },
  );

export const CHANNELS = ['in_person', 'electronic', 'phone', 'post'] as const;
export const CLIENT_TYPES = ['anyone', 'natural_person', 'legal_person'] as const;

const Fee = Obj({
  label: Text('What the fee is for', 300),
  amount: Type.Number({
    minimum: 0,
    maximum: 1_000_000,
    description: 'Amount in EUR, at most two decimals (e.g. 14.23)',
  }),
  channel: Type.Optional(
    Nullable(StringEnum(CHANNELS, 'The channel it applies to, when fees differ per channel (SR-17)')),
  ),
});

const Document = (what: string) =>
  Obj(
    { title: Text(what, 300), url: Type.Optional(Nullable(Link('Link to it (http or https)'))) },
    { description: what },
  );

const Channel = (name: string) =>
  Type.Optional(
    Obj(
      {
        request: Text(`Steps and conditions to request the service ${name}`, 4000),
        receive: Text(`Steps and conditions to receive the result ${name}`, 4000),
        workingHours: Type.Optional(Text(`The provider's working hours ${name}`, 1000)),
      },
      { description: `The channel ${name} (SR-10.4, SR-17); absent: not offered this way` },
    ),
  );

const StageProvider = (stage: string) =>
  Type.Optional(Nullable(Uuid(`Organisation the holder handed the ${stage} stage to (SR-14); absent: the provider`)));

export const contentProperties = {
  name: Text('Name of the service (SR-10.1)', 300),
  shortDescription: Text('Short description (SR-10.1)', 2000),
  fees: Type.Optional(Type.Array(Fee, { maxItems: 20, description: 'Fees (SR-10.1); empty: free of charge' })),
  providerId: Type.Optional(Nullable(Uuid('Provider organisation (SR-10.2); absent: the holder provides it'))),
  contacts: Type.Optional(
    Obj(
      {
        email: Type.Optional(Nullable(Email('E-mail for questions about the service'))),
        phone: Type.Optional(Nullable(Phone('Phone for questions about the service'))),
        website: Type.Optional(Nullable(Link('Web page of the service (http or https)'))),
      },
      { description: "The provider's contacts for the service (SR-10.2)" },
    ),
  ),
  documents: Type.Optional(
    Type.Array(Document('A document the client needs (SR-10.3)'), {
      maxItems: 50,
      description: 'Documents needed (SR-10.3)',
    }),
  ),
  forms: Type.Optional(
    Type.Array(Document('A form, or a link to an online form (SR-10.3)'), {
      maxItems: 50,
      description: 'Forms and online forms (SR-10.3)',
    }),
  ),
  channels: Type.Optional(
    Obj(
      {
        in_person: Channel('in person'),
        electronic: Channel('electronically'),
        phone: Channel('by phone'),
        post: Channel('by post'),
      },
      { description: 'How to request and receive it over each channel the holder offers (SR-10.4, SR-17)' },
    ),
  ),
  legalBasis: Type.Optional(
    Type.Array(
      Obj(
        {
          title: Str('Title of the legal act and its provision', 500, { minLength: 1 }),
          url: Type.Optional(Nullable(Link('Link to the act, e.g. on likumi.lv'))),
        },
        { description: 'A legal act' },
      ),
      {
        maxItems: 30,
        description: 'Legal basis (SR-10.5)',
      },
    ),
  ),
  appeal: Type.Optional(Text('How to contest or appeal a decision (SR-10.5)', 4000)),
  cofog: Type.Array(
    Str('COFOG code of the shipped classification, e.g. "10.4" (GET /api/v1/cofog)', 10, {
      pattern: '^[0-9]{2}(\\.[0-9])?$',
    }),
    {
      minItems: 1,
      maxItems: 10,
      description: 'The public functions it serves (SR-10.6), at least one',
    },
  ),
  clientType: StringEnum(CLIENT_TYPES, 'Who may receive it (SR-10.7)'),
  coverage: Obj(
    {
      wholeCountry: Type.Boolean({ description: 'Provided in the whole country' }),
      municipalityIds: Type.Optional(
        Type.Array(Uuid('A municipality'), {
          maxItems: 50,
          description: 'Otherwise: the municipalities where it is provided (at least one)',
        }),
      ),
    },
    { description: 'Territorial coverage (SR-10.8)' },
  ),
  maxTermWorkingDays: Type.Optional(
    Nullable(Type.Integer({ minimum: 1, maximum: 3650, description: 'The maximum term in working days' })),
  ),
  filableOnBehalf: Type.Optional(
    Type.Boolean({
      description: "Whether centre staff may file the e-service on a client's behalf (DR-29); default false",
    }),
  ),
  stageProviders: Type.Optional(
    Obj(
      {
        request: StageProvider('request'),
        execution: StageProvider('execution'),
        resultDelivery: StageProvider('result delivery'),
      },
      { description: 'Stages handed to providers (SR-14)' },
    ),
  ),
};

export const ServiceContent = Obj(contentProperties, {
  description: 'The description of a service (SR-10)',
  title: 'ServiceContent',
});
export type ServiceContentIn = Static<typeof ServiceContent>;
