// The directory's organisations (ministry, maintainer, institutions, holders, municipalities) with their centres;
// a maintainer adds new ones here.
import type { PageProps } from '../app/page-props.ts';
import { type ApiBody, client } from '../api.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link, navigate } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';
import { OrganisationForm, kindLabel, type Organisation } from './OrganisationForm.tsx';

export function OrganisationListPage(_: PageProps) {
  const { m } = useI18n();
  const { roles } = useSession();
  const { announce } = useStatus();
  const { data, error, loading } = useGet('/api/v1/organisations');
  const maintainer = roles.includes('maintainer');
  const columns: Column<Organisation>[] = [
    {
      key: 'name',
      header: m.directory.fields.name,
      sortValue: (o) => o.name,
      cell: (o) => (
        <>
          <Link to={`/organisations/${o.id}`}>{o.name}</Link>
          {o.shortName && <span className="muted"> ({o.shortName})</span>}
        </>
      ),
    },
    {
      key: 'kind',
      header: m.directory.fields.kind,
      sortValue: (o) => kindLabel(m, o.kind),
      cell: (o) => kindLabel(m, o.kind),
    },
    { key: 'regNo', header: m.directory.fields.regNo, sortValue: (o) => o.regNo, cell: (o) => o.regNo ?? '—' },
    {
      key: 'centres',
      header: m.directory.centres,
      className: 'number',
      sortValue: (o) => o.centres.length,
      cell: (o) => o.centres.length || '—',
    },
  ];

  return (
    <Page title={m.directory.title} wide>
      <p>
        {m.directory.intro} <Link to="/centres">{m.centres.finderTitle}</Link>
      </p>
      <ErrorSummary error={error} />
      {loading && !data && <p className="loading">{m.common.loading}</p>}
      {data && (
        <DataTable
          caption={m.directory.title}
          captionHidden
          columns={columns}
          rows={data.items}
          rowKey={(o) => o.id}
          exportName="organisations"
        />
      )}
      {maintainer && (
        <section aria-labelledby="new-organisation-title" className="panel">
          <h2 id="new-organisation-title">{m.directory.add}</h2>
          <OrganisationForm
            id="new-organisation"
            identity
            submitLabel={m.directory.add}
            onSubmit={async (body) => {
              // The form's keys are the entry's own fields, kind among them.
              const created = await client.POST('/api/v1/organisations', {
                body: body as ApiBody<'createOrganisation'>,
              });
              announce(fill(m.directory.added, { name: created.name }), { keepOnNavigation: true });
              navigate(`/organisations/${created.id}`);
            }}
          />
        </section>
      )}
    </Page>
  );
}
