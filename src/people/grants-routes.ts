// HTTP for granting and revoking roles. Thin: parse → call the service → present.
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { peopleOnly, rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { GrantSchema } from './presenters.ts';
import { GrantInSchema, IdParams } from './schemas.ts';
import { addGrant, revokeGrant } from './grants-service.ts';

/** AM-1.11: roles are granted and revoked by maintainers and organisation admins, in person (never with an API token). */
const managers = peopleOnly(rolesRoute('maintainer', 'org_admin'));
const tags = ['people'];

export async function grantRoutes(app: App, deps: Deps): Promise<void> {
  app.post(
    '/api/v1/users/:id/grants',
    {
      config: { policy: managers },
      schema: {
        summary: 'Grant a role to a user, for a fixed term or permanently',
        tags,
        params: IdParams,
        body: GrantInSchema,
        response: { 201: GrantSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addGrant(deps, request.params.id, request.body, auditContext(request))),
  );

  app.post(
    '/api/v1/grants/:id/revoke',
    {
      config: { policy: managers },
      schema: {
        summary: 'Revoke a grant; it stops working at once',
        tags,
        params: IdParams,
        response: { 200: GrantSchema },
      },
    },
    async (request) => revokeGrant(deps, request.params.id, auditContext(request)),
  );
}
