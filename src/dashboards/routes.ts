// HTTP for the dashboards and the centre report (BV-4.4). Thin: parse → call the service → send.
import { Type, type Static } from 'typebox';
import type { Deps } from '../db.ts';
import type { App } from '../platform/http/app-type.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { IsoDate, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { DASHBOARD_ROLES } from './policy.ts';
import { DashboardSchema, ScopeOptionsSchema, ScopeSchema } from './presenters.ts';
import { centreReport } from './report-service.ts';
import { dashboardFigures, dashboardScopes } from './service.ts';

const Period = {
  from: Type.Optional(IsoDate('First day, YYYY-MM-DD (default: the first day of the month 11 months before `to`)')),
  to: Type.Optional(IsoDate('Last day, YYYY-MM-DD (default: today in Europe/Riga); at most 732 days in all')),
  by: Type.Optional(StringEnum(['month', 'week'] as const, 'Bucket (default: month over 92 days, else week)')),
};
const DashboardQuery = Obj({
  scope: Type.Optional(ScopeSchema),
  id: Type.Optional(Uuid('The municipality, centre or institution; not for the network')),
  ...Period,
});
const ReportQuery = Obj(Period);
const CentreParams = Obj({ id: Uuid('Centre') });

const PdfResponse = Type.Unsafe<Buffer>({
  description: 'The report as a PDF in Latvian',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary', description: 'The PDF' } } },
});

export async function dashboardRoutes(app: App, deps: Deps): Promise<void> {
  const policy = rolesRoute(...DASHBOARD_ROLES);
  const tags = ['dashboards'];

  app.get(
    '/api/v1/dashboards',
    {
      config: { policy, problems: [403, 404] },
      schema: {
        operationId: 'getDashboard',
        summary: 'Figures of the network, a municipality, a centre or an institution for a period, with the one before',
        description:
          'SR-21, BV-4.4: contacts and applications over time (by month or week), by channel, type and ' +
          'service; delayed written contacts (DR-25.1.7.3) and complaints (SR-21.4); e-services filed for clients; ' +
          'each beside the previous period of the same length. The ministry, auditors and maintainers see the network ' +
          "and anything in it; a municipality's administrator its municipality and centres; a centre's head the " +
          "centre; an institution's coordinator its services. A level the roles never show answers 403, an id outside " +
          "the viewer's scope 404. Without `scope`, the widest the viewer may see.",
        tags,
        querystring: DashboardQuery,
        response: { 200: DashboardSchema },
      },
    },
    async (request) => dashboardFigures(deps, request.actor, request.query as Static<typeof DashboardQuery>),
  );

  app.get(
    '/api/v1/dashboards/scopes',
    {
      config: { policy },
      schema: {
        operationId: 'listDashboardScopes',
        summary: 'The dashboards the caller may open: network, municipalities, centres, institutions',
        description: "the levels and ids the caller's roles show, the widest first.",
        tags,
        response: { 200: ScopeOptionsSchema },
      },
    },
    async (request) => ({ items: await dashboardScopes(deps, request.actor) }),
  );

  app.get(
    '/api/v1/centres/:id/report.pdf',
    {
      config: { policy, problems: [404] },
      schema: {
        operationId: 'getCentreReportPdf',
        summary: "The report on a centre's work for a period, as a PDF in Latvian with its charts and tables",
        description:
          "BV-4.4: the municipality's management (and the centre's head, the ministry) asks for it at any time, for " +
          'any period: totals beside the previous period, contacts by month or week and by channel as charts rendered ' +
          "on the server, and the tables behind them. 404 for a centre outside the caller's scope.",
        tags,
        params: CentreParams,
        querystring: ReportQuery,
        response: { 200: PdfResponse },
      },
    },
    async (request, reply) => {
      const { id } = request.params as Static<typeof CentreParams>;
      const { pdf, fileName } = await centreReport(
        deps,
        request.actor,
        id,
        request.query as Static<typeof ReportQuery>,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
