// A user's roles, in force or not, with scope, term and who granted them; administrators may revoke one
// after confirming (an inline question, reachable from the keyboard, not a browser dialog).
import { useState } from 'react';
import { client } from '../api.ts';
import { formatDate, formatDateTime, rigaToday } from '../shared/format.ts';
import { scopeText, termText } from './grants.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { GrantOut } from '../types.ts';
import { useStatus } from '../shared/Status.tsx';

interface Props {
  grants: GrantOut[];
  manage: boolean;
  onChanged(): void;
  onError(error: unknown): void;
}

export function GrantsTable({ grants, manage, onChanged, onError }: Props) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [asking, setAsking] = useState<string | null>(null);
  const today = rigaToday();

  const revoke = async (grant: GrantOut) => {
    try {
      await client.POST('/api/v1/grants/{id}/revoke', { params: { path: { id: grant.id } } });
      setAsking(null);
      announce(m.user.revoked);
      onChanged();
    } catch (e) {
      onError(e);
    }
  };

  if (grants.length === 0) return <p>{m.user.noGrants}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{m.user.grants}</caption>
        <thead>
          <tr>
            <th scope="col">{m.user.role}</th>
            <th scope="col">{m.user.scope}</th>
            <th scope="col">{m.user.term}</th>
            <th scope="col">{m.user.state}</th>
            <th scope="col">{m.user.grantedBy}</th>
            {manage && <th scope="col">{m.user.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {grants.map((g) => (
            <tr key={g.id}>
              <td>{m.roles[g.role]}</td>
              <td>{scopeText(g)}</td>
              <td>{termText(m, g.validUntil, g.validFrom, today)}</td>
              <td>
                <span className={g.active ? 'tag tag--ok' : 'tag tag--off'}>
                  {g.revokedAt
                    ? fill(m.user.revokedOn, { date: formatDate(g.revokedAt) })
                    : g.active
                      ? m.user.active
                      : m.user.ended}
                </span>
              </td>
              <td>
                {g.grantedByName ?? '—'}
                <br />
                <span className="muted">{formatDateTime(g.grantedAt)}</span>
              </td>
              {manage && (
                <td>
                  {g.active && !g.revokedAt && asking !== g.id && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`${m.user.revoke}: ${m.roles[g.role]}`}
                      onClick={() => setAsking(g.id)}
                    >
                      {m.user.revoke}
                    </button>
                  )}
                  {asking === g.id && (
                    <fieldset className="confirm" aria-label={fill(m.user.revokeConfirm, { role: m.roles[g.role] })}>
                      <p>{fill(m.user.revokeConfirm, { role: m.roles[g.role] })}</p>
                      <button
                        type="button"
                        className="button button--danger button--small"
                        onClick={() => void revoke(g)}
                        // biome-ignore lint/a11y/noAutofocus: the question opens on a keyboard action; focus goes to its answer.
                        autoFocus
                      >
                        {m.user.revokeYes}
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setAsking(null)}
                      >
                        {m.common.cancel}
                      </button>
                    </fieldset>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
