// SR-25.2: the ministry asks a holder for its SR-21 and SR-23 data of a year; the holder answers; both see the state.
import { useState } from 'react';
import { client } from '../api.ts';
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate } from '../shared/format.ts';
import { useStatus } from '../shared/Status.tsx';
import { useGet } from '../useApi.ts';

type Request = ApiResponse<'listIndicatorRequests'>['items'][number];

interface Props {
  holderId: string;
  year: number;
  /** The ministry asks. */
  canAsk: boolean;
  /** The holder's own people answer. */
  canAnswer: boolean;
}

export function Requests({ holderId, year, canAsk, canAnswer }: Props) {
  const { m } = useI18n();
  const t = m.indicators;
  const { announce } = useStatus();
  const list = useGet('/api/v1/indicators/requests');
  const [error, setError] = useState<unknown>(null);
  const items = (list.data?.items ?? []).filter((r) => r.holderId === holderId);

  const act = async (work: () => Promise<unknown>, said: string) => {
    setError(null);
    try {
      await work();
      announce(said);
      list.reload();
    } catch (e) {
      setError(e);
    }
  };
  const ask = () => act(() => client.POST('/api/v1/indicators/requests', { body: { holderId, year } }), t.requestSent);
  const answer = (id: string) =>
    act(
      () => client.POST('/api/v1/indicators/requests/{id}/answer', { params: { path: { id } }, body: {} }),
      t.requestAnswered,
    );

  const columns: Column<Request>[] = [
    { key: 'year', header: t.year, cell: (r) => r.year, sortValue: (r) => r.year, rowHeader: true },
    { key: 'asked', header: t.requestedOn, cell: (r) => formatDate(r.requestedAt), sortValue: (r) => r.requestedAt },
    {
      key: 'answered',
      header: t.answeredOn,
      cell: (r) =>
        r.answeredAt ? (
          formatDate(r.answeredAt)
        ) : canAnswer ? (
          <button type="button" className="button button--small" onClick={() => answer(r.id)}>
            {fill(t.answer, { year: r.year })}
          </button>
        ) : (
          t.notAnswered
        ),
      sortValue: (r) => r.answeredAt ?? '',
      csv: (r) => r.answeredAt ?? '',
    },
  ];

  if (!canAsk && items.length === 0) return null;
  return (
    <section aria-labelledby="ind-requests">
      <h2 id="ind-requests">{t.requests}</h2>
      <ErrorSummary error={error} />
      {items.length > 0 && (
        <DataTable caption={t.requests} captionHidden columns={columns} rows={items} rowKey={(r) => r.id} />
      )}
      {canAsk && (
        <button type="button" className="button" onClick={ask}>
          {fill(t.ask, { year })}
        </button>
      )}
    </section>
  );
}
