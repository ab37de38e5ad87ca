// One user: their details, invitation and disable/enable actions, their roles, and the form to grant one more.
import { useState } from 'react';
import type { PageProps } from '../app/page-props.ts';
import { client } from '../api.ts';
import { Conflict } from '../shared/Conflict.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { GrantForm } from './GrantForm.tsx';
import { GrantsTable } from './GrantsTable.tsx';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { UserStatus } from './UserStatus.tsx';
import { formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { canManageUsers } from '../shared/roles.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import type { UserOut } from '../types.ts';
import { useGet } from '../useApi.ts';
import { useConflict } from '../shared/useConflict.ts';

type Account = Pick<UserOut, 'name' | 'phone' | 'position' | 'status'>;
const accountOf = (u: UserOut): Account => ({ name: u.name, phone: u.phone, position: u.position, status: u.status });

export function UserPage({ params }: PageProps) {
  const { m } = useI18n();
  const { roles } = useSession();
  const { announce } = useStatus();
  const {
    data: user,
    error: loadError,
    reload,
  } = useGet('/api/v1/users/{id}', { params: { path: { id: params.id ?? '' } } });
  const [error, setError] = useState<unknown>(null);
  const manage = canManageUsers(roles);
  // Disabling or enabling goes over the version this page read: another administrator's change opens the conflict.
  const { conflict, guard, close } = useConflict<UserOut, Account>();
  const setStatus = (over: UserOut, status: Account['status']) =>
    guard(
      accountOf(over),
      { ...accountOf(over), status },
      () =>
        client.PATCH('/api/v1/users/{id}', {
          params: { path: { id: over.id } },
          body: { status },
          ifMatch: over.version,
        }),
      () => client.GET('/api/v1/users/{id}', { params: { path: { id: over.id } } }),
    );

  const act = async (run: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      if ((await run()) === false) return;
      announce(message);
      reload();
    } catch (e) {
      setError(e);
    }
  };

  if (!user) {
    return (
      <Page title={loadError ? m.users.title : m.common.loading}>
        <ErrorSummary error={loadError} />
        {!loadError && <p className="loading">{m.common.loading}</p>}
        <p>
          <Link to="/users">{m.user.back}</Link>
        </p>
      </Page>
    );
  }

  const active = user.status === 'active';
  return (
    <Page title={user.name} wide>
      <p>
        <Link to="/users">{m.user.back}</Link>
      </p>
      <ErrorSummary error={error} />
      {conflict && (
        <Conflict
          id="user-conflict"
          base={conflict.base}
          theirs={accountOf(conflict.theirs)}
          mine={conflict.mine}
          version={conflict.theirs.version}
          labelOf={(pointer) =>
            pointer === '/status'
              ? m.users.status
              : pointer === '/name'
                ? m.users.name
                : pointer === '/phone'
                  ? m.users.phone
                  : m.users.position
          }
          show={(pointer, value) =>
            pointer === '/status' ? (value === 'active' ? m.users.active : m.users.disabled) : undefined
          }
          onReapply={() => void act(() => setStatus(conflict.theirs, conflict.mine.status), m.conflict.reapplied)}
          onDiscard={() => {
            close();
            announce(m.conflict.discarded);
            reload();
          }}
        />
      )}
      <section aria-labelledby="details-title">
        <h2 id="details-title">{m.user.details}</h2>
        <dl className="details">
          <dt>{m.users.email}</dt>
          <dd>{user.email}</dd>
          <dt>{m.users.phone}</dt>
          <dd>{user.phone || '—'}</dd>
          <dt>{m.users.position}</dt>
          <dd>{user.position || '—'}</dd>
          <dt>{m.users.organisation}</dt>
          <dd>{user.organisationName}</dd>
          <dt>{m.users.status}</dt>
          <dd>
            <UserStatus user={user} />
            {user.lockedUntil && new Date(user.lockedUntil) > new Date() && (
              <div>{fill(m.user.lockedUntil, { time: formatDateTime(user.lockedUntil) })}</div>
            )}
          </dd>
          <dt>{m.user.password}</dt>
          <dd>{user.hasPassword ? m.user.passwordSet : m.user.passwordNotSet}</dd>
          <dt>{m.user.created}</dt>
          <dd>{formatDateTime(user.createdAt)}</dd>
        </dl>
        {manage && (
          <div className="actions">
            {!user.hasPassword && active && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  void act(
                    () => client.POST('/api/v1/users/{id}/invite', { params: { path: { id: user.id } } }),
                    fill(m.user.resent, { email: user.email }),
                  )
                }
              >
                {m.user.resend}
              </button>
            )}
            <button
              type="button"
              className={active ? 'button button--danger' : 'button button--secondary'}
              onClick={() =>
                void act(
                  () => setStatus(user, active ? 'disabled' : 'active'),
                  active ? m.user.disabledDone : m.user.enabledDone,
                )
              }
            >
              {active ? m.user.disable : m.user.enable}
            </button>
          </div>
        )}
      </section>
      <section aria-labelledby="grants-title">
        <h2 id="grants-title">{m.user.grants}</h2>
        <GrantsTable grants={user.grants} manage={manage} onChanged={reload} onError={setError} />
      </section>
      {manage && <GrantForm userId={user.id} userOrganisationId={user.organisationId} onGranted={reload} />}
    </Page>
  );
}
