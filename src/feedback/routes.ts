// HTTP for complaints, questions and suggestions (CR-17.13, CR-19.7, CR-20.7, SR-19, BV-4.2): the list
// and the case, registering, routing, escalating, answering and the stages of contesting. Thin: parse → call the
// service → present; the services check the scope (404 outside it) and the rules.
import { Type, type Static } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { Obj } from '../platform/http/schema.ts';
import { lodgeStage, decideStage } from './contest-service.ts';
import { answerCase, escalateCase, routeCase } from './handling-service.ts';
import { CaseDetailSchema, CaseSummarySchema } from './presenters.ts';
import { registerCase } from './register-service.ts';
import {
  AnswerBody,
  CaseParams,
  DecideStageBody,
  EscalateBody,
  ListQuery,
  LodgeStageBody,
  RegisterBody,
  RouteBody,
  StageParams,
} from './schemas.ts';
import { getCase, listCases } from './service.ts';

const tags = ['feedback'];
/** Reading: the centres' staff, the holders' people, and the network's readers (the service narrows the scope). */
const readers = rolesRoute(
  'maintainer',
  'ministry_supervisor',
  'auditor',
  'org_admin',
  'centre_head',
  'centre_employee',
  'institution_coordinator',
);
/** CR-17.13: the centre's staff register. */
const registrars = rolesRoute('org_admin', 'centre_head', 'centre_employee');
/** Routing, escalating and answering: the centre's staff and the holder's people (the service decides per case). */
const handlers = rolesRoute('org_admin', 'centre_head', 'centre_employee', 'institution_coordinator');
/** BV-4.2: the head of the centre or the municipality's admin record the stages of contesting. */
const leads = rolesRoute('org_admin', 'centre_head');

// The type provider cannot see through StringEnum's Unsafe: name the types here.
type RegisterIn = Static<typeof RegisterBody>;
type RouteIn = Static<typeof RouteBody>;
type AnswerIn = Static<typeof AnswerBody>;
type LodgeIn = Static<typeof LodgeStageBody>;
type DecideIn = Static<typeof DecideStageBody>;
type ListIn = Static<typeof ListQuery>;

const Detail = { 200: CaseDetailSchema };

export async function feedbackRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/feedback-cases',
    {
      config: { policy: readers },
      schema: {
        summary:
          'Complaints, questions and suggestions in your scope: open ones first, the earliest due first; overdue in Riga time',
        tags,
        querystring: ListQuery,
        response: {
          200: Obj({
            items: Type.Array(CaseSummarySchema, { description: 'One page of cases' }),
            total: Type.Integer({ description: 'Cases matching the filter, on all pages' }),
          }),
        },
      },
    },
    async (request) => listCases(deps, request.actor, request.query as ListIn),
  );

  app.post(
    '/api/v1/feedback-cases',
    {
      config: { policy: registrars },
      schema: {
        summary:
          'Register a complaint, question or suggestion at one of your centres (CR-17.13); routed, levelled (SR-19) and given its due date',
        tags,
        body: RegisterBody,
        response: { 201: CaseDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await registerCase(deps, request.body as RegisterIn, auditContext(request))),
  );

  app.get(
    '/api/v1/feedback-cases/:id',
    {
      config: { policy: readers },
      schema: {
        summary: 'One case with its due date, answer, history, contest stages and your rights (404 outside your scope)',
        tags,
        params: CaseParams,
        response: Detail,
      },
    },
    async (request) => getCase(deps, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/feedback-cases/:id/routing',
    {
      config: { policy: handlers },
      schema: {
        summary:
          'Route an open case to the centre (CR-20.7) or to the holder of its service (CR-19.7); the due date follows the answerer',
        tags,
        params: CaseParams,
        body: RouteBody,
        response: Detail,
      },
    },
    async (request) => routeCase(deps, request.params.id, request.body as RouteIn, auditContext(request)),
  );

  app.post(
    '/api/v1/feedback-cases/:id/escalation',
    {
      config: { policy: handlers },
      schema: {
        summary: 'Move an open question or suggestion to level 2 as a non-standard case (SR-19.2)',
        tags,
        params: CaseParams,
        body: EscalateBody,
        response: Detail,
      },
    },
    async (request) => escalateCase(deps, request.params.id, request.body, auditContext(request)),
  );

  app.post(
    '/api/v1/feedback-cases/:id/answer',
    {
      config: { policy: handlers },
      schema: {
        summary:
          'Record the answer: text, day and channel (CR-17.13, CR-19.7, CR-20.7); at level 2 of a centre only its head or admin',
        tags,
        params: CaseParams,
        body: AnswerBody,
        response: Detail,
      },
    },
    async (request) => answerCase(deps, request.params.id, request.body as AnswerIn, auditContext(request)),
  );

  app.post(
    '/api/v1/feedback-cases/:id/contest-stages',
    {
      config: { policy: leads },
      schema: {
        summary:
          'Lodge the next stage of contesting (BV-4.2: head of centre → executive director → court; BV-4.3) after the previous decision',
        tags,
        params: CaseParams,
        body: LodgeStageBody,
        response: { 201: CaseDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await lodgeStage(deps, request.params.id, request.body as LodgeIn, auditContext(request))),
  );

  app.post(
    '/api/v1/feedback-cases/:id/contest-stages/:position/decision',
    {
      config: { policy: leads },
      schema: {
        summary: "Record a stage's decision and its date (BV-4.2)",
        tags,
        params: StageParams,
        body: DecideStageBody,
        response: Detail,
      },
    },
    async (request) =>
      decideStage(deps, request.params.id, request.params.position, request.body as DecideIn, auditContext(request)),
  );
}
