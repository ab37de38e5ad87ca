// The notice form (CR-19.1 … CR-19.4): the fields the chosen kind needs. A late notice is sent and explained.
import { useState, type FormEvent } from 'react';
import { type ApiBody, client, fieldError } from '../api.ts';
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField, type FieldMap, type Option } from '../shared/Field.tsx';
import { useStatus } from '../shared/Status.tsx';
import { parseIntervalsText } from '../centres/CentreShared.tsx';
import { lateText } from './notice-text.ts';

const KINDS = ['assignment', 'hours_change', 'absence', 'substitution'] as const;
type Kind = (typeof KINDS)[number];
export type Notice = ApiResponse<'createPresenceNoticePublication'>;

export function NoticeForm({
  centreId,
  institutions,
  onSent,
}: {
  centreId: string;
  institutions: Option[];
  onSent(n: Notice): void;
}) {
  const { m } = useI18n();
  const p = m.presence;
  const { announce } = useStatus();
  const [institutionId, setInstitution] = useState('');
  const [kind, setKind] = useState<Kind>('assignment');
  const [v, setV] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<string>('');
  const set = (k: string) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const chosen = institutionId || institutions[0]?.value || '';
  const person = kind !== 'hours_change';
  const fields: FieldMap = {
    '/institutionId': { id: 'notice-institution', label: p.institution },
    '/kind': { id: 'notice-kind', label: p.kind },
    '/officer': { id: 'notice-officer-name', label: p.officerName },
    '/officer/position': { id: 'notice-officer-position', label: p.officerPosition },
    '/officer/name': { id: 'notice-officer-name', label: p.officerName },
    '/officer/surname': { id: 'notice-officer-surname', label: p.officerSurname },
    '/substitute': { id: 'notice-substitute-name', label: p.substituteName },
    '/from': { id: 'notice-from', label: p.from },
    '/until': { id: 'notice-until', label: p.until },
    '/reason': { id: 'notice-reason', label: p.reason },
    '/days': { id: 'notice-hours', label: p.hours },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setResult('');
    const who = (prefix: string) =>
      v[`${prefix}Name`] || v[`${prefix}Surname`] || v[`${prefix}Position`]
        ? {
            position: v[`${prefix}Position`] ?? '',
            name: v[`${prefix}Name`] ?? '',
            surname: v[`${prefix}Surname`] ?? '',
          }
        : undefined;
    const intervals = kind === 'hours_change' ? parseIntervalsText(v.hours ?? '') : [];
    const body = {
      institutionId: chosen,
      kind,
      from: v.from ?? '',
      ...(person && who('officer') ? { officer: who('officer') } : {}),
      ...(kind === 'substitution' && who('substitute') ? { substitute: who('substitute') } : {}),
      ...((kind === 'absence' || kind === 'substitution') && v.until ? { until: v.until } : {}),
      ...((kind === 'absence' || kind === 'hours_change') && v.reason ? { reason: v.reason } : {}),
      ...(kind === 'hours_change'
        ? { days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, intervals: intervals ?? [] })) }
        : {}),
    };
    try {
      const sent = await client.POST('/api/v1/centres/{id}/presence-notices', {
        params: { path: { id: centreId } },
        body: body as ApiBody<'createPresenceNotice'>,
      });
      const text = sent.late ? fill(p.sentLate, { explanation: lateText(m, sent) }) : p.sent;
      setResult(text);
      announce(text);
      setV({});
      onSent(sent);
    } catch (e) {
      setError(e);
    }
  };
  const field = (key: string, label: string, type = 'text') => (
    <TextField
      id={`notice-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`}
      label={label}
      type={type}
      value={v[key] ?? ''}
      onChange={set(key)}
      error={fieldError(error, `/${key}`)}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={fields} />
      {result && <p className="presence-result">{result}</p>}
      <SelectField
        id="notice-institution"
        label={p.institution}
        value={chosen}
        onChange={setInstitution}
        options={institutions}
        error={fieldError(error, '/institutionId')}
      />
      <SelectField
        id="notice-kind"
        label={p.kind}
        value={kind}
        onChange={(k) => setKind(k as Kind)}
        options={KINDS.map((k) => ({ value: k, label: p.kinds[k] }))}
      />
      {person && (
        <>
          <TextField
            id="notice-officer-position"
            label={p.officerPosition}
            value={v.officerPosition ?? ''}
            onChange={set('officerPosition')}
            optional={kind !== 'assignment'}
          />
          <TextField
            id="notice-officer-name"
            label={p.officerName}
            value={v.officerName ?? ''}
            onChange={set('officerName')}
            optional={kind !== 'assignment'}
            error={fieldError(error, '/officer')}
          />
          <TextField
            id="notice-officer-surname"
            label={p.officerSurname}
            value={v.officerSurname ?? ''}
            onChange={set('officerSurname')}
            optional={kind !== 'assignment'}
          />
        </>
      )}
      {kind === 'substitution' && (
        <>
          <TextField
            id="notice-substitute-position"
            label={p.substitutePosition}
            value={v.substitutePosition ?? ''}
            onChange={set('substitutePosition')}
          />
          <TextField
            id="notice-substitute-name"
            label={p.substituteName}
            value={v.substituteName ?? ''}
            onChange={set('substituteName')}
            error={fieldError(error, '/substitute')}
          />
          <TextField
            id="notice-substitute-surname"
            label={p.substituteSurname}
            value={v.substituteSurname ?? ''}
            onChange={set('substituteSurname')}
          />
        </>
      )}
      {field('from', p.from, 'date')}
      {(kind === 'absence' || kind === 'substitution') && field('until', p.until, 'date')}
      {kind === 'hours_change' && (
        <TextField
          id="notice-hours"
          label={p.hours}
          hint={p.hoursHint}
          value={v.hours ?? ''}
          onChange={set('hours')}
          error={fieldError(error, '/days')}
        />
      )}
      {(kind === 'absence' || kind === 'hours_change') && (
        <TextField
          id="notice-reason"
          label={p.reason}
          value={v.reason ?? ''}
          onChange={set('reason')}
          optional={kind === 'hours_change'}
          error={fieldError(error, '/reason')}
        />
      )}
      <button type="submit" className="button">
        {p.send}
      </button>
    </form>
  );
}
