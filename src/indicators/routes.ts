// HTTP for the holders' and the ministry's side of performance indicators (SR-21 … SR-23, SR-25.2). Thin: parse →
// call the service → present; the services check the holder's scope (404 outside it) and the rules.
import { Type, type Static } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { auditContext } from '../platform/http/context.ts';
import { Obj } from '../platform/http/schema.ts';
import { pushCounts, type CountsIn } from './counts-service.ts';
import { networkFigures, holderTrend } from './network-service.ts';
import { holderWriters, indicatorReaders, ministry, networkReaders, requestReaders } from './policy.ts';
import { presentEvaluation, presentPublication, presentRequest } from './presenters.ts';
import {
  answerRequest,
  evaluationOf,
  holderPublications,
  listRequests,
  publishYear,
  recordEvaluation,
  requestData,
  requestedData,
} from './publication-service.ts';
import * as s from './schemas.ts';
import { holderFigures, ownCountsOf, recordCompletion } from './service.ts';

const tags = ['indicators'];
type HolderYearIn = Static<typeof s.HolderYearQuery>;

export async function indicatorRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/indicators/figures',
    {
      config: { policy: indicatorReaders, problems: [404] },
      schema: {
        operationId: 'getIndicatorFigures',
        summary:
          "A holder's SR-21 figures of a year per service and channel, the delayed cases explained, and the checks",
        description:
          'SR-21.1 applications (accepted at centres, e-services filed at centres, the holder’s own channels), SR-21.2 ' +
          'channel (SR-17), SR-21.3 delayed cases (forwarded applications completed after the maximum term on the ' +
          'working-day calendar, or open past it today), SR-21.4 complaints; the automatic checks reviewed before ' +
          'publishing (SR-22). Holders see their own; the ministry, auditors and the maintainer every holder, ' +
          'and without holderId the whole network at once.',
        tags,
        querystring: s.FiguresQuery,
        response: { 200: s.FiguresSchema },
      },
    },
    async (request) => {
      const q = request.query as Static<typeof s.FiguresQuery>;
      return holderFigures(deps, request.actor, q.holderId ?? null, q.year);
    },
  );

  app.get(
    '/api/v1/indicators/network-figures',
    {
      config: { policy: networkReaders, problems: [404] },
      schema: {
        operationId: 'listIndicatorNetworkFigures',
        summary: "SR-21.1, SR-21.2 of a year per centre or municipality and channel: the network's own view",
        description:
          'Applications accepted at the centres and e-services filed there on a client’s behalf (one per service ' +
          'of a contact, as SR-21.1 counts them per service), per centre or per municipality and SR-17 channel. ' +
          'Read from the contacts’ rollups, kept in the registration’s transaction.',
        tags,
        querystring: s.NetworkFiguresQuery,
        response: { 200: Obj({ items: Type.Array(s.NetworkFigureSchema, { description: 'By name, then channel' }) }) },
      },
    },
    async (request) => {
      const q = request.query as Static<typeof s.NetworkFiguresQuery>;
      return { items: await networkFigures(deps, request.actor, q.year, q.groupBy) };
    },
  );

  app.get(
    '/api/v1/indicators/trend',
    {
      config: { policy: indicatorReaders, problems: [404] },
      schema: {
        operationId: 'getIndicatorTrend',
        summary: "A holder's SR-21.1 applications at centres per year and channel, over a range of years",
        tags,
        querystring: s.TrendQuery,
        response: { 200: Obj({ items: Type.Array(s.TrendFigureSchema, { description: 'By year, then channel' }) }) },
      },
    },
    async (request) => {
      const q = request.query as Static<typeof s.TrendQuery>;
      return { items: await holderTrend(deps, request.actor, q.holderId, q.fromYear, q.toYear) };
    },
  );

  app.put(
    '/api/v1/indicators/completions/:contactId',
    {
      config: { policy: holderWriters, problems: [404, 409] },
      schema: {
        operationId: 'setIndicatorCompletion',
        summary: 'Record the completion of an application forwarded to your institution (SR-21.3); idempotent',
        description:
          'By the institution the application was forwarded to (or the service’s holder), in the UI or by its system ' +
          'with an API token. The same date again answers the recorded completion (200, created false); another date ' +
          'is 409 indicators_completion_differs.',
        tags,
        params: s.CompletionParams,
        body: s.CompletionBody,
        response: { 200: s.CompletionSchema, 201: s.CompletionSchema },
      },
    },
    async (request, reply) => {
      const row = await recordCompletion(
        deps,
        (request.params as { contactId: string }).contactId,
        request.body as Static<typeof s.CompletionBody>,
        auditContext(request),
      );
      return reply.code(row.created ? 201 : 200).send({
        contactId: row.contact_id,
        completedOn: row.completed_on,
        organisationId: row.organisation_id,
        recordedVia: row.recorded_via,
        created: row.created,
      });
    },
  );

  app.post(
    '/api/v1/indicators/channel-counts',
    {
      config: { policy: holderWriters, problems: [404] },
      schema: {
        operationId: 'createIndicatorChannelCounts',
        summary: "Push or enter the holder's own channels' counts per service, channel and period (SR-21.1, SR-17.5)",
        description:
          'Validated first (every bad item named, nothing written), then upserted by service, channel and period: ' +
          'sending the same batch again changes nothing. dryRun=true only validates. SR-17.5 extra indicators are ' +
          'kept apart from the SR-21 figures.',
        tags,
        querystring: s.CountsQuery,
        body: s.CountsBody,
        response: { 200: s.CountsResult },
      },
    },
    async (request) =>
      pushCounts(
        deps,
        request.body as CountsIn,
        Boolean((request.query as { dryRun?: boolean }).dryRun),
        auditContext(request),
      ),
  );

  app.get(
    '/api/v1/indicators/channel-counts',
    {
      config: { policy: indicatorReaders, problems: [404] },
      schema: {
        operationId: 'listIndicatorChannelCounts',
        summary: "The holder's own channels' counts recorded for a year, with their SR-17.5 extra indicators",
        tags,
        querystring: s.HolderYearQuery,
        response: { 200: Obj({ items: Type.Array(s.CountRowSchema, { description: 'The recorded counts' }) }) },
      },
    },
    async (request) => {
      const q = request.query as HolderYearIn;
      const rows = await ownCountsOf(deps, request.actor, q.holderId, q.year);
      return {
        items: rows.map((r) => ({
          serviceId: r.service_id,
          channel: r.channel,
          periodFrom: r.period_from,
          periodTo: r.period_to,
          applications: r.applications,
          delayed: r.delayed,
          complaints: r.complaints,
          extras: r.extras as never,
          source: r.source,
        })),
      };
    },
  );

  app.post(
    '/api/v1/indicators/publications',
    {
      config: { policy: holderWriters, problems: [404, 409] },
      schema: {
        operationId: 'createIndicatorPublication',
        summary: "Publish the holder's year (SR-22): frozen with a hash; a correction is the next version with a note",
        description:
          'Only after the year ended. An error of the checks refuses (422 indicators_findings_block); the second and ' +
          'later versions need changeNote; unchanged figures are 409 indicators_unchanged. Fulfils SR-22 (due 1 April ' +
          'of the next year) in the same transaction.',
        tags,
        body: s.PublishBody,
        response: { 201: s.PublicationSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentPublication(
            await publishYear(deps, request.body as Static<typeof s.PublishBody>, auditContext(request)),
          ),
        ),
  );

  app.get(
    '/api/v1/indicators/publications',
    {
      config: { policy: indicatorReaders, problems: [404] },
      schema: {
        operationId: 'listIndicatorPublications',
        summary: "The holder's published versions of a year, newest first (every version stays readable)",
        tags,
        querystring: s.HolderYearQuery,
        response: { 200: Obj({ items: Type.Array(s.PublicationSchema, { description: 'Versions, newest first' }) }) },
      },
    },
    async (request) => {
      const q = request.query as HolderYearIn;
      return { items: (await holderPublications(deps, request.actor, q.holderId, q.year)).map(presentPublication) };
    },
  );

  app.put(
    '/api/v1/indicators/evaluations',
    {
      config: { policy: holderWriters, problems: [404] },
      schema: {
        operationId: 'setIndicatorEvaluation',
        summary: "Record the holder's evaluation of a year with its improvement measures (SR-23.1 … SR-23.3)",
        description: 'Fulfils SR-23 (due 1 April of the next year); recorded again, it replaces the text.',
        tags,
        body: s.EvaluationBody,
        response: { 200: s.EvaluationSchema },
      },
    },
    async (request) =>
      presentEvaluation(
        await recordEvaluation(deps, request.body as Static<typeof s.EvaluationBody>, auditContext(request)),
      ),
  );

  app.get(
    '/api/v1/indicators/evaluations',
    {
      config: { policy: indicatorReaders, problems: [404] },
      schema: {
        operationId: 'getIndicatorEvaluation',
        summary: "The holder's SR-23 evaluation of a year: null while none is recorded",
        tags,
        querystring: s.HolderYearQuery,
        response: {
          200: Obj({
            evaluation: Type.Union([s.EvaluationSchema, Type.Null()], {
              description: 'The evaluation; null while none is recorded',
            }),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query as HolderYearIn;
      const row = await evaluationOf(deps, request.actor, q.holderId, q.year);
      return { evaluation: row ? presentEvaluation(row) : null };
    },
  );

  app.post(
    '/api/v1/indicators/requests',
    {
      config: { policy: ministry, problems: [404] },
      schema: {
        operationId: 'createIndicatorRequest',
        summary: 'SR-25.2: the ministry asks a holder for its SR-21 and SR-23 data of a year',
        tags,
        body: s.RequestBody,
        response: { 201: s.RequestSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          presentRequest(await requestData(deps, request.body as Static<typeof s.RequestBody>, auditContext(request))),
        ),
  );

  app.get(
    '/api/v1/indicators/requests',
    {
      config: { policy: requestReaders },
      schema: {
        operationId: 'listIndicatorRequests',
        summary: 'SR-25.2 requests: the ministry’s every one, a holder’s its own; newest first',
        tags,
        response: { 200: Obj({ items: Type.Array(s.RequestSchema, { description: 'Requests, newest first' }) }) },
      },
    },
    async (request) => ({ items: (await listRequests(deps, request.actor)).map(presentRequest) }),
  );

  app.get(
    '/api/v1/indicators/requests/:id',
    {
      config: { policy: requestReaders, problems: [404] },
      schema: {
        operationId: 'getIndicatorRequest',
        summary: 'SR-25.2: a request with the data it asks for — the holder’s published versions and its evaluation',
        tags,
        params: s.RequestParams,
        response: { 200: s.RequestedDataSchema },
      },
    },
    async (request) => {
      const d = await requestedData(deps, request.actor, (request.params as { id: string }).id);
      return {
        request: presentRequest(d.request),
        publications: d.publications.map(presentPublication),
        evaluation: d.evaluation ? presentEvaluation(d.evaluation) : null,
      };
    },
  );

  app.post(
    '/api/v1/indicators/requests/:id/answer',
    {
      config: { policy: holderWriters, problems: [404, 409] },
      schema: {
        operationId: 'answerIndicatorRequest',
        summary: 'SR-25.2: the holder answers the ministry’s request (its published figures and evaluation go with it)',
        tags,
        params: s.RequestParams,
        body: s.AnswerBody,
        response: { 200: s.RequestSchema },
      },
    },
    async (request) =>
      presentRequest(
        await answerRequest(
          deps,
          (request.params as { id: string }).id,
          request.body as Static<typeof s.AnswerBody>,
          auditContext(request),
        ),
      ),
  );
}
