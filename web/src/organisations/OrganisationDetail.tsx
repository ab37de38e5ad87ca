// One organisation: its entry (editable by a maintainer, its channels by its own admin), contact persons, and for a
// municipality its centres with the form to add one (CR-4 … CR-6: the municipality runs them).
import { useState } from 'react';
import type { PageProps } from '../app/page-props.ts';
import { type ApiBody, client } from '../api.ts';
import { Conflict } from '../shared/Conflict.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { reapply } from '../shared/conflict.ts';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';
import { useConflict } from '../shared/useConflict.ts';
import { ChannelList } from '../centres/CentreChannels.tsx';
import { CentreNewForm } from '../centres/CentreNewForm.tsx';
import { OrganisationCalendar } from './OrganisationCalendar.tsx';
import { OrganisationContacts } from './OrganisationContacts.tsx';
import {
  OrganisationForm,
  kindLabel,
  organisationFields,
  type Organisation,
  type OrganisationKind,
} from './OrganisationForm.tsx';

type Fields = Record<string, string | null>;

export function OrganisationDetailPage({ params }: PageProps) {
  const { m } = useI18n();
  const { me, roles } = useSession();
  const { announce } = useStatus();
  const path = { id: params.id ?? '' };
  const { data: organisation, error, reload } = useGet('/api/v1/organisations/{id}', { params: { path } });
  // The entry changes only over the version this page read; another person's change meanwhile opens the conflict.
  const { conflict, guard, close } = useConflict<Organisation, Fields>();
  const [reapplyError, setReapplyError] = useState<unknown>(null);
  const write = (over: Organisation, base: Fields, body: Fields) =>
    guard(
      base,
      body,
      () =>
        client.PATCH('/api/v1/organisations/{id}', {
          params: { path: { id: over.id } },
          // The form's keys are the entry's own fields (organisationFields).
          body: body as ApiBody<'updateOrganisation'>,
          ifMatch: over.version,
        }),
      () => client.GET('/api/v1/organisations/{id}', { params: { path } }),
    );

  if (!organisation) {
    return (
      <Page title={error ? m.directory.title : m.common.loading}>
        <ErrorSummary error={error} />
        {!error && <p className="loading">{m.common.loading}</p>}
      </Page>
    );
  }

  const maintainer = roles.includes('maintainer');
  const ownAdmin = (me?.grants ?? []).some(
    (g) => g.role === 'org_admin' && g.organisationId === organisation.id && g.centreId === null,
  );
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
        <ErrorSummary error={reapplyError} />
        {conflict && (
          <Conflict
            id="organisation-conflict"
            base={conflict.base}
            theirs={organisationFields(conflict.theirs, Object.keys(conflict.mine))}
            mine={conflict.mine}
            version={conflict.theirs.version}
            labelOf={(pointer) => m.directory.fields[pointer.slice(1) as keyof typeof m.directory.fields] ?? pointer}
            show={(pointer, value) =>
              pointer === '/kind' && typeof value === 'string' ? kindLabel(m, value as OrganisationKind) : undefined
            }
            onReapply={() => {
              const theirs = organisationFields(conflict.theirs, Object.keys(conflict.mine));
              setReapplyError(null);
              write(conflict.theirs, theirs, reapply(conflict.base, theirs, conflict.mine))
                .then((saved) => {
                  if (!saved) return;
                  announce(m.conflict.reapplied);
                  reload();
                })
                .catch(setReapplyError);
            }}
            onDiscard={() => {
              close();
              announce(m.conflict.discarded);
              reload();
            }}
          />
        )}
        {editable ? (
          <OrganisationForm
            key={JSON.stringify(organisation)}
            id="organisation"
            organisation={organisation}
            identity={maintainer}
            submitLabel={m.centres.save}
            onSubmit={async (body) => {
              if (!(await write(organisation, organisationFields(organisation, Object.keys(body)), body))) return;
              announce(m.directory.saved);
              reload();
            }}
          />
        ) : (
          <ChannelList channels={organisation} />
        )}
      </section>
      <OrganisationContacts organisation={organisation} editable={editable} onChanged={reload} />
      {organisation.kind === 'municipality' && (
        <OrganisationCalendar organisation={organisation} editable={editable} onChanged={reload} />
      )}
      {organisation.kind === 'municipality' && (
        <section aria-labelledby="organisation-centres-title" className="panel">
          <h2 id="organisation-centres-title">{m.directory.centres}</h2>
          {organisation.centres.length === 0 ? (
            <p>{m.directory.noCentres}</p>
          ) : (
            <ul>
              {organisation.centres.map((c) => (
                <li key={c.id}>
                  <Link to={`/centres/${c.id}/edit`}>{c.name}</Link> —{' '}
                  {[c.kind ? m.centres.kinds[c.kind] : null, m.centres.statuses[c.status]].filter(Boolean).join(', ')}
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
