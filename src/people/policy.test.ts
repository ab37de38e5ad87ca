// Pure rule tests of the people policy: no database, many cases, fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, type Actor, type Grant } from '../platform/access/actor.ts';
import {
  addYears,
  canGrantRole,
  canManageGrant,
  canManageOrganisation,
  canSeeUsersOf,
  creatorCoversToken,
  isOwnAdminGrant,
  roleScopeIssue,
  termIssues,
  termsOverlap,
  tokenTermIssue,
  userReadScope,
} from './policy.ts';
import { endOfRigaDay } from '../platform/time.ts';

const ORG = 'org-balvi';
const OTHER = 'org-other';
const actor = (...grants: Grant[]): Actor => ({ ...anonymous, kind: 'user', userId: 'me', grants });
const maintainer = actor({ role: 'maintainer', organisationId: 'org-vraa', centreId: null });
const orgAdmin = actor({ role: 'org_admin', organisationId: ORG, centreId: null });
const employee = actor({ role: 'centre_employee', organisationId: ORG, centreId: 'c1' });
const auditor = actor({ role: 'auditor', organisationId: 'org-varam', centreId: null });

test('AM-1.11 a maintainer manages access everywhere and grants every role', () => {
  assert.equal(canManageOrganisation(maintainer, OTHER), true);
  for (const role of ['maintainer', 'ministry_supervisor', 'auditor', 'org_admin', 'centre_employee'] as const) {
    assert.equal(canManageGrant(maintainer, { role, organisationId: OTHER }), true, role);
  }
});

test('AM-1.11 an organisation admin manages only its own organisation', () => {
  assert.equal(canManageOrganisation(orgAdmin, ORG), true);
  assert.equal(canManageOrganisation(orgAdmin, OTHER), false);
  assert.equal(canManageGrant(orgAdmin, { role: 'centre_head', organisationId: OTHER }), false);
  assert.equal(canManageGrant(orgAdmin, { role: 'org_admin', organisationId: ORG }), true);
});

test('AM-1.11 an organisation admin cannot grant the network-wide roles', () => {
  for (const role of ['maintainer', 'ministry_supervisor', 'auditor'] as const)
    assert.equal(canGrantRole(orgAdmin, role), false, role);
  assert.equal(canGrantRole(orgAdmin, 'committee_member'), true);
});

test('AM-1.11 people without an admin role grant nothing', () => {
  assert.equal(canGrantRole(employee, 'centre_employee'), false);
  assert.equal(canManageOrganisation(employee, ORG), false);
  assert.equal(canManageOrganisation(auditor, ORG), false);
});

test('DR-19.4 network readers see every user, an organisation admin its own, others nobody', () => {
  assert.equal(userReadScope(maintainer), 'all');
  assert.equal(userReadScope(auditor), 'all');
  assert.deepEqual(userReadScope(orgAdmin), [ORG]);
  assert.deepEqual(userReadScope(employee), []);
  assert.equal(canSeeUsersOf(orgAdmin, OTHER), false);
  assert.equal(canSeeUsersOf(auditor, OTHER), true);
});

test('AM-1.11 role and scope must agree: centre roles need a centre, other roles fit their kind of organisation', () => {
  assert.deepEqual(roleScopeIssue('centre_employee', 'municipality', false), {
    field: '/centreId',
    code: 'centre_required',
  });
  assert.equal(roleScopeIssue('centre_head', 'municipality', true), undefined);
  assert.deepEqual(roleScopeIssue('org_admin', 'municipality', true, '/grants/1'), {
    field: '/grants/1/centreId',
    code: 'centre_not_for_role',
  });
  assert.equal(roleScopeIssue('institution_coordinator', 'institution', false), undefined);
  assert.equal(roleScopeIssue('institution_coordinator', 'holder', false), undefined);
  assert.equal(roleScopeIssue('institution_coordinator', 'municipality', false)?.code, 'organisation_kind_mismatch');
  assert.equal(roleScopeIssue('maintainer', 'ministry', false)?.field, '/organisationId');
  assert.equal(roleScopeIssue('maintainer', 'maintainer', false), undefined);
  assert.equal(roleScopeIssue('ministry_supervisor', 'ministry', false), undefined);
  assert.equal(roleScopeIssue('ministry_supervisor', 'institution', false)?.code, 'organisation_kind_mismatch');
  for (const kind of ['ministry', 'maintainer', 'institution', 'holder', 'municipality'] as const) {
    assert.equal(roleScopeIssue('auditor', kind, false), undefined);
    assert.equal(roleScopeIssue('committee_member', kind, false), undefined);
    assert.equal(roleScopeIssue('org_admin', kind, false), undefined);
  }
});

