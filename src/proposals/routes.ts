// HTTP for proposals (CR-12 … CR-16): filing with the letter, the list and "where is each proposal stuck", one
// proposal with its history, and each step of the state machine as its own POST. Thin: parse → call the service →
// present; the services check the state (409 naming it) and the party (403).
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { auditContext } from '../platform/http/context.ts';
import { Obj } from '../platform/http/schema.ts';
import { fileProposal } from './file-service.ts';
import { centreActors, ministryActors, organisationActors, proposalReaders, trainingActors } from './policy.ts';
import { ProposalDetailSchema, ProposalSummarySchema } from './presenters.ts';
import { getProposal, listProposals, stuckProposals } from './read-service.ts';
import {
  CentreAnswerBody,
  CentreParams,
  FileBody,
  GuidanceBody,
  HolderAnswerBody,
  ListQuery,
  NoteBody,
  ProposalParams,
  StartBody,
  TrainingBody,
  WithdrawBody,
  type CentreAnswerIn,
  type FileIn,
  type GuidanceIn,
  type HolderAnswerIn,
  type ListIn,
  type NoteIn,
  type StartIn,
  type TrainingIn,
  type WithdrawIn,
} from './schemas.ts';
import {
  answerCentre,
  answerHolder,
  excludeService,
  prepareInformation,
  publishGuidance,
  recordTraining,
  startCentre,
  withdrawProposal,
} from './steps-service.ts';
import type { RoutePolicy } from '../platform/access/route-policy.ts';
import type { AuditContext } from '../platform/audit/audit.ts';

const tags = ['proposals'];
const List = { 200: Obj({ items: Type.Array(ProposalSummarySchema, { description: 'Proposals' }) }) };
const Detail = { 200: ProposalDetailSchema };

interface StepRoute {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  policy: RoutePolicy;
  body:
    | typeof NoteBody
    | typeof HolderAnswerBody
    | typeof CentreAnswerBody
    | typeof TrainingBody
    | typeof GuidanceBody
    | typeof WithdrawBody
    | typeof StartBody;
  centre?: true;
  run(deps: Deps, id: string, body: unknown, context: AuditContext, centreId: string): Promise<unknown>;
}

const STEP_ROUTES: StepRoute[] = [
  {
    path: 'holder-answer',
    operationId: 'answerProposalAsHolder',
    summary: "The holder's readiness to hand the service or stage over",
    description:
      'CR-13.2.1, CR-14.2.1: while gathering, when another body proposed it; a yes asks the centres (CR-14.2.2).',
    policy: organisationActors,
    body: HolderAnswerBody,
    run: (deps, id, body, ctx) => answerHolder(deps, id, body as HolderAnswerIn, ctx),
  },
  {
    path: 'centre-answers',
    operationId: 'answerProposalAsCentre',
    summary: 'Whether a centre wants to provide it',
    description:
      "CR-13.2.2, CR-14.2.2: only once the centres were asked (for another body's proposal, after the holder confirmed).",
    policy: centreActors,
    body: CentreAnswerBody,
    run: (deps, id, body, ctx) => answerCentre(deps, id, body as CentreAnswerIn, ctx),
  },
  {
    path: 'information',
    operationId: 'createProposalInformation',
    summary: "The ministry's information is ready: the proposal goes to the committee",
    description:
      'CR-13.2, CR-14.2: fulfils the 20 working days; opens CR-13.3 / CR-14.3 (the committee meets within a month).',
    policy: ministryActors,
    body: NoteBody,
    run: (deps, id, body, ctx) => prepareInformation(deps, id, body as NoteIn, ctx),
  },
  {
    path: 'training',
    operationId: 'createProposalTraining',
    summary: "The centres' staff were trained",
    description:
      'CR-15.1: fulfils the month after the decision; opens CR-15.2 (10 working days) and CR-15.3 for each willing centre.',
    policy: trainingActors,
    body: TrainingBody,
    run: (deps, id, body, ctx) => recordTraining(deps, id, body as TrainingIn, ctx),
  },
  {
    path: 'guidance',
    operationId: 'createProposalGuidance',
    summary: 'The guidance material is in the system',
    description: 'CR-15.2: the holder puts in the guidance material (a document); fulfils CR-15.2.',
    policy: organisationActors,
    body: GuidanceBody,
    run: (deps, id, body, ctx) => publishGuidance(deps, id, body as GuidanceIn, ctx),
  },
  {
    path: 'centres/:centreId/start',
    operationId: 'createProposalCentreStart',
    summary: 'A willing centre started providing it',
    description:
      'CR-15.3: within a month after the training; fulfils its obligation. With the guidance in and every willing centre started, the proposal is in service.',
    policy: centreActors,
    body: StartBody,
    centre: true,
    run: (deps, id, body, ctx, centreId) => startCentre(deps, id, centreId, body as StartIn, ctx),
  },
  {
    path: 'withdrawal',
    operationId: 'createProposalWithdrawal',
    summary: 'The proposer withdraws the proposal before the decision',
    description: "CR-12: the ministry's and the committee's open duties are cancelled.",
    policy: organisationActors,
    body: WithdrawBody,
    run: (deps, id, body, ctx) => withdrawProposal(deps, id, body as WithdrawIn, ctx),
  },
  {
    path: 'exclusion',
    operationId: 'createProposalExclusion',
    summary: 'The notified exclusion took effect: the service leaves every centre’s scope from its day',
    description:
      'CR-16: on or after the notified day (the committee was informed a month ahead when it was filed). The ' +
      'service’s CR-7.2 / CR-7.3 scope entries end the day before (earlier days still list it; an entry starting ' +
      'later is removed), so the public list and the counter no longer offer it from that day. 422 when the service ' +
      'entered the minimal basket since the notice.',
    policy: organisationActors,
    body: NoteBody,
    run: (deps, id, body, ctx) => excludeService(deps, id, body as NoteIn, ctx),
  },
];

