// Absences of the centre's staff (BV-3.9): the list from a week ago to twelve weeks ahead with each one's substitute
// and warnings, the form that records one, cancelling, and naming the head's deputy (BV-3.4: the API lets only the
// municipality's admin, for the executive director).
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField } from '../shared/Field.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { useStatus } from '../shared/Status.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';
import { addDays } from './dates.ts';
import { KINDS, type Absence, type AbsenceKind, type Member, type StaffCentre } from './StaffShared.tsx';

function RecordAbsence({ centreId, members, onDone }: { centreId: string; members: Member[]; onDone(): void }) {
  const { m } = useI18n();
  const s = m.staff;
  const { announce } = useStatus();
  const [memberId, setMember] = useState('');
  const [kind, setKind] = useState<AbsenceKind | ''>('');
  const [startsOn, setStart] = useState('');
  const [endsOn, setEnd] = useState('');
  const [substituteId, setSubstitute] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = {
    '/memberId': { id: 'ab-member', label: s.member },
    '/kind': { id: 'ab-kind', label: s.kind },
    '/startsOn': { id: 'ab-start', label: s.startsOn },
    '/endsOn': { id: 'ab-end', label: s.endsOn },
    '/substituteId': { id: 'ab-sub', label: s.substitute },
  };
  const people = members.map((p) => ({ value: p.id, label: p.name }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { memberId, kind: kind as AbsenceKind, startsOn, endsOn, substituteId: substituteId || null };
      await client.POST('/api/v1/centres/{id}/absences', { params: { path: { id: centreId } }, body });
      announce(s.recorded);
      setMember('');
      setKind('');
      setStart('');
      setEnd('');
      setSubstitute('');
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="ab-title">
      <h2 id="ab-title">{s.recordTitle}</h2>
      <ErrorSummary error={error} fields={fields} />
      <SelectField
        id="ab-member"
        label={s.member}
        value={memberId}
        onChange={setMember}
        options={people}
        placeholder={m.common.choose}
        error={fieldError(error, '/memberId')}
      />
      <SelectField
        id="ab-kind"
        label={s.kind}
        value={kind}
        onChange={(v) => setKind(v as AbsenceKind)}
        options={KINDS.map((k) => ({ value: k, label: s.kinds[k] }))}
        placeholder={m.common.choose}
        error={fieldError(error, '/kind')}
      />
      <TextField
        id="ab-start"
        type="date"
        label={s.startsOn}
        value={startsOn}
        onChange={setStart}
        error={fieldError(error, '/startsOn')}
      />
      <TextField
        id="ab-end"
        type="date"
        label={s.endsOn}
        value={endsOn}
        onChange={setEnd}
        error={fieldError(error, '/endsOn')}
      />
      <SelectField
        id="ab-sub"
        label={s.substitute}
        value={substituteId}
        onChange={setSubstitute}
        options={people.filter((p) => p.value !== memberId)}
        placeholder={s.noSubstitute}
        error={fieldError(error, '/substituteId')}
        optional
      />
      <button type="submit" className="button" disabled={busy}>
        {s.record}
      </button>
    </form>
  );
}

function NameDeputy({ absence, members, onDone }: { absence: Absence; members: Member[]; onDone(): void }) {
  const { m } = useI18n();
  const s = m.staff;
  const { announce } = useStatus();
  const [deputy, setDeputy] = useState('');
  const [error, setError] = useState<unknown>(null);
  const id = `deputy-${absence.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await client.PUT('/api/v1/staff-absences/{id}/substitute', {
        params: { path: { id: absence.id } },
        body: { substituteId: deputy || null },
      });
      announce(s.deputyNamed);
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={{ '/substituteId': { id, label: s.deputy } }} />
      <SelectField
        id={id}
        label={s.deputy}
        value={deputy}
        onChange={setDeputy}
        options={members.filter((p) => p.id !== absence.member.id).map((p) => ({ value: p.id, label: p.name }))}
        placeholder={m.common.choose}
        error={fieldError(error, '/substituteId')}
      />
      <button type="submit" className="button button--secondary">
        {s.nameDeputy}
      </button>
    </form>
  );
}

export function StaffAbsences({ centre }: { centre: StaffCentre }) {
  const { m } = useI18n();
  const s = m.staff;
  const { announce } = useStatus();
  const from = addDays(rigaToday(), -7);
  const to = addDays(from, 91);
  const path = { params: { path: { id: centre.id } } };
  const staff = useGet('/api/v1/centres/{id}/staff', path);
  const { data, error, reload } = useGet('/api/v1/centres/{id}/absences', {
    params: { path: { id: centre.id }, query: { from, to } },
  });
  const [actionError, setActionError] = useState<unknown>(null);
  const members = staff.data?.items ?? [];
  const cancel = async (a: Absence) => {
    setActionError(null);
    try {
      await client.DELETE('/api/v1/staff-absences/{id}', { params: { path: { id: a.id } } });
      announce(s.cancelled);
      reload();
    } catch (e) {
      setActionError(e);
    }
  };
  const flags = (a: Absence) =>
    [
      a.flags.awaitingDeputy ? s.flagDeputy : a.flags.substituteMissing ? s.flagMissing : null,
      a.flags.substituteAbsentOn.length > 0
        ? fill(s.flagSubstituteAbsent, { days: a.flags.substituteAbsentOn.map(formatDate).join(', ') })
        : null,
    ].filter((f): f is string => f !== null);
  const columns: Column<Absence>[] = [
    { key: 'member', header: s.member, rowHeader: true, sortValue: (a) => a.member.name, cell: (a) => a.member.name },
    { key: 'kind', header: s.kind, sortValue: (a) => s.kinds[a.kind], cell: (a) => s.kinds[a.kind] },
    {
      key: 'period',
      header: s.period,
      sortValue: (a) => a.startsOn,
      csv: (a) => `${formatDate(a.startsOn)}–${formatDate(a.endsOn)}`,
      cell: (a) => `${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}`,
    },
    {
      key: 'substitute',
      header: s.substitute,
      sortValue: (a) => a.substitute?.name ?? '',
      cell: (a) => a.substitute?.name ?? s.noSubstitute,
    },
    {
      key: 'flags',
      header: s.flags,
      sortValue: (a) => flags(a).join('; '),
      cell: (a) =>
        flags(a).length === 0 ? (
          '—'
        ) : (
          <ul className="staff-flags">
            {flags(a).map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        ),
    },
    ...(centre.keeps
      ? [
          {
            key: 'actions',
            header: <span className="visually-hidden">{s.cancel}</span>,
            label: s.cancel,
            csv: false as const,
            cell: (a: Absence) => (
              <>
                <button type="button" className="button button--quiet" onClick={() => cancel(a)}>
                  {s.cancel}
                  <span className="visually-hidden">: {a.member.name}</span>
                </button>
                {a.member.isHead && <NameDeputy absence={a} members={members} onDone={reload} />}
              </>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <h2>{s.absencesTitle}</h2>
      <p className="muted">{`${formatDate(from)} – ${formatDate(to)}`}</p>
      <ErrorSummary error={error ?? actionError} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && data.items.length === 0 && <p>{s.absencesNone}</p>}
      {data && data.items.length > 0 && (
        <DataTable
          caption={s.absencesTitle}
          captionHidden
          columns={columns}
          rows={data.items}
          rowKey={(a) => a.id}
          exportName="absences"
        />
      )}
      {centre.keeps && <RecordAbsence centreId={centre.id} members={members} onDone={reload} />}
    </>
  );
}
