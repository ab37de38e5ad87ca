// Kind compliance as of a date, with each rule's threshold, the centre's value and the explanation
// (CR-4 … CR-6, CR-5.3, CR-6.3, DR-25.1.7.1, DR-26.1.2).
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate, formatNumber, rigaToday } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';
import type { CentreKind } from './CentreShared.tsx';

export function CentreCompliance({ centreId }: { centreId: string }) {
  const { m, lang } = useI18n();
  const [date, setDate] = useState(rigaToday());
  const [asked, setAsked] = useState(date);
  const { data, error, loading } = useGet('/api/v1/centres/{id}/compliance', {
    params: { path: { id: centreId }, query: { date: asked } },
  });

  // A place's level reads as words; counts and hours as numbers in the UI's language (43,5 in Latvian).
  const value = (measure: string, v: number | string) =>
    measure === 'place_level' && typeof v === 'string' && v in m.centres.levels
      ? m.centres.levels[v as CentreKind]
      : typeof v === 'number'
        ? formatNumber(lang, v, 2)
        : v;

  const check = (event: FormEvent) => {
    event.preventDefault();
    setAsked(date);
  };

  return (
    <section aria-labelledby="compliance-title" className="panel">
      <h2 id="compliance-title">{m.centres.compliance}</h2>
      <form className="search" onSubmit={check}>
        <label htmlFor="compliance-date">{m.centres.complianceDate}</label>
        <div className="search__row">
          <input id="compliance-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <button type="submit" className="button button--secondary">
            {m.centres.check}
          </button>
        </div>
      </form>
      <ErrorSummary error={error} />
      {loading && !data && <p className="loading">{m.common.loading}</p>}
      {data && (
        <>
          <p className="lead">
            <span className={data.compliant ? 'tag tag--ok' : 'tag tag--bad'}>
              {data.compliant ? m.centres.compliant : m.centres.notCompliant}
            </span>{' '}
            {fill(m.centres.complianceOn, { date: formatDate(data.date) })}
          </p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{m.centres.compliance}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.centres.rule}</th>
                  <th scope="col">{m.centres.result}</th>
                  <th scope="col">{m.centres.expected}</th>
                  <th scope="col">{m.centres.actual}</th>
                  <th scope="col">{m.centres.explanation}</th>
                </tr>
              </thead>
              <tbody>
                {data.checks.map((c) => (
                  <tr key={`${c.rule}-${c.measure}`}>
                    <th scope="row">{c.rule}</th>
                    <td>
                      <span className={c.passed ? 'tag tag--ok' : 'tag tag--bad'}>
                        {c.passed ? m.centres.passed : m.centres.failed}
                      </span>
                    </td>
                    <td>{value(c.measure, c.expected)}</td>
                    <td>{value(c.measure, c.actual)}</td>
                    <td>{c.explanation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
