import { Type } from 'typebox';
import type { App } from '../app.ts';
import type { Deps } from '../platform/deps.ts';
import { anyUser } from '../platform/access/route-policy.ts';
import { Obj, Uuid } from '../platform/http/schema.ts';
import { OrganisationSchema } from './presenters.ts';
import { getOrganisation, listOrganisations } from './service.ts';

export async function organisationRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/organisations',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'Organisations with their centres, in Latvian alphabetical order',
        tags: ['organisations'],
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
        summary: 'One organisation with its centres',
        tags: ['organisations'],
        params: Obj({ id: Uuid('Organisation id') }),
        response: { 200: OrganisationSchema },
      },
    },
    async (request) => getOrganisation(deps, request.params.id),
  );
}
