// Complaints, questions and suggestions in the caller's scope: open ones first, the earliest due first; overdue
// said in words, not only coloured; filters (status, overdue, kind, the days received) kept in the address so Back
// and links work; the table downloads every case of the filter, not only the page shown.
import { useEffect, useState, type FormEvent } from 'react';
import { nameIn } from '../shared/names.ts';
import { api, type ApiResponse, withQuery } from '../api.ts';
import { allPages } from '../shared/all-pages.ts';
import { DateRangeFields } from '../shared/DateRangeFields.tsx';
import { FilterSummary } from '../shared/FilterSummary.tsx';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { Pager } from '../shared/Pager.tsx';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, pick, type Messages } from '../i18n/messages.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useApi } from '../useApi.ts';
import { KINDS, type CaseSummary } from './FeedbackShared.tsx';

const LIMIT = 50;
const REGISTRARS = ['centre_employee', 'centre_head', 'org_admin'];
const NETWORK_READERS = ['maintainer', 'ministry_supervisor', 'auditor'];

interface Filter {
  status: string;
  overdue: string;
  kind: string;
  receivedFrom: string;
  receivedTo: string;
}

const NO_FILTER: Filter = { status: '', overdue: '', kind: '', receivedFrom: '', receivedTo: '' };

function Filters({ value, onApply }: { value: Filter; onApply(next: Filter): void }) {
  const { m } = useI18n();
  const f = m.feedback;
  const [draft, setDraft] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => setDraft(JSON.parse(key) as Filter), [key]);
  const set = (patch: Partial<Filter>) => setDraft({ ...draft, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="feedback-filters-title">
      <h2 id="feedback-filters-title">{f.filters}</h2>
      <div className="filters__grid">
        <SelectField
          id="feedback-status"
          label={f.status}
          value={draft.status}
          onChange={(status) => set({ status })}
          placeholder={f.allStatuses}
          options={[
            { value: 'open', label: f.statuses.open },
            { value: 'answered', label: f.statuses.answered },
          ]}
        />
        <SelectField
          id="feedback-overdue"
          label={f.overdue}
          value={draft.overdue}
          onChange={(overdue) => set({ overdue })}
          placeholder={f.overdueAny}
          options={[
            { value: 'true', label: f.overdueOnly },
            { value: 'false', label: f.overdueNot },
          ]}
        />
        <SelectField
          id="feedback-kind"
          label={f.kind}
          value={draft.kind}
          onChange={(kind) => set({ kind })}
          placeholder={f.allKinds}
          options={KINDS.map((k) => ({ value: k, label: f.kinds[k] }))}
        />
        <DateRangeFields
          id="feedback-received"
          value={{ from: draft.receivedFrom, to: draft.receivedTo }}
          labels={{ from: f.receivedFrom, to: f.receivedTo }}
          onChange={({ from, to }) => set({ receivedFrom: from, receivedTo: to })}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {f.apply}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onApply(NO_FILTER)}>
          {f.clear}
        </button>
      </div>
    </form>
  );
}

/** The status in words: overdue, answered (late or in time) or open. */
function statusText(m: Messages, c: CaseSummary): string {
  const f = m.feedback;
  if (c.overdue) return f.overdueTag;
  if (c.status === 'answered') return c.answeredLate ? f.lateTag : f.statuses.answered;
  return f.statuses.open;
}

function StatusTag({ c }: { c: CaseSummary }) {
  const { m } = useI18n();
  const text = statusText(m, c);
  if (c.overdue)
    return (
      <span className="tag tag--danger">
        <span aria-hidden="true">! </span>
        {text}
      </span>
    );
  if (c.status === 'answered') return <span className={c.answeredLate ? 'tag tag--off' : 'tag tag--ok'}>{text}</span>;
  return <span className="tag">{text}</span>;
}

