// Obligations as a table: rule, who owes it, what about, the due date and the status in words (overdue is said,
// not only coloured); each row opens to explain its due date — how it was counted and which days were skipped.
import { Fragment } from 'react';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, pick } from '../i18n/messages.ts';
import type { ExplanationOut, ObligationOut } from './ObligationsTypes.ts';
import { Link } from '../router.tsx';
import { useToggleSet } from '../useToggleSet.ts';

function Counting({ e }: { e: ExplanationOut }) {
  const { m } = useI18n();
  const t = m.obligations.counting;
  const from = formatDate(e.from);
  const amount = e.amount ?? 0;
  switch (e.unit) {
    case 'working_days':
      return <>{fill(e.direction === 'before' ? t.workingDaysBefore : t.workingDaysAfter, { amount, from })}</>;
    case 'months':
      return <>{fill(e.direction === 'before' ? t.monthsBefore : t.monthsAfter, { amount, from })}</>;
    case 'period_end':
      return <>{fill(t.periodEnd, { period: e.period ?? '' })}</>;
    case 'months_after_period_end':
      return <>{fill(t.monthsAfter, { amount, from })}</>;
    case 'fixed_date':
      return <>{fill(t.fixedDate, { due: formatDate(e.due) })}</>;
  }
}

function Explanation({ o }: { o: ObligationOut }) {
  const { m } = useI18n();
  const e = o.explanation;
  const days = (list: ExplanationOut['skipped']) => (
    <ul>
      {list.map((d) => (
        <li key={d.date}>
          {formatDate(d.date)} — {pick(m.obligations.dayReasons, d.reason)}
        </li>
      ))}
    </ul>
  );
  return (
    <dl className="details details--compact">
      <dt>{m.obligations.start}</dt>
      <dd>
        {formatDate(o.startDate)} ({pick(m.obligations.startEvents, e.startEvent)})
      </dd>
      <dt>{m.obligations.counted}</dt>
      <dd>
        <Counting e={e} />
      </dd>
      <dt>{m.obligations.skipped}</dt>
      <dd>{e.skipped.length === 0 ? m.obligations.noSkipped : days(e.skipped)}</dd>
      {e.workingSaturdays.length > 0 && (
        <>
          <dt>{m.obligations.workingSaturdays}</dt>
          <dd>{days(e.workingSaturdays)}</dd>
        </>
      )}
      {e.provisional && (
        <>
          <dt>{m.obligations.provisionalTitle}</dt>
          <dd>{m.obligations.provisional}</dd>
        </>
      )}
      {o.fulfilledOn && (
        <>
          <dt>{m.obligations.fulfilledOn}</dt>
          <dd>
            {formatDate(o.fulfilledOn)}
            {o.fulfilledByName ? ` (${o.fulfilledByName})` : ''}
          </dd>
        </>
      )}
      {o.cancelledReason && (
        <>
          <dt>{m.obligations.cancelledReason}</dt>
          <dd>{o.cancelledReason}</dd>
        </>
      )}
    </dl>
  );
}

/** A recurring duty is about its owner itself: naming the owner twice says nothing. */
function ownDuty(o: ObligationOut): boolean {
  return (
    (o.subjectType === 'organisation' && o.subjectId === o.organisationId) ||
    (o.subjectType === 'centre' && o.subjectId === o.centreId)
  );
}

/** What it is about, in the reader's language, linked to its page when it has one. */
function Subject({ o }: { o: ObligationOut }) {
  const { m, lang } = useI18n();
  if (ownDuty(o)) return <>{m.obligations.recurring}</>;
  const name = (lang === 'en' ? o.subjectNameEn : null) ?? o.subjectName ?? `${o.subjectType} ${o.subjectId}`;
  return o.subjectPath ? <Link to={o.subjectPath}>{name}</Link> : <>{name}</>;
}

export function ObligationsTable({ items }: { items: ObligationOut[] }) {
  const { m, lang } = useI18n();
  const { isOpen, toggle } = useToggleSet();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{m.obligations.listTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{m.obligations.rule}</th>
            <th scope="col">{m.obligations.owner}</th>
            <th scope="col">{m.obligations.subject}</th>
            <th scope="col">{m.obligations.due}</th>
            <th scope="col">{m.obligations.status}</th>
            <th scope="col">{m.obligations.explanation}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((o) => {
            const shown = isOpen(o.id);
            const overdue = o.status === 'overdue';
            return (
              <Fragment key={o.id}>
                <tr className={overdue ? 'obligation obligation--overdue' : 'obligation'}>
                  <td>
                    <strong>{o.ruleId}</strong>
                    <div>{lang === 'lv' ? o.ruleTitleLv : o.ruleTitleEn}</div>
                  </td>
                  <td>
                    {o.organisationName}
                    {o.centreName && <div className="muted small">{o.centreName}</div>}
                  </td>
                  <td>
                    <Subject o={o} />
                    {o.period && <div className="muted small">{fill(m.obligations.period, { period: o.period })}</div>}
                  </td>
                  <td className="nowrap">{formatDate(o.dueDate)}</td>
                  <td>
                    <span className={overdue ? 'tag tag--danger' : o.status === 'open' ? 'tag' : 'tag tag--off'}>
                      {overdue && <span aria-hidden="true">! </span>}
                      {pick(m.obligations.statuses, o.status)}
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-expanded={shown}
                      aria-controls={`obligation-${o.id}`}
                      aria-label={fill(shown ? m.obligations.hideLabel : m.obligations.showLabel, {
                        rule: o.ruleId,
                        due: formatDate(o.dueDate),
                      })}
                      onClick={() => toggle(o.id)}
                    >
                      {shown ? m.obligations.hide : m.obligations.show}
                    </button>
                  </td>
                </tr>
                {shown && (
                  <tr id={`obligation-${o.id}`} className="obligation-details">
                    <td colSpan={6}>
                      <Explanation o={o} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
