// HTTP for the organisations directory. Thin: parse → call the service → present; the services check the scope.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { anyUser, rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { IfMatchHeaders, ifMatch, tagged } from '../platform/http/etag.ts';
import { Obj, OkSchema, ok } from '../platform/http/schema.ts';
import { ContactPersonSchema, OrganisationSchema } from './presenters.ts';
import {
  ContactParams,
  CreateContactBody,
  CreateOrganisationBody,
  OrganisationParams,
  UpdateContactBody,
  UpdateOrganisationBody,
} from './schemas.ts';
import { getOrganisation, listOrganisations } from './service.ts';
import { createOrganisation, updateOrganisation } from './write-service.ts';
import { addContact, removeContact, updateContact } from './contacts-service.ts';

const tags = ['organisations'];
/** A maintainer keeps the directory. */
const maintainers = rolesRoute('maintainer');
/** …and an organisation's admin its own channels and contact persons. */
const editors = rolesRoute('maintainer', 'org_admin');

export async function organisationRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/organisations',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'Organisations with their contact persons and centres, in Latvian alphabetical order',
        tags,
        response: { 200: Obj({ items: Type.Array(OrganisationSchema, { description: 'Organisations' }) }) },
      },
    },
    async () => ({ items: await listOrganisations(deps) }),
  );

  app.get(
    '/api/v1/organisations/:id',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'One organisation with its contact persons and centres',
        tags,
        params: OrganisationParams,
        response: { 200: OrganisationSchema },
      },
    },
    async (request, reply) => tagged(reply, await getOrganisation(deps, request.params.id)),
  );

  app.post(
    '/api/v1/organisations',
    {
      config: { policy: maintainers },
      schema: {
        summary: 'Add an organisation; the registration number must pass its checksum and be unique',
        tags,
        body: CreateOrganisationBody,
        response: { 201: OrganisationSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createOrganisation(deps, request.body, auditContext(request))),
  );

  app.patch(
    '/api/v1/organisations/:id',
    {
      config: { policy: editors },
      schema: {
        summary:
          'Change an organisation; its own admin may change only the website and remote contact channels. If-Match: the version read (412 when someone changed it since)',
        tags,
        params: OrganisationParams,
        headers: IfMatchHeaders,
        body: UpdateOrganisationBody,
        response: { 200: OrganisationSchema },
      },
    },
    async (request, reply) =>
      tagged(
        reply,
        await updateOrganisation(deps, request.params.id, request.body, ifMatch(request), auditContext(request)),
      ),
  );

  app.post(
    '/api/v1/organisations/:id/contacts',
    {
      config: { policy: editors },
      schema: {
        summary: 'Add a contact person',
        tags,
        params: OrganisationParams,
        body: CreateContactBody,
        response: { 201: ContactPersonSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addContact(deps, request.params.id, request.body, auditContext(request))),
  );

  app.patch(
    '/api/v1/organisations/:id/contacts/:contactId',
    {
      config: { policy: editors },
      schema: {
        summary: "Change a contact person; If-Match: the person's version read",
        tags,
        params: ContactParams,
        headers: IfMatchHeaders,
        body: UpdateContactBody,
        response: { 200: ContactPersonSchema },
      },
    },
    async (request, reply) =>
      tagged(
        reply,
        await updateContact(
          deps,
          request.params.id,
          request.params.contactId,
          request.body,
          ifMatch(request),
          auditContext(request),
        ),
      ),
  );

  app.delete(
    '/api/v1/organisations/:id/contacts/:contactId',
    {
      config: { policy: editors },
      schema: {
        summary:
          "Remove a contact person; If-Match: the person's version read (one changed since is not removed unseen)",
        tags,
        params: ContactParams,
        headers: IfMatchHeaders,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      await removeContact(deps, request.params.id, request.params.contactId, ifMatch(request), auditContext(request));
      return ok;
    },
  );
}
