// Contesting (BV-4.2, BV-4.3): the stages recorded with their decisions and dates, the decision form of the stage
// that waits for one, and the form for the next stage once the previous one is decided.
import { Fragment, useState, type FormEvent } from 'react';
import { api, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { CONTEST_DECISIONS, CONTEST_SUBJECTS, type CaseDetail, type StageOut } from './FeedbackShared.tsx';

interface Props {
  c: CaseDetail;
  onChanged(next: CaseDetail): void;
}

function usePost(onChanged: (next: CaseDetail) => void, done: string) {
  const { announce } = useStatus();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const post = async (path: string, body: unknown) => {
    setBusy(true);
    setError(null);
    try {
      const next = await api.post<CaseDetail>(path, body);
      announce(done);
      onChanged(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, post };
}

function LodgeForm({ c, onChanged }: Props) {
  const { m } = useI18n();
  const t = m.feedback.contest;
  const next = c.contest.next;
  const [subject, setSubject] = useState<string>(c.contest.subject ?? 'employee_action');
  const [lodgedOn, setLodgedOn] = useState('');
  const [grounds, setGrounds] = useState('');
  const action = usePost(onChanged, t.lodged);
  const first = c.contest.subject === null;
  const fields: FieldMap = {
    '/subject': { id: 'fb-contest-subject', label: t.subject },
    '/lodgedOn': { id: 'fb-contest-lodged', label: t.lodgedOn },
    '/grounds': { id: 'fb-contest-grounds', label: t.grounds },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.post(`/api/v1/feedback-cases/${c.id}/contest-stages`, {
      ...(first ? { subject } : {}),
      lodgedOn,
      grounds,
    });
  };
  const title = next ? fill(t.lodgeTitle, { body: t.bodies[next.body] }) : t.lodge;
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="fb-lodge-title">
      <h3 id="fb-lodge-title">{title}</h3>
      <ErrorSummary error={action.error} fields={fields} />
      {first && (
        <SelectField
          id="fb-contest-subject"
          label={t.subject}
          value={subject}
          onChange={setSubject}
          options={CONTEST_SUBJECTS.map((s) => ({ value: s, label: t.subjects[s] }))}
          error={fieldError(action.error, '/subject')}
        />
      )}
      <TextField
        id="fb-contest-lodged"
        label={t.lodgedOn}
        type="date"
        value={lodgedOn}
        onChange={setLodgedOn}
        error={fieldError(action.error, '/lodgedOn')}
      />
      <TextAreaField
        id="fb-contest-grounds"
        label={t.grounds}
        value={grounds}
        onChange={setGrounds}
        maxLength={2000}
        rows={3}
        error={fieldError(action.error, '/grounds')}
      />
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={action.busy}>
          {t.lodge}
        </button>
      </div>
    </form>
  );
}

function DecideForm({ c, stage, onChanged }: Props & { stage: StageOut }) {
  const { m } = useI18n();
  const t = m.feedback.contest;
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [text, setText] = useState('');
  const action = usePost(onChanged, t.decidedSaved);
  const fields: FieldMap = {
    '/decision': { id: 'fb-decision', label: t.decision },
    '/decidedOn': { id: 'fb-decided-on', label: t.decidedOn },
    '/text': { id: 'fb-decision-text', label: t.decisionText },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.post(`/api/v1/feedback-cases/${c.id}/contest-stages/${stage.position}/decision`, {
      decision,
      decidedOn,
      text,
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="fb-decide-title">
      <h3 id="fb-decide-title">{fill(t.decideTitle, { body: t.bodies[stage.body] })}</h3>
      <ErrorSummary error={action.error} fields={fields} />
      <SelectField
        id="fb-decision"
        label={t.decision}
        value={decision}
        onChange={setDecision}
        options={CONTEST_DECISIONS.map((d) => ({ value: d, label: t.decisions[d] }))}
        placeholder={m.common.choose}
        error={fieldError(action.error, '/decision')}
      />
      <TextField
        id="fb-decided-on"
        label={t.decidedOn}
        type="date"
        value={decidedOn}
        onChange={setDecidedOn}
        error={fieldError(action.error, '/decidedOn')}
      />
      <TextAreaField
        id="fb-decision-text"
        label={t.decisionText}
        value={text}
        onChange={setText}
        maxLength={4000}
        rows={3}
        error={fieldError(action.error, '/text')}
      />
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={action.busy}>
          {t.decide}
        </button>
      </div>
    </form>
  );
}

export function ContestSection({ c, onChanged }: Props) {
  const { m } = useI18n();
  const t = m.feedback.contest;
  const may = c.rights.includes('contest');
  if (!may && c.contest.stages.length === 0) return null;
  const waiting = c.contest.stages.find((s) => s.decision === null);
  return (
    <section aria-labelledby="fb-contest-title" className="panel">
      <h2 id="fb-contest-title">{t.title}</h2>
      <p>{t.intro}</p>
      {c.contest.subject && (
        <p>
          <strong>{t.subject}:</strong> {t.subjects[c.contest.subject]}
        </p>
      )}
      {c.contest.stages.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol className="stages">
          {c.contest.stages.map((s) => (
            <li key={s.position}>
              <strong>
                {t.bodies[s.body]} ({s.clause})
              </strong>
              <dl className="details details--compact">
                <dt>{t.lodgedOn}</dt>
                <dd>{formatDate(s.lodgedOn)}</dd>
                <dt>{t.grounds}</dt>
                <dd>{s.grounds}</dd>
                <dt>{t.decision}</dt>
                <dd>
                  {s.decision ? (
                    <Fragment>
                      {t.decisions[s.decision]}, {formatDate(s.decidedOn)} — {s.decisionText}
                    </Fragment>
                  ) : (
                    <span className="tag">{t.waiting}</span>
                  )}
                </dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      {c.contest.subject && !c.contest.next && !waiting && <p>{t.complete}</p>}
      {may && waiting && <DecideForm key={waiting.position} c={c} stage={waiting} onChanged={onChanged} />}
      {may && (c.contest.next || !c.contest.subject) && (
        <LodgeForm key={c.contest.next?.position ?? 0} c={c} onChanged={onChanged} />
      )}
    </section>
  );
}
