// API tokens for other systems: the list with revoke, and a form to create one. A new token's secret is shown
// once, right after creating it; the API keeps only its hash.
import { useState } from 'react';
import { api } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { NewToken } from '../components/NewToken.tsx';
import { Page } from '../components/Page.tsx';
import { useStatus } from '../components/Status.tsx';
import { TokenForm } from '../components/TokenForm.tsx';
import { formatDateTime, formatLastDay } from '../format.ts';
import { scopeText } from '../grants.ts';
import { useI18n } from '../i18n/context.tsx';
import type { TokenOut } from '../types.ts';
import { useApi } from '../useApi.ts';

export function TokensPage() {
  const { m } = useI18n();
  const { announce } = useStatus();
  const { data, error, reload } = useApi<{ items: TokenOut[] }>('/api/v1/api-tokens');
  const [secret, setSecret] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const now = new Date();

  const revoke = async (token: TokenOut) => {
    setActionError(null);
    try {
      await api.post(`/api/v1/api-tokens/${token.id}/revoke`);
      announce(m.tokens.revokedDone);
      reload();
    } catch (e) {
      setActionError(e);
    }
  };

  const state = (t: TokenOut) =>
    t.revokedAt ? m.tokens.revoked : new Date(t.expiresAt) < now ? m.tokens.expired : m.tokens.active;

  return (
    <Page title={m.tokens.title} wide>
      <p>{m.tokens.intro}</p>
      {secret && <NewToken secret={secret} />}
      <ErrorSummary error={error ?? actionError} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && data.items.length === 0 && <p>{m.tokens.none}</p>}
      {data && data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{m.tokens.title}</caption>
            <thead>
              <tr>
                <th scope="col">{m.tokens.name}</th>
                <th scope="col">{m.tokens.prefix}</th>
                <th scope="col">{m.grant.role}</th>
                <th scope="col">{m.user.scope}</th>
                <th scope="col">{m.tokens.expires}</th>
                <th scope="col">{m.tokens.lastUsed}</th>
                <th scope="col">{m.tokens.createdBy}</th>
                <th scope="col">{m.user.state}</th>
                <th scope="col">{m.user.actions}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{m.roles[t.role]}</td>
                  <td>{scopeText(t)}</td>
                  <td>{formatLastDay(t.expiresAt)}</td>
                  <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : m.tokens.never}</td>
                  <td>
                    {t.createdByName ?? '—'}
                    <div className="muted small">{formatDateTime(t.createdAt)}</div>
                  </td>
                  <td>{state(t)}</td>
                  <td>
                    {!t.revokedAt && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={`${m.tokens.revoke}: ${t.name}`}
                        onClick={() => void revoke(t)}
                      >
                        {m.tokens.revoke}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
