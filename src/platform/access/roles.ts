// The roles a grant or an API token carries (role_grants.role, api_tokens.role: the migrations' checks list the same
// values, and people/tables.ts fails the type check if the two lists part).
export const ROLES = [
  'maintainer',
  'ministry_supervisor',
  'org_admin',
  'centre_head',
  'centre_employee',
  'institution_coordinator',
  'committee_member',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];
