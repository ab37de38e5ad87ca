// Every capability's routes, in one list: adding a capability means adding its line here.
import type { App } from './app.ts';
import type { Deps } from './platform/deps.ts';
import { systemRoutes } from './platform/http/system-routes.ts';
import { authRoutes } from './people/auth-routes.ts';
import { peopleAdminRoutes } from './people/admin-routes.ts';
import { organisationRoutes } from './organisations/routes.ts';
import { centreRoutes } from './centres/routes.ts';
import { pointRoutes } from './centres/points-routes.ts';
import { publicCentreRoutes } from './centres/public-routes.ts';
import { mailRoutes } from './mail/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { obligationRoutes } from './obligations/routes.ts';
import { calendarRoutes } from './calendar/routes.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { qualityRoutes } from './catalogue/quality-routes.ts';
import { publicCatalogueRoutes } from './catalogue/public-routes.ts';
import { catalogueImportRoutes } from './catalogue/import-routes.ts';
import { lawChangeRoutes } from './catalogue/law-changes-routes.ts';
import { contactRoutes } from './contacts/routes.ts';
import { eserviceRoutes } from './eservices/routes.ts';
import { feedbackRoutes } from './feedback/routes.ts';
import { jobRoutes } from './platform/jobs/routes.ts';

export async function capabilityRoutes(app: App, deps: Deps): Promise<void> {
  await systemRoutes(app, deps);
  await authRoutes(app, deps);
  await peopleAdminRoutes(app, deps);
  await organisationRoutes(app, deps);
  await centreRoutes(app, deps);
  await pointRoutes(app, deps);
  await publicCentreRoutes(app, deps);
  await mailRoutes(app, deps);
  await auditRoutes(app, deps);
  await obligationRoutes(app, deps);
  await calendarRoutes(app, deps);
  await catalogueRoutes(app, deps);
  await qualityRoutes(app, deps);
  await publicCatalogueRoutes(app, deps);
  await catalogueImportRoutes(app, deps);
  await lawChangeRoutes(app, deps);
  await contactRoutes(app, deps);
  await eserviceRoutes(app, deps);
  await feedbackRoutes(app, deps);
  await jobRoutes(app, deps);
}
