// A new version of the basket edited from the one in force today (CR-8, AM-1.6 … AM-1.10): each item's Annex 1
// number, wording (lv, en), institution (one of CR-8's seven) and services (PK-…); add or remove items; check first
// (a dry run shows what would change, and the impact on each centre's scope), then save. The maintainer saving a
// version for a DR-15 request chooses it: the version is then recorded through the request's DR-15.4 step, which
// notifies every centre. The API checks everything and names the fields it refuses.
import { useEffect, useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField } from '../shared/Field.tsx';
import { rigaToday } from '../shared/format.ts';
import { useGet } from '../useApi.ts';
import { useSession } from '../app/session.tsx';
import { ResultView } from './BasketChanges.tsx';
import { BasketImpact } from './BasketImpact.tsx';

type Result = ApiResponse<'createBasketVersionImport'>;
interface Row {
  key: number;
  annexItem: string;
  nameLv: string;
  nameEn: string;
  institutionId: string;
  services: string;
}

let next = 0;

export function BasketEditor({ onRecorded }: { onRecorded(): void }) {
  const { m } = useI18n();
  const current = useGet('/api/v1/public/basket');
  const institutions = useGet('/api/v1/public/basket/institutions');
  const [rows, setRows] = useState<Row[]>([]);
  const [effectiveFrom, setEffectiveFrom] = useState(rigaToday());
  const [note, setNote] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { roles } = useSession();
  const maintainer = roles.includes('maintainer');
  const requests = useGet(maintainer ? '/api/v1/basket/change-requests' : null);
  const [requestId, setRequestId] = useState('');
  const [published, setPublished] = useState<{ number: number; count: number } | null>(null);
  const waiting = (requests.data?.items ?? []).filter((r) => r.state === 'information_sent');

  useEffect(() => {
    if (!current.data) return;
    setRows(
      current.data.items.map((i) => ({
        key: next++,
        annexItem: i.annexItem,
        nameLv: i.name.lv,
        nameEn: i.name.en,
        institutionId: i.institution?.id ?? '',
        services: i.services.join(' '),
      })),
    );
  }, [current.data]);

  const change = (key: number, patch: Partial<Row>) => {
    setResult(null);
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };
  const body = () => ({
    effectiveFrom,
    note: note.trim() || null,
    items: rows.map((r) => ({
      annexItem: r.annexItem.trim(),
      nameLv: r.nameLv,
      nameEn: r.nameEn,
      institutionId: r.institutionId,
      serviceIds: r.services.split(/[\s,]+/).filter(Boolean),
    })),
  });
  async function send(dryRun: boolean) {
    setError(null);
    setPublished(null);
    try {
      if (!dryRun && requestId) {
        // DR-15.4: the version recorded for the request, the centres notified, in one step.
        const done = await client.POST('/api/v1/basket/change-requests/{id}/version', {
          params: { path: { id: requestId } },
          body: body(),
        });
        setResult(done.result as Result);
        setPublished({ number: done.result.version.number ?? 0, count: done.request.centresNotified ?? 0 });
        setRequestId('');
        requests.reload();
        onRecorded();
        return;
      }
      const answer = dryRun
        ? await client.POST('/api/v1/basket/versions/import', {
            params: { query: { format: 'json', dryRun: true } },
            body: body(),
          })
        : await client.POST('/api/v1/basket/versions', { body: body() });
      setResult(answer as Result);
      if (!dryRun) onRecorded();
    } catch (e) {
      setResult(null);
      setError(e);
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };
  const options = (institutions.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));

  return (
    <section aria-labelledby="basket-editor">
      <h3 id="basket-editor">{m.basket.editorTitle}</h3>
      <p className="hint">{m.basket.editorHint}</p>
      <form onSubmit={submit}>
        <TextField
          id="basket-edit-from"
          label={m.basket.effectiveFrom}
          type="date"
          value={effectiveFrom}
          onChange={setEffectiveFrom}
        />
        <TextField id="basket-edit-note" label={m.basket.note} value={note} onChange={setNote} optional />
        {maintainer && waiting.length > 0 && (
          <SelectField
            id="basket-edit-request"
            label={m.basket.forRequest}
            value={requestId}
            onChange={setRequestId}
            placeholder={m.basket.noRequest}
            options={waiting.map((r) => ({ value: r.id, label: `${r.number}. ${r.title} (${r.holder.name})` }))}
            optional
          />
        )}
        {rows.map((r) => (
          <fieldset key={r.key} className="fieldset">
            <legend>{fill(m.basket.itemLegend, { item: r.annexItem || '…' })}</legend>
            <TextField
              id={`basket-item-${r.key}-annex`}
              label={m.basket.annexItem}
              value={r.annexItem}
              onChange={(v) => change(r.key, { annexItem: v })}
            />
            <TextField
              id={`basket-item-${r.key}-lv`}
              label={m.basket.nameLv}
              value={r.nameLv}
              onChange={(v) => change(r.key, { nameLv: v })}
            />
            <TextField
              id={`basket-item-${r.key}-en`}
              label={m.basket.nameEn}
              value={r.nameEn}
              onChange={(v) => change(r.key, { nameEn: v })}
            />
            <SelectField
              id={`basket-item-${r.key}-institution`}
              label={m.basket.institution}
              value={r.institutionId}
              onChange={(v) => change(r.key, { institutionId: v })}
              options={options}
              placeholder={m.common.choose}
            />
            <TextField
              id={`basket-item-${r.key}-services`}
              label={m.basket.services}
              hint={m.basket.servicesHint}
              value={r.services}
              onChange={(v) => change(r.key, { services: v })}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setRows((list) => list.filter((x) => x.key !== r.key))}
            >
              {fill(m.basket.removeItem, { item: r.annexItem })}
            </button>
          </fieldset>
        ))}
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              setRows((list) => [
                ...list,
                { key: next++, annexItem: '', nameLv: '', nameEn: '', institutionId: '', services: '' },
              ])
            }
          >
            {m.basket.addItem}
          </button>
          <button type="submit" className="button">
            {m.basket.dryRun}
          </button>
          {result?.dryRun && (
            <button type="button" className="button button--primary" onClick={() => void send(false)}>
              {requestId ? m.basket.publish : m.basket.record}
            </button>
          )}
        </div>
      </form>
      <ErrorSummary error={error} />
      {published && <p role="status">{fill(m.basket.published, published)}</p>}
      <ResultView result={result} />
      <BasketImpact body={body} />
    </section>
  );
}
