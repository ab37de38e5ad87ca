// HTTP for the ministry's changes to the basket (CR-8, AM-1.6 … AM-1.10, DR-16): recording a version, importing one
// as CSV or JSON (a dry run first), and the yearly reviews. Thin: parse → call the service → present.
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { auditContext } from '../platform/http/context.ts';
import { UnsupportedContentError, ValidationError } from '../platform/errors.ts';
import { Obj } from '../platform/http/schema.ts';
import { asCsvIssues, itemsFromCsv } from './import.ts';
import { basketEditors, reviewReaders } from './policy.ts';
import { ReviewSchema } from './presenters.ts';
import { listReviews, recordReview } from './reviews-service.ts';
import {
  ImportQuery,
  RecordResultSchema,
  ReviewBody,
  VersionBody,
  type ImportQueryIn,
  type ReviewBodyIn,
  type VersionBodyIn,
} from './schemas.ts';
import { recordVersion } from './service.ts';

const tags = ['basket'];
const CSV = 'text/csv';

function contentType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export async function basketEditRoutes(app: App, deps: Deps): Promise<void> {
  app.post(
    '/api/v1/basket/versions',
    {
      config: { policy: basketEditors },
      schema: {
        operationId: 'createBasketVersion',
        summary: 'Record a version of the minimal basket taking effect on a day (the ministry)',
        description:
          'CR-8, AM-1.6 … AM-1.10: the whole basket as it will stand from `effectiveFrom` (today or later). Each item ' +
          "belongs to one of CR-8's seven institutions, has its Annex 1 number once and links catalogue services (by " +
          'PK-… or id). A version of the same day is superseded (kept, marked), never two in force on one day. ' +
          'Audited as basket.version.record. Answers what it changed against the version in force on that day.',
        tags,
        body: VersionBody,
        response: { 201: RecordResultSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordVersion(deps, request.body as VersionBodyIn, auditContext(request))),
  );

  await app.register(async (plugin) => {
    const scope = plugin as App;
    scope.addContentTypeParser(CSV, { parseAs: 'string', bodyLimit: 4 * 1024 * 1024 }, (_request, body, done) =>
      done(null, body),
    );
    scope.post(
      '/api/v1/basket/versions/import',
      {
        config: { policy: basketEditors },
        bodyLimit: 4 * 1024 * 1024,
        schema: {
          operationId: 'createBasketVersionImport',
          summary: 'Import a version of the basket as CSV or JSON; with dryRun=true, only check and show the changes',
          description:
            'CR-8, AM-1.6 … AM-1.10. `format=json`: the body of POST /api/v1/basket/versions. `format=csv` ' +
            '(Content-Type: text/csv, UTF-8, a byte order mark allowed): the first line names the columns ' +
            "`annex_item`, `name_lv`, `name_en`, `institution` (name, short name or id of one of CR-8's seven) and " +
            '`services` (PK-… separated by spaces or |), separated by semicolons or commas; `effectiveFrom` and ' +
            '`note` come in the query. Everything is checked first: a refused file names each bad value as ' +
            '/lines/<line>/<column> and nothing is written. A dry run answers what the version would change.',
          tags,
          querystring: ImportQuery,
          body: {
            content: {
              'application/json': { schema: VersionBody },
              [CSV]: { schema: Type.String({ maxLength: 4 * 1024 * 1024, description: 'The CSV file' }) },
            },
          },
          response: { 200: RecordResultSchema, 201: RecordResultSchema },
        },
      },
      async (request, reply) => {
        const query = request.query as ImportQueryIn;
        const type = contentType(request);
        const context = auditContext(request);
        const options = { dryRun: query.dryRun ?? false };
        const status = options.dryRun ? 200 : 201;
        if (query.format === 'json') {
          if (type !== 'application/json') throw new UnsupportedContentError();
          return reply.code(status).send(await recordVersion(deps, request.body as VersionBodyIn, context, options));
        }
        if (type !== CSV) throw new UnsupportedContentError();
        if (!query.effectiveFrom) throw ValidationError.query('/effectiveFrom', 'field_required');
        const { items, lines } = await itemsFromCsv(deps.db, request.body as string);
        try {
          const input = { effectiveFrom: query.effectiveFrom, note: query.note ?? null, items };
          return reply.code(status).send(await recordVersion(deps, input, context, options));
        } catch (error) {
          if (error instanceof ValidationError) throw asCsvIssues(error, lines);
          throw error;
        }
      },
    );
  });

  app.post(
    '/api/v1/basket/reviews',
    {
      config: { policy: basketEditors },
      schema: {
        operationId: 'createBasketReview',
        summary: 'Record a yearly review of the basket (DR-16): it fulfils the DR-16 obligation of its year',
        description:
          'DR-16: the day it was held (not in the future), who took part, the decision and the version it ' +
          "recorded, if any. Fulfils the ministry's DR-16 obligation for the review's year in the same " +
          'transaction. Audited as basket.review.record.',
        tags,
        body: ReviewBody,
        response: { 201: ReviewSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordReview(deps, request.body as ReviewBodyIn, auditContext(request))),
  );

  app.get(
    '/api/v1/basket/reviews',
    {
      config: { policy: reviewReaders },
      schema: {
        operationId: 'listBasketReviews',
        summary: 'The yearly reviews of the basket (DR-16), the latest first',
        description: 'DR-16: each review with its participants, decision and the version it recorded.',
        tags,
        response: { 200: Obj({ items: Type.Array(ReviewSchema, { description: 'The reviews' }) }) },
      },
    },
    async () => ({ items: await listReviews(deps) }),
  );
}
