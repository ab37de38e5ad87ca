// How many descriptions each quality check (SR-13) finds something in, most first, with its severity in words.
import { useI18n } from '../i18n/context.tsx';
import { pick } from '../i18n/messages.ts';
import type { Severity } from './CatalogueShared.tsx';

/** Q16 (SR-11) is an error once a law change is overdue and a warning while one is near; the API names the higher. */
const ALSO_WARNS = new Set(['Q16']);

export function QualityChecks({ checks }: { checks: { check: string; severity: Severity; count: number }[] }) {
  const { m } = useI18n();
  const q = m.catalogue.quality;
  const sorted = [...checks].sort((a, b) => b.count - a.count || a.check.localeCompare(b.check));
  return (
    <section aria-labelledby="quality-checks-title" className="panel">
      <h2 id="quality-checks-title">{q.byCheck}</h2>
      {sorted.length === 0 ? (
        <p>{q.noFindings}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{q.byCheck}</caption>
            <thead>
              <tr>
                <th scope="col">{q.check}</th>
                <th scope="col">{q.severityTitle}</th>
                <th scope="col" className="number">
                  {q.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((c) => (
                <tr key={c.check}>
                  <th scope="row" className="rule-title">
                    {pick(q.checks, c.check)} <span className="muted small">({c.check})</span>
                  </th>
                  <td>
                    {ALSO_WARNS.has(c.check)
                      ? `${m.catalogue.severity[c.severity]} / ${m.catalogue.severity.warning}`
                      : m.catalogue.severity[c.severity]}
                  </td>
                  <td className="number">{c.count > 0 ? <strong>{c.count}</strong> : 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
