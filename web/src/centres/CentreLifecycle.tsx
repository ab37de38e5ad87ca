// The centre's status and the lifecycle steps the caller may take now (planned → operating → liquidation decided →
// closed). Deciding to liquidate needs the decision; the API computes the closing deadline (DR-12.3).
import { Fragment, useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import type { CentreAction, CentreDetail } from './CentreShared.tsx';

export function CentreLifecycle({ centre, onChanged }: { centre: CentreDetail; onChanged(): void }) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [action, setAction] = useState<CentreAction | ''>('');
  const [date, setDate] = useState('');
  const [basis, setBasis] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    setBusy(true);
    setError(null);
    try {
      await client.POST('/api/v1/centres/{id}/transitions', {
        params: { path: { id: centre.id } },
        body: { action, ...(date ? { date } : {}), ...(basis.trim() ? { basis: basis.trim() } : {}) },
      });
      announce(m.centres.statusChanged);
      setAction('');
      setDate('');
      setBasis('');
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const facts: [string, string | null][] = [
    [m.centres.openedOn, centre.openedOn],
    [m.centres.liquidationDecidedOn, centre.liquidationDecidedOn],
    [m.centres.closingDeadline, centre.closingDeadline],
    [m.centres.closedOn, centre.closedOn],
  ];

  return (
    <section aria-labelledby="centre-status-title" className="panel">
      <h2 id="centre-status-title">{m.centres.statusTitle}</h2>
      <dl className="details">
        <dt>{m.centres.status}</dt>
        <dd>
          <span className={centre.status === 'operating' ? 'tag tag--ok' : 'tag tag--off'}>
            {m.centres.statuses[centre.status]}
          </span>
        </dd>
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{formatDate(value)}</dd>
            </Fragment>
          ))}
        {centre.liquidationBasis && (
          <>
            <dt>{m.centres.basis}</dt>
            <dd>{centre.liquidationBasis}</dd>
          </>
        )}
      </dl>
      {centre.actions.length > 0 && (
        <form className="form" onSubmit={submit} noValidate>
          <ErrorSummary error={error} />
          <fieldset className="fieldset">
            <legend>{m.centres.nextStep}</legend>
            <div className="radios">
              {centre.actions.map((a) => (
                <label key={a} className="radio">
                  <input
                    type="radio"
                    name="centre-action"
                    value={a}
                    checked={action === a}
                    onChange={() => setAction(a)}
                  />
                  {m.centres.actions[a]}
                </label>
              ))}
            </div>
          </fieldset>
          {action && (
            <>
              <TextField
                id="centre-step-date"
                label={m.centres.stepDate}
                hint={m.centres.stepDateHint}
                type="date"
                value={date}
                onChange={setDate}
                error={fieldError(error, '/date')}
                optional
              />
              {action === 'decide_liquidation' && (
                <TextField
                  id="centre-step-basis"
                  label={m.centres.basis}
                  hint={m.centres.basisHint}
                  value={basis}
                  onChange={setBasis}
                  error={fieldError(error, '/basis')}
                />
              )}
              <div className="actions">
                <button
                  type="submit"
                  className={action === 'open' ? 'button' : 'button button--danger'}
                  disabled={busy}
                >
                  {m.centres.actions[action]}
                </button>
              </div>
            </>
          )}
        </form>
      )}
    </section>
  );
}
