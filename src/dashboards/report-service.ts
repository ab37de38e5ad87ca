// BV-4.4: the report on a centre's work for any period, on demand — the centre's dashboard as a Latvian PDF.
import type { Deps } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { findCentreRef } from '../centres/lookups.ts';
import { organisationsById } from '../organisations/lookups.ts';
import { NotFoundError } from '../platform/errors.ts';
import { dashboardFigures } from './service.ts';
import { seesCentre } from './policy.ts';

export async function centreReport(
  deps: Deps,
  actor: Actor,
  centreId: string,
  query: { from?: string | undefined; to?: string | undefined; by?: 'month' | 'week' | undefined },
  options: { compress?: boolean } = {},
): Promise<{ pdf: Buffer; fileName: string }> {
  const centre = await findCentreRef(deps.db, centreId);
  if (!centre || !seesCentre(actor, centre)) throw new NotFoundError();
  const dashboard = await dashboardFigures(deps, actor, { ...query, scope: 'centre', id: centreId });
  const municipalityName =
    (await organisationsById(deps.db, [centre.municipality_id])).get(centre.municipality_id)?.name ?? '';
  // ECharts and pdfkit load on the first report, not at every start of the server.
  const { centreReportPdf } = await import('./report-pdf.ts');
  const pdf = await centreReportPdf({
    dashboard,
    municipalityName,
    generatedAt: deps.now(),
    ...(options.compress === undefined ? {} : { compress: options.compress }),
  });
  return { pdf, fileName: `centra-parskats-${dashboard.from}-${dashboard.to}.pdf` };
}
