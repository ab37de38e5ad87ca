// A municipality's choice about the Cabinet's transfers of working days: they bind state institutions and are only
// recommended to municipalities, so a municipality may count its deadlines without them.
import { useState, type FormEvent } from 'react';
import { type ApiBody, client } from '../api.ts';
import { Conflict } from '../shared/Conflict.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useConflict } from '../shared/useConflict.ts';
import type { Organisation } from './OrganisationForm.tsx';

/** PUT /api/v1/organisations/{id}/calendar. */
type Choice = ApiBody<'updateOrganisationCalendar'>;
const choiceOf = (o: Organisation): Choice => ({ followsCabinetTransfers: o.followsCabinetTransfers });

export function OrganisationCalendar({
  organisation,
  editable,
  onChanged,
}: {
  organisation: Organisation;
  editable: boolean;
  onChanged: () => void;
}) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [follows, setFollows] = useState(organisation.followsCabinetTransfers);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The choice is a field of the organisation: set over the version this page read, else the conflict opens.
  const { conflict, guard, close } = useConflict<Organisation, Choice>();

  const write = async (over: Organisation, mine: Choice, done: string) => {
    setBusy(true);
    setError(null);
    try {
      const path = { id: over.id };
      const load = () => client.GET('/api/v1/organisations/{id}', { params: { path } });
      if (
        !(await guard(
          choiceOf(over),
          mine,
          () =>
            client.PUT('/api/v1/organisations/{id}/calendar', { params: { path }, body: mine, ifMatch: over.version }),
          load,
        ))
      )
        return;
      announce(done);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write(organisation, { followsCabinetTransfers: follows }, m.calendar.optOutSaved);
  };

  return (
    <section aria-labelledby="organisation-calendar-title" className="panel">
      <h2 id="organisation-calendar-title">{m.calendar.optOutTitle}</h2>
      <p>{organisation.followsCabinetTransfers ? m.calendar.optOutFollows : m.calendar.optOutNotFollows}</p>
      {editable && (
        <form className="form" onSubmit={submit} noValidate>
          <ErrorSummary error={error} />
          {conflict && (
            <Conflict
              id="organisation-calendar-conflict"
              base={conflict.base}
              theirs={choiceOf(conflict.theirs)}
              mine={conflict.mine}
              version={conflict.theirs.version}
              labelOf={() => m.calendar.optOutLabel}
              busy={busy}
              onReapply={() => void write(conflict.theirs, conflict.mine, m.conflict.reapplied)}
              onDiscard={() => {
                close();
                setFollows(conflict.theirs.followsCabinetTransfers);
                announce(m.conflict.discarded);
                onChanged();
              }}
            />
          )}
          <p id="organisation-follows-transfers-hint" className="field__hint">
            {m.calendar.optOutHint}
          </p>
          <div className="checkbox">
            <input
              id="organisation-follows-transfers"
              type="checkbox"
              checked={follows}
              onChange={(e) => setFollows(e.target.checked)}
              aria-describedby="organisation-follows-transfers-hint"
            />
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
