// The year as twelve month tables (Monday first, as in Latvia). A special day carries a letter from the legend and
// a spoken description, so nothing depends on colour alone; today is marked with aria-current="date".
import { rigaToday } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { MONTH_KEYS, WEEKDAY_KEYS, type CalendarDay, type CalendarYear } from './CalendarTypes.ts';
import { useDayText } from './CalendarText.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The weeks of a month as rows of 7 cells (Monday first); empty cells are null. */
function weeksOf(year: number, month: number): (number | null)[][] {
  const first = new Date(Date.UTC(year, month, 1));
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function CalendarLegend() {
  const { m } = useI18n();
  const c = m.calendar;
  return (
    <div className="cal-legend">
      <h2 id="cal-legend-title">{c.legend}</h2>
      <ul aria-labelledby="cal-legend-title">
        <li>
          <span className="cal-swatch cal-day--off" aria-hidden="true">
            {c.markOff}
          </span>{' '}
          {c.markOff} — {c.markOffText}
        </li>
        <li>
          <span className="cal-swatch cal-day--saturday" aria-hidden="true">
            {c.markSaturday}
          </span>{' '}
          {c.markSaturday} — {c.markSaturdayText}
        </li>
        <li>
          <span className="cal-swatch cal-day--short" aria-hidden="true">
            {c.markShort}
          </span>{' '}
          {c.markShort} — {c.markShortText}
        </li>
      </ul>
    </div>
  );
}

export function CalendarMonths({ data }: { data: CalendarYear }) {
  const { m } = useI18n();
  const c = m.calendar;
  const { describe } = useDayText();
  const today = rigaToday();
  const special = new Map<string, CalendarDay>();
  for (const d of [...data.shortenedDays, ...data.workingSaturdays, ...data.daysOff]) special.set(d.date, d);

  const cell = (month: number, day: number | null, column: number) => {
    if (day === null) return <td key={`e${column}`} />;
    const date = `${data.year}-${pad(month + 1)}-${pad(day)}`;
    const info = special.get(date);
    const off = info !== undefined && !info.working;
    const saturday = info?.reason === 'working_saturday';
    const short = info?.shortened === true;
    const marks = [off ? c.markOff : '', saturday ? c.markSaturday : '', short ? c.markShort : ''].filter(Boolean);
    const classes = [
      'cal-day',
      column >= 5 && !saturday ? 'cal-day--weekend' : '',
      off ? 'cal-day--off' : '',
      saturday ? 'cal-day--saturday' : '',
      short ? 'cal-day--short' : '',
    ];
    const text = info ? describe(info) : '';
    return (
      <td
        key={date}
        className={classes.filter(Boolean).join(' ')}
        aria-current={date === today ? 'date' : undefined}
        title={text || undefined}
      >
        {day}
        {marks.length > 0 && (
          <span className="cal-mark" aria-hidden="true">
            {marks.join('')}
          </span>
        )}
        {(text || date === today) && (
          <span className="visually-hidden">{[date === today ? c.today : '', text].filter(Boolean).join(': ')}</span>
        )}
      </td>
    );
  };

  return (
    <section aria-labelledby="cal-months-title">
      <h2 id="cal-months-title">{c.monthsTitle}</h2>
      <div className="cal-months">
        {MONTH_KEYS.map((key, month) => (
          <table key={key} className="cal-month">
            <caption>{`${c.months[key]} ${data.year}`}</caption>
            <thead>
              <tr>
                {WEEKDAY_KEYS.map((w) => (
                  <th key={w} scope="col">
                    <abbr title={c.weekdays[w]}>{c.weekdaysShort[w]}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeksOf(data.year, month).map((week, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a month's weeks are fixed; the position is the week.
                <tr key={i}>{week.map((day, column) => cell(month, day, column))}</tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}
