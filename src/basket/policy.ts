// Who may see the basket: anybody (CR-8: the ministry publishes it). Changing it is the ministry's (its editing
// comes with a later slice; the shipped history is loaded at start).
import { publicRoute } from '../platform/access/route-policy.ts';

/** The basket in force on a day is public. */
export const basketReaders = publicRoute;