function Table({ items, exportRows }: { items: CaseSummary[]; exportRows(): Promise<readonly CaseSummary[]> }) {
  const { m, lang } = useI18n();
  const f = m.feedback;
  const service = (c: CaseSummary) => (c.service ? `${c.service.identifier} ${nameIn(lang, c.service)}` : null);
  const columns: Column<CaseSummary>[] = [
    {
      key: 'number',
      header: f.number,
      sortValue: (c) => c.number,
      csv: (c) => fill(f.caseLink, { kind: f.kinds[c.kind], number: c.number }),
      cell: (c) => (
        <>
          <Link to={`/feedback/${c.id}`}>{fill(f.caseLink, { kind: f.kinds[c.kind], number: c.number })}</Link>
          <div className="muted small">{fill(f.levelShort, { level: c.level })}</div>
        </>
      ),
    },
    { key: 'centre', header: f.centre, sortValue: (c) => c.centre.name, cell: (c) => c.centre.name },
    {
      key: 'service',
      header: f.service,
      sortValue: service,
      cell: (c) => service(c) ?? <span className="muted">{f.noService}</span>,
    },
    { key: 'addressee', header: f.addressee, sortValue: (c) => c.addressee.name, cell: (c) => c.addressee.name },
    {
      key: 'received',
      header: f.received,
      className: 'nowrap',
      sortValue: (c) => c.receivedAt,
      csv: (c) => formatDateTime(c.receivedAt),
      cell: (c) => formatDateTime(c.receivedAt),
    },
    {
      key: 'due',
      header: f.due,
      className: 'nowrap',
      sortValue: (c) => c.dueDate,
      csv: (c) => formatDate(c.dueDate),
      cell: (c) => formatDate(c.dueDate),
    },
    {
      key: 'status',
      header: f.status,
      sortValue: (c) => statusText(m, c),
      csv: (c) => [statusText(m, c), formatDate(c.answeredOn)].filter(Boolean).join(' '),
      cell: (c) => (
        <>
          <StatusTag c={c} />
          {c.answeredOn && <div className="muted small">{formatDate(c.answeredOn)}</div>}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={f.listTitle}
      captionHidden
      columns={columns}
      rows={items}
      rowKey={(c) => c.id}
      exportName="feedback"
      exportRows={exportRows}
    />
  );
}

export function FeedbackListPage() {
  const { m } = useI18n();
  const f = m.feedback;
  const { roles } = useSession();
  const { query } = useLocation();
  const filter: Filter = {
    status: query.get('status') ?? '',
    overdue: query.get('overdue') ?? '',
    kind: query.get('kind') ?? '',
    receivedFrom: query.get('receivedFrom') ?? '',
    receivedTo: query.get('receivedTo') ?? '',
  };
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  // The filter's words go from the address as they are ("overdue=true"): the API refuses one it does not know.
  const list = useApi<ApiResponse<'listFeedbackCases'>>(
    withQuery('/api/v1/feedback-cases', { ...filter, limit: LIMIT, offset }),
  );
  const everyRow = () =>
    allPages((from, limit) =>
      api.get<ApiResponse<'listFeedbackCases'>>(
        withQuery('/api/v1/feedback-cases', { ...filter, limit, offset: from }),
      ),
    );
  const go = (next: Filter, nextOffset = 0) =>
    navigate(withQuery('/feedback', { ...next, offset: nextOffset || undefined }));
  const data = list.data;
  const network = roles.some((r) => NETWORK_READERS.includes(r));
  return (
    <Page title={f.title} wide>
      <p>{network ? f.introNetwork : f.intro}</p>
      {roles.some((r) => REGISTRARS.includes(r)) && (
        <p>
          <Link to="/feedback/new" className="button">
            {f.registerLink}
          </Link>
        </p>
      )}
      <ErrorSummary error={list.error} />
      <Filters value={filter} onApply={(next) => go(next)} />
      <h2 id="feedback-list-title">{f.listTitle}</h2>
      <FilterSummary
        items={[
          [f.status, filter.status && pick(f.statuses, filter.status)],
          [f.overdue, filter.overdue && (filter.overdue === 'true' ? f.overdueOnly : f.overdueNot)],
          [f.kind, filter.kind && pick(f.kinds, filter.kind)],
          [f.receivedFrom, filter.receivedFrom && formatDate(filter.receivedFrom)],
          [f.receivedTo, filter.receivedTo && formatDate(filter.receivedTo)],
        ]}
      />
      {!data && !list.error && <p className="loading">{m.common.loading}</p>}
      {data && <p>{fill(f.found, { total: data.total })}</p>}
      {data && data.items.length === 0 && <p>{f.none}</p>}
      {data && data.items.length > 0 && (
        <>
          <Table items={data.items} exportRows={everyRow} />
          <Pager
            offset={offset}
            limit={LIMIT}
            shown={data.items.length}
            total={data.total}
            onPage={(next) => go(filter, next)}
          />
        </>
      )}
    </Page>
  );
}
