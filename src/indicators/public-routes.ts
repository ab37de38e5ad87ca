// SR-22 open data, public: the published years, a year's figures as JSON (or CSV with `Accept: text/csv`) and as a
// CSV file, and the dataset's DCAT-AP 3.0.1 metadata as JSON-LD. Earlier years and versions stay available.
import type { FastifyReply } from 'fastify';
import { Type, type Static } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { publicRoute } from '../platform/access/route-policy.ts';
import { datasetJsonLd } from './dcat.ts';
import { METHOD, openYear, publishedYears, toCsv } from './open-data.ts';
import { OpenYearSchema, PublicQuery, YearsSchema } from './schemas.ts';

const tags = ['public'];
type PublicIn = Static<typeof PublicQuery>;

const csvResponse = {
  200: {
    description:
      'CSV (UTF-8 with BOM, RFC 4180): year, holder, service_identifier, service_name, channel, applications, delayed, complaints, version, published_on',
    content: { 'text/csv': { schema: Type.String({ description: 'CSV text' }) } },
  },
};

/** Sends what the route's JSON schema does not describe (CSV, JSON-LD): the payload goes out as it is. */
function sendRaw(reply: unknown, type: string, payload: string): FastifyReply {
  return (reply as FastifyReply).type(type).send(payload);
}

function sendCsv(reply: unknown, year: number, csv: string): FastifyReply {
  return (reply as FastifyReply)
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="izpildes-raditaji-${year}.csv"`)
    .send(csv);
}

export async function indicatorPublicRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/public/indicators/years',
    {
      config: { policy: publicRoute },
      schema: {
        operationId: 'listPublicIndicatorYears',
        summary: 'The years with published performance indicators (SR-22), newest first, and the method in words',
        tags,
        response: { 200: YearsSchema },
      },
    },
    async () => ({
      method: METHOD,
      items: (await publishedYears(deps)).map((y) => ({
        year: y.year,
        holders: y.holders,
        lastPublishedOn: y.last_published_on,
      })),
    }),
  );

  app.get(
    '/api/v1/public/indicators',
    {
      config: { policy: publicRoute, problems: [404] },
      schema: {
        operationId: 'getPublicIndicators',
        summary: "A year's published performance indicators (SR-21, SR-22): each holder's latest version",
        description:
          'One row per holder × service × channel. With holderId and version, an earlier version (every version stays ' +
          'readable); versions lists them with their SHA-256 and change notes. `Accept: text/csv` answers CSV (as ' +
          '/api/v1/public/indicators.csv).',
        tags,
        querystring: PublicQuery,
        response: { 200: OpenYearSchema },
      },
    },
    async (request, reply) => {
      const q = request.query as PublicIn;
      const data = await openYear(deps, q.year, { holderId: q.holderId, version: q.version });
      if ((request.headers.accept ?? '').includes('text/csv')) return sendCsv(reply, q.year, toCsv(data.items));
      return data;
    },
  );

  app.get(
    '/api/v1/public/indicators.csv',
    {
      config: { policy: publicRoute, problems: [404] },
      schema: {
        operationId: 'getPublicIndicatorsCsv',
        summary: "A year's published performance indicators as CSV (SR-22)",
        tags,
        querystring: PublicQuery,
        response: csvResponse,
      },
    },
    async (request, reply) => {
      const q = request.query as PublicIn;
      const data = await openYear(deps, q.year, { holderId: q.holderId, version: q.version });
      return sendCsv(reply, q.year, toCsv(data.items));
    },
  );

  app.get(
    '/api/v1/public/indicators/dataset',
    {
      config: { policy: publicRoute },
      schema: {
        operationId: 'getPublicIndicatorsDataset',
        summary: 'The performance indicators dataset as DCAT-AP 3.0.1 JSON-LD (for the open data portal)',
        description:
          'A dcat:Dataset with a JSON and a CSV dcat:Distribution per published year; passes the DCAT-AP 3.0.1 shapes.',
        tags,
        response: {
          200: {
            description: 'DCAT-AP JSON-LD',
            content: { 'application/ld+json': { schema: Type.Object({}, { additionalProperties: true }) } },
          },
        },
      },
    },
    async (_request, reply) => {
      const years = (await publishedYears(deps)).map((y) => ({ year: y.year, lastPublishedOn: y.last_published_on }));
      return sendRaw(
        reply,
        'application/ld+json; charset=utf-8',
        JSON.stringify(datasetJsonLd(deps.config.publicUrl, years)),
      );
    },
  );
}
