// Request schemas of the authorised e-services API: starting one, each step's input (AM-1.5, DR-27, DR-28), lists.
// Rules about values (a valid personal code, an unexpired document, DR-28's channel order) are the service's.
import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, PageQuery, Str, StringEnum, Uuid } from '../platform/http/schema.ts';

export const DOCUMENT_TYPES = ['passport', 'id_card', 'residence_permit'] as const;
export const EID_MEANS = ['eid_card', 'eparaksts_mobile'] as const;
export const DELIVERY_CHANNELS = ['e_address', 'post', 'in_person'] as const;
export const STATUSES = ['in_progress', 'completed', 'cancelled'] as const;

export const EserviceParams = Obj({ id: Uuid('Authorised e-service id') });

export const StartBody = Obj({
  centreId: Uuid('The centre where the client is served (one of the caller’s centres)'),
  serviceId: Uuid(
    'The catalogue service to file; its published description must allow filing on a client’s behalf (DR-29)',
  ),
});
export type StartIn = Static<typeof StartBody>;

const Confirmed = (what: string) => Type.Boolean({ description: `${what}; must be true to take the step` });

export const IdentityBody = Obj({
  name: Str("The client's given name(s) and surname, as in the identity document", 200, { minLength: 1 }),
  personalCode: Str('The personal code, e.g. 120190-12342 (validated; stored, then shown masked)', 12, {
    minLength: 11,
  }),
  document: Obj(
    {
      type: StringEnum(DOCUMENT_TYPES, 'Kind of identity document'),
      number: Str('Document number, e.g. PA1234567', 30, { minLength: 4, pattern: '^[A-Za-z0-9 -]+$' }),
      validUntil: IsoDate('Last day the document is valid; an expired document is refused (DR-27.1)'),
    },
    { description: 'The valid identity document the identity was verified with (AM-1.5 22.1¹, DR-27.1)' },
  ),
});

export const PortalBody = Obj({
  means: StringEnum(
    EID_MEANS,
    'The qualified eID means the employee identified themself with on the state portal (AM-1.5 22.1²)',
  ),
  confirmed: Confirmed('The employee confirms the identification on the state portal'),
});

export const InformedBody = Obj({
  confirmed: Confirmed(
    'The client was informed how their personal data are used in filing the e-service (AM-1.5 22.1³, 22.1⁴)',
  ),
});

export const SignedBody = Obj({
  bothCopiesSigned: Confirmed(
    'The client signed the written authorisation in two copies, and received theirs (AM-1.5 22.1³)',
  ),
  centreCopyArchived: Confirmed("The centre's copy is archived under the Archives Law (AM-1.5 22.1³)"),
  archiveReference: Type.Optional(Nullable(Str('Where the centre filed its copy, e.g. the file number "2.6/15"', 100))),
});

export const FiledBody = Obj({
  filingReference: Str("The state portal's reference number of the filed application (AM-1.5 22.1⁵)", 60, {
    minLength: 1,
    pattern: '^[A-Za-z0-9][A-Za-z0-9./_ -]*$',
  }),
  dataConfirmed: Confirmed('The client confirmed in writing that the data entered are true (DR-27.3)'),
});

export const CompletionTimeBody = Obj({
  plannedCompletionOn: Nullable(
    IsoDate('The planned completion date told to the client (AM-1.5 22.1⁶); null: the e-service gives none'),
  ),
});

export const DeliveryBody = Obj({
  eAddressActivated: Type.Boolean({
    description: 'Whether the client has activated their official e-address; if so the result goes there (DR-28)',
  }),
  channel: StringEnum(DELIVERY_CHANNELS, 'How the result reaches the client (DR-28)'),
  postalAddress: Type.Optional(Nullable(Str('The postal address, for delivery by post', 300))),
});

export const ResultToldBody = Obj({
  asked: Type.Boolean({ description: 'Whether the client asked to be told the result (AM-1.5 22.1⁷)' }),
  toldOn: Type.Optional(Nullable(IsoDate('The day the result was told; required when asked, not in the future'))),
});

export const CompletedBody = Obj({
  completedOn: Type.Optional(
    IsoDate('The day the e-service was completed (default: today in Riga); DR-27.3 counts three months from it'),
  ),
});

export const CancelBody = Obj({
  reason: Str(
    'Why the workflow will not be completed, e.g. "the client left"; shown to the centre’s staff, cleared with the personal data (DR-27.3)',
    500,
    { minLength: 1 },
  ),
});
export type CancelIn = Static<typeof CancelBody>;

export type IdentityIn = Static<typeof IdentityBody>;
export type PortalIn = Static<typeof PortalBody>;
export type InformedIn = Static<typeof InformedBody>;
export type SignedIn = Static<typeof SignedBody>;
export type FiledIn = Static<typeof FiledBody>;
export type CompletionTimeIn = Static<typeof CompletionTimeBody>;
export type DeliveryIn = Static<typeof DeliveryBody>;
export type ResultToldIn = Static<typeof ResultToldBody>;
export type CompletedIn = Static<typeof CompletedBody>;

export const ListQuery = Obj({
  centreId: Type.Optional(Uuid('Only this centre')),
  status: Type.Optional(StringEnum(STATUSES, 'Only in this status')),
  startedFrom: Type.Optional(IsoDate('Only those started on or after this Riga day')),
  startedTo: Type.Optional(IsoDate('Only those started on or before this Riga day')),
  ...PageQuery,
});
export type ListIn = Static<typeof ListQuery>;

export const FilableQuery = Obj({
  q: Type.Optional(Str('Part of the name or the identifier; case and diacritics ignored', 100)),
  limit: Type.Optional(Type.Integer({ description: 'At most this many', minimum: 1, maximum: 200, default: 100 })),
});
export type FilableIn = Static<typeof FilableQuery>;

export const StatisticsQuery = Obj({
  from: Type.Optional(IsoDate('First Riga day (default: 1 January of this year)')),
  to: Type.Optional(IsoDate('Last Riga day (default: today)')),
});
export type StatisticsIn = Static<typeof StatisticsQuery>;
