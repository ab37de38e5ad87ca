// The centre's scope on its public page (CR-7): the services provided there on the day shown, the basket's marked.
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import { ScopeTable } from './ScopeTable.tsx';

/** `date`: the day the page shows ('' for today); `manage`: link to the scope's page for those who keep it. */
export function CentreScopePublic({ centreId, date, manage }: { centreId: string; date: string; manage: boolean }) {
  const { m } = useI18n();
  const { data, error } = useGet('/api/v1/public/centres/{id}/services', {
    params: { path: { id: centreId }, query: date ? { date } : {} },
  });
  return (
    <section aria-labelledby="scope-title" className="panel">
      <h2 id="scope-title">{m.scope.publicTitle}</h2>
      <ErrorSummary error={error} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && (
        <>
          <p>{fill(m.scope.publicIntro, { date: formatDate(data.date) })}</p>
          {data.items.length === 0 ? (
            <p>{m.scope.none}</p>
          ) : (
            <ScopeTable caption={m.scope.publicTitle} items={data.items} exportName={m.scope.csv} />
          )}
        </>
      )}
      {manage && (
        <p>
          <Link to={`/centres/${centreId}/scope`}>{m.scope.manageLink}</Link>
        </p>
      )}
    </section>
  );
}
