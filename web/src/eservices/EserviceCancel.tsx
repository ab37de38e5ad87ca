// Cancelling an open authorised e-service (DR-27.3: its personal data are then removed three months after the
// cancellation day): an "Atcelt" button opens a reason field (focus moves to its heading); submitting asks for
// confirmation (focus on the confirm button); closing returns focus to the button. On success the page shows the
// cancelled state and moves focus there.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextAreaField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import type { EserviceDetail } from './EserviceShared.tsx';

export function EserviceCancel({
  eservice,
  onCancelled,
}: {
  eservice: EserviceDetail;
  onCancelled(next: EserviceDetail): void;
}) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const t = m.eservices.cancel;
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [focusTo, setFocusTo] = useState<'heading' | 'opener' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: opening or closing renders the element to focus.
  useEffect(() => {
    if (focusTo === 'heading') heading.current?.focus();
    if (focusTo === 'opener') opener.current?.focus();
  }, [focusTo, open]);
  const fields: FieldMap = { '/reason': { id: 'cancel-reason', label: t.reason } };

  if (!open) {
    return (
      <p>
        <button
          type="button"
          ref={opener}
          className="button button--secondary"
          onClick={() => {
            setOpen(true);
            setFocusTo('heading');
          }}
        >
          {t.open}
        </button>
      </p>
    );
  }

  const ask = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setConfirming(true);
  };
  const cancel = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await client.POST('/api/v1/authorised-eservices/{id}/cancel', {
        params: { path: { id: eservice.id } },
        body: { reason },
      });
      announce(t.done);
      onCancelled(next);
    } catch (e) {
      setError(e);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="cancel-title">
      <h2 id="cancel-title" ref={heading} tabIndex={-1}>
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <form className="form" onSubmit={ask} noValidate aria-labelledby="cancel-title">
        <ErrorSummary error={error} fields={fields} />
        <TextAreaField
          id="cancel-reason"
          label={t.reason}
          hint={t.reasonHint}
          value={reason}
          onChange={setReason}
          maxLength={500}
          rows={3}
          error={fieldError(error, '/reason')}
        />
        {!confirming ? (
          <div className="actions">
            <button type="submit" className="button button--danger">
              {t.submit}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setOpen(false);
                setFocusTo('opener');
              }}
            >
              {t.back}
            </button>
          </div>
        ) : (
          <fieldset className="confirm" aria-labelledby="cancel-question">
            <p id="cancel-question">{t.question}</p>
            <div className="actions">
              <button
                type="button"
                className="button button--danger"
                disabled={busy}
                // biome-ignore lint/a11y/noAutofocus: the question opens on a keyboard action; focus goes to its answer.
                autoFocus
                onClick={() => void cancel()}
              >
                {t.confirm}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                {t.back}
              </button>
            </div>
          </fieldset>
        )}
      </form>
    </section>
  );
}
