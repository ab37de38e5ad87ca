// HTTP for administering users. Thin: parse → call the service → present. The services check the scope.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { peopleOnly, rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { IfMatchHeaders, ifMatch, tagged } from '../platform/http/etag.ts';
import { Obj, OkSchema, ok } from '../platform/http/schema.ts';
import { UserSchema } from './presenters.ts';
import { CreateUserBody, IdParams, ListUsersQuery, UpdateUserBody } from './schemas.ts';
import { getUser, inviteUser, listUsers, updateUser } from './users-service.ts';
import { createUser } from './user-create.ts';

/** DR-19.4: the network-wide readers see everybody; an organisation admin its own people. */
const readers = rolesRoute('maintainer', 'ministry_supervisor', 'auditor', 'org_admin');
/** AM-1.11: access is managed by maintainers and organisation admins, in person (never with an API token). */
const managers = peopleOnly(rolesRoute('maintainer', 'org_admin'));
const tags = ['people'];

export async function userRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/users',
    {
      config: { policy: readers },
      schema: {
        summary: 'Users in your scope, in Latvian alphabetical order',
        tags,
        querystring: ListUsersQuery,
        response: {
          200: Obj({
            items: Type.Array(UserSchema, { description: 'One page of users' }),
            total: Type.Integer({ description: 'Users matching the filter, on all pages' }),
          }),
        },
      },
    },
    async (request) => listUsers(deps, request.actor, request.query),
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { policy: readers },
      schema: { summary: 'One user with every grant', tags, params: IdParams, response: { 200: UserSchema } },
    },
    async (request, reply) => tagged(reply, await getUser(deps, request.actor, request.params.id)),
  );

  app.post(
    '/api/v1/users',
    {
      config: { policy: managers },
      schema: {
        summary: 'Create a user with roles; an invitation with a set-password link is e-mailed',
        tags,
        body: CreateUserBody,
        response: { 201: UserSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(deps, request.body, auditContext(request))),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { policy: managers },
      schema: {
        summary:
          "Change a user's details or status; disabling ends their sessions. If-Match: the version read (412 when someone changed it since)",
        tags,
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateUserBody,
        response: { 200: UserSchema },
      },
    },
    async (request, reply) =>
      tagged(reply, await updateUser(deps, request.params.id, request.body, ifMatch(request), auditContext(request))),
  );

  app.post(
    '/api/v1/users/:id/invite',
    {
      config: { policy: managers },
      schema: {
        summary: 'E-mail a new set-password link (invitation, or reset when a password is set)',
        tags,
        params: IdParams,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      await inviteUser(deps, request.params.id, auditContext(request));
      return ok;
    },
  );
}