export async function proposalRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/proposals',
    {
      config: { policy: proposalReaders },
      schema: {
        operationId: 'listProposals',
        summary: 'Proposals to move a service into the centres, and exclusions',
        description:
          'CR-12 … CR-16: filtered by state, kind and organisation (proposer or holder); oldest state first.',
        tags,
        querystring: ListQuery,
        response: List,
      },
    },
    async (request) => listProposals(deps, request.query as ListIn),
  );

  app.get(
    '/api/v1/proposals/stuck',
    {
      config: { policy: proposalReaders },
      schema: {
        operationId: 'listStuckProposals',
        summary: 'Where is each proposal stuck: state, since when, whose move, the open duty and its due date',
        description: 'CR-13 … CR-16: every proposal not yet finished, the earliest due date first.',
        tags,
        response: List,
      },
    },
    async () => stuckProposals(deps),
  );

  app.post(
    '/api/v1/proposals',
    {
      config: { policy: organisationActors },
      schema: {
        operationId: 'createProposal',
        summary: 'File a proposal (CR-12) or a notice of exclusion (CR-16) with its signed letter',
        description:
          'CR-12, CR-13.1, CR-14.1: opens CR-13.2 / CR-14.2 (the ministry gathers within 20 working days); the holder gets ' +
          'the letter when another body proposed it. CR-16: an exclusion needs a month’s notice to the committee; a basket ' +
          'service cannot be excluded (refused naming the rule). 400 names /letterId when the letter is missing or unknown.',
        tags,
        body: FileBody,
        response: { 201: ProposalDetailSchema },
      },
    },
    async (request, reply) => {
      const row = await fileProposal(deps, request.body as FileIn, auditContext(request));
      return reply.code(201).send(await getProposal(deps, request.actor, row.id));
    },
  );

  app.get(
    '/api/v1/proposals/:id',
    {
      config: { policy: proposalReaders },
      schema: {
        operationId: 'getProposal',
        summary: 'One proposal with its answers, its history (who, when) and the steps you may take now',
        description: 'CR-12 … CR-16.',
        tags,
        params: ProposalParams,
        response: Detail,
      },
    },
    async (request) => getProposal(deps, request.actor, request.params.id),
  );

  for (const step of STEP_ROUTES) {
    app.post(
      `/api/v1/proposals/:id/${step.path}`,
      {
        config: { policy: step.policy },
        schema: {
          operationId: step.operationId,
          summary: step.summary,
          description: step.description,
          tags,
          params: step.centre ? CentreParams : ProposalParams,
          body: step.body,
          response: Detail,
        },
      },
      async (request) => {
        const params = request.params as { id: string; centreId?: string };
        await step.run(deps, params.id, request.body, auditContext(request), params.centreId ?? '');
        return getProposal(deps, request.actor, params.id);
      },
    );
  }
}
