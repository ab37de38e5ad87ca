// Request shapes of the contacts API: the single source of validation, types and OpenAPI.
import { Type, type Static } from 'typebox';
import { Instant, IsoDate, Nullable, Obj, PageQuery, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { CHANNELS, CONTACT_TYPES, LIMITS, OUTCOMES } from './vocabulary.ts';

export const ContactParams = Obj({ id: Uuid('Contact id') });
export const CentreParams = Obj({ id: Uuid('Centre id') });

export const ChannelSchema = StringEnum(
  CHANNELS,
  'How the client came: in person, phone, e-mail, official e-address, video',
);
export const TypeSchema = StringEnum(
  CONTACT_TYPES,
  'What the centre did: information given (CR-17.2), application accepted (CR-17.1), e-service consultation or filing on the behalf (CR-17.3), e-address consultation (CR-17.4), documents handed out, complaint / question / suggestion (CR-17.13)',
);
export const OutcomeSchema = StringEnum(OUTCOMES, 'How it ended');

export const ClientInSchema = Obj(
  {
    personalCode: Type.Optional(
      Str('Personal code of a natural person, 11 digits, with or without the hyphen (120190-12342)', 12),
    ),
    regNo: Type.Optional(Str('Registration number of a legal person (Enterprise Register), 11 digits', 11)),
  },
  {
    description:
      'The client, when the procedure needs it: exactly one of personalCode and regNo. Only the code is stored, never a name',
  },
);

const ServiceIds = Type.Array(Uuid('A published service of the catalogue'), {
  maxItems: LIMITS.services,
  description:
    "The services concerned (published catalogue services in the centre's scope); required for information, applications, e-services and documents",
});
const InstitutionIds = Type.Array(Uuid('An organisation that holds services'), {
  maxItems: LIMITS.institutions,
  description: "The institutions concerned; by default the services' holders",
});
const Note = Nullable(Str('A short note (no more personal data than needed)', LIMITS.note));

export const CreateContactBody = Obj({
  centreId: Uuid("The centre (one of the caller's)"),
  servicePointId: Uuid('The service point of the centre where it happened'),
  occurredAt: Type.Optional(Instant('When it happened: now by default; may be set earlier on the same day (Riga)')),
  channel: Type.Optional({ ...ChannelSchema, default: 'in_person' }),
  type: TypeSchema,
  serviceIds: Type.Optional(ServiceIds),
  institutionIds: Type.Optional(InstitutionIds),
  outcome: Type.Optional({
    ...OutcomeSchema,
    description:
      'How it ended: by default resolved_on_spot for a spoken contact; a written one (email, e_address) is awaiting_reply until answered (DR-25.1.7.3)',
  }),
  client: Type.Optional(Nullable(ClientInSchema)),
  note: Type.Optional(Note),
});
export type CreateContactIn = Static<typeof CreateContactBody>;

export const UpdateContactBody = Obj({
  servicePointId: Type.Optional(Uuid('Another service point of the same centre')),
  occurredAt: Type.Optional(Instant('When it happened, on the day it was registered (Riga), not in the future')),
  channel: Type.Optional(ChannelSchema),
  type: Type.Optional(TypeSchema),
  serviceIds: Type.Optional(ServiceIds),
  institutionIds: Type.Optional(InstitutionIds),
  outcome: Type.Optional(OutcomeSchema),
  client: Type.Optional(Nullable(ClientInSchema)),
  note: Type.Optional(Note),
});
export type UpdateContactIn = Static<typeof UpdateContactBody>;

export const AnswerBody = Obj({
  answeredAt: Type.Optional(
    Instant('When the answer was sent: now by default, not in the future, not before the contact'),
  ),
  outcome: Type.Optional({ ...OutcomeSchema, default: 'answered_in_writing' }),
  note: Type.Optional(Note),
});
export type AnswerIn = Static<typeof AnswerBody>;

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Str(
      'Idempotency-Key: a retry with the same key returns the first result and creates nothing new',
      LIMITS.idempotencyKey,
      { minLength: 1, pattern: '^[\\x21-\\x7E]+$' },
    ),
  ),
});

export const ListContactsQuery = Obj({
  centreId: Type.Optional(Uuid('Only this centre')),
  date: Type.Optional(IsoDate("Only this day (Riga); the counter's list is today")),
  from: Type.Optional(IsoDate('From this day (Riga), inclusive')),
  to: Type.Optional(IsoDate('Until this day (Riga), inclusive')),
  mine: Type.Optional(Type.Boolean({ description: 'Only those the caller registered' })),
  channel: Type.Optional(ChannelSchema),
  type: Type.Optional(TypeSchema),
  serviceId: Type.Optional(Uuid('Only those about this service')),
  state: Type.Optional(
    StringEnum(
      ['open', 'overdue'] as const,
      'Only written contacts waiting for their answer (open), or those past their due date (overdue)',
    ),
  ),
  ...PageQuery,
});
export type ListContactsIn = Static<typeof ListContactsQuery>;

export const StatsQuery = Obj({
  from: Type.Optional(IsoDate('From this day (Riga), inclusive; 29 days before `to` by default')),
  to: Type.Optional(IsoDate('Until this day (Riga), inclusive; today by default')),
  centreId: Type.Optional(Uuid('Only this centre')),
});
export type StatsIn = Static<typeof StatsQuery>;

export const ServiceSearchQuery = Obj({
  q: Type.Optional(Str('Part of the name or the identifier, words in any order; case and diacritics ignored', 100)),
  limit: Type.Optional(Type.Integer({ description: 'How many', minimum: 1, maximum: 50, default: 20 })),
});
export type ServiceSearchIn = Static<typeof ServiceSearchQuery>;
