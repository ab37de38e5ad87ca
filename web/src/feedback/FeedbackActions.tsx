// What the caller may do with an open case: answer it (CR-17.13; text, day, channel), route it to the centre or
// the service's holder with a reason (CR-19.7, CR-20.7), or escalate it to level 2 (SR-19.2). Each form shows the
// API's errors at their fields and hands the case as it now is back to the page.
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { ServicePicker } from './FeedbackServicePicker.tsx';
import { ADDRESSEES, ANSWER_CHANNELS, type Addressee, type CaseDetail, type ServiceOption } from './FeedbackShared.tsx';

interface Props {
  c: CaseDetail;
  onChanged(next: CaseDetail): void;
}

/** Posts to one of the case's action routes; announces and hands back the case, or keeps the error. */
function useAction(c: CaseDetail, what: string, done: string, onChanged: (next: CaseDetail) => void) {
  const { announce } = useStatus();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (body: unknown): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const next = await api.post<CaseDetail>(`/api/v1/feedback-cases/${c.id}/${what}`, body);
      announce(done);
      onChanged(next);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function ActionForm({
  titleId,
  title,
  children,
  onSubmit,
}: {
  titleId: string;
  title: string;
  children: ReactNode;
  onSubmit(): void;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {children}
    </form>
  );
}

export function AnswerForm({ c, onChanged }: Props) {
  const { m } = useI18n();
  const f = m.feedback;
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<string>(
    c.submitter?.replyChannel === 'in_person' ? 'in_person' : (c.submitter?.replyChannel ?? 'email'),
  );
  const [answeredOn, setAnsweredOn] = useState('');
  const action = useAction(c, 'answer', f.answered, onChanged);
  const fields: FieldMap = {
    '/text': { id: 'fb-answer-text', label: f.answerText },
    '/channel': { id: 'fb-answer-channel', label: f.answerChannel },
    '/answeredOn': { id: 'fb-answer-date', label: f.answeredOn },
  };
  const submit = () => void action.run({ text, channel, ...(answeredOn ? { answeredOn } : {}) });
  return (
    <ActionForm titleId="fb-answer-form-title" title={f.saveAnswer} onSubmit={submit}>
      <ErrorSummary error={action.error} fields={fields} />
      <TextAreaField
        id="fb-answer-text"
        label={f.answerText}
        value={text}
        onChange={setText}
        maxLength={4000}
        rows={6}
        error={fieldError(action.error, '/text')}
      />
      <SelectField
        id="fb-answer-channel"
        label={f.answerChannel}
        value={channel}
        onChange={setChannel}
        options={ANSWER_CHANNELS.map((a) => ({ value: a, label: f.answerChannels[a] }))}
        error={fieldError(action.error, '/channel')}
      />
      <TextField
        id="fb-answer-date"
        label={f.answeredOn}
        hint={f.answerHint}
        type="date"
        value={answeredOn}
        onChange={setAnsweredOn}
        error={fieldError(action.error, '/answeredOn')}
        optional
      />
      <div className="actions">
        <button type="submit" className="button" disabled={action.busy}>
          {f.saveAnswer}
        </button>
      </div>
    </ActionForm>
  );
}

export function RouteForm({ c, onChanged }: Props) {
  const { m } = useI18n();
  const f = m.feedback;
  const [to, setTo] = useState<Addressee>(c.addressee.kind === 'centre' ? 'holder' : 'centre');
  const [service, setService] = useState<ServiceOption | undefined>(undefined);
  const [reason, setReason] = useState('');
  const action = useAction(c, 'routing', f.routed, (next) => {
    setReason('');
    setService(undefined);
    onChanged(next);
  });
  const fields: FieldMap = {
    '/to': { id: 'fb-route-to-centre', label: f.routeTo },
    '/serviceId': { id: 'fb-route-service', label: f.routeService },
    '/reason': { id: 'fb-route-reason', label: f.reason },
  };
  const submit = () => void action.run({ to, reason, ...(service ? { serviceId: service.id } : {}) });
  return (
    <ActionForm titleId="fb-route-title" title={f.routeTitle} onSubmit={submit}>
      <ErrorSummary error={action.error} fields={fields} />
      <fieldset className="fieldset">
        <legend>{f.routeTo}</legend>
        <div className="radios">
          {ADDRESSEES.map((a) => (
            <label key={a} className="radio">
              <input
                type="radio"
                id={`fb-route-to-${a}`}
                name="fb-route-to"
                value={a}
                checked={to === a}
                onChange={() => setTo(a)}
              />
              {f.addressees[a]}
            </label>
          ))}
        </div>
        {fieldError(action.error, '/to') && <p className="field__error">{fieldError(action.error, '/to')}</p>}
      </fieldset>
      {to === 'holder' && (
        <ServicePicker
          id="fb-route-service"
          label={f.routeService}
          value={service}
          onChange={setService}
          error={fieldError(action.error, '/serviceId')}
        />
      )}
      <TextAreaField
        id="fb-route-reason"
        label={f.reason}
        value={reason}
        onChange={setReason}
        maxLength={1000}
        rows={3}
        error={fieldError(action.error, '/reason')}
      />
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={action.busy}>
          {f.route}
        </button>
      </div>
    </ActionForm>
  );
}

export function EscalateForm({ c, onChanged }: Props) {
  const { m } = useI18n();
  const f = m.feedback;
  const [reason, setReason] = useState('');
  const action = useAction(c, 'escalation', f.escalated, onChanged);
  const fields: FieldMap = { '/reason': { id: 'fb-escalate-reason', label: f.reason } };
  return (
    <ActionForm titleId="fb-escalate-title" title={f.escalateTitle} onSubmit={() => void action.run({ reason })}>
      <p className="field__hint">{f.escalateHint}</p>
      <ErrorSummary error={action.error} fields={fields} />
      <TextAreaField
        id="fb-escalate-reason"
        label={f.reason}
        value={reason}
        onChange={setReason}
        maxLength={1000}
        rows={3}
        error={fieldError(action.error, '/reason')}
      />
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={action.busy}>
          {f.escalate}
        </button>
      </div>
    </ActionForm>
  );
}
