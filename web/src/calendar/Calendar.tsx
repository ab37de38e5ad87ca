// The working-day calendar: pick a year (kept in the address, ?year=2027), see its months with the special days
// marked, and the lists of days off, working Saturdays and shortened days. The ministry and the maintainer also
// add transfers and one-off holidays and confirm the next year here.
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { rigaToday } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { canEditCalendar } from '../shared/roles.ts';
import { navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';
import { CalendarEditor } from './CalendarAdditions.tsx';
import { CalendarLists } from './CalendarLists.tsx';
import { CalendarLegend, CalendarMonths } from './CalendarMonths.tsx';
import { FIRST_YEAR, LAST_YEAR } from './CalendarTypes.ts';

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));

function YearPicker({ year }: { year: number }) {
  const { m } = useI18n();
  const [choice, setChoice] = useState(String(year));
  // A select that navigates on change would move the user mid-choice (WCAG 3.2.2): the button does it.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/calendar?year=${choice}`);
  };
  return (
    <form className="search" onSubmit={submit}>
      <div className="search__row cal-picker">
        <SelectField
          id="calendar-year"
          label={m.calendar.year}
          value={choice}
          onChange={setChoice}
          options={YEARS.map((y) => ({ value: y, label: y }))}
        />
        <button type="submit" className="button">
          {m.calendar.show}
        </button>
      </div>
    </form>
  );
}

export function CalendarPage() {
  const { m } = useI18n();
  const { roles } = useSession();
  const { query } = useLocation();
  const asked = Number(query.get('year'));
  const year =
    Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= LAST_YEAR ? asked : Number(rigaToday().slice(0, 4));
  const { data, error, reload } = useGet('/api/v1/calendar/{year}', { params: { path: { year } } });
  const additions = useGet('/api/v1/calendar/additions');
  // An unconfirmed year up to the last confirmed one lies before the record of Cabinet transfers (they start in 2015).
  const unrecorded =
    data && !data.confirmed && additions.data !== undefined && data.year <= additions.data.lastConfirmedYear;
  const status = data?.confirmed ? m.calendar.confirmed : unrecorded ? m.calendar.unrecorded : m.calendar.provisional;
  const changed = () => {
    reload();
    additions.reload();
  };

  return (
    <Page title={m.calendar.title} wide>
      <p>{m.calendar.intro}</p>
      <YearPicker key={year} year={year} />
      <ErrorSummary error={error ?? additions.error} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && (
        <>
          <p className={data.confirmed ? 'alert alert--success' : 'alert alert--warning'}>
            {fill(status, { year: data.year })}
          </p>
          <CalendarLegend />
          <CalendarMonths data={data} />
          <CalendarLists data={data} />
        </>
      )}
      {canEditCalendar(roles) && <CalendarEditor additions={additions.data} onChange={changed} />}
    </Page>
  );
}
