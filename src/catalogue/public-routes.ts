// The public catalogue's API out (SR-12.1): open to anybody, no login. JSON, or CPSV-AP 3.2.0 JSON-LD
// with `Accept: application/ld+json`, or CSV. Every answer carries an ETag (If-None-Match → 304), a public
// Cache-Control and Vary: Accept. Thin: parse → call the service → present.
import { Readable } from 'node:stream';
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { publicRoute } from '../platform/access/route-policy.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { Obj, Uuid } from '../platform/http/schema.ts';
import { publishedHolders } from './public-repository.ts';
import { basketStateToken } from '../basket/lookups.ts';
import {
  PublicExportQuery,
  PublicListQuery,
  PublicServiceDetailSchema,
  PublicServiceListSchema,
  PublicServiceParams,
  PublicServiceQuery,
} from './public-schemas.ts';
import {
  filterOf,
  getPublicService,
  listPublicServices,
  publicCatalogueCsv,
  publicCatalogueJsonLd,
  publicEtag,
  publicListLook,
  publicServiceJsonLd,
} from './public-service.ts';

const tags = ['public'];
const JSON_LD = 'application/ld+json; charset=utf-8';
/** Public data that changes a few times a day: caches keep it a minute, then revalidate with the ETag. */
const CACHE_CONTROL = 'public, max-age=60';

/** Whether the caller prefers CPSV-AP JSON-LD to plain JSON (by the Accept header's q-values; ties go to JSON-LD). */
export function wantsJsonLd(accept: string | undefined): boolean {
  if (!accept) return false;
  const q = { ld: 0, json: 0 };
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const weight = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const value = Number.isFinite(weight) ? weight : 0;
    if (type === 'application/ld+json') q.ld = Math.max(q.ld, value);
    if (type === 'application/json') q.json = Math.max(q.json, value);
  }
  return q.ld > 0 && q.ld >= q.json;
}

/** Sends what the route's JSON schema does not describe (JSON-LD, CSV): the payload goes out as it is. */
function sendRaw(reply: unknown, type: string, payload: string | Readable): FastifyReply {
  return (reply as FastifyReply).type(type).send(payload);
}

/** Sets the caching headers; answers 304 (true) when the caller's copy is current. */
async function notModified(
  deps: Deps,
  request: FastifyRequest,
  typedReply: unknown,
  variant: string,
  state?: string,
): Promise<boolean> {
  const reply = typedReply as FastifyReply;
  const etag = await publicEtag(deps, variant, request.url, state);
  reply.header('etag', etag).header('cache-control', CACHE_CONTROL).header('vary', 'Accept');
  const given = request.headers['if-none-match'];
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  if (given?.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(etag))) {
    await reply.code(304).send();
    return true;
  }
  return false;
}

const ldNote =
  'With `Accept: application/ld+json` the answer is CPSV-AP 3.2.0 JSON-LD (a self-contained context of prefixes; mapping in src/catalogue/jsonld.ts).';

const HolderListSchema = Obj({
  items: Type.Array(
    Obj({
      id: Uuid('Holder organisation id (the holderId filter)'),
      name: Type.String({ description: 'Name of the holder' }),
      services: Type.Integer({ description: 'How many of its services are published' }),
    }),
    { description: 'Holders with published services, in Latvian alphabetical order' },
  ),
});

export async function publicCatalogueRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/public/holders',
    {
      config: { policy: publicRoute },
      schema: {
        summary: 'The holders that have published services, for the holder filter (SR-12.1)',
        tags,
        response: { 200: HolderListSchema },
      },
    },
    async (request, reply) => {
      if (await notModified(deps, request, reply, 'holders')) return reply;
      const items = await publishedHolders(deps.db);
      return { items: items.sort((a, b) => lvCompare(a.name, b.name)) };
    },
  );

  app.get(
    '/api/v1/public/services',
    {
      config: { policy: publicRoute },
      schema: {
        summary: 'Published services found by words and filters, a page at a time, by identifier (SR-12.1)',
        description: `${ldNote} The JSON-LD answer is the whole filtered catalogue, without paging (limit and offset are ignored). With changedSince, withdrawn services come too (status withdrawn). ETag and If-None-Match (304).`,
        tags,
        querystring: PublicListQuery,
        response: { 200: PublicServiceListSchema },
      },
    },
    async (request, reply) => {
      filterOf(request.query); // a bad parameter is a 400 before anything else
      const ld = wantsJsonLd(request.headers.accept);
      // One look at the catalogue serves the ETag and the list (the index's freshness check carries the state).
      const look = await publicListLook(deps, request.query, ld);
      if (await notModified(deps, request, reply, ld ? 'jsonld' : 'json', look.state)) return reply;
      if (!ld) return listPublicServices(deps, request.query, look);
      return sendRaw(reply, JSON_LD, Readable.from(publicCatalogueJsonLd(deps, request.query)));
    },
  );

  app.get(
    '/api/v1/public/services.csv',
    {
      config: { policy: publicRoute },
      schema: {
        summary:
          'The filtered published catalogue as CSV (UTF-8 with BOM, RFC 4180; columns in src/catalogue/csv.ts) (SR-12.1)',
        description:
          'Same filters as the list, no paging. Columns: identifier, id, status, name_lv, name_en, short_description_lv, short_description_en, holder_id, holder, provider, cofog, client_type, channels, whole_country, municipalities, fees, max_term_working_days, filable_on_behalf, legal_basis, email, phone, website, published_from, updated_at; lists in a cell separated by "; ".',
        tags,
        querystring: PublicExportQuery,
        response: {
          200: {
            description: 'CSV, one row per service',
            content: { 'text/csv': { schema: Type.String({ description: 'CSV text' }) } },
          },
        },
      },
    },
    async (request, reply) => {
      const lines = publicCatalogueCsv(deps, request.query);
      if (await notModified(deps, request, reply, 'csv')) return reply;
      reply.header('content-disposition', 'attachment; filename="pakalpojumu-katalogs.csv"');
      return sendRaw(reply, 'text/csv; charset=utf-8', Readable.from(lines));
    },
  );

  app.get(
    '/api/v1/public/services/:id',
    {
      config: { policy: publicRoute },
      schema: {
        summary:
          "A published service's page by its uuid or identifier (PK-000123): the description with its organisations named (SR-12.1)",
        description: `${ldNote} 404 for an unknown or never published service, 410 for a withdrawn one.`,
        tags,
        params: PublicServiceParams,
        querystring: PublicServiceQuery,
        response: { 200: PublicServiceDetailSchema },
      },
    },
    async (request, reply) => {
      // The service must exist and be published before an ETag is offered for it.
      if (wantsJsonLd(request.headers.accept)) {
        const doc = JSON.stringify(await publicServiceJsonLd(deps, request.params.id));
        if (await notModified(deps, request, reply, 'jsonld')) return reply;
        return sendRaw(reply, JSON_LD, doc);
      }
      const service = await getPublicService(deps, request.params.id, (request.query as { date?: string }).date);
      // CR-8: the answer shows the basket of a day, so its ETag follows the basket and the day too.
      const variant = `json|${service.basketDate}|${await basketStateToken(deps.db)}`;
      if (await notModified(deps, request, reply, variant)) return reply;
      return service;
    },
  );
}
