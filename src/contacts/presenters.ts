// The shapes in which contacts leave the API; rows become JSON only here. A personal code leaves masked, and not
// at all for an institution's reader (policy.ts); the full code only through the audited reveal.
import { Type, type Static } from 'typebox';
import { Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { endOfRigaDay, rigaDate } from '../platform/time.ts';
import { shownIdentifier } from './client-id.ts';
import type { ContactRecord } from './repository.ts';
import type { ContactView } from './policy.ts';
import { CLIENT_KINDS, CONTACT_STATES, isWritten, type ContactState } from './vocabulary.ts';
import { ChannelSchema, OutcomeSchema, TypeSchema } from './schemas.ts';

const Text = (description: string) => Type.String({ description });
const Day = (description: string) => Type.String({ description, format: 'date' });
const At = (description: string) => Type.String({ description, format: 'date-time' });

const Ref = (description: string) => Obj({ id: Uuid('Id'), name: Text('Name') }, { description });

export const ClientSchema = Obj(
  {
    kind: StringEnum(CLIENT_KINDS, 'natural_person (by personal code) or legal_person (by registration number)'),
    identifier: Nullable(
      Text(
        'Personal code masked (120190-1****) or registration number; null for an institution, which does not see the client',
      ),
    ),
    masked: Type.Boolean({
      description: 'The identifier is masked or withheld; GET /api/v1/contacts/{id}/client-code reveals it (audited)',
    }),
  },
  { description: 'The client, when recorded' },
);

export const ContactSchema = Obj({
  id: Uuid('Contact id'),
  centre: Ref('The centre'),
  servicePoint: Ref('The service point'),
  employee: Ref('The employee who registered it'),
  occurredAt: At('When it happened'),
  occurredOn: Day('The day it happened (Riga)'),
  channel: ChannelSchema,
  type: TypeSchema,
  services: Type.Array(
    Obj({
      id: Uuid('Service id'),
      identifier: Text('Service identifier (PK-000123)'),
      name: Text('Name in Latvian'),
      names: Obj(
        { lv: Text('Name in Latvian'), en: Nullable(Text('Name in English, when the description has one')) },
        { description: 'The name in both languages: a list in English shows the English one' },
      ),
    }),
    {
      description: 'The services concerned, in the order given',
    },
  ),
  institutions: Type.Array(
    Obj({ id: Uuid('Organisation id'), name: Text('Full name'), shortName: Nullable(Text('Short name')) }),
    {
      description: 'The institutions concerned',
    },
  ),
  outcome: OutcomeSchema,
  client: Nullable(ClientSchema),
  note: Nullable(Text('The note (withheld from institutions)')),
  dueOn: Nullable(Day('DR-25.1.7.3: a written contact (e-mail, e-address) is answered by this day')),
  answeredAt: Nullable(At('When the written answer was sent')),
  state: StringEnum(
    CONTACT_STATES,
    'closed: spoken, done; open / overdue: written, waiting for the answer (overdue: past its due date in Riga); answered / answered_late',
  ),
  editable: Type.Boolean({ description: 'The caller may change or undo it now' }),
  editableUntil: At('Changes and undo are possible until the end of the day it was registered (Riga)'),
  basketVersionId: Nullable(
    Uuid(
      'CR-7.1, AM-1.6: the minimal basket version in force when it was registered (GET /api/v1/public/basket/versions), kept when a same-day correction supersedes it; null for contacts registered before versions were recorded with them',
    ),
  ),
  createdAt: At('Registered at'),
  updatedAt: At('Last changed at'),
  version: Type.Integer({
    description: 'Counts changes of the contact; also the ETag: send it as If-Match to change or undo it',
  }),
});
export type ContactOut = Static<typeof ContactSchema>;

export function stateOf(c: Pick<ContactRecord, 'channel' | 'due_on' | 'answered_at'>, today: string): ContactState {
  if (!isWritten(c.channel) || c.due_on === null) return 'closed';
  if (c.answered_at) return rigaDate(new Date(c.answered_at)) <= c.due_on ? 'answered' : 'answered_late';
  return today > c.due_on ? 'overdue' : 'open';
}

function clientOf(c: ContactRecord, view: ContactView): ContactOut['client'] {
  if (!c.client_kind || !c.client_code) return null;
  if (view !== 'full') return { kind: c.client_kind, identifier: null, masked: true };
  return {
    kind: c.client_kind,
    identifier: shownIdentifier({ kind: c.client_kind, code: c.client_code }),
    masked: c.client_kind === 'natural_person',
  };
}

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentContact(
  c: ContactRecord,
  view: ContactView,
  options: { today: string; editable: boolean },
): ContactOut {
  return {
    id: c.id,
    centre: { id: c.centre_id, name: c.centre_name },
    servicePoint: { id: c.service_point_id, name: c.point_name },
    employee: { id: c.employee_id, name: c.employee_name },
    occurredAt: iso(c.occurred_at),
    occurredOn: c.occurred_on,
    channel: c.channel,
    type: c.type,
    services: c.services.map((s) => ({
      id: s.id,
      identifier: s.identifier,
      name: s.name,
      names: { lv: s.name, en: s.nameEn },
    })),
    institutions: c.institutions.map((o) => ({ id: o.id, name: o.name, shortName: o.shortName })),
    outcome: c.outcome,
    client: clientOf(c, view),
    note: view === 'full' ? c.note : null,
    dueOn: c.due_on,
    answeredAt: c.answered_at ? iso(c.answered_at) : null,
    state: stateOf(c, options.today),
    editable: options.editable,
    editableUntil: endOfRigaDay(rigaDate(new Date(c.created_at))).toISOString(),
    basketVersionId: c.basket_version_id,
    createdAt: iso(c.created_at),
    updatedAt: iso(c.updated_at),
    version: c.version,
  };
}

export const ClientCodeSchema = Obj({
  kind: StringEnum(CLIENT_KINDS, 'natural_person or legal_person'),
  identifier: Text('The personal code (120190-12342) or registration number, in full'),
});
