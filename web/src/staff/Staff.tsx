// The centre's own staff (BV-3): the staff list with the form that adds a person, and the sections for absences,
// the vacation schedule and continuity. The head keeps its centre's, the municipality's admin its centres', the
// ministry reads (the continuity overview among them).
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { formatDate } from '../shared/format.ts';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';
import { StaffAbsences } from './StaffAbsences.tsx';
import { StaffContinuity } from './StaffContinuity.tsx';
import { StaffSchedule } from './StaffSchedule.tsx';
import { CentrePicker, SectionLinks, useCentreChoice, type Member, type StaffCentre } from './StaffShared.tsx';
import './staff.css';

function AddMember({ centreId, onAdded }: { centreId: string; onAdded(): void }) {
  const { m } = useI18n();
  const s = m.staff;
  const { announce } = useStatus();
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = {
    '/name': { id: 'sm-name', label: s.name },
    '/position': { id: 'sm-position', label: s.position },
    '/employedFrom': { id: 'sm-from', label: s.employedFrom },
    '/employedUntil': { id: 'sm-until', label: s.employedUntil },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { name, position, employedFrom: from, employedUntil: until || null };
      const added = await client.POST('/api/v1/centres/{id}/staff', { params: { path: { id: centreId } }, body });
      announce(fill(s.added, { name: added.name }));
      setName('');
      setPosition('');
      setFrom('');
      setUntil('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="sm-title">
      <h2 id="sm-title">{s.addTitle}</h2>
      <ErrorSummary error={error} fields={fields} />
      <TextField id="sm-name" label={s.name} value={name} onChange={setName} error={fieldError(error, '/name')} />
      <TextField
        id="sm-position"
        label={s.position}
        value={position}
        onChange={setPosition}
        error={fieldError(error, '/position')}
      />
      <TextField
        id="sm-from"
        type="date"
        label={s.employedFrom}
        value={from}
        onChange={setFrom}
        error={fieldError(error, '/employedFrom')}
      />
      <TextField
        id="sm-until"
        type="date"
        label={s.employedUntil}
        value={until}
        onChange={setUntil}
        error={fieldError(error, '/employedUntil')}
        optional
      />
      <button type="submit" className="button" disabled={busy}>
        {s.add}
      </button>
    </form>
  );
}

function StaffList({ centre }: { centre: StaffCentre }) {
  const { m } = useI18n();
  const s = m.staff;
  const { data, error, reload } = useGet('/api/v1/centres/{id}/staff', { params: { path: { id: centre.id } } });
  const columns: Column<Member>[] = [
    {
      key: 'name',
      header: s.name,
      rowHeader: true,
      sortValue: (r) => r.name,
      cell: (r) => (r.isHead ? `${r.name} (${s.head})` : r.name),
    },
    { key: 'position', header: s.position, sortValue: (r) => r.position, cell: (r) => r.position },
    { key: 'user', header: s.user, sortValue: (r) => r.user?.name ?? '', cell: (r) => r.user?.name ?? '—' },
    {
      key: 'point',
      header: s.point,
      sortValue: (r) => r.servicePoint?.name ?? '',
      cell: (r) => r.servicePoint?.name ?? s.allPoints,
    },
    {
      key: 'employment',
      header: s.employment,
      sortValue: (r) => r.employedFrom,
      csv: (r) => `${formatDate(r.employedFrom)}–${formatDate(r.employedUntil)}`,
      cell: (r) => `${formatDate(r.employedFrom)} – ${r.employedUntil ? formatDate(r.employedUntil) : ''}`,
    },
  ];
  return (
    <>
      <h2>{s.listTitle}</h2>
      <ErrorSummary error={error} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && data.items.length === 0 && <p>{s.none}</p>}
      {data && data.items.length > 0 && (
        <DataTable
          caption={s.listTitle}
          captionHidden
          columns={columns}
          rows={data.items}
          rowKey={(r) => r.id}
          exportName="staff"
        />
      )}
      {centre.keeps && <AddMember centreId={centre.id} onAdded={reload} />}
    </>
  );
}

export function StaffPage() {
  const { m } = useI18n();
  const choice = useCentreChoice();
  const { centre, tab } = choice;
  return (
    <Page title={m.staff.title} wide>
      <p>{m.staff.intro}</p>
      <ErrorSummary error={choice.error} />
      {choice.centres && choice.centres.length === 0 && <p>{m.staff.noCentres}</p>}
      <CentrePicker choice={choice} />
      {centre && (
        <>
          <SectionLinks centreId={centre.id} tab={tab} />
          {tab === 'staff' && <StaffList centre={centre} />}
          {tab === 'absences' && <StaffAbsences centre={centre} />}
          {tab === 'schedule' && <StaffSchedule centre={centre} />}
          {tab === 'continuity' && <StaffContinuity centre={centre} />}
        </>
      )}
    </Page>
  );
}
