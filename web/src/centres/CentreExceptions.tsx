// Closures and special hours of a point on dates (with the reason the public reads); they win over the weekly
// hours and over the calendar.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { intervalsText, parseIntervalsText, type PointOut } from './CentreShared.tsx';

export function CentreExceptions({
  point,
  editable,
  onChanged,
}: {
  point: PointOut;
  editable: boolean;
  onChanged(): void;
}) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [closed, setClosed] = useState(true);
  const [hours, setHours] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const prefix = `exception-${point.id}`;
  const fields: FieldMap = {
    '/startsOn': { id: `${prefix}-starts`, label: m.centres.startsOn },
    '/endsOn': { id: `${prefix}-ends`, label: m.centres.endsOn },
    '/intervals': { id: `${prefix}-hours`, label: m.centres.specialHours },
    '/reason': { id: `${prefix}-reason`, label: m.centres.reason },
  };

  const run = async (work: () => Promise<unknown>, message: string) => {
    setError(null);
    try {
      await work();
      announce(message);
      onChanged();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const intervals = closed ? [] : (parseIntervalsText(hours) ?? [{ opens: hours, closes: '' }]);
    const body = { startsOn, ...(endsOn ? { endsOn } : {}), closed, ...(closed ? {} : { intervals }), reason };
    if (
      await run(
        () => client.POST('/api/v1/points/{id}/exceptions', { params: { path: { id: point.id } }, body }),
        m.centres.exceptionAdded,
      )
    ) {
      setStartsOn('');
      setEndsOn('');
      setHours('');
      setReason('');
    }
  };

  return (
    <div>
      <h4>{m.centres.exceptions}</h4>
      {point.exceptions.length === 0 ? (
        <p>{m.centres.noExceptions}</p>
      ) : (
        <ul>
          {point.exceptions.map((e) => (
            <li key={e.id}>
              {e.startsOn === e.endsOn ? formatDate(e.startsOn) : `${formatDate(e.startsOn)}–${formatDate(e.endsOn)}`}:{' '}
              {e.closed ? m.centres.closed : intervalsText(e.intervals)} — {e.reason}{' '}
              {editable && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={fill(m.centres.removeExceptionOf, { date: formatDate(e.startsOn) })}
                  onClick={() =>
                    void run(
                      () =>
                        client.DELETE('/api/v1/points/{id}/exceptions/{exceptionId}', {
                          params: { path: { id: point.id, exceptionId: e.id } },
                        }),
                      m.centres.exceptionRemoved,
                    )
                  }
                >
                  {m.centres.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          className="form"
          onSubmit={add}
          noValidate
          aria-label={fill(m.centres.addExceptionTo, { name: point.name })}
        >
          <ErrorSummary error={error} fields={fields} />
          <div className="filters__grid">
            <TextField
              id={`${prefix}-starts`}
              label={m.centres.startsOn}
              type="date"
              value={startsOn}
              onChange={setStartsOn}
              error={fieldError(error, '/startsOn')}
            />
            <TextField
              id={`${prefix}-ends`}
              label={m.centres.endsOn}
              type="date"
              value={endsOn}
              onChange={setEndsOn}
              error={fieldError(error, '/endsOn')}
              optional
            />
          </div>
          <div className="checkbox">
            <input
              id={`${prefix}-closed`}
              type="checkbox"
              checked={closed}
              onChange={(e) => setClosed(e.target.checked)}
            />
            <label htmlFor={`${prefix}-closed`}>{m.centres.closedAllDay}</label>
          </div>
          {!closed && (
            <TextField
              id={`${prefix}-hours`}
              label={m.centres.specialHours}
              hint={m.centres.hoursHint}
              value={hours}
              onChange={setHours}
              error={fieldError(error, '/intervals')}
            />
          )}
          <TextField
            id={`${prefix}-reason`}
            label={m.centres.reason}
            value={reason}
            onChange={setReason}
            error={fieldError(error, '/reason')}
          />
          <div className="actions">
            <button type="submit" className="button button--secondary">
              {m.centres.addException}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
