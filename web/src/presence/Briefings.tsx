// The officers working at a centre (assigned, CR-19.1, or substituting, CR-19.4) and their safety briefing: who told
// them the labour-protection, fire and premises rules and when (CR-19.5, CR-20.4), and what their workplace needs
// (CR-20.5, CR-20.6). Those not yet briefed are listed first as a warning; the centre's lead records a briefing in
// the row's form.
import { useState, type FormEvent } from 'react';
import { client, fieldError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextAreaField, TextField, type FieldMap } from '../shared/Field.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { useStatus } from '../shared/Status.tsx';
import type { Notice } from './NoticeForm.tsx';

const BRIEFED_KINDS = ['assignment', 'substitution'];

/** The person working at the centre: the one assigned, or the substitute. */
export function workingOfficer(n: Notice): string {
  const x = n.kind === 'substitution' ? n.substitute : n.officer;
  return x ? `${x.position} ${x.name} ${x.surname}` : '';
}

function BriefingForm({ notice, onSaved }: { notice: Notice; onSaved(): void }) {
  const { m } = useI18n();
  const p = m.presence;
  const { announce } = useStatus();
  const [on, setOn] = useState(notice.safetyBriefedOn ?? rigaToday());
  const [by, setBy] = useState(notice.safetyBriefedBy ?? '');
  const [needs, setNeeds] = useState(notice.workplaceNeeds ?? '');
  const [error, setError] = useState<unknown>(null);
  const id = `briefing-${notice.id}`;
  const fields: FieldMap = {
    '/safetyBriefedOn': { id: `${id}-on`, label: p.briefedOn },
    '/safetyBriefedBy': { id: `${id}-by`, label: p.briefedBy },
    '/workplaceNeeds': { id: `${id}-needs`, label: p.workplaceNeeds },
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await client.POST('/api/v1/presence-notices/{id}/briefing', {
        params: { path: { id: notice.id } },
        body: {
          ...(on ? { safetyBriefedOn: on } : {}),
          ...(by.trim() ? { safetyBriefedBy: by.trim() } : {}),
          ...(needs.trim() ? { workplaceNeeds: needs.trim() } : {}),
        },
      });
      announce(p.briefingSaved);
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={fill(p.recordBriefingFor, { officer: workingOfficer(notice) })}>
      <ErrorSummary error={error} fields={fields} />
      <TextField
        id={`${id}-on`}
        label={p.briefedOn}
        type="date"
        value={on}
        onChange={setOn}
        error={fieldError(error, '/safetyBriefedOn')}
      />
      <TextField
        id={`${id}-by`}
        label={p.briefedBy}
        hint={p.briefedByHint}
        value={by}
        onChange={setBy}
        maxLength={300}
        error={fieldError(error, '/safetyBriefedBy')}
      />
      <TextAreaField
        id={`${id}-needs`}
        label={p.workplaceNeeds}
        optional
        rows={2}
        value={needs}
        onChange={setNeeds}
        maxLength={1000}
        error={fieldError(error, '/workplaceNeeds')}
      />
      <button type="submit" className="button">
        {p.save}
      </button>
    </form>
  );
}

export function Briefings({
  notices,
  names,
  lead,
  onChanged,
}: {
  notices: readonly Notice[];
  names: ReadonlyMap<string, string>;
  lead: boolean;
  onChanged(): void;
}) {
  const { m } = useI18n();
  const p = m.presence;
  const [open, setOpen] = useState<string | null>(null);
  const officers = notices.filter((n) => BRIEFED_KINDS.includes(n.kind));
  const notBriefed = officers.filter((n) => !n.safetyBriefedOn).sort((a, b) => a.from.localeCompare(b.from));
  const institution = (n: Notice) => names.get(n.institutionId) ?? '';
  const columns: Column<Notice>[] = [
    { key: 'officer', header: p.officer, cell: workingOfficer, sortValue: workingOfficer, rowHeader: true },
    { key: 'institution', header: p.institution, cell: institution, sortValue: institution },
    { key: 'kind', header: p.kind, cell: (n) => p.kinds[n.kind as 'assignment'], sortValue: (n) => n.kind },
    { key: 'from', header: p.startsOn, cell: (n) => formatDate(n.from), sortValue: (n) => n.from },
    {
      key: 'briefedOn',
      header: p.briefedOn,
      cell: (n) => (n.safetyBriefedOn ? formatDate(n.safetyBriefedOn) : <strong>{p.notBriefed}</strong>),
      sortValue: (n) => n.safetyBriefedOn ?? '',
    },
    {
      key: 'briefedBy',
      header: p.briefedBy,
      cell: (n) => n.safetyBriefedBy ?? '',
      sortValue: (n) => n.safetyBriefedBy ?? '',
    },
    {
      key: 'needs',
      header: p.workplaceNeeds,
      cell: (n) => n.workplaceNeeds ?? '',
      sortValue: (n) => n.workplaceNeeds ?? '',
    },
    ...(lead
      ? [
          {
            key: 'action',
            header: <span className="visually-hidden">{p.recordBriefing}</span>,
            label: p.recordBriefing,
            csv: false as const,
            cell: (n: Notice) => (
              <button
                type="button"
                className="button button--small"
                aria-expanded={open === n.id}
                aria-controls={`briefing-${n.id}-row`}
                onClick={() => setOpen(open === n.id ? null : n.id)}
              >
                {open === n.id ? p.closeBriefing : p.recordBriefing}
                <span className="visually-hidden">: {workingOfficer(n)}</span>
              </button>
            ),
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="presence-briefing">
      <h2 id="presence-briefing">{p.briefingTitle}</h2>
      <p>{p.briefingIntro}</p>
      {notBriefed.length > 0 && (
        <div className="alert alert--warning" data-testid="not-briefed">
          <p className="alert__title">{fill(p.notBriefedTitle, { count: String(notBriefed.length) })}</p>
          <ul>
            {notBriefed.map((n) => (
              <li key={n.id}>
                {workingOfficer(n)} ({institution(n)}), {p.startsOn.toLowerCase()} {formatDate(n.from)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {officers.length === 0 ? (
        <p>{p.noOfficers}</p>
      ) : (
        <DataTable
          caption={p.briefingTitle}
          captionHidden
          columns={columns}
          rows={officers}
          rowKey={(n) => n.id}
          exportName="instruktaza"
          details={(n, span) =>
            open === n.id ? (
              <tr id={`briefing-${n.id}-row`}>
                <td colSpan={span}>
                  <BriefingForm
                    notice={n}
                    onSaved={() => {
                      setOpen(null);
                      onChanged();
                    }}
                  />
                </td>
              </tr>
            ) : null
          }
        />
      )}
    </section>
  );
}
