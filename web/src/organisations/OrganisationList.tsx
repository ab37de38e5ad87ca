// The directory's organisations (ministry, maintainer, institutions, holders, municipalities) with their centres;
// a maintainer adds new ones here.
import type { PageProps } from '../App.tsx';
import { api } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Page } from '../components/Page.tsx';
import { useStatus } from '../components/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';
import { useApi } from '../useApi.ts';
import { OrganisationForm, kindLabel, type Organisation } from './OrganisationForm.tsx';

export function OrganisationListPage(_: PageProps) {
  const { m } = useI18n();
  const { roles } = useSession();
  const { announce } = useStatus();
  const { data, error, loading } = useApi<{ items: Organisation[] }>('/api/v1/organisations');
  const maintainer = roles.includes('maintainer');

  return (
    <Page title={m.directory.title} wide>
      <p>
        {m.directory.intro} <Link to="/centres">{m.centres.finderTitle}</Link>
      </p>
      <ErrorSummary error={error} />
      {loading && !data && <p className="loading">{m.common.loading}</p>}
      {data && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{m.directory.title}</caption>
            <thead>
              <tr>
                <th scope="col">{m.directory.fields.name}</th>
                <th scope="col">{m.directory.fields.kind}</th>
                <th scope="col">{m.directory.fields.regNo}</th>
                <th scope="col">{m.directory.centres}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/organisations/${o.id}`}>{o.name}</Link>
                    {o.shortName && <span className="muted"> ({o.shortName})</span>}
                  </td>
                  <td>{kindLabel(m, o.kind)}</td>
                  <td>{o.regNo ?? '—'}</td>
                  <td>{o.centres.length || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {maintainer && (
        <section aria-labelledby="new-organisation-title" className="panel">
          <h2 id="new-organisation-title">{m.directory.add}</h2>
          <OrganisationForm
            id="new-organisation"
            identity
            submitLabel={m.directory.add}
            onSubmit={async (body) => {
              const created = await api.post<Organisation>('/api/v1/organisations', body);
              announce(fill(m.directory.added, { name: created.name }), { keepOnNavigation: true });
              navigate(`/organisations/${created.id}`);
            }}
          />
        </section>
      )}
    </Page>
  );
}
