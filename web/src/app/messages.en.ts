// English texts of the shell (layout, navigation, home, not found).
// Typed by the Latvian part (messages.lv.ts): a missing or extra key fails type-checking.
import type { Catalogue } from '../i18n/messages.ts';
import type { appLv } from './messages.lv.ts';

export const appEn: Catalogue<typeof appLv> = {
  layout: {
    skip: 'Skip to main content',
    nav: 'Main navigation',
    switchLanguage: 'Latviski',
    otherLang: 'lv',
    more: 'More',
    logout: 'Log out',
    user: 'User',
    footer: 'Vienuviet — information system of the one-stop customer service centres',
  },
  nav: {
    staff: 'Staff',
    presence: 'Institutions’ officers',
    home: 'Home',
    counter: 'Counter',
    directory: 'Organisations and centres',
    obligations: 'Obligations',
    users: 'Users',
    audit: 'Audit log',
    outbox: 'Mail outbox',
    jobs: 'Background jobs',
    tokens: 'API tokens',
    password: 'Change password',
    calendar: 'Calendar',
    eservices: 'Authorised e-services',
    feedback: 'Complaints and questions',
    proposals: 'Proposals for centres',
    services: 'Service descriptions',
    quality: 'Catalogue quality',
    committee: 'Committee',
    indicators: 'Performance indicators',
    dashboards: 'Dashboards',
    accessApplications: 'Access applications',
  },
  home: {
    title: 'Home',
    greeting: 'Hello, {name}!',
    organisation: 'Organisation: {name}',
    roles: 'Your roles',
    noRoles: 'You hold no role in force today. Ask your organisation’s administrator.',
    sections: 'Sections',
    usersText: 'Users, their roles and terms.',
    auditText: 'Every change in the system, and a check of the audit chain.',
    outboxText: 'E-mails the system sends.',
    tokensText: 'Access tokens for other systems.',
    passwordText: 'Change your password.',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no such page. Check the address or go to the home page.',
    home: 'Go to the home page',
  },
};
