// Request shapes of proposals: the single source of validation, type and OpenAPI. Rules about values (a service of
// the catalogue, a document that exists, a month's notice) are the services'.
import { Type, type Static } from 'typebox';
import { IsoDate, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';

export const PROPOSAL_KINDS = ['transfer', 'exclusion'] as const;
export const CENTRE_KINDS = ['county', 'regional', 'national'] as const;
export const STATES = [
  'gathering',
  'ready_for_committee',
  'rejected',
  'approved',
  'training_held',
  'guidance_published',
  'in_service',
  'withdrawn',
  'exclusion_notified',
  'excluded',
] as const;

export const ProposalParams = Obj({ id: Uuid('Proposal id') });
export const CentreParams = Obj({ id: Uuid('Proposal id'), centreId: Uuid('Centre id') });

const Note = Type.Optional(Str('A note the history shows', 2000));

export const FileBody = Obj({
  kind: Type.Optional(
    StringEnum(
      PROPOSAL_KINDS,
      'transfer (default): move a service or a stage into the centres (CR-12); exclusion (CR-16)',
    ),
  ),
  organisationId: Type.Optional(
    Uuid('The proposing municipality, institution or holder (default: the one organisation you speak for)'),
  ),
  title: Str('What is proposed, in a line', 300, { minLength: 1 }),
  serviceId: Type.Optional(Uuid('The catalogue service (required for an exclusion)')),
  stage: Type.Optional(
    Str('The stage of the service proposed, described (when not the whole service)', 2000, { minLength: 1 }),
  ),
  holderId: Type.Optional(Uuid("The service's holder, when no catalogue service is named")),
  centreKinds: Type.Optional(
    Type.Array(StringEnum(CENTRE_KINDS, 'A kind of centre'), {
      maxItems: 3,
      uniqueItems: true,
      description: 'Which kinds of centres it is meant for (none: every centre)',
    }),
  ),
  justification: Str('Why: what the clients and the centres gain', 4000, { minLength: 1 }),
  letterId: Uuid('The signed letter to the ministry (a document uploaded to POST /api/v1/documents)'),
  excludeFrom: Type.Optional(
    IsoDate('Exclusion only: the day the centres stop providing it (a month after the notice, CR-16)'),
  ),
});
export type FileIn = Static<typeof FileBody>;

export const HolderAnswerBody = Obj({
  ready: Type.Boolean({
    description: 'Whether the holder is ready to hand the service or stage over (CR-13.2.1, CR-14.2.1)',
  }),
  note: Note,
});
export type HolderAnswerIn = Static<typeof HolderAnswerBody>;

export const CentreAnswerBody = Obj({
  centreId: Uuid('The centre answering'),
  willing: Type.Boolean({ description: 'Whether the centre wants to provide it (CR-13.2.2, CR-14.2.2)' }),
  note: Note,
});
export type CentreAnswerIn = Static<typeof CentreAnswerBody>;

export const NoteBody = Obj({ note: Note });
export type NoteIn = Static<typeof NoteBody>;

export const TrainingBody = Obj({
  heldOn: IsoDate('The last day of the training (CR-15.1); the clocks of CR-15.2 and CR-15.3 start after it'),
  note: Note,
});
export type TrainingIn = Static<typeof TrainingBody>;

export const GuidanceBody = Obj({
  documentId: Uuid('The guidance material (a document uploaded to POST /api/v1/documents), CR-15.2'),
  note: Note,
});
export type GuidanceIn = Static<typeof GuidanceBody>;

export const StartBody = Obj({ startedOn: IsoDate('The day the centre started providing it (CR-15.3)') });
export type StartIn = Static<typeof StartBody>;

export const WithdrawBody = Obj({ reason: Str('Why the proposal is withdrawn', 1000, { minLength: 1 }) });
export type WithdrawIn = Static<typeof WithdrawBody>;

export const ListQuery = Obj({
  state: Type.Optional(StringEnum(STATES, 'Only proposals in this state')),
  kind: Type.Optional(StringEnum(PROPOSAL_KINDS, 'Only transfers or only exclusions')),
  organisationId: Type.Optional(Uuid('Only proposals this organisation made or holds the service of')),
});
export type ListIn = Static<typeof ListQuery>;
