// The list of users with a search; administrators also get the way to invite a new one.
import { useEffect, useState, type FormEvent } from 'react';
import { withQuery } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Page } from '../components/Page.tsx';
import { Pager } from '../components/Pager.tsx';
import { UserStatus } from '../components/UserStatus.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { canManageUsers } from '../roles.ts';
import { Link, navigate, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';
import type { List, UserOut } from '../types.ts';
import { useApi } from '../useApi.ts';

const LIMIT = 50;

export function UsersPage() {
  const { m } = useI18n();
  const { roles } = useSession();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const { data, error, loading } = useApi<List<UserOut>>(withQuery('/api/v1/users', { q, limit: LIMIT, offset }));
  const manage = canManageUsers(roles);

  const search = (event: FormEvent) => {
    event.preventDefault();
    navigate(withQuery('/users', { q: text.trim() }));
  };

  return (
    <Page title={m.users.title} wide>
      {manage ? (
        <p>
          <Link to="/users/new" className="button">
            {m.users.invite}
          </Link>
        </p>
      ) : (
        <p className="muted">{m.users.readOnly}</p>
      )}
      <form role="search" className="search" onSubmit={search}>
        <label htmlFor="users-q">{m.users.query}</label>
        <div className="search__row">
          <input id="users-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="button">
            {m.users.search}
          </button>
        </div>
      </form>
      <ErrorSummary error={error} />
      {loading && !data && <p className="loading">{m.common.loading}</p>}
      {data && (
        <>
          <p>{fill(m.users.found, { total: data.total })}</p>
          {data.items.length === 0 ? (
            <p>{m.users.none}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{m.users.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.users.name}</th>
                    <th scope="col">{m.users.email}</th>
                    <th scope="col">{m.users.organisation}</th>
                    <th scope="col">{m.users.roles}</th>
                    <th scope="col">{m.users.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((u) => (
                    <tr key={u.id}>
                      <td>
                        <Link to={`/users/${u.id}`}>{u.name}</Link>
                      </td>
                      <td>{u.email}</td>
                      <td>{u.organisationName}</td>
                      <td>{[...new Set(u.grants.filter((g) => g.active).map((g) => m.roles[g.role]))].join(', ')}</td>
                      <td>
                        <UserStatus user={u} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            offset={offset}
            limit={LIMIT}
            shown={data.items.length}
            total={data.total}
            onPage={(next) => navigate(withQuery('/users', { q, offset: next || undefined }))}
          />
        </>
      )}
    </Page>
  );
}
