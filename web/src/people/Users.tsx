// The list of users with a search; administrators also get the way to invite a new one.
import { useEffect, useState, type FormEvent } from 'react';
import { withQuery } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { Pager } from '../shared/Pager.tsx';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { UserStatus, userStatusText } from './UserStatus.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { canManageUsers } from '../shared/roles.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import type { UserOut } from '../types.ts';
import { useGet } from '../useApi.ts';

const LIMIT = 50;

export function UsersPage() {
  const { m } = useI18n();
  const { roles } = useSession();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const { data, error, loading } = useGet('/api/v1/users', { params: { query: { q, limit: LIMIT, offset } } });
  const manage = canManageUsers(roles);
  const roleNames = (u: UserOut) =>
    [...new Set(u.grants.filter((g) => g.active).map((g) => m.roles[g.role]))].join(', ');
  const columns: Column<UserOut>[] = [
    {
      key: 'name',
      header: m.users.name,
      sortValue: (u) => u.name,
      cell: (u) => <Link to={`/users/${u.id}`}>{u.name}</Link>,
    },
    { key: 'email', header: m.users.email, sortValue: (u) => u.email, cell: (u) => u.email },
    {
      key: 'organisation',
      header: m.users.organisation,
      sortValue: (u) => u.organisationName,
      cell: (u) => u.organisationName,
    },
    { key: 'roles', header: m.users.roles, sortValue: roleNames, cell: roleNames },
    {
      key: 'status',
      header: m.users.status,
      sortValue: (u) => userStatusText(m, u),
      cell: (u) => <UserStatus user={u} />,
    },
  ];

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
      <search>
        <form className="search" onSubmit={search}>
          <label htmlFor="users-q">{m.users.query}</label>
          <div className="search__row">
            <input id="users-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
            <button type="submit" className="button">
              {m.users.search}
            </button>
          </div>
        </form>
      </search>
      <ErrorSummary error={error} />
      {loading && !data && <p className="loading">{m.common.loading}</p>}
      {data && (
        <>
          <p>{fill(m.users.found, { total: data.total })}</p>
          {data.items.length === 0 ? (
            <p>{m.users.none}</p>
          ) : (
            <DataTable
              caption={m.users.title}
              captionHidden
              columns={columns}
              rows={data.items}
              rowKey={(u) => u.id}
              exportName="users"
            />
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
