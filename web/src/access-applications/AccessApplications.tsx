// Access applications (CR-22 as amended by AM-1.4; DR-20.2): the ministry and the maintainer see every application
// with its due date (3 working days), undecided and the earliest due first; an organisation's admin sees its own
// and files new ones.
import type { ApiResponse } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/context.tsx';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';

type Row = ApiResponse<'listAccessApplications'>['items'][number];

export function AccessApplicationsPage() {
  const { m } = useI18n();
  const a = m.accessApplications;
  const { roles } = useSession();
  const list = useGet('/api/v1/access-applications', { params: { query: { limit: 200 } } });
  const columns: Column<Row>[] = [
    {
      key: 'number',
      header: a.number,
      cell: (r) => <Link to={`/access-applications/${r.id}`}>{r.number}</Link>,
      sortValue: (r) => r.number,
      rowHeader: true,
    },
    {
      key: 'organisation',
      header: a.organisation,
      cell: (r) => r.organisation.name,
      sortValue: (r) => r.organisation.name,
    },
    { key: 'action', header: a.action, cell: (r) => a.actions[r.action], sortValue: (r) => r.action },
    { key: 'count', header: a.count, cell: (r) => r.employeeCount, sortValue: (r) => r.employeeCount },
    { key: 'receivedOn', header: a.receivedOn, cell: (r) => formatDate(r.receivedOn), sortValue: (r) => r.receivedOn },
    {
      key: 'decisionDue',
      header: a.decisionDue,
      cell: (r) => (
        <>
          {formatDate(r.decisionDue)}
          {r.overdue && <strong> ({a.overdue})</strong>}
        </>
      ),
      sortValue: (r) => r.decisionDue,
    },
    { key: 'status', header: a.status, cell: (r) => a.statuses[r.status], sortValue: (r) => r.status },
  ];
  return (
    <Page title={a.title} wide>
      <p>{a.intro}</p>
      {roles.includes('org_admin') && (
        <p>
          <Link to="/access-applications/new" className="button button--primary">
            {a.newApplication}
          </Link>
        </p>
      )}
      <ErrorSummary error={list.error} />
      {list.data && list.data.items.length === 0 && <p>{a.none}</p>}
      {list.data && list.data.items.length > 0 && (
        <DataTable
          caption={a.title}
          captionHidden
          columns={columns}
          rows={list.data.items}
          rowKey={(r) => r.id}
          exportName="piekluves-pieteikumi"
        />
      )}
    </Page>
  );
}
