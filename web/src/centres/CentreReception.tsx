// Institutions' reception hours at the centre (CR-5.3, CR-6.3, CR-19.2), every version by date; a new version
// from a day ends the previous one the day before.
import { useState, type FormEvent } from 'react';
import { ApiError, client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';
import { parseIntervalsText, weekText, weekdayName, type CentreDetail } from './CentreShared.tsx';

const WORKING_WEEK = [1, 2, 3, 4, 5];

export function CentreReception({ centre, onChanged }: { centre: CentreDetail; onChanged(): void }) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const editable = centre.rights.includes('edit_reception');
  const organisations = useGet(editable ? '/api/v1/organisations' : null);
  const [institutionId, setInstitutionId] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [days, setDays] = useState<Record<number, string>>({});
  const [error, setError] = useState<unknown>(null);
  const fields: FieldMap = {
    '/institutionId': { id: 'reception-institution', label: m.centres.institution },
    '/validFrom': { id: 'reception-from', label: m.centres.validFrom },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const week = [];
    for (const weekday of WORKING_WEEK) {
      const intervals = parseIntervalsText(days[weekday] ?? '');
      if (intervals === null) {
        setError(
          new ApiError(400, 'validation_failed', fill(m.centres.hoursUnreadable, { day: weekdayName(m, weekday) })),
        );
        return;
      }
      if (intervals.length > 0) week.push({ weekday, intervals });
    }
    try {
      await client.POST('/api/v1/centres/{id}/reception-hours', {
        params: { path: { id: centre.id } },
        body: { institutionId, validFrom, days: week },
      });
      announce(m.centres.receptionSaved);
      setDays({});
      onChanged();
    } catch (e) {
      setError(e);
    }
  };

  const receiving = (organisations.data?.items ?? []).filter((o) => o.kind === 'institution' || o.kind === 'holder');
  return (
    <section aria-labelledby="centre-reception-title" className="panel">
      <h2 id="centre-reception-title">{m.centres.reception}</h2>
      {centre.reception.length === 0 ? (
        <p>{m.centres.noReception}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{m.centres.reception}</caption>
            <thead>
              <tr>
                <th scope="col">{m.centres.institution}</th>
                <th scope="col">{m.centres.validity}</th>
                <th scope="col">{m.centres.receptionDays}</th>
              </tr>
            </thead>
            <tbody>
              {centre.reception.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.institution.shortName ?? r.institution.name}</th>
                  <td>
                    {r.validUntil
                      ? `${formatDate(r.validFrom)}–${formatDate(r.validUntil)}`
                      : fill(m.common.from, { date: formatDate(r.validFrom) })}
                    {r.inForce && <span className="tag tag--ok">{m.centres.inForce}</span>}
                  </td>
                  <td>{weekText(m, r.days, m.centres.notReceiving)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <form className="form" onSubmit={submit} noValidate aria-labelledby="reception-form-title">
          <h3 id="reception-form-title">{m.centres.newReception}</h3>
          <p className="field__hint">{m.centres.receptionHint}</p>
          <ErrorSummary error={error} fields={fields} />
          <SelectField
            id="reception-institution"
            label={m.centres.institution}
            value={institutionId}
            onChange={setInstitutionId}
            options={receiving.map((o) => ({ value: o.id, label: o.name }))}
            placeholder={m.common.choose}
            error={fieldError(error, '/institutionId')}
          />
          <TextField
            id="reception-from"
            label={m.centres.validFrom}
            type="date"
            value={validFrom}
            onChange={setValidFrom}
            error={fieldError(error, '/validFrom')}
          />
          <div className="filters__grid">
            {WORKING_WEEK.map((weekday) => (
              <TextField
                key={weekday}
                id={`reception-day-${weekday}`}
                label={weekdayName(m, weekday)}
                value={days[weekday] ?? ''}
                onChange={(v) => setDays((d) => ({ ...d, [weekday]: v }))}
                optional
              />
            ))}
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {m.centres.saveReception}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
