// What the ministry entered at run time (the shipped facts are part of the release and not listed), each with a
// way to delete it; and the three forms to add more.
import { useState } from 'react';
import { api } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { useStatus } from '../shared/Status.tsx';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { ConfirmYearForm, HolidayForm, TransferForm } from './CalendarForms.tsx';
import type { CalendarAdditions as Additions } from './CalendarTypes.ts';

interface Row {
  key: string;
  path: string;
  kind: string;
  days: string;
  text: string;
  by: string;
}

export function CalendarEditor({ additions, onChange }: { additions: Additions | undefined; onChange(): void }) {
  const { m, lang } = useI18n();
  const c = m.calendar;
  const { announce } = useStatus();
  const [error, setError] = useState<unknown>(null);

  const rows: Row[] = [
    ...(additions?.transfers ?? []).map((t) => ({
      key: t.id,
      path: `/api/v1/calendar/transfers/${t.id}`,
      kind: c.reasons.transferred_day_off,
      days: `${formatDate(t.dayOff)} → ${formatDate(t.workingSaturday)}`,
      text: t.basis,
      by: `${t.createdByName ?? '—'}, ${formatDateTime(t.createdAt)}`,
    })),
    ...(additions?.holidays ?? []).map((h) => ({
      key: h.id,
      path: `/api/v1/calendar/holidays/${h.id}`,
      kind: c.reasons.one_off_holiday,
      days: formatDate(h.date),
      text: `${lang === 'en' ? h.nameEn : h.nameLv} (${h.basis})`,
      by: `${h.createdByName ?? '—'}, ${formatDateTime(h.createdAt)}`,
    })),
  ];

  const remove = async (row: Row) => {
    setError(null);
    try {
      await api.delete(row.path);
      announce(c.removed);
      onChange();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section aria-labelledby="cal-edit-title">
      <h2 id="cal-edit-title">{c.editTitle}</h2>
      <p>{c.editIntro}</p>
      <h3 id="cal-additions-title">{c.additionsTitle}</h3>
      <ErrorSummary error={error} />
      {additions && rows.length === 0 && <p>{c.additionsNone}</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby="cal-additions-title">
            <thead>
              <tr>
                <th scope="col">{c.kind}</th>
                <th scope="col">{c.days}</th>
                <th scope="col">{c.note}</th>
                <th scope="col">{c.enteredBy}</th>
                <th scope="col">{c.actions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <td>{r.kind}</td>
                  <td className="nowrap">{r.days}</td>
                  <td>{r.text}</td>
                  <td>{r.by}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`${c.remove}: ${r.days}`}
                      onClick={() => void remove(r)}
                    >
                      {c.remove}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <TransferForm onDone={onChange} />
      <HolidayForm onDone={onChange} />
      {additions && <ConfirmYearForm year={additions.lastConfirmedYear + 1} onDone={onChange} />}
    </section>
  );
}
