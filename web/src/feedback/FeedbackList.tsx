// Complaints, questions and suggestions in the caller's scope: open ones first, the earliest due first; overdue
// said in words, not only coloured; filters (status, overdue, kind) kept in the address so Back and links work.
import { useEffect, useState, type FormEvent } from 'react';
import { withQuery } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { Pager } from '../components/Pager.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link, navigate, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';
import { useApi } from '../useApi.ts';
import { KINDS, type CaseSummary } from './FeedbackShared.tsx';

const LIMIT = 50;
const REGISTRARS = ['centre_employee', 'centre_head', 'org_admin'];
const NETWORK_READERS = ['maintainer', 'ministry_supervisor', 'auditor'];

interface Filter {
  status: string;
  overdue: string;
  kind: string;
}

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
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {f.apply}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onApply({ status: '', overdue: '', kind: '' })}
        >
          {f.clear}
        </button>
      </div>
    </form>
  );
}

function StatusTag({ c }: { c: CaseSummary }) {
  const { m } = useI18n();
  const f = m.feedback;
  if (c.overdue)
    return (
      <span className="tag tag--danger">
        <span aria-hidden="true">! </span>
        {f.overdueTag}
      </span>
    );
  if (c.status === 'answered')
    return (
      <span className={c.answeredLate ? 'tag tag--off' : 'tag tag--ok'}>
        {c.answeredLate ? f.lateTag : f.statuses.answered}
      </span>
    );
  return <span className="tag">{f.statuses.open}</span>;
}

function Table({ items }: { items: CaseSummary[] }) {
  const { m } = useI18n();
  const f = m.feedback;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{f.listTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{f.number}</th>
            <th scope="col">{f.centre}</th>
            <th scope="col">{f.service}</th>
            <th scope="col">{f.addressee}</th>
            <th scope="col">{f.received}</th>
            <th scope="col">{f.due}</th>
            <th scope="col">{f.status}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/feedback/${c.id}`}>{fill(f.caseLink, { kind: f.kinds[c.kind], number: c.number })}</Link>
                <div className="muted small">{fill(f.levelShort, { level: c.level })}</div>
              </td>
              <td>{c.centre.name}</td>
              <td>
                {c.service ? `${c.service.identifier} ${c.service.name}` : <span className="muted">{f.noService}</span>}
              </td>
              <td>{c.addressee.name}</td>
              <td className="nowrap">{formatDateTime(c.receivedAt)}</td>
              <td className="nowrap">{formatDate(c.dueDate)}</td>
              <td>
                <StatusTag c={c} />
                {c.answeredOn && <div className="muted small">{formatDate(c.answeredOn)}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
  };
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const list = useApi<{ items: CaseSummary[]; total: number }>(
    withQuery('/api/v1/feedback-cases', { ...filter, limit: LIMIT, offset }),
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
      {!data && !list.error && <p className="loading">{m.common.loading}</p>}
      {data && <p>{fill(f.found, { total: data.total })}</p>}
      {data && data.items.length === 0 && <p>{f.none}</p>}
      {data && data.items.length > 0 && (
        <>
          <Table items={data.items} />
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
