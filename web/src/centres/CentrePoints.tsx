// The centre's service points (BV-1.2, BV-1.8): each with its details and functions (BV-2.1), weekly hours and
// exceptions; a form to add a point. Editable by the centre's editors (maintainer, municipality admin, head).
import { useState, type FormEvent } from 'react';
import { type ApiBody, client, fieldError } from '../api.ts';
import { Conflict } from '../shared/Conflict.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { reapply } from '../shared/conflict.ts';
import { TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';
import { useConflict } from '../shared/useConflict.ts';
import { CentreExceptions } from './CentreExceptions.tsx';
import { CentreHoursEditor } from './CentreHoursEditor.tsx';
import { functionName, weekText, type CentreDetail, type PointFunction, type PointOut } from './CentreShared.tsx';

interface PointForm {
  name: string;
  address: string;
  latitude: string;
  longitude: string;
  phone: string;
  email: string;
  functions: string[];
}

const formOf = (p?: PointOut): PointForm => ({
  name: p?.name ?? '',
  address: p?.address ?? '',
  latitude: p?.latitude?.toString() ?? '',
  longitude: p?.longitude?.toString() ?? '',
  phone: p?.phone ?? '',
  email: p?.email ?? '',
  functions: p?.functions.map((f) => f.code) ?? [],
});

const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

type PointBody = ApiBody<'createCentrePoint'>;

const bodyOf = (form: PointForm): PointBody => ({
  name: form.name,
  address: form.address,
  latitude: number(form.latitude),
  longitude: number(form.longitude),
  phone: form.phone.trim() || null,
  email: form.email.trim() || null,
  // The codes offered are the API's own (GET /api/v1/point-functions).
  functions: form.functions as PointBody['functions'],
});

interface PointFormProps {
  id: string;
  point?: PointOut;
  functions: PointFunction[];
  /** `version`: the point's version the form read (If-Match), for a change of an existing point. */
  onSave(body: PointBody, version?: number): Promise<void>;
  /** An existing point: read it as it is now (for a conflict) and reload the page. */
  existing?: { load(): Promise<PointOut>; reload(): void };
  submitLabel: string;
}

function PointDetailsForm({ id, point, functions, onSave, existing, submitLabel }: PointFormProps) {
  const { m, lang } = useI18n();
  const { announce } = useStatus();
  const [form, setForm] = useState(() => formOf(point));
  const [error, setError] = useState<unknown>(null);
  const { conflict, guard, close } = useConflict<PointOut, PointForm>();
  const set = (key: keyof Omit<PointForm, 'functions'>) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const fields: FieldMap = Object.fromEntries(
    (['name', 'address', 'latitude', 'longitude', 'phone', 'email'] as const).map((k) => [
      `/${k}`,
      { id: `${id}-${k}`, label: m.centres.point[k] },
    ]),
  );

  /** A change of an existing point goes over the version read; another person's change meanwhile opens the conflict. */
  const write = async (over: PointOut | undefined, base: PointForm, values: PointForm) => {
    setError(null);
    try {
      if (over && existing) await guard(base, values, () => onSave(bodyOf(values), over.version), existing.load);
      else await onSave(bodyOf(values));
      if (!point) setForm(formOf());
    } catch (e) {
      setError(e);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void write(point, formOf(point), form);
  };
  const showFunctions = (pointer: string, value: unknown) =>
    pointer === '/functions' && Array.isArray(value)
      ? value
          .map((code) => functions.find((f) => f.code === code))
          .map((f) => (f ? functionName(lang, f) : ''))
          .join('; ')
      : undefined;

  const text = (key: keyof Omit<PointForm, 'functions'>, optional = false, type = 'text') => (
    <TextField
      id={`${id}-${key}`}
      label={m.centres.point[key]}
      value={form[key]}
      onChange={set(key)}
      error={fieldError(error, `/${key}`)}
      optional={optional}
      type={type}
    />
  );
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={fields} />
      {conflict && existing && (
        <Conflict
          id={`${id}-conflict`}
          base={conflict.base}
          theirs={formOf(conflict.theirs)}
          mine={conflict.mine}
          version={conflict.theirs.version}
          labelOf={(pointer) => fields[pointer]?.label ?? m.centres.functions}
          show={showFunctions}
          onReapply={() =>
            void write(
              conflict.theirs,
              formOf(conflict.theirs),
              reapply(conflict.base, formOf(conflict.theirs), conflict.mine),
            )
          }
          onDiscard={() => {
            setForm(formOf(conflict.theirs));
            close();
            announce(m.conflict.discarded);
            existing.reload();
          }}
        />
      )}
      {text('name')}
      {text('address')}
      <div className="filters__grid">
        {text('latitude', true)}
        {text('longitude', true)}
      </div>
      {text('phone', true, 'tel')}
      {text('email', true, 'email')}
      <fieldset className="fieldset">
        <legend>{m.centres.functions}</legend>
        {functions.map((f) => (
          <div key={f.code} className="checkbox">
            <input
              id={`${id}-fn-${f.code}`}
              type="checkbox"
              checked={form.functions.includes(f.code)}
              onChange={(e) =>
                setForm((s) => ({
                  ...s,
                  functions: e.target.checked ? [...s.functions, f.code] : s.functions.filter((c) => c !== f.code),
                }))
              }
            />
            <label htmlFor={`${id}-fn-${f.code}`}>{functionName(lang, f)}</label>
          </div>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

function ScheduleSummary({ point }: { point: PointOut }) {
  const { m } = useI18n();
  if (point.schedules.length === 0) return <p>{m.centres.noHours}</p>;
  return (
    <ul>
      {point.schedules.map((s) => (
        <li key={s.id}>
          <strong>{s.label ?? (s.validFrom ? m.centres.seasonal : m.centres.defaultSchedule)}</strong>
          {': '}
          {weekText(m, s.days, m.centres.closed)}
        </li>
      ))}
    </ul>
  );
}

export function CentrePoints({ centre, onChanged }: { centre: CentreDetail; onChanged(): void }) {
  const { m, lang } = useI18n();
  const { announce } = useStatus();
  const editable = centre.rights.includes('edit_points');
  const functions = useGet(editable ? '/api/v1/point-functions' : null);
  const saved = (message: string) => () => {
    announce(message);
    onChanged();
  };
  /** The point as it is now: what a conflict shows as the other person's version. */
  const load = (pointId: string) => async () => {
    const now = await client.GET('/api/v1/centres/{id}', { params: { path: { id: centre.id } } });
    const found = now.points.find((x) => x.id === pointId);
    if (!found) throw new Error('point gone');
    return found;
  };

  return (
    <section aria-labelledby="points-title" className="panel">
      <h2 id="points-title">{m.centres.points}</h2>
      {centre.points.map((p) => (
        <section key={p.id} aria-labelledby={`edit-point-${p.id}`} className="point">
          <h3 id={`edit-point-${p.id}`}>{p.name}</h3>
          <p>{p.address}</p>
          <p className="small">{p.functions.map((f) => functionName(lang, f)).join(' · ')}</p>
          {editable ? (
            <>
              <details>
                <summary>{fill(m.centres.editPoint, { name: p.name })}</summary>
                <PointDetailsForm
                  id={`point-${p.id}`}
                  point={p}
                  functions={functions.data?.items ?? []}
                  submitLabel={m.centres.save}
                  existing={{ load: load(p.id), reload: onChanged }}
                  onSave={async (body, version) => {
                    await client.PATCH('/api/v1/points/{id}', {
                      params: { path: { id: p.id } },
                      body,
                      ifMatch: version,
                    });
                    saved(m.centres.pointSaved)();
                  }}
                />
              </details>
              <h4>{m.centres.weeklyHours}</h4>
              <CentreHoursEditor point={p} onSaved={onChanged} load={load(p.id)} />
            </>
          ) : (
            <ScheduleSummary point={p} />
          )}
          <CentreExceptions point={p} editable={editable} onChanged={onChanged} />
        </section>
      ))}
      {editable && (
        <details>
          <summary>{m.centres.addPoint}</summary>
          <PointDetailsForm
            id="new-point"
            functions={functions.data?.items ?? []}
            submitLabel={m.centres.addPoint}
            onSave={async (body) => {
              await client.POST('/api/v1/centres/{id}/points', { params: { path: { id: centre.id } }, body });
              saved(m.centres.pointAdded)();
            }}
          />
        </details>
      )}
    </section>
  );
}
