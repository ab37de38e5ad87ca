// The pages of one service description for its holder: registering a new one (/services/new) and editing one
// (/services/:id) with its status, verification, quality, law changes (SR-11) and versions. Readers (the ministry, auditors) see the
// same page without the inputs enabled.
import { useEffect, useState } from 'react';
import type { PageProps } from '../app/page-props.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { canOpen } from '../shared/roles.ts';
import { useGet } from '../useApi.ts';
import type { ServiceDetailOut } from './CatalogueShared.tsx';
import { ServiceEditor } from './ServiceEditor.tsx';
import { useDescribedHolders } from './ServiceHolders.ts';
import { ServiceLawChanges } from './ServiceLawChanges.tsx';
import { ServiceStatusFacts } from './ServiceStatusFacts.tsx';
import { ServiceVersions } from './ServiceVersions.tsx';

/**
 * Back to the list the role may open: the holder's people to their service descriptions, the catalogue's readers
 * (the ministry, auditors), who reach a service from the quality dashboard, back to that dashboard.
 */
function Back() {
  const { m } = useI18n();
  const { roles } = useSession();
  return (
    <p>
      {canOpen(roles, 'services') ? (
        <Link to="/services">{m.catalogue.editor.back}</Link>
      ) : (
        <Link to="/quality">{m.catalogue.editor.backToQuality}</Link>
      )}
    </p>
  );
}

export function ServiceNewPage() {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  const { holders, loading } = useDescribedHolders();
  return (
    <Page title={e.newTitle} wide>
      <Back />
      <p className="lead">{e.newIntro}</p>
      {loading ? (
        <p className="loading">{m.common.loading}</p>
      ) : holders.length === 0 ? (
        <p>{e.noHolders}</p>
      ) : (
        <ServiceEditor service={null} holders={holders} onChanged={() => {}} />
      )}
    </Page>
  );
}

export function ServiceEditPage({ params }: PageProps) {
  const { m } = useI18n();
  const loaded = useGet('/api/v1/services/{id}', { params: { path: { id: params.id ?? '' } } });
  const [service, setService] = useState<ServiceDetailOut | undefined>(undefined);
  useEffect(() => setService(loaded.data), [loaded.data]);

  if (!service) {
    return (
      <Page title={loaded.error ? m.catalogue.editor.listTitle : m.common.loading}>
        <ErrorSummary error={loaded.error} />
        {!loaded.error && <p className="loading">{m.common.loading}</p>}
        <Back />
      </Page>
    );
  }
  const name = (service.draft ?? service.published)?.content.name.lv ?? service.identifier;
  return (
    <Page title={name} wide>
      <Back />
      <ServiceStatusFacts service={service} />
      <ServiceEditor service={service} holders={[service.holder]} onChanged={setService} />
      <ServiceLawChanges serviceId={service.id} round={`${service.updatedAt}|${service.status}`} />
      <ServiceVersions
        serviceId={service.id}
        round={`${service.updatedAt}|${service.status}|${service.draft?.updatedAt ?? ''}`}
      />
    </Page>
  );
}
