// The navigation each user sees: only the sections their live roles may open.
import { canOpen, type Area, type Role } from '../shared/roles.ts';

export interface NavItem {
  path: string;
  key: 'home' | Area | 'obligations' | 'calendar' | 'password' | 'feedback' | 'eservices' | 'counter';
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

/** The counter (CR-17.1 … CR-17.4): centre staff register the contacts they serve. */
const COUNTER_ROLES: readonly Role[] = ['centre_employee', 'centre_head'];

const ITEMS: NavItem[] = [
  { path: '/', key: 'home' },
  { path: '/counter', key: 'counter', roles: COUNTER_ROLES },
  { path: '/organisations', key: 'directory', area: 'directory' },
  { path: '/services', key: 'services', area: 'services' },
  { path: '/quality', key: 'quality', area: 'quality' },
  { path: '/feedback', key: 'feedback', roles: FEEDBACK_ROLES },
  { path: '/eservices', key: 'eservices', roles: ESERVICE_ROLES },
  { path: '/obligations', key: 'obligations' },
  { path: '/users', key: 'users', area: 'users' },
  { path: '/audit', key: 'audit', area: 'audit', secondary: true },
  { path: '/outbox', key: 'outbox', area: 'outbox', secondary: true },
  { path: '/jobs', key: 'jobs', area: 'jobs', secondary: true },
  { path: '/tokens', key: 'tokens', area: 'tokens', secondary: true },
  { path: '/calendar', key: 'calendar', secondary: true },
  { path: '/account/password', key: 'password', secondary: true },
];

export function navItems(roles: readonly Role[]): NavItem[] {
  return ITEMS.filter(
    (item) => (!item.area || canOpen(roles, item.area)) && (!item.roles || roles.some((r) => item.roles!.includes(r))),
  );
}

/** Sections that fit one line at 1,366 px in either language: measured for ten (the ministry supervisor's). */
const MAX_INLINE = 10;

/** The bar's sections and the "More" menu's: the less frequent ones are grouped only when the bar would wrap. */
export function navBar(roles: readonly Role[]): { inline: NavItem[]; more: NavItem[] } {
  const items = navItems(roles);
  if (items.length <= MAX_INLINE) return { inline: items, more: [] };
  return { inline: items.filter((i) => !i.secondary), more: items.filter((i) => i.secondary) };
}
