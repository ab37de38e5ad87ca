// The vacation schedule (BV-3.3) as a month grid: a row per member of staff, a column per day, each absence marked
// with its kind's letter (the legend says which; the weekend is shaded as a second cue, never the only one).
import { useState } from 'react';
import { formatDate, rigaToday } from '../shared/format.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useGet } from '../useApi.ts';
import { daysBetween, monthOf } from './dates.ts';
import { KINDS, type Absence, type StaffCentre } from './StaffShared.tsx';

const weekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

export function StaffSchedule({ centre }: { centre: StaffCentre }) {
  const { m, lang } = useI18n();
  const s = m.staff;
  const [shift, setShift] = useState(0);
  const { first, last } = monthOf(rigaToday(), shift);
  const staff = useGet('/api/v1/centres/{id}/staff', { params: { path: { id: centre.id } } });
  const { data, error } = useGet('/api/v1/centres/{id}/absences', {
    params: { path: { id: centre.id }, query: { from: first, to: last } },
  });
  const days = daysBetween(first, last);
  const monthName = new Intl.DateTimeFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${first}T00:00:00Z`));
  const letter = (k: Absence['kind']) => s.kinds[k].charAt(0);
  const absenceOn = (memberId: string, day: string) =>
    data?.items.find((a) => a.member.id === memberId && a.startsOn <= day && a.endsOn >= day);
  return (
    <>
      <h2>{s.scheduleTitle}</h2>
      <p>{s.scheduleIntro}</p>
      <p className="row">
        <button type="button" className="button button--secondary" onClick={() => setShift(shift - 1)}>
          {s.previous}
        </button>{' '}
        <strong aria-live="polite">{monthName}</strong>{' '}
        <button type="button" className="button button--secondary" onClick={() => setShift(shift + 1)}>
          {s.next}
        </button>
      </p>
      <ul className="staff-sections" aria-label={s.kind}>
        {KINDS.map((k) => (
          <li key={k}>
            <strong>{letter(k)}</strong> — {s.kinds[k]}
          </li>
        ))}
      </ul>
      <ErrorSummary error={error ?? staff.error} />
      {staff.data && data && (
        <div className="table-wrap">
          <table className="staff-grid">
            <caption>{`${s.scheduleTitle}: ${monthName}`}</caption>
            <thead>
              <tr>
                <th scope="col">{s.name}</th>
                {days.map((d) => (
                  <th key={d} scope="col" className={weekend(d) ? 'staff-off' : undefined} title={formatDate(d)}>
                    {Number(d.slice(8))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {staff.data.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  {days.map((d) => {
                    const a = absenceOn(p.id, d);
                    const className = a ? 'staff-away' : weekend(d) ? 'staff-off' : undefined;
                    return (
                      <td key={d} className={className} title={a ? `${formatDate(d)}: ${s.kinds[a.kind]}` : undefined}>
                        {a ? letter(a.kind) : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
