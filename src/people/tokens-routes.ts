// HTTP for API tokens of other systems. Thin: parse → call the service → present.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { peopleOnly, rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { Obj } from '../platform/http/schema.ts';
import { TokenSchema } from './presenters.ts';
import { CreateTokenBody, IdParams } from './schemas.ts';
import { createToken, listTokens, revokeToken } from './tokens-service.ts';

/** AM-1.11: a token is access like a grant, so the same people manage it — in person: a token never manages tokens. */
const managers = peopleOnly(rolesRoute('maintainer', 'org_admin'));
const tags = ['people'];

export async function tokenRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/api-tokens',
    {
      config: { policy: managers },
      schema: {
        summary: 'API tokens in your scope (never their secrets)',
        tags,
        response: { 200: Obj({ items: Type.Array(TokenSchema, { description: 'Tokens, newest first' }) }) },
      },
    },
    async (request) => ({ items: await listTokens(deps, request.actor) }),
  );

  app.post(
    '/api/v1/api-tokens',
    {
      config: { policy: managers },
      schema: {
        summary: 'Create an API token; the secret is in this answer only',
        tags,
        body: CreateTokenBody,
        response: {
          201: Obj({
            token: Type.String({
              description: 'The secret, for the Authorization: Bearer header; shown this once only',
            }),
            item: TokenSchema,
          }),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await createToken(deps, request.body, auditContext(request))),
  );

  app.post(
    '/api/v1/api-tokens/:id/revoke',
    {
      config: { policy: managers },
      schema: {
        summary: 'Revoke an API token; it stops working at once',
        tags,
        params: IdParams,
        response: { 200: TokenSchema },
      },
    },
    async (request) => revokeToken(deps, request.params.id, auditContext(request)),
  );
}
