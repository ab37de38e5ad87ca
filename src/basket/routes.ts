// HTTP for the minimal basket (CR-8, AM-1.6 … AM-1.10): public reads — the version in force on a day, the list of
// versions and what changed between two — and the ministry's writes (edit-routes.ts). Thin: parse → call the
// service → present.
import { Type, type Static } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { IsoDate, Nullable, Obj, Uuid } from '../platform/http/schema.ts';
import { ChangesSchema } from './changes.ts';
import { basketChangeRoutes } from './change-routes.ts';
import { basketEditRoutes } from './edit-routes.ts';
import { basketReaders } from './policy.ts';
import { BasketSchema, VersionSummarySchema } from './presenters.ts';
import { ChangesQuery, type ChangesQueryIn } from './schemas.ts';
import { basketChanges, basketInstitutions, basketOn, listBasketVersions } from './service.ts';

const BasketQuery = Obj({
  date: Type.Optional(IsoDate('The day asked about, YYYY-MM-DD (default: today in Europe/Riga)')),
});
type BasketQueryIn = Static<typeof BasketQuery>;

export async function basketRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/public/basket',
    {
      config: { policy: basketReaders, problems: [404] },
      schema: {
        operationId: 'getPublicBasket',
        summary: 'The minimal basket in force on a day: its number, the day it took effect and its items',
        description:
          'CR-8, AM-1.6 … AM-1.10: the version in force on the day (the newest taking effect on or before it; a ' +
          'correction on the same day supersedes the earlier one). 404 basket_not_in_force before the first version.',
        tags: ['public'],
        querystring: BasketQuery,
        response: { 200: BasketSchema },
      },
    },
    async (request) => basketOn(deps, (request.query as BasketQueryIn).date),
  );

  app.get(
    '/api/v1/public/basket/versions',
    {
      config: { policy: basketReaders },
      schema: {
        operationId: 'listPublicBasketVersions',
        summary: 'Every version of the minimal basket: number, the day it takes effect, note, superseded or not',
        description:
          'CR-8, AM-1.6 … AM-1.10: the newest number first. A version replaced by a correction of the same day is ' +
          'kept and marked superseded (it was never in force).',
        tags: ['public'],
        response: { 200: Obj({ items: Type.Array(VersionSummarySchema, { description: 'The versions' }) }) },
      },
    },
    async () => ({ items: await listBasketVersions(deps) }),
  );

  app.get(
    '/api/v1/public/basket/changes',
    {
      config: { policy: basketReaders, problems: [404] },
      schema: {
        operationId: 'getPublicBasketChanges',
        summary: 'What changed between two versions of the basket: items added, removed, renamed, moved, relinked',
        description:
          'AM-1.6 … AM-1.10: each side named by its number (`from`, `to`) or as the version in force on a day ' +
          '(`fromDate`, `toDate`); by default the version in force today against the one before it. Items are ' +
          'matched by their Annex 1 number.',
        tags: ['public'],
        querystring: ChangesQuery,
        response: { 200: ChangesSchema },
      },
    },
    async (request) => basketChanges(deps, request.query as ChangesQueryIn),
  );

  app.get(
    '/api/v1/public/basket/institutions',
    {
      config: { policy: basketReaders },
      schema: {
        operationId: 'listBasketInstitutions',
        summary: 'The seven institutions of CR-8 whose services make up the basket, as the directory names them',
        description: 'CR-8: the institutions a basket item may belong to (for the ministry’s editor and imports).',
        tags: ['public'],
        response: {
          200: Obj({
            items: Type.Array(
              Obj({
                id: Uuid('The institution'),
                name: Type.String({ description: 'Its name' }),
                shortName: Nullable(Type.String({ description: 'Its short name, such as PMLP' })),
              }),
              { description: 'The institutions, by name' },
            ),
          }),
        },
      },
    },
    async () => ({ items: await basketInstitutions(deps) }),
  );

  await basketEditRoutes(app, deps);
  await basketChangeRoutes(app, deps);
}
