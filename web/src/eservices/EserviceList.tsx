// Authorised e-services (AM-1.1): the centre's staff see their centres' ones, with the client's name and masked
// personal code, and start a new one; the ministry, auditors and the maintainer see every centre's, without clients.
import { withQuery } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Page } from '../components/Page.tsx';
import { Pager } from '../components/Pager.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link, navigate, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';
import type { List } from '../types.ts';
import { useApi } from '../useApi.ts';
import { FILING_ROLES, serviceName, type EserviceSummary } from './EserviceShared.tsx';

const LIMIT = 50;

export function EserviceListPage() {
  const { m, lang } = useI18n();
  const { roles } = useSession();
  const { query } = useLocation();
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const files = roles.some((r) => FILING_ROLES.includes(r));
  const { data, error } = useApi<List<EserviceSummary>>(
    withQuery('/api/v1/authorised-eservices', { limit: LIMIT, offset }),
  );

  return (
    <Page title={m.eservices.title} wide>
      <p>{files ? m.eservices.intro : m.eservices.introReader}</p>
      {files && (
        <p>
          <Link to="/eservices/new" className="button">
            {m.eservices.start}
          </Link>
        </p>
      )}
      <ErrorSummary error={error} />
      <h2>{m.eservices.listTitle}</h2>
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && <p>{fill(m.eservices.found, { total: data.total })}</p>}
      {data && data.items.length === 0 && <p>{m.eservices.none}</p>}
      {data && data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{m.eservices.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.eservices.service}</th>
                  <th scope="col">{m.eservices.centre}</th>
                  {files && <th scope="col">{m.eservices.client}</th>}
                  <th scope="col">{m.eservices.startedAt}</th>
                  <th scope="col">{m.eservices.status}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <Link to={`/eservices/${e.id}`}>{serviceName(lang, e.service)}</Link>
                      <span className="muted small"> {e.service.identifier}</span>
                    </th>
                    <td>{e.centre.name}</td>
                    {files && <td>{e.clientName ? `${e.clientName} (${e.personalCodeMasked ?? ''})` : '—'}</td>}
                    <td>{formatDateTime(e.startedAt)}</td>
                    <td>
                      {e.status === 'completed'
                        ? `${m.eservices.statuses.completed} ${formatDate(e.completedOn)}`
                        : e.status === 'cancelled'
                          ? m.eservices.statuses.cancelled
                          : e.nextStep
                            ? fill(m.eservices.nextStep, { step: m.eservices.steps[e.nextStep] })
                            : m.eservices.statuses.in_progress}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            offset={offset}
            limit={LIMIT}
            shown={data.items.length}
            total={data.total}
            onPage={(next) => navigate(withQuery('/eservices', { offset: next || undefined }))}
          />
        </>
      )}
    </Page>
  );
}
