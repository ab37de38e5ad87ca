// A new version of the basket edited from the one in force today (CR-8, AM-1.6 … AM-1.10): each item's Annex 1
// number, wording (lv, en), institution (one of CR-8's seven) and services (PK-…); add or remove items; check first
// (a dry run shows what would change), then save. The API checks everything and names the fields it refuses.
import { useEffect, useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField } from '../shared/Field.tsx';
import { rigaToday } from '../shared/format.ts';
import { useGet } from '../useApi.ts';
import { ResultView } from './BasketChanges.tsx';

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
    try {
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
              {m.basket.record}
            </button>
          )}
        </div>
      </form>
      <ErrorSummary error={error} />
      <ResultView result={result} />
    </section>
  );
}
