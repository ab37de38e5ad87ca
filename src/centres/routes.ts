// HTTP for centres (DR-10 … DR-13): the staff list and detail, creating and changing a centre, lifecycle steps and
// kind compliance. Thin: parse → call the service → present; the services check the scope (404 outside it).
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { anyUser, rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { IfMatchHeaders, ifMatch, tagged } from '../platform/http/etag.ts';
import { Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { pickLang } from '../platform/i18n/messages.ts';
import { CentreDetailSchema, CentreSummarySchema } from './presenters.ts';
import {
  CentreParams,
  CreateCentreBody,
  DateQuery,
  ListCentresQuery,
  TransitionBody,
  UpdateCentreBody,
} from './schemas.ts';
import { createCentre, getCentre, listCentres, updateCentre } from './centres-service.ts';
import { transitionCentre } from './lifecycle-service.ts';
import { centreCompliance } from './compliance-service.ts';

const tags = ['centres'];
/** CR-4 … CR-6: the municipality (its admin) runs its centres; a maintainer keeps the directory. */
const runners = rolesRoute('maintainer', 'org_admin');
/** …and the head of centre (CR-20.3) keeps its contacts. */
const editors = rolesRoute('maintainer', 'org_admin', 'centre_head');

const ComplianceSchema = Obj({
  centreId: Uuid('Centre id'),
  kind: Type.Union([StringEnum(['county', 'regional', 'national'] as const, 'Centre kind'), Type.Null()], {
    description: 'Centre kind (CR-3)',
  }),
  date: Type.String({ description: 'The day evaluated', format: 'date' }),
  compliant: Type.Boolean({ description: 'Every check passed' }),
  checks: Type.Array(
    Obj({
      rule: Type.String({ description: 'Requirement ID of the rule version in force on the date, e.g. CR-5.3' }),
      measure: StringEnum(
        ['place_level', 'working_days', 'weekly_hours', 'institutions', 'kind', 'basket_items', 'facility'] as const,
        'What is measured (facility: CR-17.5 … CR-17.7, expected "yes", actual yes, no or unknown)',
      ),
      passed: Type.Boolean({ description: 'Whether the centre meets it' }),
      expected: Type.Union([Type.Number(), Type.String()], {
        description: 'The threshold of the rule version in force (data, not code)',
      }),
      actual: Type.Union([Type.Number(), Type.String()], { description: 'What the centre has' }),
      explanation: Type.String({ description: "Why, in the caller's language (Accept-Language)" }),
      missingItems: Type.Optional(
        Type.Array(Type.String({ description: 'An Annex 1 item, e.g. 3.13' }), {
          description: "basket_items (CR-4.2, CR-5.2, CR-6.2): the minimal-basket items the centre's scope lacks",
        }),
      ),
    }),
    { description: 'The checks of the rules in force on the date for the kind' },
  ),
});

export async function centreRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/centres',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'Every centre in any status, in Latvian alphabetical order',
        tags,
        querystring: ListCentresQuery,
        response: { 200: Obj({ items: Type.Array(CentreSummarySchema, { description: 'Centres' }) }) },
      },
    },
    async (request) => ({ items: await listCentres(deps, request.query) }),
  );

  app.get(
    '/api/v1/centres/:id',
    {
      config: { policy: anyUser },
      schema: {
        summary: "A centre with its points, hours, reception hours, and the caller's rights in it",
        tags,
        params: CentreParams,
        response: { 200: CentreDetailSchema },
      },
    },
    async (request, reply) => tagged(reply, await getCentre(deps, request.actor, request.params.id)),
  );

  app.post(
    '/api/v1/centres',
    {
      config: { policy: runners },
      schema: {
        summary: 'Add a centre (it starts as planned)',
        tags,
        body: CreateCentreBody,
        response: { 201: CentreDetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createCentre(deps, request.body, auditContext(request))),
  );

  app.patch(
    '/api/v1/centres/:id',
    {
      config: { policy: editors },
      schema: {
        summary:
          'Change a centre; the head of centre may change only its contacts. If-Match: the version read (412 when someone changed it since)',
        tags,
        params: CentreParams,
        headers: IfMatchHeaders,
        body: UpdateCentreBody,
        response: { 200: CentreDetailSchema },
      },
    },
    async (request, reply) =>
      tagged(reply, await updateCentre(deps, request.params.id, request.body, ifMatch(request), auditContext(request))),
  );

  app.post(
    '/api/v1/centres/:id/transitions',
    {
      config: { policy: runners },
      schema: {
        summary:
          'Take a lifecycle step: open, decide_liquidation (closing deadline = decision + 6 months, DR-12.3), cancel_liquidation, close, cancel_plan',
        tags,
        params: CentreParams,
        body: TransitionBody,
        response: { 200: CentreDetailSchema },
      },
    },
    async (request) => transitionCentre(deps, request.params.id, request.body, auditContext(request)),
  );

  app.get(
    '/api/v1/centres/:id/compliance',
    {
      config: { policy: anyUser },
      schema: {
        summary:
          'Whether the centre meets the rules of its kind on a date, explained (CR-4 … CR-6, CR-4.2/CR-5.2/CR-6.2 the minimal basket in its scope, CR-5.3, CR-6.3, DR-25.1.7.1, DR-26.1.2)',
        tags,
        params: CentreParams,
        querystring: DateQuery,
        response: { 200: ComplianceSchema },
      },
    },
    async (request) =>
      centreCompliance(deps, request.params.id, request.query.date, pickLang(request.headers['accept-language'])),
  );
}
