// The year's special days as three tables: days off (with names and what they stand for), working Saturdays,
// and shortened working days. Dates as 23.11.2026., weekdays in words.
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { WEEKDAY_KEYS, type CalendarDay, type CalendarYear } from './CalendarTypes.ts';
import { useDayText } from './CalendarText.ts';

function DayTable({ id, title, days }: { id: string; title: string; days: CalendarDay[] }) {
  const { m } = useI18n();
  const c = m.calendar;
  const text = useDayText();
  const noteOf = (d: CalendarDay) => {
    if (!d.shortened) return text.note(d);
    // A shortened day is either an ordinary day before a holiday or a Saturday worked instead of one.
    return d.reason === 'working_saturday' ? `${text.note(d)}; ${c.markShortText}` : c.beforeHoliday;
  };
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {days.length === 0 ? (
        <p>{c.none}</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{c.date}</th>
                <th scope="col">{c.weekday}</th>
                <th scope="col">{c.what}</th>
                <th scope="col">{c.note}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date}>
                  <th scope="row" className="nowrap">
                    {formatDate(d.date)}
                  </th>
                  <td>{c.weekdays[WEEKDAY_KEYS[d.weekday - 1]!]}</td>
                  <td>
                    {d.reason && d.reason !== 'weekend' ? c.reasons[d.reason] : c.shortenedDay}
                    {text.name(d) && <div>{text.name(d)}</div>}
                  </td>
                  <td>{noteOf(d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function CalendarLists({ data }: { data: CalendarYear }) {
  const { m } = useI18n();
  const c = m.calendar;
  return (
    <>
      <DayTable id="cal-days-off" title={c.daysOffTitle} days={data.daysOff} />
      <DayTable id="cal-saturdays" title={c.saturdaysTitle} days={data.workingSaturdays} />
      <DayTable id="cal-shortened" title={c.shortenedTitle} days={data.shortenedDays} />
    </>
  );
}
