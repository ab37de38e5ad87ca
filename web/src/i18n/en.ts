// Every text of the UI in English, assembled from the feature folders' messages.en.ts. Each part is typed by its
// Latvian part, and the whole by the Latvian catalogue: a missing or extra key fails type-checking.
import { sharedEn } from '../shared/messages.en.ts';
import { appEn } from '../app/messages.en.ts';
import { peopleEn } from '../people/messages.en.ts';
import { auditEn } from '../audit/messages.en.ts';
import { mailEn } from '../mail/messages.en.ts';
import { jobsEn } from '../jobs/messages.en.ts';
import { calendarEn } from '../calendar/messages.en.ts';
import { obligationsEn } from '../obligations/messages.en.ts';
import { organisationsEn } from '../organisations/messages.en.ts';
import { centresEn } from '../centres/messages.en.ts';
import { catalogueEn } from '../catalogue/messages.en.ts';
import { counterEn } from '../counter/messages.en.ts';
import { feedbackEn } from '../feedback/messages.en.ts';
import { eservicesEn } from '../eservices/messages.en.ts';
import { basketEn } from '../basket/messages.en.ts';
import { presenceEn } from '../presence/messages.en.ts';
import { scopeEn } from '../scope/messages.en.ts';
import { proposalsEn } from '../proposals/messages.en.ts';
import { staffEn } from '../staff/messages.en.ts';
import { indicatorsEn } from '../indicators/messages.en.ts';
import { dashboardsEn } from '../dashboards/messages.en.ts';
import { committeeEn } from '../committee/messages.en.ts';
import { accessApplicationsEn } from '../access-applications/messages.en.ts';
import type { Messages } from './messages.ts';

export const en: Messages = {
  ...sharedEn,
  ...appEn,
  ...peopleEn,
  ...auditEn,
  ...mailEn,
  ...jobsEn,
  ...calendarEn,
  ...obligationsEn,
  ...organisationsEn,
  ...centresEn,
  ...catalogueEn,
  ...counterEn,
  ...feedbackEn,
  ...eservicesEn,
  ...basketEn,
  ...presenceEn,
  ...scopeEn,
  ...proposalsEn,
  ...staffEn,
  ...indicatorsEn,
  ...dashboardsEn,
  ...committeeEn,
  ...accessApplicationsEn,
};
