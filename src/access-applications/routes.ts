// HTTP for access applications (CR-22 as amended by AM-1.4, AM-1.11, DR-20.2, DR-21.2, DR-22.2): filing, the list and
// the application, the ministry's decision, the organisation's confirmation. Thin: parse → call the service → present.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { peopleOnly } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { Obj } from '../platform/http/schema.ts';
import { confirmOnboarding, decideApplication } from './decision-service.ts';
import { applicants, applicationReaders, deciders } from './policy.ts';
import { ApplicationDetailSchema, ApplicationSummarySchema } from './presenters.ts';
import {
  ConfirmBody,
  IdParams,
  type IdIn,
  ListQuery,
  type ListIn,
  DecisionBody,
  type DecisionIn,
  SubmitBody,
  type SubmitIn,
} from './schemas.ts';
import { listApplications, loadDetail, submitApplication } from './service.ts';

const tags = ['access-applications'];
const BASE = '/api/v1/access-applications';
const Detail = { 200: ApplicationDetailSchema };

export async function accessApplicationRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    BASE,
    {
      config: { policy: peopleOnly(applicationReaders) },
      schema: {
        operationId: 'listAccessApplications',
        summary: 'Access applications in your scope: undecided first, the earliest DR-20.2 due date first',
        description:
          'CR-22 (AM-1.4), DR-20.2: the ministry and the maintainer see every application with its due date ' +
          '(3 working days); an organisation admin sees its organisation’s.',
        tags,
        querystring: ListQuery,
        response: {
          200: Obj({
            items: Type.Array(ApplicationSummarySchema, { description: 'One page of applications' }),
            total: Type.Integer({ description: 'Applications matching the filter, on all pages' }),
          }),
        },
      },
    },
    async (request) => listApplications(deps, request.actor, request.query as ListIn),
  );

  app.post(
    BASE,
    {
      config: { policy: peopleOnly(applicants) },
      schema: {
        operationId: 'createAccessApplication',
        summary: 'Apply for admin-level access for employees (Annex 2), with the signed application attached',
        description:
          'CR-22 as amended by AM-1.4, Annex 2 as amended by AM-1.11: grant or revoke; each employee with name, ' +
          'e-mail, phone, position, centre or institution and term (fixed with its last day, or permanent). The ' +
          'document is an eDoc/ASiC-E container or a signed PDF; its signers are read from the file but the ' +
          'signature is not validated here. Opens the ministry’s DR-20.2 duty (3 working days).',
        tags,
        body: SubmitBody,
        response: { 201: ApplicationDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await submitApplication(deps, request.body as SubmitIn, auditContext(request))),
  );

  app.get(
    `${BASE}/:id`,
    {
      config: { policy: peopleOnly(applicationReaders) },
      schema: {
        operationId: 'getAccessApplication',
        summary: 'An access application with its employees, document and what the file says of its signers',
        description:
          'AM-1.11 note 1: the signer (certificate CN and serialNumber, or the PDF’s /Name) as the file says; ' +
          '`signature.validated` is always false — the signature cannot be checked here.',
        tags,
        params: IdParams,
        response: Detail,
      },
    },
    async (request) => loadDetail(deps, request.actor, (request.params as IdIn).id),
  );

  app.post(
    `${BASE}/:id/decision`,
    {
      config: { policy: peopleOnly(deciders) },
      schema: {
        operationId: 'createAccessApplicationDecision',
        summary: 'Decide: approve (grant or revoke the access, send the set-password links) or reject with a reason',
        description:
          'DR-20.2: within 3 working days; on approval the password link goes to the e-mail in the application. ' +
          'Grants are org_admin of the organisation for the term applied for; revocation removes them. Fulfils ' +
          'DR-20.2 and, for an approved grant, opens DR-21.2 (municipality, 10 working days) or DR-22.2 ' +
          '(institution, 5). A rejection needs a reason, which the applicant sees.',
        tags,
        params: IdParams,
        body: DecisionBody,
        response: Detail,
      },
    },
    async (request) =>
      decideApplication(deps, (request.params as IdIn).id, request.body as DecisionIn, auditContext(request)),
  );

  app.post(
    `${BASE}/:id/confirm`,
    {
      config: { policy: peopleOnly(applicants) },
      schema: {
        operationId: 'confirmAccessOnboarding',
        summary: 'Accept the cooperation terms and confirm the organisation’s remote channels',
        description:
          'DR-21.2, DR-22.2: after access is granted the organisation identifies itself (its admin, logged in), ' +
          'accepts the cooperation terms and gives its remote channels (its organisation record) — fulfils the duty.',
        tags,
        params: IdParams,
        body: ConfirmBody,
        response: Detail,
      },
    },
    async (request) => confirmOnboarding(deps, (request.params as IdIn).id, auditContext(request)),
  );
}
