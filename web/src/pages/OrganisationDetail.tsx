// One organisation: its entry (editable by a maintainer, its channels by its own admin), contact persons, and for a
// municipality its centres with the form to add one (CR-4 … CR-6: the municipality runs them).
import type { PageProps } from '../App.tsx';
import { api } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Page } from '../components/Page.tsx';
import { useStatus } from '../components/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import { useApi } from '../useApi.ts';
import { ChannelList } from './CentreChannels.tsx';
import { CentreNewForm } from './CentreNewForm.tsx';
import { OrganisationCalendar } from './OrganisationCalendar.tsx';
import { OrganisationContacts } from './OrganisationContacts.tsx';
import { OrganisationForm, kindLabel, type Organisation } from './OrganisationForm.tsx';

export function OrganisationDetailPage({ params }: PageProps) {
  const { m } = useI18n();
  const { me, roles } = useSession();
  const { announce } = useStatus();
  const { data: organisation, error, reload } = useApi<Organisation>(`/api/v1/organisations/${encodeURIComponent(params.id ?? '')}`);

  if (!organisation) {
    return (
      <Page title={error ? m.directory.title : m.common.loading}>
        <ErrorSummary error={error} />
        {!error && <p className="loading">{m.common.loading}</p>}
      </Page>
    );
  }

  const maintainer = roles.includes('maintainer');
  const ownAdmin = (me?.grants ?? []).some((g) => g.role === 'org_admin' && g.organisationId === organisation.id && g.centreId === null);
  const editable = maintainer || ownAdmin;

  return (
    <Page title={organisation.name} wide>
      <p>
        <Link to="/organisations">{m.directory.back}</Link>
      </p>
      <section aria-labelledby="organisation-title">
        <h2 id="organisation-title">{m.directory.entry}</h2>
        <dl className="details">
          <dt>{m.directory.fields.kind}</dt>
          <dd>{kindLabel(m, organisation.kind)}</dd>
          <dt>{m.directory.fields.shortName}</dt>
          <dd>{organisation.shortName ?? '—'}</dd>
          <dt>{m.directory.fields.regNo}</dt>
          <dd>{organisation.regNo ?? '—'}</dd>
        </dl>
        {editable ? (
          <OrganisationForm
            key={JSON.stringify(organisation)}
            id="organisation"
            organisation={organisation}
            identity={maintainer}
            submitLabel={m.centres.save}
            onSubmit={async (body) => {
              await api.patch(`/api/v1/organisations/${organisation.id}`, body);
              announce(m.directory.saved);
              reload();
            }}
          />
        ) : (
          <ChannelList channels={organisation} />
        )}
      </section>
      <OrganisationContacts organisation={organisation} editable={editable} onChanged={reload} />
      {organisation.kind === 'municipality' && <OrganisationCalendar organisation={organisation} editable={editable} onChanged={reload} />}
      {organisation.kind === 'municipality' && (
        <section aria-labelledby="organisation-centres-title" className="panel">
          <h2 id="organisation-centres-title">{m.directory.centres}</h2>
          {organisation.centres.length === 0 ? (
            <p>{m.directory.noCentres}</p>
          ) : (
            <ul>
              {organisation.centres.map((c) => (
                <li key={c.id}>
                  <Link to={`/centres/${c.id}/edit`}>{c.name}</Link> — {[c.kind ? m.centres.kinds[c.kind] : null, m.centres.statuses[c.status]].filter(Boolean).join(', ')}
                </li>
              ))}
            </ul>
          )}
          {editable && <CentreNewForm municipalityId={organisation.id} />}
        </section>
      )}
    </Page>
  );
}
