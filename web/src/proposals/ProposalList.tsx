// Proposals to move a service into the centres and exclusions (CR-12 … CR-16): every proposal with a filter by state
// and kind, or "where is each proposal stuck" — whose move, since when, the duty it waits for and its due date.
// The filter and the view are kept in the address, so Back and links work.
import { useEffect, useState, type FormEvent } from 'react';
import { withQuery } from '../api.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useApi } from '../useApi.ts';
import { DueText, STATES, type ProposalSummary } from './ProposalShared.tsx';

const FILERS = ['org_admin', 'institution_coordinator'];

interface Filter {
  state: string;
  kind: string;
}

function Filters({ value, onApply }: { value: Filter; onApply(next: Filter): void }) {
  const { m } = useI18n();
  const p = m.proposals;
  const [draft, setDraft] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => setDraft(JSON.parse(key) as Filter), [key]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="proposal-filters-title">
      <h2 id="proposal-filters-title">{p.filters}</h2>
      <div className="filters__grid">
        <SelectField
          id="proposal-state"
          label={p.state}
          value={draft.state}
          onChange={(state) => setDraft({ ...draft, state })}
          placeholder={p.allStates}
          options={STATES.map((s) => ({ value: s, label: p.states[s] }))}
        />
        <SelectField
          id="proposal-kind"
          label={p.kind}
          value={draft.kind}
          onChange={(kind) => setDraft({ ...draft, kind })}
          placeholder={p.allKinds}
          options={[
            { value: 'transfer', label: p.kinds.transfer },
            { value: 'exclusion', label: p.kinds.exclusion },
          ]}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {p.apply}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onApply({ state: '', kind: '' })}>
          {p.clear}
        </button>
      </div>
    </form>
  );
}

function Table({ items, stuck }: { items: ProposalSummary[]; stuck: boolean }) {
  const { m } = useI18n();
  const p = m.proposals;
  const subject = (r: ProposalSummary) => (r.service ? `${r.service.identifier} ${r.service.name}` : '');
  const columns: Column<ProposalSummary>[] = [
    {
      key: 'title',
      header: p.proposal,
      sortValue: (r) => r.title,
      csv: (r) => r.title,
      cell: (r) => (
        <>
          <Link to={`/proposals/${r.id}`}>{r.title}</Link>
          <div className="muted small">{p.kinds[r.kind]}</div>
        </>
      ),
    },
    { key: 'proposer', header: p.proposer, sortValue: (r) => r.proposer.name, cell: (r) => r.proposer.name },
    {
      key: 'service',
      header: p.service,
      sortValue: subject,
      cell: (r) => subject(r) || <span className="muted">{p.stage}</span>,
    },
    { key: 'state', header: p.state, sortValue: (r) => p.states[r.state], cell: (r) => p.states[r.state] },
    {
      key: 'since',
      header: p.since,
      className: 'nowrap',
      sortValue: (r) => r.stateSince,
      csv: (r) => formatDateTime(r.stateSince),
      cell: (r) => formatDateTime(r.stateSince),
    },
    {
      key: 'move',
      header: p.whoseMove,
      sortValue: (r) => (r.whoseMove ? p.parties[r.whoseMove] : ''),
      cell: (r) => (r.whoseMove ? p.parties[r.whoseMove] : p.noDue),
    },
    {
      key: 'due',
      header: p.due,
      className: 'nowrap',
      sortValue: (r) => r.due?.date ?? '9999',
      csv: (r) => (r.due ? `${formatDate(r.due.date)} ${r.due.ruleId}${r.due.overdue ? ` ${p.overdueTag}` : ''}` : ''),
      cell: (r) => <DueText due={r.due} />,
    },
  ];
  return (
    <DataTable
      caption={stuck ? p.viewStuck : p.listTitle}
      captionHidden
      columns={columns}
      rows={items}
      rowKey={(r) => r.id}
      exportName={stuck ? 'proposals-stuck' : 'proposals'}
    />
  );
}

export function ProposalListPage() {
  const { m } = useI18n();
  const p = m.proposals;
  const { roles } = useSession();
  const { query } = useLocation();
  const stuck = query.get('view') === 'stuck';
  const filter: Filter = { state: query.get('state') ?? '', kind: query.get('kind') ?? '' };
  const list = useApi<{ items: ProposalSummary[] }>(
    stuck ? '/api/v1/proposals/stuck' : withQuery('/api/v1/proposals', { ...filter }),
  );
  const data = list.data;
  return (
    <Page title={p.title} wide>
      <p>{p.intro}</p>
      {roles.some((r) => FILERS.includes(r)) && (
        <p>
          <Link to="/proposals/new" className="button">
            {p.fileLink}
          </Link>
        </p>
      )}
      <nav aria-label={p.listTitle} className="actions">
        <Link to="/proposals" aria-current={stuck ? undefined : 'page'}>
          {p.viewAll}
        </Link>
        <Link to="/proposals?view=stuck" aria-current={stuck ? 'page' : undefined}>
          {p.viewStuck}
        </Link>
      </nav>
      <ErrorSummary error={list.error} />
      {stuck ? (
        <p>{p.stuckIntro}</p>
      ) : (
        <Filters value={filter} onApply={(next) => navigate(withQuery('/proposals', { ...next }))} />
      )}
      <h2 id="proposal-list-title">{stuck ? p.viewStuck : p.listTitle}</h2>
      {!data && !list.error && <p className="loading">{m.common.loading}</p>}
      {data && <p>{fill(p.found, { total: data.items.length })}</p>}
      {data && data.items.length === 0 && <p>{p.none}</p>}
      {data && data.items.length > 0 && <Table items={data.items} stuck={stuck} />}
    </Page>
  );
}
