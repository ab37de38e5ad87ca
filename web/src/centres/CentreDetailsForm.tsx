// The centre's own facts: name, kind, place, head of centre (CR-20.3), facilities (CR-17.5 … CR-17.7) and contacts
// (DR-20.1). A maintainer or the municipality's admin change them all; the head of centre only the contacts; others read.
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { Conflict } from '../shared/Conflict.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { reapply } from '../shared/conflict.ts';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useGet } from '../useApi.ts';
import { useConflict } from '../shared/useConflict.ts';
import { ChannelList } from './CentreChannels.tsx';
import { CENTRE_KINDS, type CentreDetail } from './CentreShared.tsx';

const orNull = (value: string) => value.trim() || null;
const FACILITIES = ['ipTelephony', 'publicComputer', 'freeWifi'] as const;
type Facility = (typeof FACILITIES)[number];
/** A facility as a select holds it: 'yes', 'no' or '' (not recorded). */
const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
const fromYesNo = (value: string) => (value === '' ? null : value === 'yes');

/** The centre's editable fields as the form holds them. */
const formOf = (centre: CentreDetail) => ({
  name: centre.name,
  kind: centre.kind ?? '',
  placeName: centre.placeName ?? '',
  placeLevel: centre.placeLevel ?? '',
  headUserId: centre.head?.id ?? '',
  email: centre.email ?? '',
  phone: centre.phone ?? '',
  eAddress: centre.eAddress ?? '',
  website: centre.website ?? '',
  ipTelephony: yesNo(centre.facilities.ipTelephony),
  publicComputer: yesNo(centre.facilities.publicComputer),
  freeWifi: yesNo(centre.facilities.freeWifi),
});
type CentreForm = ReturnType<typeof formOf>;

