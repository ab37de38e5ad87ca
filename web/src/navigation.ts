// The navigation each user sees: only the sections their live roles may open.
import { canOpen, type Area, type Role } from './roles.ts';

export interface NavItem {
  path: string;
  key: 'home' | Area | 'obligations' | 'calendar' | 'password';
  area?: Area;
}

const ITEMS: NavItem[] = [
  { path: '/', key: 'home' },
  { path: '/organisations', key: 'directory', area: 'directory' },
  { path: '/obligations', key: 'obligations' },
  { path: '/users', key: 'users', area: 'users' },
  { path: '/audit', key: 'audit', area: 'audit' },
  { path: '/outbox', key: 'outbox', area: 'outbox' },
  { path: '/tokens', key: 'tokens', area: 'tokens' },
  { path: '/calendar', key: 'calendar' },
  { path: '/account/password', key: 'password' },
];

export function navItems(roles: readonly Role[]): NavItem[] {
  return ITEMS.filter((item) => !item.area || canOpen(roles, item.area));
}
