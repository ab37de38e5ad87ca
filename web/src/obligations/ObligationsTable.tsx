// Obligations as a table: rule, who owes it, what about, the due date and the status in words (overdue is said,
// not only coloured); each row opens to explain its due date — how it was counted and which days were skipped.
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, pick, type Lang, type Messages } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import type { ExplanationOut, ObligationOut } from './ObligationsTypes.ts';
import { Link } from '../app/router.tsx';
import { useToggleSet } from '../shared/useToggleSet.ts';

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

export function Explanation({ o }: { o: ObligationOut }) {
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

/** What it is about, in the reader's language. */
function subjectText(m: Messages, lang: Lang, o: ObligationOut): string {
  if (ownDuty(o)) return m.obligations.recurring;
  return (lang === 'en' ? o.subjectNameEn : null) ?? o.subjectName ?? `${o.subjectType} ${o.subjectId}`;
}

/** What it is about, linked to its page when it has one and the reader's roles open it (the server decides). */
export function Subject({ o }: { o: ObligationOut }) {
  const { m, lang } = useI18n();
  const name = subjectText(m, lang, o);
  return o.subjectPath && !ownDuty(o) ? <Link to={o.subjectPath}>{name}</Link> : name;
}

export function ObligationsTable({
  items,
  exportRows,
}: {
  items: ObligationOut[];
  /** Every obligation of the filter, for the downloads. */
  exportRows?(): Promise<readonly ObligationOut[]>;
}) {
  const { m, lang } = useI18n();
  const { isOpen, toggle } = useToggleSet();
  const ruleTitle = (o: ObligationOut) => (lang === 'lv' ? o.ruleTitleLv : o.ruleTitleEn);
  const columns: Column<ObligationOut>[] = [
    {
      key: 'rule',
      header: m.obligations.rule,
      sortValue: (o) => o.ruleId,
      csv: (o) => `${o.ruleId} ${ruleTitle(o)}`,
      cell: (o) => (
        <>
          <Link
            to={`/obligations/${o.id}`}
            aria-label={fill(m.obligations.open, { rule: o.ruleId, due: formatDate(o.dueDate) })}
          >
            <strong>{o.ruleId}</strong>
          </Link>
          <div>{ruleTitle(o)}</div>
        </>
      ),
    },
    {
      key: 'owner',
      header: m.obligations.owner,
      sortValue: (o) => o.organisationName,
      csv: (o) => [o.organisationName, o.centreName].filter(Boolean).join(', '),
      cell: (o) => (
        <>
          {o.organisationName}
          {o.centreName && <div className="muted small">{o.centreName}</div>}
        </>
      ),
    },
    {
      key: 'subject',
      header: m.obligations.subject,
      sortValue: (o) => subjectText(m, lang, o),
      cell: (o) => (
        <>
          <Subject o={o} />
          {o.period && <div className="muted small">{fill(m.obligations.period, { period: o.period })}</div>}
        </>
      ),
    },
    {
      key: 'due',
      header: m.obligations.due,
      className: 'nowrap',
      sortValue: (o) => o.dueDate,
      csv: (o) => formatDate(o.dueDate),
      cell: (o) => formatDate(o.dueDate),
    },
    {
      key: 'status',
      header: m.obligations.status,
      sortValue: (o) => pick(m.obligations.statuses, o.status),
      cell: (o) => {
        const overdue = o.status === 'overdue';
        return (
          <span className={overdue ? 'tag tag--danger' : o.status === 'open' ? 'tag' : 'tag tag--off'}>
            {overdue && <span aria-hidden="true">! </span>}
            {pick(m.obligations.statuses, o.status)}
          </span>
        );
      },
    },
    {
      key: 'closedBy',
      header: m.obligations.closedByHeader,
      sortValue: (o) => o.closedBy ?? '',
      csv: (o) => (o.closedBy ? m.obligations.closedByCol[o.closedBy] : ''),
      cell: (o) => (o.closedBy ? m.obligations.closedByCol[o.closedBy] : ''),
    },
    {
      key: 'explanation',
      header: m.obligations.explanation,
      csv: false,
      cell: (o) => {
        const shown = isOpen(o.id);
        return (
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
        );
      },
    },
  ];
  return (
    <DataTable
      caption={m.obligations.listTitle}
      captionHidden
      columns={columns}
      rows={items}
      rowKey={(o) => o.id}
      rowClassName={(o) => (o.status === 'overdue' ? 'obligation obligation--overdue' : 'obligation')}
      details={(o, span) =>
        isOpen(o.id) && (
          <tr id={`obligation-${o.id}`} className="obligation-details">
            <td colSpan={span}>
              <Explanation o={o} />
            </td>
          </tr>
        )
      }
      exportName="obligations"
      {...(exportRows ? { exportRows } : {})}
    />
  );
}