export function CentreDetailsForm({ centre, onSaved }: { centre: CentreDetail; onSaved(): void }) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const details = centre.rights.includes('edit_details');
  const contacts = centre.rights.includes('edit_contacts');
  const users = useGet(details ? '/api/v1/users' : null, {
    params: { query: { organisationId: centre.municipality.id, limit: 200 } },
  });
  const [form, setForm] = useState(() => formOf(centre));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // A saved change reloads the centre: the form shows what was stored.
  useEffect(() => setForm(formOf(centre)), [centre]);
  const set = (key: keyof CentreForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  // Only over the version this page read: another person's change meanwhile opens the conflict instead.
  const { conflict, guard, close } = useConflict<CentreDetail, CentreForm>();

  const fields: FieldMap = Object.fromEntries(
    (
      [
        'name',
        'kind',
        'placeName',
        'placeLevel',
        'headUserId',
        ...FACILITIES,
        'email',
        'phone',
        'eAddress',
        'website',
      ] as const
    ).map((k) => [`/${k}`, { id: `centre-${k}`, label: m.centres.fields[k] }]),
  );

  const bodyOf = (values: CentreForm) => {
    const body: Record<string, unknown> = {
      email: orNull(values.email),
      phone: orNull(values.phone),
      eAddress: orNull(values.eAddress),
      website: orNull(values.website),
    };
    if (details) {
      Object.assign(body, {
        name: values.name.trim(),
        kind: values.kind || null,
        placeName: orNull(values.placeName),
        placeLevel: values.placeLevel || null,
        headUserId: values.headUserId || null,
        ...Object.fromEntries(FACILITIES.map((f) => [f, fromYesNo(values[f])])),
      });
    }
    return body;
  };
  const write = async (over: CentreDetail, base: CentreForm, values: CentreForm, done: string) => {
    setBusy(true);
    setError(null);
    try {
      const load = () => client.GET('/api/v1/centres/{id}', { params: { path: { id: over.id } } });
      if (
        await guard(
          base,
          values,
          () =>
            client.PATCH('/api/v1/centres/{id}', {
              params: { path: { id: over.id } },
              body: bodyOf(values),
              ifMatch: over.version,
            }),
          load,
        )
      ) {
        announce(done);
        onSaved();
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void write(centre, formOf(centre), form, m.centres.saved);
  };
  const reapplyMine = () =>
    conflict &&
    void write(
      conflict.theirs,
      formOf(conflict.theirs),
      reapply(conflict.base, formOf(conflict.theirs), conflict.mine),
      m.conflict.reapplied,
    );
  const discardMine = () => {
    close();
    announce(m.conflict.discarded);
    onSaved();
  };
  const people = new Map((users.data?.items ?? []).map((u) => [u.id, u.name]));
  const show = (pointer: string, value: unknown) => {
    if (typeof value !== 'string' || value === '') return undefined;
    if (pointer === '/kind') return m.centres.kinds[value as keyof typeof m.centres.kinds];
    if (pointer === '/placeLevel') return m.centres.levels[value as keyof typeof m.centres.levels];
    if (value === 'yes' || value === 'no') return m.centres.facility[value];
    if (pointer === '/headUserId')
      return people.get(value) ?? (conflict?.theirs.head?.id === value ? conflict.theirs.head.name : undefined);
    return undefined;
  };

  const kindOptions = CENTRE_KINDS.map((k) => ({ value: k, label: m.centres.kinds[k] }));
  const levelOptions = CENTRE_KINDS.map((k) => ({ value: k, label: m.centres.levels[k] }));
  const yesNoOptions = (['yes', 'no'] as const).map((v) => ({ value: v, label: m.centres.facility[v] }));
  const facility = (key: Facility) => (
    <SelectField
      key={key}
      id={`centre-${key}`}
      label={m.centres.fields[key]}
      value={form[key]}
      onChange={set(key)}
      options={yesNoOptions}
      placeholder={m.centres.facility.unknown}
      error={fieldError(error, `/${key}`)}
      optional
    />
  );
  const facilityText = (value: boolean | null) => m.centres.facility[value === null ? 'unknown' : value ? 'yes' : 'no'];
  const text = (
    key: 'name' | 'placeName' | 'email' | 'phone' | 'eAddress' | 'website',
    extra: { type?: string; optional?: boolean } = {},
  ) => (
    <TextField
      id={`centre-${key}`}
      label={m.centres.fields[key]}
      value={form[key]}
      onChange={set(key)}
      error={fieldError(error, `/${key}`)}
      type={extra.type ?? 'text'}
      optional={extra.optional}
    />
  );

  return (
    <section aria-labelledby="centre-details-title">
      <h2 id="centre-details-title">{m.centres.details}</h2>
      {!details && (
        <dl className="details">
          <dt>{m.centres.fields.kind}</dt>
          <dd>{centre.kind ? m.centres.kinds[centre.kind] : '—'}</dd>
          <dt>{m.centres.fields.placeName}</dt>
          <dd>
            {[centre.placeName, centre.placeLevel ? m.centres.levels[centre.placeLevel] : null]
              .filter(Boolean)
              .join(' · ') || '—'}
          </dd>
          <dt>{m.centres.fields.headUserId}</dt>
          <dd>{centre.head?.name ?? '—'}</dd>
          {FACILITIES.map((f) => (
            <Fragment key={f}>
              <dt>{m.centres.fields[f]}</dt>
              <dd>{facilityText(centre.facilities[f])}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {!details && !contacts && <ChannelList channels={centre} />}
      {(details || contacts) && (
        <form className="form" onSubmit={save} noValidate>
          <ErrorSummary error={error} fields={fields} />
          {conflict && (
            <Conflict
              id="centre-conflict"
              base={conflict.base}
              theirs={formOf(conflict.theirs)}
              mine={conflict.mine}
              version={conflict.theirs.version}
              labelOf={(pointer) => fields[pointer]?.label ?? pointer}
              show={show}
              busy={busy}
              onReapply={reapplyMine}
              onDiscard={discardMine}
            />
          )}
          {details && (
            <>
              {text('name')}
              <SelectField
                id="centre-kind"
                label={m.centres.fields.kind}
                value={form.kind}
                onChange={set('kind')}
                options={kindOptions}
                placeholder={m.common.choose}
                error={fieldError(error, '/kind')}
              />
              {text('placeName', { optional: true })}
              <SelectField
                id="centre-placeLevel"
                label={m.centres.fields.placeLevel}
                hint={m.centres.placeLevelHint}
                value={form.placeLevel}
                onChange={set('placeLevel')}
                options={levelOptions}
                placeholder={m.common.choose}
                error={fieldError(error, '/placeLevel')}
              />
              <SelectField
                id="centre-headUserId"
                label={m.centres.fields.headUserId}
                value={form.headUserId}
                onChange={set('headUserId')}
                options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
                placeholder={m.centres.noHead}
                error={fieldError(error, '/headUserId')}
                optional
              />
              <fieldset className="fieldset">
                <legend>{m.centres.facilitiesLegend}</legend>
                {FACILITIES.map(facility)}
              </fieldset>
            </>
          )}
          {text('phone', { type: 'tel', optional: true })}
          {text('email', { type: 'email', optional: true })}
          {text('eAddress', { optional: true })}
          {text('website', { type: 'url', optional: true })}
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {m.centres.save}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
