// HTTP for the service catalogue (SR-4 … SR-17): the staff list and detail, registering a service,
// its draft, publishing and withdrawing, versions and what was published on a date, quarterly verification, and
// the COFOG classification. Thin: parse → call the service → present; the services check the scope (404 outside).
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { anyUser, publicRoute, rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { IfMatchHeaders, ifMatch, tagged } from '../platform/http/etag.ts';
import { Nullable, Obj, StringEnum } from '../platform/http/schema.ts';
import { ServiceContent } from './content.ts';
import { ServiceDetailSchema, ServiceSummarySchema, VersionSchema } from './presenters.ts';
import { CreateServiceBody, ListServicesQuery, PublishedQuery, ServiceParams, TransitionBody } from './schemas.ts';
import { cofog, getService, listServices, listVersions, publishedOn } from './service.ts';
import { createService, replaceDraft, transitionService, verifyService } from './write-service.ts';

const tags = ['catalogue'];
/** SR-8: the holder's contact person (institution_coordinator) and admin describe its services; a maintainer too. */
const describers = rolesRoute('maintainer', 'org_admin', 'institution_coordinator');
/** SR-5: the holder approves its list (its admin publishes and withdraws). */
const approvers = rolesRoute('maintainer', 'org_admin');

const CofogSchema = Obj({
  items: Type.Array(
    Obj({
      code: Type.String({ description: 'Dotted code, e.g. 10.4 (what services name in cofog)' }),
      eurostatCode: Type.String({ description: "Eurostat's code, e.g. GF1004" }),
      level: StringEnum(['division', 'group'] as const, 'Level in the classification'),
      parent: Nullable(Type.String({ description: 'The division of a group' })),
      nameEn: Type.String({ description: 'Name in English' }),
      nameLv: Type.Optional(Type.String({ description: 'Name in Latvian, where shipped' })),
    }),
    { description: 'Divisions and groups, in code order' },
  ),
});

export async function catalogueRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/services',
    {
      config: { policy: anyUser },
      schema: {
        summary:
          "Services: the caller's holders' in any status (all for the ministry, auditors and maintainers), others' when published",
        tags,
        querystring: ListServicesQuery,
        response: {
          200: Obj({
            total: Type.Integer({ description: 'Matching services in all pages' }),
            items: Type.Array(ServiceSummarySchema, { description: 'Services, by identifier' }),
          }),
        },
      },
    },
    async (request) => listServices(deps, request.actor, request.query),
  );

  app.post(
    '/api/v1/services',
    {
      config: { policy: describers },
      schema: {
        summary: 'Register a service as a draft; it gets its identifier (SR-9)',
        tags,
        body: CreateServiceBody,
        response: { 201: ServiceDetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createService(deps, request.body, auditContext(request))),
  );

  app.get(
    '/api/v1/services/:id',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'A service with its draft (for the holder and readers) and the version in force',
        tags,
        params: ServiceParams,
        response: { 200: ServiceDetailSchema },
      },
    },
    async (request, reply) => tagged(reply, await getService(deps, request.actor, request.params.id)),
  );

  app.put(
    '/api/v1/services/:id/draft',
    {
      config: { policy: describers },
      schema: {
        summary:
          'Replace the draft (editing a published service starts a new draft version) (SR-8); If-Match: the version read (412 when someone changed it since)',
        tags,
        params: ServiceParams,
        headers: IfMatchHeaders,
        body: ServiceContent,
        response: { 200: ServiceDetailSchema },
      },
    },
    async (request, reply) =>
      tagged(reply, await replaceDraft(deps, request.params.id, request.body, ifMatch(request), auditContext(request))),
  );

  app.post(
    '/api/v1/services/:id/transitions',
    {
      config: { policy: approvers },
      schema: {
        summary: "Publish the draft or withdraw the service (the holder's admin, SR-5)",
        tags,
        params: ServiceParams,
        body: TransitionBody,
        response: { 200: ServiceDetailSchema },
      },
    },
    async (request) => transitionService(deps, request.params.id, request.body, auditContext(request)),
  );

  app.get(
    '/api/v1/services/:id/versions',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'Every version, newest first (published ones only for callers outside the holder)',
        tags,
        params: ServiceParams,
        response: { 200: Obj({ items: Type.Array(VersionSchema, { description: 'Versions' }) }) },
      },
    },
    async (request) => ({ items: await listVersions(deps, request.actor, request.params.id) }),
  );

  app.get(
    '/api/v1/services/:id/published',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'The version that was in force at the end of a day in Riga (404 if none)',
        tags,
        params: ServiceParams,
        querystring: PublishedQuery,
        response: { 200: VersionSchema },
      },
    },
    async (request) => publishedOn(deps, request.params.id, request.query.date),
  );

  app.post(
    '/api/v1/services/:id/verify',
    {
      config: { policy: describers },
      schema: {
        summary: 'Confirm the description for the current quarter (SR-11)',
        tags,
        params: ServiceParams,
        response: { 200: ServiceDetailSchema },
      },
    },
    async (request) => verifyService(deps, request.params.id, auditContext(request)),
  );

  app.get(
    '/api/v1/cofog',
    {
      // Public: the public catalogue's search names the functions (SR-12.1); the classification is no secret.
      config: { policy: publicRoute },
      schema: {
        summary: 'The COFOG classification services name their functions in (SR-10.6)',
        tags,
        response: { 200: CofogSchema },
      },
    },
    async () => ({ items: cofog() }),
  );
}
