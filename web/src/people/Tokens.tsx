// API tokens for other systems: the list with revoke, and a form to create one. A new token's secret is shown
// once, right after creating it; the API keeps only its hash.
import { useState } from 'react';
import { client } from '../api.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { NewToken } from './NewToken.tsx';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { TokenForm } from './TokenForm.tsx';
import { formatDateTime, formatLastDay } from '../shared/format.ts';
import { scopeText } from './grants.ts';
import { useI18n } from '../i18n/context.tsx';
import type { TokenOut } from '../types.ts';
import { useGet } from '../useApi.ts';

export function TokensPage() {
  const { m } = useI18n();
  const { announce } = useStatus();
  const { data, error, reload } = useGet('/api/v1/api-tokens');
  const [secret, setSecret] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const now = new Date();

  const revoke = async (token: TokenOut) => {
    setActionError(null);
    try {
      await client.POST('/api/v1/api-tokens/{id}/revoke', { params: { path: { id: token.id } } });
      announce(m.tokens.revokedDone);
      reload();
    } catch (e) {
      setActionError(e);
    }
  };

  const state = (t: TokenOut) =>
    t.revokedAt ? m.tokens.revoked : new Date(t.expiresAt) < now ? m.tokens.expired : m.tokens.active;
  const lastUsed = (t: TokenOut) => (t.lastUsedAt ? formatDateTime(t.lastUsedAt) : m.tokens.never);
  const columns: Column<TokenOut>[] = [
    { key: 'name', header: m.tokens.name, sortValue: (t) => t.name, cell: (t) => t.name },
    {
      key: 'prefix',
      header: m.tokens.prefix,
      sortValue: (t) => t.prefix,
      cell: (t) => <code>{t.prefix}…</code>,
    },
    { key: 'role', header: m.grant.role, sortValue: (t) => m.roles[t.role], cell: (t) => m.roles[t.role] },
    { key: 'scope', header: m.user.scope, sortValue: scopeText, cell: scopeText },
    {
      key: 'expires',
      header: m.tokens.expires,
      sortValue: (t) => t.expiresAt,
      csv: (t) => formatLastDay(t.expiresAt),
      cell: (t) => formatLastDay(t.expiresAt),
    },
    { key: 'lastUsed', header: m.tokens.lastUsed, sortValue: (t) => t.lastUsedAt, csv: lastUsed, cell: lastUsed },
    {
      key: 'createdBy',
      header: m.tokens.createdBy,
      sortValue: (t) => t.createdByName,
      csv: (t) => `${t.createdByName ?? ''} ${formatDateTime(t.createdAt)}`.trim(),
      cell: (t) => (
        <>
          {t.createdByName ?? '—'}
          <div className="muted small">{formatDateTime(t.createdAt)}</div>
        </>
      ),
    },
    { key: 'state', header: m.user.state, sortValue: state, cell: state },
    {
      key: 'actions',
      header: m.user.actions,
      csv: false,
      cell: (t) =>
        !t.revokedAt && (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`${m.tokens.revoke}: ${t.name}`}
            onClick={() => void revoke(t)}
          >
            {m.tokens.revoke}
          </button>
        ),
    },
  ];

  return (
    <Page title={m.tokens.title} wide>
      <p>{m.tokens.intro}</p>
      {secret && <NewToken secret={secret} />}
      <ErrorSummary error={error ?? actionError} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && data.items.length === 0 && <p>{m.tokens.none}</p>}
      {data && data.items.length > 0 && (
        <DataTable
          caption={m.tokens.title}
          captionHidden
          columns={columns}
          rows={data.items}
          rowKey={(t) => t.id}
          exportName="api-tokens"
        />
      )}
      <TokenForm
        onCreated={(token) => {
          setSecret(token);
          reload();
        }}
      />
    </Page>
  );
}
