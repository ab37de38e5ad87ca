// HTTP for the heads of centre the municipality appoints (CR-20.3). Thin: parse → call the service → present.
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { auditContext } from '../platform/http/context.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { appointHead, listHeads } from './heads-service.ts';
import { noticeReaders } from './policy.ts';
import { HeadListSchema, HeadSchema } from './presenters.ts';
import { CentreParams, HeadBody, type HeadIn } from './schemas.ts';

const tags = ['presence'];

export async function headRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/centres/:id/head-appointments',
    {
      config: { policy: noticeReaders, problems: [404] },
      schema: {
        operationId: 'listCentreHeadAppointments',
        summary: 'The heads of centre the municipality appointed, the latest first',
        description: 'CR-20.3: every appointment kept with its first day; each ends the day before the next one’s.',
        tags,
        params: CentreParams,
        response: { 200: HeadListSchema },
      },
    },
    async (request) => listHeads(deps, request.params.id),
  );

  app.post(
    '/api/v1/centres/:id/head-appointments',
    {
      config: { policy: rolesRoute('org_admin'), problems: [400, 404, 409] },
      schema: {
        operationId: 'createCentreHeadAppointment',
        summary: 'The municipality appoints a head of centre from a day',
        description:
          'CR-20.3: recorded by the municipality’s admin; the earlier head’s term ends the day before. One head from ' +
          'a day (409 naming /from).',
        tags,
        params: CentreParams,
        body: HeadBody,
        response: { 201: HeadSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await appointHead(deps, request.params.id, request.body as HeadIn, auditContext(request))),
  );
}
