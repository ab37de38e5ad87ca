// The editor's buttons, only those the caller's rights and the service's state allow (the API says which):
// save the draft (or register a new service, SR-9), publish (SR-5; unsaved changes are saved first), confirm for
// this quarter (SR-11), and withdraw — after a second, explicit confirmation.
import { useState } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { ServiceDetailOut } from './CatalogueShared.tsx';

interface Props {
  service: ServiceDetailOut | null;
  editable: boolean;
  dirty: boolean;
  busy: boolean;
  onPublish(): void;
  onWithdraw(): void;
  onVerify(): void;
}

export function ServiceActions({ service, editable, dirty, busy, onPublish, onWithdraw, onVerify }: Props) {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  const [confirming, setConfirming] = useState(false);
  const canPublish =
    !!service &&
    service.rights.includes('publish') &&
    (service.transitions.includes('published') || (dirty && editable));
  const canWithdraw = !!service && service.transitions.includes('withdrawn');
  const canVerify = !!service && service.rights.includes('verify') && service.status !== 'withdrawn';
  if (!editable && !canPublish && !canWithdraw && !canVerify) return null;
  return (
    <div className="service-actions" id="svc-actions" tabIndex={-1}>
      {dirty && service && <p className="muted">{e.unsaved}</p>}
      <div className="actions">
        {editable && (
          <button type="submit" className="button" disabled={busy}>
            {service ? e.saveDraft : e.register}
          </button>
        )}
        {canPublish && (
          <button type="button" className="button" disabled={busy} onClick={onPublish}>
            {e.publish}
          </button>
        )}
        {canVerify && service && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={onVerify}>
            {fill(e.verify, { quarter: service.verification.currentQuarter })}
          </button>
        )}
        {canWithdraw && !confirming && (
          <button type="button" className="button button--danger" disabled={busy} onClick={() => setConfirming(true)}>
            {e.withdraw}
          </button>
        )}
      </div>
      {canWithdraw && confirming && (
        <fieldset className="confirm alert alert--warning" aria-labelledby="svc-withdraw-question">
          <p id="svc-withdraw-question">{e.withdrawQuestion}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              // biome-ignore lint/a11y/noAutofocus: the question opens on a keyboard action; focus goes to its answer.
              autoFocus
              onClick={() => {
                setConfirming(false);
                onWithdraw();
              }}
            >
              {e.withdrawConfirm}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {m.common.cancel}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
