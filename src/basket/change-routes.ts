// HTTP for DR-15, the procedure of changing the basket: the holder's request, the ministry's opinion, the holder's
// information to the maintainer, the maintainer's new version with its notice to every centre, withdrawal; and the
// impact of a draft version on each centre's scope (CR-2.6, CR-7.1). Thin: parse → call the service → present.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { auditContext } from '../platform/http/context.ts';
import { Obj, Uuid } from '../platform/http/schema.ts';
import {
  CancelBody,
  ChangeRequestBody,
  ChangeRequestSchema,
  InformationBody,
  OpinionBody,
  type CancelIn,
  type ChangeRequestIn,
  type InformationIn,
  type OpinionIn,
} from './change-schemas.ts';
import {
  cancelChange,
  giveOpinion,
  informMaintainer,
  listChangeRequests,
  publishChange,
  requestChange,
} from './change-service.ts';
import { ImpactSchema, versionImpact } from './impact.ts';
import {
  basketEditors,
  changeHolders,
  changeMaintainers,
  changeMinistry,
  changeReaders,
  changeWithdrawers,
} from './policy.ts';
import { RecordResultSchema, VersionBody, type VersionBodyIn } from './schemas.ts';

const tags = ['basket'];
const IdParams = Obj({ id: Uuid('The change request') });
const idOf = (params: unknown) => (params as { id: string }).id;

export async function basketChangeRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/basket/change-requests',
    {
      config: { policy: changeReaders },
      schema: {
        operationId: 'listBasketChangeRequests',
        summary: 'The DR-15 change requests of the basket with their steps, due days and overdue marks',
        description:
          'DR-15: the newest first. The ministry, the maintainer, auditors and the committee see all; a holder’s ' +
          'people see their own organisation’s.',
        tags,
        response: { 200: Obj({ items: Type.Array(ChangeRequestSchema, { description: 'The requests' }) }) },
      },
    },
    async (request) => ({ items: await listChangeRequests(deps, request.actor) }),
  );

  app.post(
    '/api/v1/basket/change-requests',
    {
      config: { policy: changeHolders },
      schema: {
        operationId: 'createBasketChangeRequest',
        summary: 'Record a holder’s request to change the basket (DR-15.1): the ministry’s 5 working days start',
        description:
          'DR-15.1, DR-15.2: a holder’s people for their organisation, or the ministry recording a letter (naming ' +
          '`holderId`). `include` names a service not in the basket; `exclude` and `change` an Annex 1 item in force. ' +
          'Opens the ministry’s DR-15.2 obligation from `receivedOn`. Audited as basket.change.request.',
        tags,
        body: ChangeRequestBody,
        response: { 201: ChangeRequestSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await requestChange(deps, request.body as ChangeRequestIn, auditContext(request))),
  );

  app.post(
    '/api/v1/basket/change-requests/:id/opinion',
    {
      config: { policy: changeMinistry },
      schema: {
        operationId: 'createBasketChangeRequestOpinion',
        summary: 'The ministry’s opinion on a change request (DR-15.2); a positive one starts the holder’s DR-15.3',
        description:
          'DR-15.2: fulfils the ministry’s duty on `givenOn`; when it agrees, opens the holder’s 10 working days ' +
          '(DR-15.3). The holder is sent the opinion. 409 naming DR-15.2 unless the request awaits it.',
        tags,
        params: IdParams,
        body: OpinionBody,
        response: { 200: ChangeRequestSchema },
      },
    },
    async (request) => giveOpinion(deps, idOf(request.params), request.body as OpinionIn, auditContext(request)),
  );

  app.post(
    '/api/v1/basket/change-requests/:id/information',
    {
      config: { policy: changeHolders },
      schema: {
        operationId: 'createBasketChangeRequestInformation',
        summary: 'The holder informs the maintainer of the agreed change (DR-15.3); the maintainer’s DR-15.4 starts',
        description:
          'DR-15.3: fulfils the holder’s duty on `sentOn` and opens the maintainer’s 2 working days (DR-15.4); the ' +
          'maintainer is sent the information. 409 naming DR-15.3 unless the ministry agreed.',
        tags,
        params: IdParams,
        body: InformationBody,
        response: { 200: ChangeRequestSchema },
      },
    },
    async (request) =>
      informMaintainer(deps, idOf(request.params), request.body as InformationIn, auditContext(request)),
  );

  app.post(
    '/api/v1/basket/change-requests/:id/version',
    {
      config: { policy: changeMaintainers },
      schema: {
        operationId: 'createBasketChangeRequestVersion',
        summary: 'The maintainer records the basket version carrying the change and notifies every centre (DR-15.4)',
        description:
          'DR-15.4: the body is that of POST /api/v1/basket/versions. In one transaction: the version recorded ' +
          '(basket.version.record), the maintainer’s duty fulfilled, a notice to every centre that is not closed ' +
          '(its e-mail, else its municipality’s) through the outbox. 409 naming DR-15.4 unless the holder informed.',
        tags,
        params: IdParams,
        body: VersionBody,
        response: {
          201: Obj({
            request: { ...ChangeRequestSchema, description: 'The request, now published' },
            result: { ...RecordResultSchema, description: 'The version recorded and what it changed' },
          }),
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await publishChange(deps, idOf(request.params), request.body as VersionBodyIn, auditContext(request))),
  );

  app.post(
    '/api/v1/basket/change-requests/:id/cancel',
    {
      config: { policy: changeWithdrawers },
      schema: {
        operationId: 'cancelBasketChangeRequest',
        summary: 'Withdraw a change request before the basket is updated; its open DR-15 duties are cancelled',
        description: 'DR-15: by the holder’s people or the ministry. 409 naming DR-15 once it has ended.',
        tags,
        params: IdParams,
        body: CancelBody,
        response: { 200: ChangeRequestSchema },
      },
    },
    async (request) => cancelChange(deps, idOf(request.params), request.body as CancelIn, auditContext(request)),
  );

  app.post(
    '/api/v1/basket/versions/impact',
    {
      config: { policy: basketEditors },
      schema: {
        operationId: 'getBasketVersionImpact',
        summary: 'What a draft version of the basket would change in each centre’s scope (writes nothing)',
        description:
          'CR-2.6, CR-7.1: the body of POST /api/v1/basket/versions, checked as that route does (400 naming each bad ' +
          'field). Per centre that is not closed: services its scope would gain and lose on `effectiveFrom` (less ' +
          'those its own entries keep, CR-7.2, CR-7.3), and its contacts of the last year about those it would lose; the trainings and guidance still owed (CR-15.1, CR-15.2, DR-25.2.1).',
        tags,
        body: VersionBody,
        response: { 200: ImpactSchema },
      },
    },
    async (request) => versionImpact(deps, request.body as VersionBodyIn),
  );
}
