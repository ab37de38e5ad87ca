// Audit events as a table; each row opens to show the event's before/after state, address and request id.
import { formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import type { AuditEventOut } from '../types.ts';
import { useToggleSet } from '../shared/useToggleSet.ts';

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <p>—</p>;
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}

export function AuditTable({ items }: { items: AuditEventOut[] }) {
  const { m } = useI18n();
  const { isOpen, toggle } = useToggleSet();
  const words = m.audit.events;
  // A person by their current name; a job or an anonymous caller in words; otherwise the label as recorded.
  const actorOf = (e: AuditEventOut) => e.actorName ?? words.actors[e.actorLabel] ?? e.actorLabel;
  const actionOf = (e: AuditEventOut) => words.actions[e.action] ?? e.action;
  const entityOf = (e: AuditEventOut) => words.entities[e.entityType] ?? e.entityType;
  const columns: Column<AuditEventOut>[] = [
    { key: 'seq', header: m.audit.seq, sortValue: (e) => e.seq, cell: (e) => e.seq },
    {
      key: 'time',
      header: m.audit.time,
      className: 'nowrap',
      sortValue: (e) => e.occurredAt,
      csv: (e) => formatDateTime(e.occurredAt),
      cell: (e) => formatDateTime(e.occurredAt),
    },
    // Under a person's name, the label recorded at the time (their e-mail address) when it says more.
    {
      key: 'actor',
      header: m.audit.actor,
      sortValue: actorOf,
      csv: (e) =>
        [actorOf(e), e.actorName && e.actorLabel !== e.actorName ? e.actorLabel : null].filter(Boolean).join(' '),
      cell: (e) => (
        <>
          {actorOf(e)}
          {e.actorName && e.actorLabel !== e.actorName && <div className="muted small">{e.actorLabel}</div>}
        </>
      ),
    },
    {
      key: 'organisation',
      header: m.audit.organisation,
      sortValue: (e) => e.organisationName,
      cell: (e) => e.organisationName ?? '—',
    },
    // The code stays at hand for those who search by it (the filter takes codes): on hover and in the CSV file.
    {
      key: 'action',
      header: m.audit.action,
      sortValue: actionOf,
      csv: (e) => `${actionOf(e)} (${e.action})`,
      cell: (e) => <span title={e.action}>{actionOf(e)}</span>,
    },
    {
      key: 'entity',
      header: m.audit.entity,
      sortValue: entityOf,
      csv: (e) => [entityOf(e), e.entityId].filter(Boolean).join(' '),
      cell: (e) => <span title={e.entityType}>{entityOf(e)}</span>,
    },
    {
      key: 'changes',
      header: m.audit.changes,
      csv: false,
      cell: (e) => {
        const shown = isOpen(e.id);
        return (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={shown}
            aria-controls={`audit-${e.id}`}
            aria-label={shown ? undefined : fill(m.audit.showLabel, { seq: e.seq })}
            onClick={() => toggle(e.id)}
          >
            {shown ? m.audit.hide : m.audit.show}
          </button>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={m.audit.title}
      captionHidden
      className="audit-table"
      columns={columns}
      rows={items}
      rowKey={(e) => e.id}
      details={(e, span) =>
        isOpen(e.id) && (
          <tr id={`audit-${e.id}`} className="audit-details">
            <td colSpan={span}>
              <div className="compare">
                <div>
                  <h3>{m.audit.before}</h3>
                  <Json value={e.before} />
                </div>
                <div>
                  <h3>{m.audit.after}</h3>
                  <Json value={e.after} />
                </div>
              </div>
              <p className="muted small">
                {m.audit.action}: <code>{e.action}</code> · {m.audit.entity}: <code>{e.entityType}</code>
                {e.entityId && <code>{` ${e.entityId}`}</code>} · {m.audit.ip}: {e.ip ?? '—'} · {m.audit.requestId}:{' '}
                {e.requestId ?? '—'}
              </p>
            </td>
          </tr>
        )
      }
      exportName="audit"
    />
  );
}
