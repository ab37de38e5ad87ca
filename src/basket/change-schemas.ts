// Request and answer shapes of the DR-15 change requests, and the presenter of a request with its steps.
import { Type, type Static } from 'typebox';
import { Instant, IsoDate, Nullable, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import type { ChangeRequestListRow } from './change-repository.ts';
import { CHANGE_STEPS, whoseMove, type ChangeAction } from './change-machine.ts';

const ServiceRef = Type.String({
  description: 'A catalogue service: its identifier PK-… or its id',
  maxLength: 36,
  pattern: '^(PK-[0-9]{1,12}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$',
});

export const ChangeRequestBody = Obj({
  holderId: Type.Optional(Uuid('The holder asking (default: the caller’s own organisation); the ministry names it')),
  kind: StringEnum(['include', 'exclude', 'change'] as const, 'include a service, exclude an item, change an item'),
  title: Str('What is to change, in a line', 300, { minLength: 1 }),
  justification: Str('Why (the letter’s reasoning)', 4000, { minLength: 1 }),
  annexItem: Type.Optional(
    Str('exclude / change: the Annex 1 item in the basket in force, such as 3.13', 11, {
      pattern: '^[0-9]{1,3}(\\.[0-9]{1,3})+$',
    }),
  ),
  serviceId: Type.Optional(ServiceRef),
  receivedOn: Type.Optional(IsoDate('DR-15.1: the day the ministry received the letter (default: today; not later)')),
});
export type ChangeRequestIn = Static<typeof ChangeRequestBody>;

export const OpinionBody = Obj({
  positive: Type.Boolean({ description: 'DR-15.2: the ministry agrees to the change' }),
  opinion: Str('The opinion given to the holder', 4000, { minLength: 1 }),
  givenOn: Type.Optional(IsoDate('The day it was given (default: today; not later, not before the letter)')),
});
export type OpinionIn = Static<typeof OpinionBody>;

export const InformationBody = Obj({
  information: Str('DR-15.3: what the holder tells the maintainer about the change', 4000, { minLength: 1 }),
  sentOn: Type.Optional(IsoDate('The day it was sent (default: today; not later, not before the opinion)')),
});
export type InformationIn = Static<typeof InformationBody>;

export const CancelBody = Obj({ reason: Str('Why the request is withdrawn', 500, { minLength: 1 }) });
export type CancelIn = Static<typeof CancelBody>;

const Duty = (what: string) =>
  Nullable(
    Obj(
      {
        ruleId: Type.String({ description: 'The registry rule' }),
        due: IsoDate('Due on the owner’s working-day calendar'),
        doneOn: Nullable(IsoDate('The day it was done')),
        overdue: Type.Boolean({ description: 'Not done and the due day has passed (Riga time)' }),
        late: Type.Boolean({ description: 'Done after the due day' }),
      },
      { description: what },
    ),
  );

export const ChangeRequestSchema = Obj({
  id: Uuid('The request'),
  number: Type.Integer({ description: 'Its number' }),
  kind: StringEnum(['include', 'exclude', 'change'] as const, 'include, exclude or change'),
  title: Type.String({ description: 'What is to change' }),
  justification: Type.String({ description: 'Why' }),
  holder: Obj(
    { id: Uuid('The holder'), name: Type.String({ description: 'Its name' }) },
    { description: 'The holder that asked (owes DR-15.3)' },
  ),
  annexItem: Nullable(Type.String({ description: 'The Annex 1 item' })),
  service: Nullable(Type.String({ description: 'The catalogue service, PK-…' })),
  receivedOn: IsoDate('DR-15.1: the letter received'),
  state: StringEnum(
    ['awaiting_opinion', 'approved', 'rejected', 'information_sent', 'published', 'cancelled'] as const,
    'Where the procedure stands',
  ),
  whoseMove: Nullable(Type.String({ description: 'ministry, holder or maintainer (null: ended)' })),
  actions: Type.Array(Type.String({ description: 'A step' }), { description: 'Steps possible from this state' }),
  opinion: Nullable(
    Obj({
      positive: Type.Boolean({ description: 'The ministry agreed' }),
      text: Type.String({ description: 'The opinion' }),
    }),
  ),
  information: Nullable(Type.String({ description: 'What the holder told the maintainer' })),
  version: Nullable(Obj({ number: Type.Integer({ description: 'The basket version that carried the change' }) })),
  centresNotified: Nullable(Type.Integer({ description: 'How many centres were sent the notice' })),
  cancelledReason: Nullable(Type.String({ description: 'Why it was withdrawn' })),
  duties: Obj(
    {
      opinion: Duty('DR-15.2: the ministry’s opinion'),
      information: Duty('DR-15.3: the holder informs the maintainer'),
      publication: Duty('DR-15.4: the maintainer updates the basket and notifies the centres'),
    },
    { description: 'The three duties with their due days' },
  ),
  recordedAt: Instant('When it was recorded'),
});
export type ChangeRequestOut = Static<typeof ChangeRequestSchema>;

function duty(ruleId: string, dueDate: string | null, doneOn: string | null, today: string, open: boolean) {
  if (!dueDate) return null;
  return {
    ruleId,
    due: dueDate,
    doneOn,
    overdue: doneOn === null && open && dueDate < today,
    late: doneOn !== null && doneOn > dueDate,
  };
}

export function presentChangeRequest(r: ChangeRequestListRow, today: string): ChangeRequestOut {
  const open = r.state !== 'cancelled' && r.state !== 'rejected';
  const actions = (Object.keys(CHANGE_STEPS) as ChangeAction[]).filter((a) => {
    const from = CHANGE_STEPS[a].from;
    return from !== 'new' && (from as readonly string[]).includes(r.state);
  });
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    title: r.title,
    justification: r.justification,
    holder: { id: r.holder_id, name: r.holder_name },
    annexItem: r.annex_item,
    service: r.service_identifier,
    receivedOn: r.received_on,
    state: r.state,
    whoseMove: whoseMove(r.state),
    actions,
    opinion: r.opinion_positive === null ? null : { positive: r.opinion_positive, text: r.opinion ?? '' },
    information: r.information,
    version: r.version_number === null ? null : { number: r.version_number },
    centresNotified: r.centres_notified,
    cancelledReason: r.cancelled_reason,
    duties: {
      opinion: duty('DR-15.2', r.opinion_due, r.opinion_on, today, open),
      information: duty('DR-15.3', r.information_due, r.informed_on, today, open),
      publication: duty('DR-15.4', r.publish_due, r.published_on, today, open),
    },
    recordedAt: new Date(r.created_at).toISOString(),
  };
}
