// Who may see and change the basket. Seeing: anybody (CR-8: the ministry publishes it). Changing it and recording
// its yearly review (DR-16): the ministry, and the maintainer who keeps the system (DR-15.3).
import { publicRoute, rolesRoute } from '../platform/access/route-policy.ts';

/** The basket in force on a day, its versions and their changes are public. */
export const basketReaders = publicRoute;

/** Only the ministry (and the maintainer) record versions of the basket and its reviews. */
export const basketEditors = rolesRoute('ministry_supervisor', 'maintainer');

/** The reviews are read by those who supervise the network. */
export const reviewReaders = rolesRoute('ministry_supervisor', 'maintainer', 'auditor', 'committee_member');
