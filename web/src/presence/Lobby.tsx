// The full-screen lobby view for a screen in the centre: who receives today, in large type, refreshed every minute.
import { useEffect } from 'react';
import type { PageProps } from '../app/page-props.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { formatDate } from '../shared/format.ts';
import { useGet } from '../useApi.ts';
import { hoursText, personText } from './Receiving.tsx';
import './lobby.css';

export function CentreLobbyPage({ params }: PageProps) {
  const { m } = useI18n();
  const p = m.presence;
  const id = params.id ?? '';
  // The server's today (Europe/Riga), whatever the screen's clock says.
  const data = useGet('/api/v1/public/centres/{id}/receiving', { params: { path: { id }, query: { days: 1 } } });
  const today = data.data?.from ?? '';
  const { reload } = data;
  useEffect(() => {
    const timer = setInterval(reload, 60_000);
    return () => clearInterval(timer);
  }, [reload]);
  useEffect(() => {
    document.title = `${p.lobbyTitle} — ${data.data?.centreName ?? ''}`;
  }, [p.lobbyTitle, data.data]);
  const entries = data.data?.entries ?? [];
  return (
    <div className="lobby">
      <h1>
        {p.lobbyTitle} <span className="lobby__date">{today && formatDate(today)}</span>
      </h1>
      <p className="lobby__centre">{data.data?.centreName}</p>
      {/* Nothing until the answer is in: "nobody receives" is a fact, not a loading state. */}
      {!data.data ? null : entries.length === 0 ? (
        <p className="lobby__nobody">{p.nobody}</p>
      ) : (
        <ul className="lobby__list">
          {entries.map((e) => (
            <li
              key={e.institutionId}
              className={e.status === 'absent' ? 'lobby__item lobby__item--absent' : 'lobby__item'}
            >
              <span className="lobby__institution">{e.institutionName}</span>
              <span className="lobby__hours">{hoursText(e)}</span>
              <span className="lobby__who">
                {e.status === 'absent' ? p.statuses.absent : personText(e) || p.statuses[e.status as 'receiving']}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="lobby__updated">
        {fill(p.lobbyUpdated, { time: new Date().toLocaleTimeString('lv-LV', { hour: '2-digit', minute: '2-digit' }) })}
      </p>
    </div>
  );
}
