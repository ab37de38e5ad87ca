// HTTP for obligations: the dashboards' lists and counts, one obligation with its explanation, and the registry
// of rules. Other capabilities open and fulfil obligations through engine.ts in their own transactions; the one write
// here is the record of a duty done outside the system (records.ts: no duty stays open forever).
import { Type, type Static } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { anyUser, rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { IsoDate, Nullable, Obj, PageQuery, StringEnum, Uuid } from '../platform/http/schema.ts';
import { RECORDERS, recordDone, type RecordIn } from './records.ts';
import { API_STATUSES } from './list-repository.ts';
import { ObligationSchema, RuleSchema, SummarySchema } from './presenters.ts';
import { RULE_IDS } from './rules.ts';
import { getObligation, listObligations, listRules, summariseObligations } from './service.ts';

// Everybody logged in: the service narrows to the caller's organisations (the network for ministry, audit, maintainer).
const tags = ['obligations'];

const FilterQuery = {
  rule: Type.Optional(StringEnum(RULE_IDS, 'Only this rule (its requirement ID)')),
  organisationId: Type.Optional(Uuid('Only obligations this organisation owes')),
  centreId: Type.Optional(Uuid('Only obligations this centre owes')),
  status: Type.Optional(
    StringEnum(
      [...API_STATUSES, 'outstanding'] as const,
      "Only this status; 'outstanding' is open and overdue together",
    ),
  ),
  dueFrom: Type.Optional(IsoDate('Due on or after this day')),
  dueTo: Type.Optional(IsoDate('Due on or before this day')),
  closedBy: Type.Optional(
    StringEnum(
      ['action', 'record'] as const,
      'Only fulfilled ones closed by the action in their capability, or by a record of their organisation',
    ),
  ),
};
const RecordBody = Obj({
  doneOn: IsoDate('The day the duty was done: within its period, not in the future'),
  note: Type.String({ minLength: 1, maxLength: 2000, description: 'What was done (the survey, the training …)' }),
  documentId: Type.Optional(Nullable(Uuid('A stored document as evidence (POST /api/v1/documents first)'))),
});
const ListQuery = Obj({ ...FilterQuery, ...PageQuery });
const SummaryQuery = Obj(FilterQuery);
// The type provider cannot see through StringEnum's Unsafe: name the types here.
type ListQueryIn = Static<typeof ListQuery>;
type SummaryQueryIn = Static<typeof SummaryQuery>;

export async function obligationRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/obligations',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'Obligations in your scope, earliest due first; overdue is computed in Riga time when read',
        tags,
        querystring: ListQuery,
        response: {
          200: Obj({
            items: Type.Array(ObligationSchema, { description: 'One page of obligations' }),
            total: Type.Integer({ description: 'Obligations matching the filter, on all pages' }),
          }),
        },
      },
    },
    async (request) => listObligations(deps, request.actor, request.query as ListQueryIn),
  );

  app.get(
    '/api/v1/obligations/summary',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'Counts of obligations in your scope per rule and status, with the same filters as the list',
        tags,
        querystring: SummaryQuery,
        response: { 200: SummarySchema },
      },
    },
    async (request) => summariseObligations(deps, request.actor, request.query as SummaryQueryIn),
  );

  app.get(
    '/api/v1/obligations/:id',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'One obligation with the explanation of its due date (404 outside your scope)',
        tags,
        params: Obj({ id: Uuid('Obligation id') }),
        response: { 200: ObligationSchema },
      },
    },
    async (request) => getObligation(deps, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/obligations/:id/record',
    {
      config: { policy: rolesRoute(...RECORDERS) },
      schema: {
        operationId: 'createObligationRecord',
        summary: 'Record a duty done outside the system, with its evidence; fulfils the obligation',
        description:
          'CR-17.16, SR-24 (satisfaction surveys), CR-18.1 (yearly training), DR-25.2.1 (training after a basket change): the owing organisation ' +
          '(its administrator or coordinator, a centre head for the centre’s duty) records the day, a note and ' +
          'optionally a document; audited. 409 for a duty that an action in a capability closes (CR-11, DR-16, ' +
          'SR-11, SR-22, SR-23 …) or one no longer open; 404 outside your scope, 403 without a role that answers for it.',
        tags,
        params: Obj({ id: Uuid('Obligation id') }),
        body: RecordBody,
        response: { 200: ObligationSchema },
      },
    },
    async (request) =>
      recordDone(deps, request.actor, request.params.id, request.body as RecordIn, auditContext(request)),
  );

  app.get(
    '/api/v1/obligation-rules',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'The registry of deadline rules and recurring duties, each with its requirement ID and versions',
        tags,
        response: { 200: Obj({ items: Type.Array(RuleSchema, { description: 'Every rule, in registry order' }) }) },
      },
    },
    async () => ({ items: listRules() }),
  );
}
