// SR-23: the holder's evaluation of a year with its improvement measures (SR-23.1 … SR-23.3); saving it fulfils the
// duty due 1 April of the next year. Shown filled in when one is recorded.
import { useEffect, useState, type FormEvent } from 'react';
import { client, fieldError, withQuery } from '../api.ts';
import { Link, useLocation } from '../app/router.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextAreaField, type FieldMap } from '../shared/Field.tsx';
import { formatDate } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useGet } from '../useApi.ts';

const FIELDS = ['serviceListChanges', 'processImprovements', 'accessibilityMeasures'] as const;

export function IndicatorEvaluationPage() {
  const { m } = useI18n();
  const t = m.evaluation;
  const { announce } = useStatus();
  const { query } = useLocation();
  const holderId = query.get('holderId') ?? '';
  const year = Number(query.get('year'));
  const existing = useGet(holderId ? '/api/v1/indicators/evaluations' : null, {
    params: { query: { holderId, year } },
  });
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string>>({
    serviceListChanges: '',
    processImprovements: '',
    accessibilityMeasures: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [savedOn, setSavedOn] = useState<string | null>(null);
  useEffect(() => {
    const e = existing.data?.evaluation;
    if (!e) return;
    setValues({
      serviceListChanges: e.serviceListChanges,
      processImprovements: e.processImprovements,
      accessibilityMeasures: e.accessibilityMeasures,
    });
    setSavedOn(e.recordedOn);
  }, [existing.data]);
  const fields: FieldMap = Object.fromEntries(FIELDS.map((f) => [`/${f}`, { id: `ev-${f}`, label: t[f] }]));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const row = await client.PUT('/api/v1/indicators/evaluations', { body: { holderId, year, ...values } });
      setSavedOn(row.recordedOn);
      announce(fill(t.saved, { date: formatDate(row.recordedOn) }));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Page title={`${t.title} ${year}`}>
      <p>{t.intro}</p>
      <p>
        <Link to={withQuery('/indicators', { holderId, year: String(year) })}>{t.back}</Link>
      </p>
      {savedOn && <p role="status">{fill(t.saved, { date: formatDate(savedOn) })}</p>}
      <form className="form" onSubmit={save} noValidate aria-label={t.title}>
        <ErrorSummary error={error} fields={fields} />
        {FIELDS.map((f) => (
          <TextAreaField
            key={f}
            id={`ev-${f}`}
            label={t[f]}
            value={values[f]}
            onChange={(v) => setValues((old) => ({ ...old, [f]: v }))}
            maxLength={4000}
            required
            error={fieldError(error, `/${f}`)}
          />
        ))}
        <button type="submit" className="button">
          {t.save}
        </button>
      </form>
    </Page>
  );
}
