// HTTP for the minimal basket: the version in force on a day, public (CR-8, AM-1.6 … AM-1.10). Thin: parse → call
// the service → present.
import { Type, type Static } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { IsoDate, Obj } from '../platform/http/schema.ts';
import { basketReaders } from './policy.ts';
import { BasketSchema } from './presenters.ts';
import { basketOn } from './service.ts';

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
}
