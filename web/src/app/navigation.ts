// The navigation each user sees: only the sections their live roles may open.
import { canOpen, type Area, type Role } from '../shared/roles.ts';

export interface NavItem {
  path: string;
  key: 'home' | Area | 'obligations' | 'calendar' | 'password' | 'feedback' | 'eservices' | 'counter';
  area?: Area;
  /** Only for these roles (a section that is not one of the areas). */
  roles?: readonly Role[];
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
  { path: '/audit', key: 'audit', area: 'audit' },
  { path: '/outbox', key: 'outbox', area: 'outbox' },
  { path: '/jobs', key: 'jobs', area: 'jobs' },
  { path: '/tokens', key: 'tokens', area: 'tokens' },
  { path: '/calendar', key: 'calendar' },
  { path: '/account/password', key: 'password' },
];

export function navItems(roles: readonly Role[]): NavItem[] {
  return ITEMS.filter(
    (item) => (!item.area || canOpen(roles, item.area)) && (!item.roles || roles.some((r) => item.roles!.includes(r))),
  );
}
