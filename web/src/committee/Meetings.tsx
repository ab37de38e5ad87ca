// The committee's meetings (CR-11: at least two a year), the latest first; the ministry plans new ones here.
import { useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import type { ApiResponse } from '../api/types.ts';
import { Link, navigate } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/context.tsx';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextField } from '../shared/Field.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';

type Meeting = ApiResponse<'listCommitteeMeetings'>[number];

export function CommitteeMeetingsPage() {
  const { m } = useI18n();
  const c = m.committee;
  const { roles } = useSession();
  const meetings = useGet('/api/v1/committee/meetings');
  const [plannedOn, setPlannedOn] = useState(rigaToday());
  const [place, setPlace] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function plan(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const created = await client.POST('/api/v1/committee/meetings', { body: { plannedOn, place } });
      navigate(`/committee/meetings/${created.id}`);
    } catch (e) {
      setError(e);
    }
  }
  const columns: Column<Meeting>[] = [
    {
      key: 'plannedOn',
      header: c.plannedOn,
      cell: (r) => (
        <Link to={`/committee/meetings/${r.id}`}>
          {formatDate(r.plannedOn)}
          {r.demo && ` (${c.demo})`}
        </Link>
      ),
      sortValue: (r) => r.plannedOn,
      csv: (r) => r.plannedOn,
      rowHeader: true,
    },
    { key: 'heldOn', header: c.heldOn, cell: (r) => formatDate(r.heldOn), sortValue: (r) => r.heldOn ?? '' },
    { key: 'place', header: c.place, cell: (r) => r.place, sortValue: (r) => r.place },
    { key: 'status', header: c.status, cell: (r) => c.statuses[r.status], sortValue: (r) => r.status },
  ];
  const fields = {
    '/plannedOn': { id: 'meeting-planned', label: c.plannedOn },
    '/place': { id: 'meeting-place', label: c.place },
  };

  return (
    <Page title={c.meetings} wide>
      <p>
        <Link to="/committee">{c.backToCommittee}</Link>
      </p>
      <ErrorSummary error={meetings.error} />
      {meetings.data && meetings.data.length === 0 && <p>{c.noMeetings}</p>}
      {meetings.data && meetings.data.length > 0 && (
        <DataTable
          caption={c.meetings}
          columns={columns}
          rows={meetings.data}
          rowKey={(r) => r.id}
          exportName="komitejas-sedes"
          initialSort={{ key: 'plannedOn', direction: 'descending' }}
        />
      )}
      {roles.includes('ministry_supervisor') && (
        <form onSubmit={(e) => void plan(e)} aria-labelledby="plan-meeting">
          <h2 id="plan-meeting">{c.planMeeting}</h2>
          <TextField id="meeting-planned" label={c.plannedOn} type="date" value={plannedOn} onChange={setPlannedOn} />
          <TextField id="meeting-place" label={c.place} value={place} onChange={setPlace} />
          <button type="submit" className="button button--primary">
            {c.planMeeting}
          </button>
          <ErrorSummary error={error} fields={fields} />
        </form>
      )}
    </Page>
  );
}
