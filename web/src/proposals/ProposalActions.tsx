// The step the current user may take now on a proposal (the server lists them in `actions`): one small form per step,
// posting to the step's route, with the API's errors shown at their fields and the proposal as it now is handed back.
import { useState, type FormEvent } from 'react';
import { api, fieldError } from '../api.ts';
import { DocumentUpload } from '../shared/DocumentUpload.tsx';
import type { DocumentMeta } from '../shared/DocumentLink.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextAreaField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { rigaToday } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { ProposalDetail } from './ProposalShared.tsx';

type Step = ProposalDetail['actions'][number];

interface Props {
  p: ProposalDetail;
  step: Step;
  onChanged(next: ProposalDetail): void;
}

function Check({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
}) {
  return (
    <div className="field">
      <div className="checkbox">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

/** Where each step posts (the decision is the committee's: it is taken in the committee's pages). */
function pathOf(p: ProposalDetail, step: Step): string | null {
  const base = `/api/v1/proposals/${p.id}`;
  switch (step.action) {
    case 'answer_holder':
      return `${base}/holder-answer`;
    case 'answer_centre':
      return `${base}/centre-answers`;
    case 'prepare_information':
      return `${base}/information`;
    case 'record_training':
      return `${base}/training`;
    case 'publish_guidance':
      return `${base}/guidance`;
    case 'start_centre':
      return `${base}/centres/${step.centreId}/start`;
    case 'withdraw':
      return `${base}/withdrawal`;
    case 'exclude':
      return `${base}/exclusion`;
    default:
      return null;
  }
}

export function StepForm({ p, step, onChanged }: Props) {
  const { m } = useI18n();
  const t = m.proposals;
  const { announce } = useStatus();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [flag, setFlag] = useState(true);
  const [day, setDay] = useState(rigaToday());
  const [doc, setDoc] = useState<DocumentMeta | null>(null);
  const path = pathOf(p, step);
  if (!path) return null;
  const id = `step-${step.action}-${step.centreId ?? 'p'}`;
  const centre = step.centreName ?? '';
  const title: Record<string, string> = {
    answer_holder: t.holderAnswerTitle,
    answer_centre: fill(t.centreAnswerTitle, { centre }),
    prepare_information: t.informationTitle,
    record_training: t.trainingTitle,
    publish_guidance: t.guidanceTitle,
    start_centre: fill(t.startTitle, { centre }),
    withdraw: t.withdrawTitle,
    exclude: t.excludeTitle,
  };
  const body = (): unknown => {
    const withNote = note.trim() ? { note } : {};
    switch (step.action) {
      case 'answer_holder':
        return { ready: flag, ...withNote };
      case 'answer_centre':
        return { centreId: step.centreId, willing: flag, ...withNote };
      case 'record_training':
        return { heldOn: day, ...withNote };
      case 'publish_guidance':
        return { documentId: doc?.id ?? '', ...withNote };
      case 'start_centre':
        return { startedOn: day };
      case 'withdraw':
        return { reason: note };
      default:
        return withNote;
    }
  };
  const fields: FieldMap = {
    '/note': { id: `${id}-note`, label: t.note },
    '/reason': { id: `${id}-note`, label: t.reason },
    '/heldOn': { id: `${id}-day`, label: t.heldOn },
    '/startedOn': { id: `${id}-day`, label: t.startedOnLabel },
    '/documentId': { id: `${id}-doc`, label: t.guidanceFile },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await api.post<ProposalDetail>(path, body());
      announce(t.saved);
      onChanged(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const a = step.action;
  const dated = a === 'record_training' || a === 'start_centre';
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title[a]}</h3>
      {a === 'prepare_information' && <p className="field__hint">{t.informationHint}</p>}
      {a === 'exclude' && <p className="field__hint">{t.excludeHint}</p>}
      <ErrorSummary error={error} fields={fields} />
      {a === 'answer_holder' && (
        <Check id={`${id}-flag`} label={t.holderReadyLabel} checked={flag} onChange={setFlag} />
      )}
      {a === 'answer_centre' && <Check id={`${id}-flag`} label={t.centreWilling} checked={flag} onChange={setFlag} />}
      {dated && (
        <TextField
          id={`${id}-day`}
          label={a === 'record_training' ? t.heldOn : t.startedOnLabel}
          type="date"
          value={day}
          onChange={setDay}
          error={fieldError(error, a === 'record_training' ? '/heldOn' : '/startedOn')}
        />
      )}
      {a === 'publish_guidance' && (
        <DocumentUpload
          id={`${id}-doc`}
          label={t.guidanceFile}
          value={doc}
          onUploaded={setDoc}
          error={fieldError(error, '/documentId')}
        />
      )}
      {a !== 'start_centre' && (
        <TextAreaField
          id={`${id}-note`}
          label={a === 'withdraw' ? t.reason : t.note}
          value={note}
          onChange={setNote}
          maxLength={a === 'withdraw' ? 1000 : 2000}
          rows={3}
          optional={a !== 'withdraw'}
          error={fieldError(error, a === 'withdraw' ? '/reason' : '/note')}
        />
      )}
      <div className="actions">
        <button type="submit" className={a === 'withdraw' ? 'button button--secondary' : 'button'} disabled={busy}>
          {t.save}
        </button>
      </div>
    </form>
  );
}
