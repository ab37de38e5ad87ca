// The public centre finder's JSON (CR-17.8, CR-17.9, DR-20.1): open to anybody, no login.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { publicRoute } from '../platform/access/route-policy.ts';
import { Nullable, Obj, Uuid } from '../platform/http/schema.ts';
import { PublicCentreSchema, PublicCentreSummarySchema } from './public-presenters.ts';
import { CentreParams, DateQuery, ListCentresQuery } from './schemas.ts';
import { getPublicCentre, listPublicCentres } from './public-service.ts';

const tags = ['public'];

const PublicListQuery = Obj({
  ...ListCentresQuery.properties,
  openNow: Type.Optional(
    Type.Boolean({
      description:
        "true: only centres with a service point open at this minute on Riga's clock (public holidays and shortened days counted)",
    }),
  ),
});

// "Nearest to me" is sorted in the browser from `locations`: a visitor's position never reaches the server or its logs.
const MapSchema = Nullable(
  Obj(
    {
      tileUrl: Type.String({
        description: 'Tile URL template ({z}/{x}/{y}, {s} for a subdomain) of the map (MAP_TILE_URL)',
      }),
      attribution: Type.String({ description: "The tile provider's credit line, plain text (MAP_TILE_ATTRIBUTION)" }),
    },
    { description: 'The map of the finder; null when no tile server is configured and the finder shows the list only' },
  ),
);

export async function publicCentreRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/public/centres',
    {
      config: { policy: publicRoute },
      schema: {
        summary:
          'Centres serving clients, found by text (case and Latvian diacritics ignored), municipality, kind and open now',
        tags,
        querystring: PublicListQuery,
        response: {
          200: Obj({
            items: Type.Array(PublicCentreSummarySchema, {
              description: 'Matching centres, in Latvian alphabetical order',
            }),
            municipalities: Type.Array(
              Obj({ id: Uuid('Municipality id'), name: Type.String({ description: 'Name' }) }),
              {
                description:
                  'Every municipality with a centre serving clients (the choices of the municipality filter)',
              },
            ),
            map: MapSchema,
          }),
        },
      },
    },
    async (request) => listPublicCentres(deps, request.query),
  );

  app.get(
    '/api/v1/public/centres/:id',
    {
      config: { policy: publicRoute },
      schema: {
        summary:
          "A centre's points with hours of the day and its week (Riga), institutions' reception hours and contacts",
        tags,
        params: CentreParams,
        querystring: DateQuery,
        response: { 200: PublicCentreSchema },
      },
    },
    async (request) => getPublicCentre(deps, request.params.id, request.query.date),
  );
}
