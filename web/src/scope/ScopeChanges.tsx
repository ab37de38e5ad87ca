// What enters and leaves a centre's scope between two days (CR-7): the municipality's entries and the basket's
// versions alike.
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { rigaToday } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { useGet } from '../useApi.ts';
import { ScopeTable } from './ScopeTable.tsx';

export function ScopeChanges({ centreId }: { centreId: string }) {
  const { m } = useI18n();
  const s = m.scope;
  const today = rigaToday();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [asked, setAsked] = useState<{ from: string; to: string } | null>(null);
  const { data, error } = useGet(asked ? '/api/v1/centres/{id}/scope/changes' : null, {
    params: { path: { id: centreId }, query: asked ?? { from: today, to: today } },
  });
  const compare = (event: FormEvent) => {
    event.preventDefault();
    setAsked({ from, to });
  };
  return (
    <section aria-labelledby="scope-changes-title" className="panel">
      <h2 id="scope-changes-title">{s.changesTitle}</h2>
      <form className="search" onSubmit={compare}>
        <div className="search__row">
          <label htmlFor="scope-changes-from">{s.changesFrom}</label>
          <input id="scope-changes-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          <label htmlFor="scope-changes-to">{s.changesTo}</label>
          <input id="scope-changes-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          <button type="submit" className="button button--secondary">
            {s.compare}
          </button>
        </div>
      </form>
      <ErrorSummary error={error} />
      {data && (
        <>
          <h3>{s.entering}</h3>
          {data.entering.length === 0 ? (
            <p>{s.noChanges}</p>
          ) : (
            <ScopeTable caption={s.entering} items={data.entering} exportName={`${s.csv}-ienak`} />
          )}
          <h3>{s.leaving}</h3>
          {data.leaving.length === 0 ? (
            <p>{s.noChanges}</p>
          ) : (
            <ScopeTable caption={s.leaving} items={data.leaving} exportName={`${s.csv}-iziet`} />
          )}
        </>
      )}
    </section>
  );
}
