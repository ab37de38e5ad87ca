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
    { key: 'actor', header: m.audit.actor, sortValue: (e) => e.actorLabel, cell: (e) => e.actorLabel },
    {
      key: 'organisation',
      header: m.audit.organisation,
      sortValue: (e) => e.organisationName,
      cell: (e) => e.organisationName ?? '—',
    },
    { key: 'action', header: m.audit.action, sortValue: (e) => e.action, cell: (e) => <code>{e.action}</code> },
    {
      key: 'entity',
      header: m.audit.entity,
      sortValue: (e) => e.entityType,
      csv: (e) => [e.entityType, e.entityId].filter(Boolean).join(' '),
      cell: (e) => (
        <>
          {e.entityType}
          {e.entityId && <div className="muted small">{e.entityId}</div>}
        </>
      ),
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
                {m.audit.ip}: {e.ip ?? '—'} · {m.audit.requestId}: {e.requestId ?? '—'}
              </p>
            </td>
          </tr>
        )
      }
      exportName="audit"
    />
  );
}
