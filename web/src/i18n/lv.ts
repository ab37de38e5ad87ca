// Every text of the UI in Latvian: the source catalogue, assembled from the parts each feature folder keeps next to
// its pages (messages.lv.ts). en.ts must have exactly the same keys (see Messages).
import { sharedLv } from '../shared/messages.lv.ts';
import { appLv } from '../app/messages.lv.ts';
import { peopleLv } from '../people/messages.lv.ts';
import { auditLv } from '../audit/messages.lv.ts';
import { mailLv } from '../mail/messages.lv.ts';
import { jobsLv } from '../jobs/messages.lv.ts';
import { calendarLv } from '../calendar/messages.lv.ts';
import { obligationsLv } from '../obligations/messages.lv.ts';
import { organisationsLv } from '../organisations/messages.lv.ts';
import { centresLv } from '../centres/messages.lv.ts';
import { catalogueLv } from '../catalogue/messages.lv.ts';
import { counterLv } from '../counter/messages.lv.ts';
import { feedbackLv } from '../feedback/messages.lv.ts';
import { eservicesLv } from '../eservices/messages.lv.ts';
import { basketLv } from '../basket/messages.lv.ts';
import { presenceLv } from '../presence/messages.lv.ts';
import { scopeLv } from '../scope/messages.lv.ts';
import { proposalsLv } from '../proposals/messages.lv.ts';
import { staffLv } from '../staff/messages.lv.ts';
import { indicatorsLv } from '../indicators/messages.lv.ts';
import { dashboardsLv } from '../dashboards/messages.lv.ts';
import { committeeLv } from '../committee/messages.lv.ts';
import { accessApplicationsLv } from '../access-applications/messages.lv.ts';

export const lv = {
  ...sharedLv,
  ...appLv,
  ...peopleLv,
  ...auditLv,
  ...mailLv,
  ...jobsLv,
  ...calendarLv,
  ...obligationsLv,
  ...organisationsLv,
  ...centresLv,
  ...catalogueLv,
  ...counterLv,
  ...feedbackLv,
  ...eservicesLv,
  ...basketLv,
  ...presenceLv,
  ...scopeLv,
  ...proposalsLv,
  ...staffLv,
  ...indicatorsLv,
  ...dashboardsLv,
  ...committeeLv,
  ...accessApplicationsLv,
};
