// A centre for its staff: details and contacts, lifecycle steps, kind compliance, service points with weekly
// hours and exceptions, and institutions' reception hours. What the caller may change comes from the API (rights).
import type { PageProps } from '../app/page-props.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { Link } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import { CentreCompliance } from './CentreCompliance.tsx';
import { CentreDetailsForm } from './CentreDetailsForm.tsx';
import { CentreLifecycle } from './CentreLifecycle.tsx';
import { CentrePoints } from './CentrePoints.tsx';
import { CentreReception } from './CentreReception.tsx';

export function CentreEditPage({ params }: PageProps) {
  const { m } = useI18n();
  const { data: centre, error, reload } = useGet('/api/v1/centres/{id}', { params: { path: { id: params.id ?? '' } } });

  if (!centre) {
    return (
      <Page title={error ? m.directory.title : m.common.loading}>
        <ErrorSummary error={error} />
        {!error && <p className="loading">{m.common.loading}</p>}
      </Page>
    );
  }

  const publicStatus = centre.status === 'operating' || centre.status === 'liquidation_decided';
  return (
    <Page title={centre.name} wide>
      <p>
        <Link to={`/organisations/${centre.municipality.id}`}>{centre.municipality.name}</Link>
        {publicStatus && (
          <>
            {' · '}
            <Link to={`/centres/${centre.id}`}>{m.centres.publicPage}</Link>
          </>
        )}
      </p>
      {centre.rights.length === 0 && <p className="muted">{m.centres.readOnly}</p>}
      <CentreDetailsForm centre={centre} onSaved={reload} />
      <CentreLifecycle centre={centre} onChanged={reload} />
      <CentreCompliance centreId={centre.id} />
      <CentrePoints centre={centre} onChanged={reload} />
      <CentreReception centre={centre} onChanged={reload} />
    </Page>
  );
}