test('AM-1.11 a term starts today or later and does not end before it starts', () => {
  assert.deepEqual(termIssues('2026-11-23', null, '2026-11-23'), []);
  assert.deepEqual(termIssues('2026-11-23', '2026-11-23', '2026-11-23'), []);
  assert.deepEqual(termIssues('2026-11-22', null, '2026-11-23'), [{ field: '/validFrom', code: 'field_date_past' }]);
  assert.deepEqual(termIssues('2026-12-01', '2026-11-30', '2026-11-23'), [
    { field: '/validUntil', code: 'field_date_order' },
  ]);
});

test('AM-1.11 an administrator cannot revoke their own admin grants (no lock-out), other roles they can', () => {
  assert.equal(isOwnAdminGrant(orgAdmin, { userId: 'me', role: 'org_admin' }), true);
  assert.equal(isOwnAdminGrant(maintainer, { userId: 'me', role: 'maintainer' }), true);
  assert.equal(isOwnAdminGrant(orgAdmin, { userId: 'me', role: 'centre_head' }), false);
  assert.equal(isOwnAdminGrant(orgAdmin, { userId: 'someone-else', role: 'org_admin' }), false);
  assert.equal(isOwnAdminGrant({ ...orgAdmin, userId: null }, { userId: 'me', role: 'org_admin' }), false);
});

test('terms overlap unless one ends before the other starts', () => {
  assert.equal(
    termsOverlap({ validFrom: '2026-01-01', validUntil: null }, { validFrom: '2030-01-01', validUntil: null }),
    true,
  );
  assert.equal(
    termsOverlap({ validFrom: '2026-01-01', validUntil: '2026-06-30' }, { validFrom: '2026-07-01', validUntil: null }),
    false,
  );
  assert.equal(
    termsOverlap({ validFrom: '2026-01-01', validUntil: '2026-07-01' }, { validFrom: '2026-07-01', validUntil: null }),
    true,
  );
});

test('an API token ends after today and at most two years ahead', () => {
  assert.equal(tokenTermIssue('2026-11-23', '2026-11-23')?.code, 'field_date_not_future');
  assert.equal(tokenTermIssue('2026-11-24', '2026-11-23'), undefined);
  assert.equal(tokenTermIssue('2028-11-23', '2026-11-23'), undefined);
  assert.equal(tokenTermIssue('2028-11-24', '2026-11-23')?.code, 'token_term_too_long');
  assert.equal(addYears('2028-02-29', 2), '2030-02-28');
  assert.equal(addYears('2028-02-29', 4), '2032-02-29');
});

test('a Riga day ends at the next midnight in Riga, in winter (UTC+2) and in summer (UTC+3)', () => {
  assert.equal(endOfRigaDay('2026-11-23').toISOString(), '2026-11-23T22:00:00.000Z');
  assert.equal(endOfRigaDay('2026-06-30').toISOString(), '2026-06-30T21:00:00.000Z');
  // The nights the clocks change (the change happens at 03:00/04:00, the midnight before keeps the old offset).
  assert.equal(endOfRigaDay('2026-03-28').toISOString(), '2026-03-28T22:00:00.000Z');
  assert.equal(endOfRigaDay('2026-03-29').toISOString(), '2026-03-29T21:00:00.000Z');
  assert.equal(endOfRigaDay('2026-10-24').toISOString(), '2026-10-24T21:00:00.000Z');
  assert.equal(endOfRigaDay('2026-10-25').toISOString(), '2026-10-25T22:00:00.000Z');
  assert.equal(endOfRigaDay('2026-12-31').toISOString(), '2026-12-31T22:00:00.000Z');
});

test('AM-1.11 an API token never manages access, whatever its role', () => {
  const token: Actor = { ...maintainer, kind: 'token', userId: null, tokenId: 't1' };
  assert.equal(canManageOrganisation(token, OTHER), false);
  assert.equal(canGrantRole(token, 'centre_employee'), false);
  assert.equal(canManageGrant({ ...orgAdmin, kind: 'token' }, { role: 'centre_head', organisationId: ORG }), false);
});

test('AM-1.11 a token lives only while its creator is active and could still grant it', () => {
  const token = { role: 'org_admin' as const, organisationId: ORG };
  assert.equal(creatorCoversToken({ status: 'active', grants: orgAdmin.grants }, token), true);
  assert.equal(creatorCoversToken({ status: 'active', grants: maintainer.grants }, token), true);
  assert.equal(creatorCoversToken({ status: 'disabled', grants: orgAdmin.grants }, token), false);
  assert.equal(creatorCoversToken({ status: null, grants: [] }, token), false, 'no creator');
  assert.equal(creatorCoversToken({ status: 'active', grants: employee.grants }, token), false, 'no admin grant today');
  assert.equal(
    creatorCoversToken({ status: 'active', grants: orgAdmin.grants }, { role: 'org_admin', organisationId: OTHER }),
    false,
  );
  assert.equal(
    creatorCoversToken({ status: 'active', grants: orgAdmin.grants }, { role: 'auditor', organisationId: ORG }),
    false,
    'a network role needs a maintainer',
  );
});
