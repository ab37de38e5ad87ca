// Every capability's routes, in one list: adding a capability means adding its line here.
import type { App } from './platform/http/app-type.ts';
import type { Deps } from './db.ts';
import { systemRoutes } from './platform/http/system-routes.ts';
import { authRoutes, peopleAdminRoutes, peopleMessages } from './people/index.ts';
import { organisationRoutes, organisationsMessages } from './organisations/index.ts';
import { centreRoutes, centresMessages, pointRoutes, publicCentreRoutes } from './centres/index.ts';
import { mailMessages, mailRoutes } from './mail/index.ts';
import { auditRoutes } from './audit/index.ts';
import { obligationRoutes, obligationsMessages } from './obligations/index.ts';
import { calendarMessages, calendarRoutes } from './calendar/index.ts';
import {
  catalogueImportRoutes,
  catalogueMessages,
  catalogueRoutes,
  lawChangeRoutes,
  publicCatalogueRoutes,
  qualityRoutes,
} from './catalogue/index.ts';
import { contactRoutes, contactsMessages } from './contacts/index.ts';
import { eserviceRoutes, eservicesMessages } from './eservices/index.ts';
import { feedbackMessages, feedbackRoutes } from './feedback/index.ts';
import { basketMessages, basketRoutes } from './basket/index.ts';
import { indicatorPublicRoutes, indicatorRoutes, indicatorsMessages } from './indicators/index.ts';
import { dashboardRoutes, dashboardsMessages } from './dashboards/index.ts';
import { presenceMessages, presenceRoutes } from './presence/index.ts';
import { scopeMessages, scopeRoutes } from './scope/index.ts';
import { documentRoutes, documentsMessages } from './documents/index.ts';
import { committeeMessages, committeeRoutes } from './committee/index.ts';
import { proposalRoutes, proposalsMessages } from './proposals/index.ts';
import { staffMessages, staffRoutes } from './staff/index.ts';
import { accessApplicationRoutes, accessApplicationsMessages } from './access-applications/index.ts';
import { jobRoutes } from './platform/jobs/routes.ts';
import { jobList } from './jobs.ts';
import { registerMessages } from './platform/i18n/messages.ts';

/** Every capability's API messages (Latvian and English): adding a capability with messages means adding it here. */
export const capabilityMessages = [
  peopleMessages,
  organisationsMessages,
  centresMessages,
  mailMessages,
  obligationsMessages,
  calendarMessages,
  catalogueMessages,
  contactsMessages,
  eservicesMessages,
  feedbackMessages,
  basketMessages,
  staffMessages,
  indicatorsMessages,
  dashboardsMessages,
  presenceMessages,
  scopeMessages,
  documentsMessages,
  committeeMessages,
  proposalsMessages,
  accessApplicationsMessages,
];

export async function capabilityRoutes(app: App, deps: Deps): Promise<void> {
  registerMessages(capabilityMessages);
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
  await basketRoutes(app, deps);
  await indicatorRoutes(app, deps);
  await indicatorPublicRoutes(app, deps);
  await dashboardRoutes(app, deps);
  await presenceRoutes(app, deps);
  await scopeRoutes(app, deps);
  await documentRoutes(app, deps);
  await committeeRoutes(app, deps);
  await proposalRoutes(app, deps);
  await staffRoutes(app, deps);
  await accessApplicationRoutes(app, deps);
  await jobRoutes(app, deps, jobList(deps));
}
