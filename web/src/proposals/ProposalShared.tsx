// Types and small pieces the proposal pages share: the answers' types (from the generated API schema), the state in
// words, the due date with "overdue" said in words (not only coloured).
import type { ApiResponse, Item } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { formatDate } from '../shared/format.ts';

export type ProposalSummary = Item<ApiResponse<'listProposals'>['items']>;
export type ProposalDetail = ApiResponse<'getProposal'>;
export type ProposalState = ProposalSummary['state'];
export type ProposalAction = ProposalDetail['actions'][number]['action'];

export const STATES: readonly ProposalState[] = [
  'gathering',
  'ready_for_committee',
  'approved',
  'training_held',
  'guidance_published',
  'in_service',
  'rejected',
  'withdrawn',
  'exclusion_notified',
  'excluded',
];

/** The due date of the duty the proposal waits for, with its rule and "overdue" in words. */
export function DueText({ due }: { due: ProposalSummary['due'] }) {
  const { m } = useI18n();
  const p = m.proposals;
  if (!due) return <span className="muted">{p.noDue}</span>;
  return (
    <>
      {formatDate(due.date)} <span className="muted small">({due.ruleId})</span>
      {due.overdue && (
        <>
          {' '}
          <span className="tag tag--danger">
            <span aria-hidden="true">! </span>
            {p.overdueTag}
          </span>
        </>
      )}
    </>
  );
}
