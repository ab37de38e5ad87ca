// The obligations dashboard: what the caller's organisations owe (the whole network for the ministry, auditors and
// the maintainer), outstanding ones by default, overdue ones said in words; counts per rule for network readers;
// filters (a due-date range among them) kept in the address so that Back and shared links work; the table downloads
// every obligation of the filter, not only the page shown.
import { useMemo } from 'react';
import { type ApiQuery, client, withQuery } from '../api.ts';
import { allPages } from '../shared/all-pages.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import type { Option } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { Pager } from '../shared/Pager.tsx';
import { FilterSummary } from '../shared/FilterSummary.tsx';
import { collator, formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, pick } from '../i18n/messages.ts';
import { navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';
import { ObligationsFilters } from './ObligationsFilters.tsx';
import { ObligationsSummary } from './ObligationsSummary.tsx';
import { ObligationsTable } from './ObligationsTable.tsx';
import type { ObligationFilter } from './ObligationsTypes.ts';

const LIMIT = 50;
const NETWORK_READERS = ['maintainer', 'ministry_supervisor', 'auditor'];

type Query = ApiQuery<'listObligations'>;

/** The API's status filter: '' in the address is the default, outstanding (open and overdue); 'all' is none. */
function apiStatus(status: string): Query['status'] {
  if (status === '') return 'outstanding';
  // Any other word of the address goes as it is: the API refuses one it does not know.
  return status === 'all' ? undefined : (status as Query['status']);
}

export function ObligationsPage() {
  const { m, lang } = useI18n();
  const { me, roles } = useSession();
  const { query } = useLocation();
  const filter: ObligationFilter = {
    rule: query.get('rule') ?? '',
    organisationId: query.get('organisationId') ?? '',
    status: query.get('status') ?? '',
    closedBy: query.get('closedBy') ?? '',
    dueFrom: query.get('dueFrom') ?? '',
    dueTo: query.get('dueTo') ?? '',
  };
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const network = roles.some((r) => NETWORK_READERS.includes(r));

  const listQuery: Query = {
    rule: filter.rule as Query['rule'],
    organisationId: filter.organisationId || undefined,
    // Closed by an action or a record: only fulfilled ones are, so the default "outstanding" gives way to all.
    status: filter.closedBy && filter.status === '' ? undefined : apiStatus(filter.status),
    closedBy: (filter.closedBy || undefined) as Query['closedBy'],
    dueFrom: filter.dueFrom || undefined,
    dueTo: filter.dueTo || undefined,
  };
  const list = useGet('/api/v1/obligations', { params: { query: { ...listQuery, limit: LIMIT, offset } } });
  const everyRow = () =>
    allPages((from, limit) =>
      client.GET('/api/v1/obligations', { params: { query: { ...listQuery, limit, offset: from } } }),
    );
  // Everybody gets the counts (how many were closed by an action, how many by a record); the table per rule is
  // for the network readers.
  const summary = useGet('/api/v1/obligations/summary', {
    params: { query: { organisationId: filter.organisationId } },
  });
  const rules = useGet('/api/v1/obligation-rules');
  const organisations = useGet('/api/v1/organisations');

  const ruleOptions: Option[] = useMemo(
    () =>
      (rules.data?.items ?? []).map((r) => ({
        value: r.id,
        label: `${r.id} — ${lang === 'lv' ? r.titleLv : r.titleEn}`,
      })),
    [rules.data, lang],
  );
  const organisationOptions: Option[] = useMemo(() => {
    const mine = new Set((me?.grants ?? []).map((g) => g.organisationId));
    return (organisations.data?.items ?? [])
      .filter((o) => network || mine.has(o.id))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((o) => ({ value: o.id, label: o.name }));
  }, [organisations.data, me, network]);

  const go = (next: ObligationFilter, nextOffset = 0) =>
    navigate(withQuery('/obligations', { ...next, offset: nextOffset || undefined }));
  const data = list.data;
  return (
    <Page title={m.obligations.title} wide>
      <p>{network ? m.obligations.introNetwork : m.obligations.intro}</p>
      <ErrorSummary error={list.error ?? summary.error} />
      {summary.data && (
        <p>
          {fill(m.obligations.closedCounts, {
            action: summary.data.totals.closedByAction,
            record: summary.data.totals.closedByRecord,
          })}
        </p>
      )}
      {network && summary.data && (
        <ObligationsSummary summary={summary.data} onPickRule={(rule) => go({ ...filter, rule, status: 'all' })} />
      )}
      <ObligationsFilters
        value={filter}
        rules={ruleOptions}
        organisations={organisationOptions}
        onApply={(next) => go(next)}
      />
      <h2 id="obligation-list-title">{m.obligations.listTitle}</h2>
      <FilterSummary
        items={[
          [m.obligations.rule, filter.rule],
          [m.obligations.organisation, organisationOptions.find((o) => o.value === filter.organisationId)?.label ?? ''],
          [m.obligations.status, filter.status && pick(m.obligations.statusFilter, filter.status)],
          [m.obligations.closedByHeader, filter.closedBy && pick(m.obligations.closedByCol, filter.closedBy)],
          [m.obligations.dueFrom, filter.dueFrom && formatDate(filter.dueFrom)],
          [m.obligations.dueTo, filter.dueTo && formatDate(filter.dueTo)],
        ]}
      />
      {!data && !list.error && <p className="loading">{m.common.loading}</p>}
      {data && <p>{fill(m.obligations.found, { total: data.total })}</p>}
      {data && data.items.length === 0 && <p>{m.obligations.none}</p>}
      {data && data.items.length > 0 && (
        <>
          <ObligationsTable items={data.items} exportRows={everyRow} />
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
