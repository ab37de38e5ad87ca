// A point's weekly hours: the default schedule and seasonal variants, each a row per weekday typed as
// "08:00–12:00, 12:30–17:00" (empty: closed). Saved together; the API names any bad interval.
import { useEffect, useState, type FormEvent } from 'react';
import { type ApiBody, ApiError, client } from '../api.ts';
import { Conflict } from '../shared/Conflict.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill, type Messages } from '../i18n/messages.ts';
import { useConflict } from '../shared/useConflict.ts';
import { WEEKDAYS, intervalsText, parseIntervalsText, weekdayName, type PointOut } from './CentreShared.tsx';

interface Draft {
  label: string;
  validFrom: string;
  validUntil: string;
  days: Record<number, string>;
}

const draftsOf = (point: PointOut): Draft[] =>
  point.schedules.map((s) => ({
    label: s.label ?? '',
    validFrom: s.validFrom ?? '',
    validUntil: s.validUntil ?? '',
    days: Object.fromEntries(s.days.map((d) => [d.weekday, intervalsText(d.intervals)])),
  }));

/** A set of schedules in words, for the conflict table: "Darba laiks: pirmdiena 08:00–12:00, …; …". */
function draftsText(m: Messages, drafts: Draft[]): string {
  if (drafts.length === 0) return m.centres.noHours;
  return drafts
    .map((d) => {
      const days = WEEKDAYS.filter((w) => (d.days[w] ?? '').trim()).map((w) => `${weekdayName(m, w)} ${d.days[w]}`);
      const name =
        d.label || (d.validFrom ? `${m.centres.seasonal} ${d.validFrom}–${d.validUntil}` : m.centres.defaultSchedule);
      return `${name}: ${days.join(', ') || m.centres.closed}`;
    })
    .join('; ');
}

/** The API's error for a day's intervals, shown at that day's input. */
function dayError(error: unknown, schedule: number, weekday: number, sent: number[][]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const index = sent[schedule]?.indexOf(weekday) ?? -1;
  return error.errors.find((e) => e.field.startsWith(`/schedules/${schedule}/days/${index}/`))?.message;
}

/** `load` reads the point as it is now, for the conflict when someone else changed it meanwhile. */
export function CentreHoursEditor({
  point,
  onSaved,
  load,
}: {
  point: PointOut;
  onSaved(): void;
  load(): Promise<PointOut>;
}) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [drafts, setDrafts] = useState<Draft[]>(() => draftsOf(point));
  const [error, setError] = useState<unknown>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [sentDays, setSentDays] = useState<number[][]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDrafts(draftsOf(point)), [point]);
  // Replaced only over the version this page read; the hours are compared and re-applied as one value.
  const { conflict, guard, close } = useConflict<PointOut, { schedules: Draft[] }>();

  const update = (i: number, change: Partial<Draft>) =>
    setDrafts((list) => list.map((d, k) => (k === i ? { ...d, ...change } : d)));
  const setDay = (i: number, weekday: number, value: string) =>
    setDrafts((list) => list.map((d, k) => (k === i ? { ...d, days: { ...d.days, [weekday]: value } } : d)));

  const save = (event: FormEvent) => {
    event.preventDefault();
    void write(point, draftsOf(point), drafts, m.centres.hoursSaved);
  };

  const write = async (over: PointOut, base: Draft[], mine: Draft[], done: string) => {
    setError(null);
    setUnreadable(null);
    const sent: number[][] = [];
    const schedules: ApiBody<'updatePointHours'>['schedules'] = [];
    for (const [i, d] of mine.entries()) {
      const days = [];
      for (const weekday of WEEKDAYS) {
        const intervals = parseIntervalsText(d.days[weekday] ?? '');
        if (intervals === null) {
          setUnreadable(fill(m.centres.hoursUnreadable, { day: weekdayName(m, weekday) }));
          return;
        }
        if (intervals.length > 0) days.push({ weekday, intervals });
      }
      sent[i] = days.map((day) => day.weekday);
      schedules.push({
        label: d.label.trim() || null,
        validFrom: d.validFrom || null,
        validUntil: d.validUntil || null,
        days,
      });
    }
    setSentDays(sent);
    setBusy(true);
    try {
      if (
        await guard(
          { schedules: base },
          { schedules: mine },
          () =>
            client.PUT('/api/v1/points/{id}/hours', {
              params: { path: { id: over.id } },
              body: { schedules },
              ifMatch: over.version,
            }),
          load,
        )
      ) {
        announce(done);
        onSaved();
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const prefix = `hours-${point.id}`;
  return (
    <form className="form" onSubmit={save} noValidate aria-label={fill(m.centres.hoursOf, { name: point.name })}>
      <ErrorSummary error={error} />
      {conflict && (
        <Conflict
          id={`${prefix}-conflict`}
          base={conflict.base}
          theirs={{ schedules: draftsOf(conflict.theirs) }}
          mine={conflict.mine}
          version={conflict.theirs.version}
          labelOf={() => m.centres.weeklyHours}
          show={(_pointer, value) => draftsText(m, value as Draft[])}
          busy={busy}
          onReapply={() =>
            void write(conflict.theirs, draftsOf(conflict.theirs), conflict.mine.schedules, m.conflict.reapplied)
          }
          onDiscard={() => {
            setDrafts(draftsOf(conflict.theirs));
            close();
            announce(m.conflict.discarded);
            onSaved();
          }}
        />
      )}
      {unreadable && (
        <div className="alert alert--error" role="alert">
          <p>{unreadable}</p>
        </div>
      )}
      <p className="field__hint">{m.centres.hoursHint}</p>
      {drafts.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: schedules have no id before saving; their field ids are positional too.
        <fieldset key={i} className="fieldset fieldset--group">
          <legend>{d.validFrom || d.validUntil ? m.centres.seasonal : m.centres.defaultSchedule}</legend>
          <TextField
            id={`${prefix}-${i}-label`}
            label={m.centres.scheduleLabel}
            value={d.label}
            onChange={(v) => update(i, { label: v })}
            optional
          />
          {(d.validFrom || d.validUntil || i > 0) && (
            <div className="filters__grid">
              <TextField
                id={`${prefix}-${i}-from`}
                label={m.centres.validFrom}
                type="date"
                value={d.validFrom}
                onChange={(v) => update(i, { validFrom: v })}
              />
              <TextField
                id={`${prefix}-${i}-until`}
                label={m.centres.validUntil}
                type="date"
                value={d.validUntil}
                onChange={(v) => update(i, { validUntil: v })}
                optional
              />
            </div>
          )}
          <div className="filters__grid">
            {WEEKDAYS.map((weekday) => (
              <TextField
                key={weekday}
                id={`${prefix}-${i}-day-${weekday}`}
                label={weekdayName(m, weekday)}
                value={d.days[weekday] ?? ''}
                onChange={(v) => setDay(i, weekday, v)}
                error={dayError(error, i, weekday, sentDays)}
                inputMode="numeric"
                autoComplete="off"
              />
            ))}
          </div>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setDrafts((list) => list.filter((_, k) => k !== i))}
          >
            {m.centres.removeSchedule}
          </button>
        </fieldset>
      ))}
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setDrafts((list) => [...list, { label: '', validFrom: '', validUntil: '', days: {} }])}
        >
          {m.centres.addSchedule}
        </button>
        <button type="submit" className="button" disabled={busy}>
          {m.centres.saveHours}
        </button>
      </div>
    </form>
  );
}
