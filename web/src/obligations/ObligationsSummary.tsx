// Counts per rule across the caller's scope (the whole network for the ministry): each rule's row leads to its list.
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { SummaryOut } from './ObligationsTypes.ts';

export function ObligationsSummary({ summary, onPickRule }: { summary: SummaryOut; onPickRule(ruleId: string): void }) {
  const { m, lang } = useI18n();
  if (summary.items.length === 0) return null;
  const columns = [
    ['open', m.obligations.statuses.open],
    ['overdue', m.obligations.statuses.overdue],
    ['fulfilledOnTime', m.obligations.statuses.fulfilled_on_time],
    ['fulfilledLate', m.obligations.statuses.fulfilled_late],
    ['cancelled', m.obligations.statuses.cancelled],
    ['total', m.obligations.total],
    ['closedByAction', m.obligations.closedByAction],
    ['closedByRecord', m.obligations.closedByRecord],
  ] as const;
  return (
    <section aria-labelledby="obligation-summary-title">
      <h2 id="obligation-summary-title">{m.obligations.summaryTitle}</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{m.obligations.summaryTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{m.obligations.rule}</th>
              {columns.map(([key, label]) => (
                <th scope="col" key={key} className="number">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.items.map((item) => (
              <tr key={item.ruleId}>
                <th scope="row">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={fill(m.obligations.showRule, { rule: item.ruleId })}
                    onClick={() => onPickRule(item.ruleId)}
                  >
                    {item.ruleId}
                  </button>{' '}
                  <span className="rule-title">{lang === 'lv' ? item.titleLv : item.titleEn}</span>
                </th>
                {columns.map(([key]) => (
                  <td key={key} className={key === 'overdue' && item.overdue > 0 ? 'number overdue-count' : 'number'}>
                    {item[key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m.obligations.allRulesTotal}</th>
              {columns.map(([key]) => (
                <td key={key} className="number">
                  {summary.totals[key]}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
