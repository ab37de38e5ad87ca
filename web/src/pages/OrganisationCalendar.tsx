// A municipality's choice about the Cabinet's transfers of working days: they bind state institutions and are only
// recommended to municipalities, so a municipality may count its deadlines without them.
import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { useStatus } from '../components/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import type { Organisation } from './OrganisationForm.tsx';

export function OrganisationCalendar({ organisation, editable, onChanged }: { organisation: Organisation; editable: boolean; onChanged: () => void }) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [follows, setFollows] = useState(organisation.followsCabinetTransfers);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.put(`/api/v1/organisations/${organisation.id}/calendar`, { followsCabinetTransfers: follows });
      announce(m.calendar.optOutSaved);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="organisation-calendar-title" className="panel">
      <h2 id="organisation-calendar-title">{m.calendar.optOutTitle}</h2>
      <p>{organisation.followsCabinetTransfers ? m.calendar.optOutFollows : m.calendar.optOutNotFollows}</p>
      {editable && (
        <form className="form" onSubmit={submit} noValidate>
          <ErrorSummary error={error} />
          <p id="organisation-follows-transfers-hint" className="field__hint">
            {m.calendar.optOutHint}
          </p>
          <div className="checkbox">
            <input id="organisation-follows-transfers" type="checkbox" checked={follows} onChange={(e) => setFollows(e.target.checked)} aria-describedby="organisation-follows-transfers-hint" />
            <label htmlFor="organisation-follows-transfers">{m.calendar.optOutLabel}</label>
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {m.calendar.optOutSave}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
