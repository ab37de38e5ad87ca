// HTTP for the catalogue's automated quality control (SR-13): one service's findings, findings of
// unsaved content for the editor, and the quality dashboard. Findings are worded in the caller's language
// (Accept-Language), like problem documents. Thin: parse → call quality-service.ts.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { anyUser, rolesRoute } from '../platform/access/route-policy.ts';
import { Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { pickLang } from '../platform/i18n/messages.ts';
import { ServiceContent } from './content.ts';
import { CHECK_IDS, SEVERITIES } from './quality.ts';
import { checkUnsaved, qualityDashboard, serviceQuality, WORST_SERVICES } from './quality-service.ts';
import { ServiceParams } from './schemas.ts';

const tags = ['catalogue'];
/** SR-8: those who describe a holder's services check them while editing. */
const describers = rolesRoute('maintainer', 'org_admin', 'institution_coordinator');
/** The network's readers see every holder; a holder's admin and contact person their own holders. */
const dashboardReaders = rolesRoute(
  'maintainer',
  'ministry_supervisor',
  'auditor',
  'org_admin',
  'institution_coordinator',
);

const Text = (description: string) => Type.String({ description });
const Check = StringEnum(CHECK_IDS, 'Stable ID of the check (Q01 …), listed in docs/ARCHITECTURE.md');
const Severity = StringEnum(
  SEVERITIES,
  'error: the description is wrong or lacks what SR-10 requires; warning: it should be fixed; info: a hint',
);
const Score = Type.Integer({
  minimum: 0,
  maximum: 100,
  description: '0–100: 100 minus 20 per error check, 5 per warning check and 1 per info check that fires',
});
const Holder = Obj(
  { id: Uuid('Holder organisation id'), name: Text('Name of the holder') },
  { description: 'The holder (SR-4)' },
);

const FindingSchema = Obj(
  {
    check: Check,
    severity: Severity,
    field: Text("JSON pointer into the description (e.g. /name/en); '/' for the description as a whole"),
    code: Text('Stable code of the finding'),
    message: Text("The finding in the caller's language"),
  },
  { description: 'A quality finding (SR-13)' },
);
const Findings = Type.Array(FindingSchema, { description: 'Findings, errors first, then by check and field' });

const QualitySchema = Obj({
  version: StringEnum(
    ['draft', 'published', 'unsaved'] as const,
    'What was checked: the draft, the version in force (no draft), or the content sent',
  ),
  score: Score,
  findings: Findings,
});

const QualityCheckBody = Obj({
  holderId: Uuid('The holder whose service this describes (the caller must be allowed to edit its services)'),
  serviceId: Type.Optional(
    Nullable(
      Uuid(
        'The service being edited, if registered: its own name is not a duplicate, and its SR-11 confirmation counts',
      ),
    ),
  ),
  content: ServiceContent,
});

const DashboardQuery = Obj({ holderId: Type.Optional(Uuid('Only this holder (404 outside the caller’s holders)')) });

const DashboardSchema = Obj({
  services: Type.Integer({ description: 'Services in use (drafts and published; withdrawn ones are left out)' }),
  score: Nullable(Type.Number({ description: 'Mean score of those services, one decimal; null without services' })),
  holders: Type.Array(
    Obj({
      holder: Holder,
      services: Type.Integer({ description: 'Its services in use' }),
      score: Nullable(Type.Number({ description: "Mean of its services' scores, one decimal" })),
      errors: Type.Integer({ description: 'Its services with at least one error' }),
      warnings: Type.Integer({ description: 'Its services with at least one warning' }),
      unverified: Type.Integer({ description: 'Its published services not confirmed in the current quarter (SR-11)' }),
    }),
    { description: 'Per holder, by name' },
  ),
  checks: Type.Array(
    Obj({
      check: Check,
      severity: Severity,
      count: Type.Integer({ description: 'Services on which the check fires' }),
    }),
    { description: 'Per check, in ID order' },
  ),
  worst: Type.Array(
    Obj({
      id: Uuid('Service id'),
      identifier: Text('Service identifier (SR-9)'),
      nameLv: Text('Name in Latvian (of the version checked)'),
      holder: Holder,
      score: Score,
      findings: Findings,
    }),
    { description: `The ${WORST_SERVICES} lowest-scoring services, lowest first` },
  ),
});

export async function qualityRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/services/:id/quality',
    {
      config: { policy: anyUser },
      schema: {
        summary:
          "Quality findings and score of a service's draft, else of its version in force (SR-13); for the holder's people and readers",
        tags,
        params: ServiceParams,
        response: { 200: QualitySchema },
      },
    },
    async (request) =>
      serviceQuality(deps, request.actor, request.params.id, pickLang(request.headers['accept-language'])),
  );

  app.post(
    '/api/v1/services/quality-check',
    {
      config: { policy: describers },
      schema: {
        summary: 'Quality findings of a description not yet saved, for the editor (SR-13); nothing is stored',
        tags,
        body: QualityCheckBody,
        response: { 200: QualitySchema },
      },
    },
    async (request) => checkUnsaved(deps, request.actor, request.body, pickLang(request.headers['accept-language'])),
  );

  app.get(
    '/api/v1/catalogue/quality',
    {
      config: { policy: dashboardReaders },
      schema: {
        summary: "The catalogue's quality dashboard: per holder, per check and the worst services (SR-13)",
        tags,
        querystring: DashboardQuery,
        response: { 200: DashboardSchema },
      },
    },
    async (request) =>
      qualityDashboard(deps, request.actor, request.query.holderId, pickLang(request.headers['accept-language'])),
  );
}
