// The form of the next step of an authorised e-service (AM-1.5, DR-27.1, DR-28): native controls, labels tied to
// their inputs, every API field error shown at its field and in the summary. The API checks everything again.
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, fieldError } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField, type FieldMap } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import type { DeliveryChannel, EserviceDetail, EserviceStep } from './EserviceShared.tsx';

type Values = Record<string, string | boolean>;

const INITIAL: Record<EserviceStep, Values> = {
  identity: { name: '', personalCode: '', type: 'passport', number: '', validUntil: '' },
  portal_identification: { means: 'eid_card', confirmed: false },
  data_use_informed: { confirmed: false },
  authorisation_signed: { bothCopiesSigned: false, centreCopyArchived: false, archiveReference: '' },
  filed: { filingReference: '', dataConfirmed: false },
  completion_time_told: { plannedCompletionOn: '', none: false },
  delivery: { eAddressActivated: false, channel: 'in_person', postalAddress: '' },
  result_told: { asked: false, toldOn: '' },
  completed: { completedOn: '' },
};

/** The request body of a step from the form's values. */
function bodyOf(step: EserviceStep, v: Values): Record<string, unknown> {
  const s = (key: string) => String(v[key] ?? '');
  const b = (key: string) => v[key] === true;
  switch (step) {
    case 'identity':
      return {
        name: s('name'),
        personalCode: s('personalCode'),
        document: { type: s('type'), number: s('number'), validUntil: s('validUntil') },
      };
    case 'portal_identification':
      return { means: s('means'), confirmed: b('confirmed') };
    case 'data_use_informed':
      return { confirmed: b('confirmed') };
    case 'authorisation_signed':
      return {
        bothCopiesSigned: b('bothCopiesSigned'),
        centreCopyArchived: b('centreCopyArchived'),
        archiveReference: s('archiveReference').trim() || null,
      };
    case 'filed':
      return { filingReference: s('filingReference'), dataConfirmed: b('dataConfirmed') };
    case 'completion_time_told':
      return { plannedCompletionOn: b('none') ? null : s('plannedCompletionOn') };
    case 'delivery':
      return {
        eAddressActivated: b('eAddressActivated'),
        channel: s('channel'),
        ...(s('channel') === 'post' ? { postalAddress: s('postalAddress') } : {}),
      };
    case 'result_told':
      return b('asked') ? { asked: true, toldOn: s('toldOn') || null } : { asked: false };
    case 'completed':
      return s('completedOn') ? { completedOn: s('completedOn') } : {};
  }
}

function Check({
  id,
  label,
  checked,
  onChange,
  error,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange(value: boolean): void;
  error?: string | undefined;
}) {
  const { m } = useI18n();
  return (
    <div className={error ? 'field field--error' : undefined}>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{m.common.errorPrefix} </span>
          {error}
        </p>
      )}
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

