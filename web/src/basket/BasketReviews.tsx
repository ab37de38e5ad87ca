// DR-16: the yearly reviews of the basket, recorded by the ministry (the day, who took part, the decision and the
// version it recorded, if any); recording one fulfils the DR-16 obligation of its year.
import { useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextAreaField, TextField } from '../shared/Field.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { useGet } from '../useApi.ts';

type Version = ApiResponse<'listPublicBasketVersions'>['items'][number];
type Review = ApiResponse<'listBasketReviews'>['items'][number];

export function BasketReviews({ versions }: { versions: readonly Version[] }) {
  const { m } = useI18n();
  const reviews = useGet('/api/v1/basket/reviews');
  const [heldOn, setHeldOn] = useState(rigaToday());
  const [participants, setParticipants] = useState('');
  const [decision, setDecision] = useState('');
  const [versionId, setVersionId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(false);
    try {
      await client.POST('/api/v1/basket/reviews', {
        body: { heldOn, participants, decision, newVersionId: versionId || null },
      });
      setDone(true);
      setParticipants('');
      setDecision('');
      setVersionId('');
      reviews.reload();
    } catch (e) {
      setError(e);
    }
  }
  const columns: Column<Review>[] = [
    {
      key: 'heldOn',
      header: m.basket.heldOn,
      cell: (r) => formatDate(r.heldOn),
      sortValue: (r) => r.heldOn,
      rowHeader: true,
    },
    {
      key: 'participants',
      header: m.basket.participants,
      cell: (r) => r.participants,
      sortValue: (r) => r.participants,
    },
    { key: 'decision', header: m.basket.decision, cell: (r) => r.decision, sortValue: (r) => r.decision },
    {
      key: 'version',
      header: m.basket.newVersion,
      cell: (r) => (r.newVersion ? `Nr. ${r.newVersion.number}` : m.basket.noNewVersion),
      sortValue: (r) => r.newVersion?.number ?? 0,
    },
  ];
  const fields = {
    '/heldOn': { id: 'basket-review-held', label: m.basket.heldOn },
    '/participants': { id: 'basket-review-participants', label: m.basket.participants },
    '/decision': { id: 'basket-review-decision', label: m.basket.decision },
    '/newVersionId': { id: 'basket-review-version', label: m.basket.newVersion },
  };

  return (
    <section aria-labelledby="basket-reviews">
      <h3 id="basket-reviews">{m.basket.reviewsTitle}</h3>
      <form onSubmit={(e) => void submit(e)}>
        <TextField id="basket-review-held" label={m.basket.heldOn} type="date" value={heldOn} onChange={setHeldOn} />
        <TextAreaField
          id="basket-review-participants"
          label={m.basket.participants}
          value={participants}
          onChange={setParticipants}
          rows={2}
        />
        <TextAreaField id="basket-review-decision" label={m.basket.decision} value={decision} onChange={setDecision} />
        <SelectField
          id="basket-review-version"
          label={m.basket.newVersion}
          value={versionId}
          onChange={setVersionId}
          placeholder={m.basket.noNewVersion}
          options={versions.map((v) => ({
            value: v.id,
            label: fill(m.basket.versionOption, { number: v.number, date: formatDate(v.effectiveFrom) }),
          }))}
          optional
        />
        <button type="submit" className="button button--primary">
          {m.basket.recordReview}
        </button>
      </form>
      <ErrorSummary error={error} fields={fields} />
      {done && <p role="status">{m.basket.reviewRecorded}</p>}
      {reviews.data && reviews.data.items.length === 0 && <p>{m.basket.noReviews}</p>}
      {reviews.data && reviews.data.items.length > 0 && (
        <DataTable
          caption={m.basket.reviews}
          columns={columns}
          rows={reviews.data.items}
          rowKey={(r) => r.id}
          exportName="groza-parskatisanas"
        />
      )}
    </section>
  );
}
