// HTTP for authorised e-services (AM-1.1, AM-1.5, DR-27, DR-28, DR-29): the filable services, starting
// the workflow at a centre, one route per step of AM-1.5, cancelling it, the authorisation PDF, the audited full
// personal code, lists and anonymous statistics. Thin: parse → call the service → present; the services check the scope (404).
import { Type, type TSchema } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { EserviceStep } from './tables.ts';
import type { Deps } from '../db.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { Obj } from '../platform/http/schema.ts';
import { cancelEservice } from './cancel.ts';
import { authorisationDocument } from './pdf-service.ts';
import { READER_ROLES, STAFF_ROLES } from './policy.ts';
import { DetailSchema, FilableServiceSchema, StatisticsSchema, SummarySchema } from './presenters.ts';
import {
  CancelBody,
  CompletedBody,
  CompletionTimeBody,
  DeliveryBody,
  EserviceParams,
  FilableQuery,
  FiledBody,
  IdentityBody,
  InformedBody,
  ListQuery,
  PortalBody,
  ResultToldBody,
  SignedBody,
  StartBody,
  type CancelIn,
  type FilableIn,
  type ListIn,
  type StatisticsIn,
  StatisticsQuery,
} from './schemas.ts';
import {
  eserviceStatistics,
  filableServices,
  getEservice,
  listEservices,
  revealClientCode,
  startEservice,
} from './service.ts';
import { takeStep } from './step-service.ts';
import type { StepInputs } from './step-rules.ts';

const tags = ['authorised e-services'];
/** AM-1.1: the centre's staff file on the client's behalf. */
const staff = rolesRoute(...STAFF_ROLES);
/** …and the ministry, auditors and the maintainer read (without the client's personal data). */
const readers = rolesRoute(...STAFF_ROLES, ...READER_ROLES);
const BASE = '/api/v1/authorised-eservices';
/** Not JSON: the bytes of the PDF (Fastify sends a Buffer as it is). */
const PdfResponse = Type.Unsafe<Buffer>({
  description: 'The PDF, two pages',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary', description: 'The PDF' } } },
});

const STEP_ROUTES: { step: EserviceStep; body: TSchema; summary: string }[] = [
  {
    step: 'identity',
    body: IdentityBody,
    summary:
      "Step 1: the client's identity verified with a valid identity document (AM-1.5 22.1¹, DR-27.1; expired refused)",
  },
  {
    step: 'portal_identification',
    body: PortalBody,
    summary: 'Step 2: the employee identified on the state portal with a qualified eID (AM-1.5 22.1²)',
  },
  {
    step: 'data_use_informed',
    body: InformedBody,
    summary: 'Step 3: the client informed about the use of personal data (AM-1.5 22.1³, 22.1⁴)',
  },
  {
    step: 'authorisation_signed',
    body: SignedBody,
    summary: "Step 4: the written authorisation signed in two copies, the centre's copy archived (AM-1.5 22.1³)",
  },
  {
    step: 'filed',
    body: FiledBody,
    summary:
      'Step 5: filed on the state portal, with its reference; the client confirmed the data (AM-1.5 22.1⁵, DR-27.3)',
  },
  {
    step: 'completion_time_told',
    body: CompletionTimeBody,
    summary: 'Step 6: the planned completion date told (AM-1.5 22.1⁶)',
  },
  {
    step: 'delivery',
    body: DeliveryBody,
    summary: 'Step 7: how the result reaches the client — e-address if activated, else post or in person (DR-28)',
  },
  {
    step: 'result_told',
    body: ResultToldBody,
    summary: 'Step 8: the result told to the client when asked (AM-1.5 22.1⁷)',
  },
  {
    step: 'completed',
    body: CompletedBody,
    summary: 'Step 9: completed; the personal data are kept three months from this day (DR-27.3)',
  },
];

export async function eserviceRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    `${BASE}/filable-services`,
    {
      config: { policy: staff },
      schema: {
        summary: "Published services whose description allows filing on a client's behalf (DR-29), by identifier",
        tags,
        querystring: FilableQuery,
        response: { 200: Obj({ items: Type.Array(FilableServiceSchema, { description: 'Filable services' }) }) },
      },
    },
    async (request) => ({ items: await filableServices(deps, request.query as FilableIn) }),
  );

  app.get(
    BASE,
    {
      config: { policy: readers },
      schema: {
        summary:
          "Authorised e-services of the caller's centres (every centre for the ministry and auditors), newest first",
        tags,
        querystring: ListQuery,
        response: {
          200: Obj({
            total: Type.Integer({ description: 'Matching records in all pages' }),
            items: Type.Array(SummarySchema, { description: 'Records' }),
          }),
        },
      },
    },
    async (request) => listEservices(deps, request.actor, request.query as ListIn),
  );

  app.get(
    `${BASE}/statistics`,
    {
      config: { policy: readers },
      schema: {
        summary: 'Anonymous counts by centre, service, status and delivery channel (kept after DR-27.3 removal)',
        tags,
        querystring: StatisticsQuery,
        response: { 200: StatisticsSchema },
      },
    },
    async (request) => eserviceStatistics(deps, request.actor, request.query as StatisticsIn),
  );

  app.post(
    BASE,
    {
      config: { policy: staff },
      schema: {
        summary: 'Start an authorised e-service at a centre for a filable service (AM-1.1; DR-29: otherwise 422)',
        tags,
        body: StartBody,
        response: { 201: DetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await startEservice(deps, request.body, auditContext(request))),
  );

  app.get(
    `${BASE}/:id`,
    {
      config: { policy: readers },
      schema: {
        summary: 'One authorised e-service with every step of AM-1.5 (who, when); the personal code masked',
        tags,
        params: EserviceParams,
        response: { 200: DetailSchema },
      },
    },
    async (request) => getEservice(deps, request.actor, request.params.id),
  );

  app.get(
    `${BASE}/:id/client-code`,
    {
      config: { policy: staff },
      schema: {
        summary: "The client's personal code in full: a deliberate action the audit trail records (person.code_viewed)",
        tags,
        params: EserviceParams,
        response: { 200: Obj({ personalCode: Type.String({ description: 'The personal code, e.g. 120190-12342' }) }) },
      },
    },
    async (request) => revealClientCode(deps, request.params.id, auditContext(request)),
  );

  app.get(
    `${BASE}/:id/authorisation.pdf`,
    {
      config: { policy: staff },
      schema: {
        summary:
          "The written authorisation as a PDF in Latvian, the centre's and the client's copy (AM-1.5 22.1³); audited",
        tags,
        params: EserviceParams,
        response: { 200: PdfResponse },
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await authorisationDocument(deps, request.params.id, auditContext(request));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.post(
    `${BASE}/:id/cancel`,
    {
      config: { policy: staff },
      schema: {
        summary:
          'Cancel a workflow that will not be completed, with the reason (409 once completed or cancelled); its personal data are then removed three months after the cancellation day (DR-27.3)',
        tags,
        params: EserviceParams,
        body: CancelBody,
        response: { 200: DetailSchema },
      },
    },
    async (request) => cancelEservice(deps, request.params.id, request.body as CancelIn, auditContext(request)),
  );

  for (const { step, body, summary } of STEP_ROUTES) {
    app.post(
      `${BASE}/:id/steps/${step}`,
      {
        config: { policy: staff },
        schema: { summary, tags, params: EserviceParams, body, response: { 200: DetailSchema } },
      },
      async (request) =>
        takeStep(deps, request.params.id, step, request.body as StepInputs[typeof step], auditContext(request)),
    );
  }
}