export function EserviceStepForm({
  eservice,
  step,
  onSaved,
}: {
  eservice: EserviceDetail;
  step: EserviceStep;
  onSaved(next: EserviceDetail): void;
}) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const t = m.eservices;
  const [values, setValues] = useState<Values>(INITIAL[step]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: string) => (value: string | boolean) => setValues((old) => ({ ...old, [key]: value }));
  const id = (key: string) => `step-${step}-${key}`;
  const err = (pointer: string) => fieldError(error, pointer);

  const labels: Record<string, string> = {
    name: t.name,
    personalCode: t.code,
    'document/type': t.documentType,
    'document/number': t.documentNumber,
    'document/validUntil': t.documentValidUntil,
    means: t.means,
    confirmed: step === 'portal_identification' ? t.portalConfirm : t.informedConfirm,
    bothCopiesSigned: t.signedConfirm,
    centreCopyArchived: t.archivedConfirm,
    archiveReference: t.archiveReference,
    filingReference: t.filingReference,
    dataConfirmed: t.dataConfirm,
    plannedCompletionOn: t.planned,
    eAddressActivated: t.eAddress,
    channel: t.channel,
    postalAddress: t.postalAddress,
    asked: t.asked,
    toldOn: t.toldOn,
    completedOn: t.completedOn,
  };
  const ids: Record<string, string> = {
    'document/type': id('type'),
    'document/number': id('number'),
    'document/validUntil': id('validUntil'),
  };
  const fields: FieldMap = Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [`/${key}`, { id: ids[key] ?? id(key), label }]),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await api.post<EserviceDetail>(
        `/api/v1/authorised-eservices/${eservice.id}/steps/${step}`,
        bodyOf(step, values),
      );
      announce(fill(t.stepSaved, { step: t.steps[step] }));
      onSaved(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const text = (key: string, props: { type?: string; hint?: string; optional?: boolean; pointer?: string } = {}) => (
    <TextField
      id={ids[key] ?? id(key)}
      label={labels[key] ?? key}
      type={props.type ?? 'text'}
      hint={props.hint}
      optional={props.optional}
      value={String(values[key.replace('document/', '')] ?? '')}
      onChange={set(key.replace('document/', ''))}
      error={err(`/${key}`)}
      autoComplete="off"
    />
  );
  const check = (key: string) => (
    <Check
      id={id(key)}
      label={labels[key] ?? key}
      checked={values[key] === true}
      onChange={set(key)}
      error={err(`/${key}`)}
    />
  );

  let body: ReactNode;
  switch (step) {
    case 'identity':
      body = (
        <>
          {text('name')}
          {text('personalCode', { hint: t.codeHint })}
          <SelectField
            id={id('type')}
            label={t.documentType}
            value={String(values.type)}
            options={(['passport', 'id_card', 'residence_permit'] as const).map((v) => ({
              value: v,
              label: t.documentTypes[v],
            }))}
            onChange={set('type')}
            error={err('/document/type')}
          />
          {text('document/number')}
          {text('document/validUntil', { type: 'date', hint: t.documentHint })}
        </>
      );
      break;
    case 'portal_identification':
      body = (
        <>
          <SelectField
            id={id('means')}
            label={t.means}
            value={String(values.means)}
            options={(['eid_card', 'eparaksts_mobile'] as const).map((v) => ({ value: v, label: t.meansList[v] }))}
            onChange={set('means')}
            error={err('/means')}
          />
          {check('confirmed')}
        </>
      );
      break;
    case 'data_use_informed':
      body = check('confirmed');
      break;
    case 'authorisation_signed':
      body = (
        <>
          <p>{t.signedHint}</p>
          {check('bothCopiesSigned')}
          {check('centreCopyArchived')}
          {text('archiveReference', { optional: true })}
        </>
      );
      break;
    case 'filed':
      body = (
        <>
          {text('filingReference')}
          {check('dataConfirmed')}
        </>
      );
      break;
    case 'completion_time_told':
      body = (
        <>
          {values.none !== true && text('plannedCompletionOn', { type: 'date' })}
          <Check id={id('none')} label={t.noPlanned} checked={values.none === true} onChange={set('none')} />
        </>
      );
      break;
    case 'delivery':
      body = (
        <>
          {check('eAddressActivated')}
          <fieldset className="fieldset">
            <legend>{t.channel}</legend>
            <p className="field__hint">{t.deliveryHint}</p>
            {err('/channel') && <p className="field__error">{err('/channel')}</p>}
            <div className="radios">
              {(['e_address', 'post', 'in_person'] as DeliveryChannel[]).map((c) => (
                <label key={c} className="radio">
                  <input
                    type="radio"
                    id={c === values.channel ? id('channel') : undefined}
                    name={id('channel')}
                    value={c}
                    checked={values.channel === c}
                    onChange={() => set('channel')(c)}
                  />
                  {t.channels[c]}
                </label>
              ))}
            </div>
          </fieldset>
          {values.channel === 'post' && text('postalAddress')}
        </>
      );
      break;
    case 'result_told':
      body = (
        <>
          {check('asked')}
          {values.asked === true && text('toldOn', { type: 'date' })}
        </>
      );
      break;
    case 'completed':
      body = text('completedOn', { type: 'date', hint: t.completedHint, optional: true });
      break;
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t.steps[step]}>
      <ErrorSummary error={error} fields={fields} />
      {body}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {t.save}
        </button>
      </div>
    </form>
  );
}
