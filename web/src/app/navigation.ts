// The navigation each user sees: only the sections their live roles may open.
import { canOpen, type Area, type Role } from '../shared/roles.ts';

export interface NavItem {
  path: string;
  key:
    | 'home'
    | Area
    | 'obligations'
    | 'calendar'
    | 'password'
    | 'feedback'
    | 'eservices'
    | 'counter'
    | 'committee'
    | 'staff'
    | 'proposals'
    | 'presence'
    | 'indicators'
    | 'dashboards'
    | 'accessApplications';
  area?: Area;
  /** Only for these roles (a section that is not one of the areas). */
  roles?: readonly Role[];
  /** A less frequent section: it moves into the "More" menu when the bar would not fit one line. */
  secondary?: boolean;
}

/** Complaints, questions and suggestions (CR-17.13): centres' staff, institutions, and the network's readers. */
const FEEDBACK_ROLES: readonly Role[] = [
  'centre_employee',
  'centre_head',
  'org_admin',
  'institution_coordinator',
  'ministry_supervisor',
  'auditor',
  'maintainer',
];

/** Authorised e-services (AM-1.1): the centres' staff file them; the network's readers read them. */
const ESERVICE_ROLES: readonly Role[] = [
  'centre_employee',
  'centre_head',
  'ministry_supervisor',
  'auditor',
  'maintainer',
];

/** The supervisory committee (CR-9 … CR-11): the ministry runs it, its members and auditors read it. */
const COMMITTEE_ROLES: readonly Role[] = ['ministry_supervisor', 'committee_member', 'auditor'];

/** Access applications (CR-22, AM-1.11, DR-20.2): organisations' admins apply, the ministry or the maintainer decides. */
const ACCESS_APPLICATION_ROLES: readonly Role[] = ['org_admin', 'ministry_supervisor', 'maintainer'];

/** The counter (CR-17.1 … CR-17.4): centre staff register the contacts they serve. */
const COUNTER_ROLES: readonly Role[] = ['centre_employee', 'centre_head'];

/** Institutions' officers at centres (CR-19.1 … CR-19.5): institutions send notices, centres' leads see them. */
const PRESENCE_ROLES: readonly Role[] = ['institution_coordinator', 'centre_head', 'org_admin', 'ministry_supervisor'];

/** The centre's own staff (BV-3, CR-17.11): the head and the municipality's admin keep it; the ministry reads. */
const STAFF_ROLES: readonly Role[] = ['centre_head', 'org_admin', 'ministry_supervisor', 'auditor', 'maintainer'];

/** Performance indicators (SR-21 … SR-23, SR-25.2): holders' people, and the network's readers. */
const INDICATOR_ROLES: readonly Role[] = [
  'org_admin',
  'institution_coordinator',
  'ministry_supervisor',
  'auditor',
  'maintainer',
];

/** Dashboards (BV-4.4): whoever supervises — the ministry, municipalities, centre heads, institutions. */
const DASHBOARD_ROLES: readonly Role[] = [
  'ministry_supervisor',
  'auditor',
  'maintainer',
  'org_admin',
  'centre_head',
  'institution_coordinator',
];

const ITEMS: NavItem[] = [
  { path: '/', key: 'home' },
  { path: '/counter', key: 'counter', roles: COUNTER_ROLES },
  { path: '/organisations', key: 'directory', area: 'directory' },
  { path: '/services', key: 'services', area: 'services' },
  { path: '/quality', key: 'quality', area: 'quality' },
  { path: '/feedback', key: 'feedback', roles: FEEDBACK_ROLES },
  { path: '/eservices', key: 'eservices', roles: ESERVICE_ROLES },
  { path: '/staff', key: 'staff', roles: STAFF_ROLES, secondary: true },
  { path: '/presence', key: 'presence', roles: PRESENCE_ROLES, secondary: true },
  { path: '/indicators', key: 'indicators', roles: INDICATOR_ROLES, secondary: true },
  { path: '/dashboards', key: 'dashboards', roles: DASHBOARD_ROLES, secondary: true },
  { path: '/obligations', key: 'obligations' },
  { path: '/committee', key: 'committee', roles: COMMITTEE_ROLES },
  { path: '/users', key: 'users', area: 'users' },
  { path: '/access-applications', key: 'accessApplications', roles: ACCESS_APPLICATION_ROLES, secondary: true },
  { path: '/audit', key: 'audit', area: 'audit', secondary: true },
  { path: '/outbox', key: 'outbox', area: 'outbox', secondary: true },
  { path: '/jobs', key: 'jobs', area: 'jobs', secondary: true },
  { path: '/tokens', key: 'tokens', area: 'tokens', secondary: true },
  // Proposals to move a service into the centres (CR-12 … CR-16): every logged-in role reads them.
  { path: '/proposals', key: 'proposals', secondary: true },
  { path: '/calendar', key: 'calendar', secondary: true },
  { path: '/account/password', key: 'password', secondary: true },
];

export function navItems(roles: readonly Role[]): NavItem[] {
  return ITEMS.filter(
    (item) => (!item.area || canOpen(roles, item.area)) && (!item.roles || roles.some((r) => item.roles!.includes(r))),
  );
}

/**
 * What fits one line at 1,366 px: the labels' letters plus a link's padding counted in letters. Measured on the
 * ministry supervisor's ten sections of release 4 (143 letters in Latvian, the longer language), which just fit.
 */
const LINE_BUDGET = 183;
const ITEM_PADDING = 4;

const widthOf = (items: readonly NavItem[], label: (item: NavItem) => string) =>
  items.reduce((sum, i) => sum + label(i).length + ITEM_PADDING, 0);

/**
 * The bar's sections and the "More" menu's: the less frequent ones are grouped only when the bar would wrap (by the
 * labels in the language shown); then, should the frequent ones alone still not fit, the last of them move too.
 */
export function navBar(
  roles: readonly Role[],
  label: (item: NavItem) => string,
): { inline: NavItem[]; more: NavItem[] } {
  const items = navItems(roles);
  // The "More" button itself takes a place on the bar.
  const budget = LINE_BUDGET - 10;
  if (widthOf(items, label) <= LINE_BUDGET) return { inline: items, more: [] };
  const inline = items.filter((i) => !i.secondary);
  const more = items.filter((i) => i.secondary);
  while (inline.length > 1 && widthOf(inline, label) > budget) more.unshift(inline.pop()!);
  return { inline, more };
}
