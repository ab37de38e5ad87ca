// Who sees the committee and who acts for it (CR-9 … CR-11). The ministry sets the committee up, approves its statute
// and organises its meetings (CR-9, CR-11): its supervisors record members, meetings, agendas, decisions with each
// member's vote (as the committee's secretary) and approve the minutes. The committee's members see everything the
// committee does; auditors read it too. Nobody else sees it (403).
import { rolesRoute } from '../platform/access/route-policy.ts';

/** Reading: the ministry, the committee's members, auditors. */
export const committeeReaders = rolesRoute('ministry_supervisor', 'committee_member', 'auditor');
/** Writing: the ministry (its supervisors act as the committee's secretary). */
export const committeeWriters = rolesRoute('ministry_supervisor');
