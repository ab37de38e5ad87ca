// SR-11's law changes of a service: each with the day it takes effect and its state in words (was the description
// published updated by then?), a small form to record one (the holder's describers and the ministry), and deleting
// one recorded by mistake while it is pending — after a second, explicit confirmation.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { client, fieldError, type components } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';

/** One law change as GET /api/v1/services/{id}/law-changes lists it. */
type LawChangeOut = components['schemas']['ServiceLawChange'];
type LawChangeState = LawChangeOut['state'];

const TAGS: Record<LawChangeState, string> = {
  pending: 'tag',
  met: 'tag tag--ok',
  late: 'tag tag--off',
  overdue: 'tag tag--bad',
  void: 'tag tag--off',
};

function StateCell({ change }: { change: LawChangeOut }) {
  const { m } = useI18n();
  const l = m.catalogue.editor.lawChanges;
  return (
    <td>
      <span className={TAGS[change.state]}>{l.states[change.state]}</span>
      {change.publishedAt && (
        <span className="muted small"> {fill(l.publishedAt, { date: formatDateTime(change.publishedAt) })}</span>
      )}
    </td>
  );
}

function DeleteCell({ change, busy, onDelete }: { change: LawChangeOut; busy: boolean; onDelete(): void }) {
  const { m } = useI18n();
  const l = m.catalogue.editor.lawChanges;
  const [confirming, setConfirming] = useState(false);
  if (!change.canDelete) return <td />;
  const question = `law-change-${change.id}-question`;
  return (
    <td>
      {!confirming ? (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          {fill(l.delete, { title: change.title })}
        </button>
      ) : (
        <fieldset className="confirm" aria-labelledby={question}>
          <p id={question}>{fill(l.deleteQuestion, { title: change.title })}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--danger button--small"
              disabled={busy}
              // biome-ignore lint/a11y/noAutofocus: the question opens on a keyboard action; focus goes to its answer.
              autoFocus
              onClick={onDelete}
            >
              {l.deleteConfirm}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setConfirming(false)}
            >
              {m.common.cancel}
            </button>
          </div>
        </fieldset>
      )}
    </td>
  );
}

function RecordForm({ serviceId, onDone }: { serviceId: string; onDone(): void }) {
  const { m } = useI18n();
  const l = m.catalogue.editor.lawChanges;
  const { announce } = useStatus();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields: FieldMap = {
    '/title': { id: 'law-change-title', label: l.titleField },
    '/url': { id: 'law-change-url', label: l.url },
    '/effectiveOn': { id: 'law-change-effective', label: l.effectiveOnField },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await client.POST('/api/v1/services/{id}/law-changes', {
        params: { path: { id: serviceId } },
        body: { title: title.trim(), ...(url.trim() ? { url: url.trim() } : {}), effectiveOn },
      });
      announce(fill(l.recordedNow, { title: created.title }));
      setTitle('');
      setUrl('');
      setEffectiveOn('');
      onDone();
    } catch (x) {
      setError(x);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="law-change-form-title">
      <h3 id="law-change-form-title">{l.formTitle}</h3>
      <ErrorSummary error={error} fields={fields} />
      <TextField
        id="law-change-title"
        label={l.titleField}
        hint={l.titleHint}
        value={title}
        onChange={setTitle}
        error={fieldError(error, '/title')}
        maxLength={500}
        required
      />
      <TextField
        id="law-change-url"
        label={l.url}
        hint={l.urlHint}
        optional
        type="url"
        value={url}
        onChange={setUrl}
        error={fieldError(error, '/url')}
        maxLength={1000}
      />
      <TextField
        id="law-change-effective"
        label={l.effectiveOnField}
        type="date"
        value={effectiveOn}
        onChange={setEffectiveOn}
        error={fieldError(error, '/effectiveOn')}
        required
      />
      <div className="actions">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {l.record}
        </button>
      </div>
    </form>
  );
}

/** `round` changes when the service was saved or published: the states are read again. */
export function ServiceLawChanges({ serviceId, round }: { serviceId: string; round: string }) {
  const { m } = useI18n();
  const l = m.catalogue.editor.lawChanges;
  const { announce } = useStatus();
  const { data, error, reload } = useGet('/api/v1/services/{id}/law-changes', { params: { path: { id: serviceId } } });
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(round);
  useEffect(() => {
    if (round !== first.current) reload();
  }, [round, reload]);

  const remove = async (change: LawChangeOut) => {
    setBusy(true);
    setDeleteError(null);
    try {
      await client.DELETE('/api/v1/services/{id}/law-changes/{changeId}', {
        params: { path: { id: serviceId, changeId: change.id } },
      });
      announce(fill(l.deletedNow, { title: change.title }));
      reload();
      // The row and its buttons are gone: keep the keyboard's place at the section.
      heading.current?.focus();
    } catch (x) {
      setDeleteError(x);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="svc-law-changes-title" className="panel">
      <h2 id="svc-law-changes-title" ref={heading} tabIndex={-1}>
        {l.title}
      </h2>
      <p>{l.intro}</p>
      <ErrorSummary error={error ?? deleteError} />
      {data && data.items.length === 0 && <p>{l.none}</p>}
      {data && data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{l.title}</caption>
            <thead>
              <tr>
                <th scope="col">{l.act}</th>
                <th scope="col">{l.effectiveOn}</th>
                <th scope="col">{l.state}</th>
                <th scope="col">{l.recordedBy}</th>
                <th scope="col">
                  <span className="visually-hidden">{l.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="rule-title">
                    {c.url ? <a href={c.url}>{c.title}</a> : c.title}
                  </th>
                  <td>{formatDate(c.effectiveOn)}</td>
                  <StateCell change={c} />
                  <td>
                    {c.recordedBy.name}
                    {c.recordedBy.organisation && <>, {c.recordedBy.organisation}</>}
                    <br />
                    <span className="muted small">{formatDateTime(c.recordedAt)}</span>
                  </td>
                  <DeleteCell change={c} busy={busy} onDelete={() => void remove(c)} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data?.canRecord && <RecordForm serviceId={serviceId} onDone={reload} />}
    </section>
  );
}
