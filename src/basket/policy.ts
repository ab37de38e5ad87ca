// Who may see and change the basket. Seeing: anybody (CR-8: the ministry publishes it). Changing it and recording
// its yearly review (DR-16): the ministry, and the maintainer who keeps the system (DR-15.3).
import { publicRoute, rolesRoute } from '../platform/access/route-policy.ts';

/** The basket in force on a day, its versions and their changes are public. */
export const basketReaders = publicRoute;

/** Only the ministry (and the maintainer) record versions of the basket and its reviews. */
export const basketEditors = rolesRoute('ministry_supervisor', 'maintainer');

/** The reviews are read by those who supervise the network. */
export const reviewReaders = rolesRoute('ministry_supervisor', 'maintainer', 'auditor', 'committee_member');

// DR-15: a change of the basket. The holder's people request it and inform the maintainer, the ministry gives its
// opinion (and may record a letter on a holder's behalf), the maintainer updates the basket; the service checks that
// the caller speaks for the request's holder.
/** The change requests are read by the parties, the committee and auditors (a holder's people: their own). */
export const changeReaders = rolesRoute(
  'ministry_supervisor',
  'maintainer',
  'auditor',
  'committee_member',
  'org_admin',
  'institution_coordinator',
);
/** DR-15.1, DR-15.3: the holder's people; the ministry also records a letter it received. */
export const changeHolders = rolesRoute('org_admin', 'institution_coordinator', 'ministry_supervisor');
/** DR-15.2: the ministry's opinion. */
export const changeMinistry = rolesRoute('ministry_supervisor');
/** DR-15.4: the system's maintainer updates the basket and notifies the centres. */
export const changeMaintainers = rolesRoute('maintainer');
/** Withdrawing: the holder's people or the ministry. */
export const changeWithdrawers = rolesRoute('org_admin', 'institution_coordinator', 'ministry_supervisor');
