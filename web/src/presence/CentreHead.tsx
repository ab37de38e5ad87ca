// The head of centre (CR-20.3): appointed by the municipality from a day, every appointment kept. The municipality's
// admin records an appointment; everyone who reads the centre's officers sees who heads it and since when.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField, type FieldMap } from '../shared/Field.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { useStatus } from '../shared/Status.tsx';
import { useGet } from '../useApi.ts';
import type { ApiResponse } from '../api/types.ts';

type Head = ApiResponse<'listCentreHeadAppointments'>[number];

function AppointForm({ centreId, onSaved }: { centreId: string; onSaved(): void }) {
  const { m } = useI18n();
  const p = m.presence;
  const { announce } = useStatus();
  const [v, setV] = useState({ name: '', surname: '', from: rigaToday(), decision: '' });
  const [error, setError] = useState<unknown>(null);
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const fields: FieldMap = {
    '/name': { id: 'head-name', label: p.headName },
    '/surname': { id: 'head-surname', label: p.headSurname },
    '/from': { id: 'head-from', label: p.headFrom },
    '/decision': { id: 'head-decision', label: p.headDecision },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await client.POST('/api/v1/centres/{id}/head-appointments', {
        params: { path: { id: centreId } },
        body: {
          name: v.name,
          surname: v.surname,
          from: v.from,
          ...(v.decision.trim() ? { decision: v.decision.trim() } : {}),
        },
      });
      announce(p.headSaved);
      setV({ name: '', surname: '', from: rigaToday(), decision: '' });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  const field = (k: keyof typeof v, label: string, extra: { type?: string; optional?: boolean } = {}) => (
    <TextField
      id={`head-${k}`}
      label={label}
      type={extra.type ?? 'text'}
      optional={extra.optional}
      value={v[k]}
      onChange={set(k)}
      maxLength={k === 'decision' ? 300 : 100}
      error={fieldError(error, `/${k}`)}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-labelledby="presence-head-appoint">
      <h3 id="presence-head-appoint">{p.headAppoint}</h3>
      <ErrorSummary error={error} fields={fields} />
      {field('name', p.headName)}
      {field('surname', p.headSurname)}
      {field('from', p.headFrom, { type: 'date' })}
      {field('decision', p.headDecision, { optional: true })}
      <button type="submit" className="button">
        {p.headAppoint}
      </button>
    </form>
  );
}

export function CentreHead({ centreId, appoints }: { centreId: string; appoints: boolean }) {
  const { m } = useI18n();
  const p = m.presence;
  const heads = useGet('/api/v1/centres/{id}/head-appointments', { params: { path: { id: centreId } } });
  const today = rigaToday();
  const list = heads.data ?? [];
  const current = list.find((h) => h.from <= today);
  const columns: Column<Head>[] = [
    {
      key: 'name',
      header: p.headTitle,
      cell: (h) => `${h.name} ${h.surname}`,
      sortValue: (h) => `${h.surname} ${h.name}`,
      rowHeader: true,
    },
    { key: 'from', header: p.headFrom, cell: (h) => formatDate(h.from), sortValue: (h) => h.from },
    { key: 'until', header: p.headUntil, cell: (h) => formatDate(h.until), sortValue: (h) => h.until ?? '' },
    { key: 'decision', header: p.headDecision, cell: (h) => h.decision ?? '', sortValue: (h) => h.decision ?? '' },
  ];
  return (
    <section aria-labelledby="presence-head">
      <h2 id="presence-head">{p.headTitle}</h2>
      <p>{p.headIntro}</p>
      <ErrorSummary error={heads.error} />
      <p data-testid="head-now">
        {current
          ? fill(p.headNow, { name: `${current.name} ${current.surname}`, from: formatDate(current.from) })
          : p.headNone}
      </p>
      {list.length > 0 && (
        <DataTable
          caption={p.headHistory}
          columns={columns}
          rows={list}
          rowKey={(h) => h.id}
          initialSort={{ key: 'from', direction: 'descending' }}
        />
      )}
      {appoints && <AppointForm centreId={centreId} onSaved={heads.reload} />}
    </section>
  );
}
