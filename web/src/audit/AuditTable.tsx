// Audit events as a table; each row opens to show the event's before/after state, address and request id.
import { Fragment } from 'react';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { AuditEventOut } from '../types.ts';
import { useToggleSet } from '../useToggleSet.ts';

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <p>—</p>;
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}

export function AuditTable({ items }: { items: AuditEventOut[] }) {
  const { m } = useI18n();
  const { isOpen, toggle } = useToggleSet();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{m.audit.title}</caption>
        <thead>
          <tr>
            <th scope="col">{m.audit.seq}</th>
            <th scope="col">{m.audit.time}</th>
            <th scope="col">{m.audit.actor}</th>
            <th scope="col">{m.audit.organisation}</th>
            <th scope="col">{m.audit.action}</th>
            <th scope="col">{m.audit.entity}</th>
            <th scope="col">{m.audit.changes}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => {
            const shown = isOpen(e.id);
            return (
              <Fragment key={e.id}>
                <tr>
                  <td>{e.seq}</td>
                  <td className="nowrap">{formatDateTime(e.occurredAt)}</td>
                  <td>{e.actorLabel}</td>
                  <td>{e.organisationName ?? '—'}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.entityType}
                    {e.entityId && <div className="muted small">{e.entityId}</div>}
                  </td>
                  <td>
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
                  </td>
                </tr>
                {shown && (
                  <tr id={`audit-${e.id}`} className="audit-details">
                    <td colSpan={7}>
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
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
