// The ministry's part of the basket page (CR-8, AM-1.6 … AM-1.10, DR-16): a new version edited from the current one
// or imported from a CSV or JSON file — checked first (a dry run shows what would change), then saved — and the
// yearly reviews. Loaded only for the ministry and the maintainer.
import { useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField, TextField } from '../shared/Field.tsx';
import { rigaToday } from '../shared/format.ts';
import { BasketEditor } from './BasketEditor.tsx';
import { ResultView } from './BasketChanges.tsx';
import { BasketReviews } from './BasketReviews.tsx';

type Version = ApiResponse<'listPublicBasketVersions'>['items'][number];
type Result = ApiResponse<'createBasketVersionImport'>;

function ImportForm({ onRecorded }: { onRecorded(): void }) {
  const { m } = useI18n();
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [text, setText] = useState<string | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState(rigaToday());
  const [note, setNote] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function send(dryRun: boolean) {
    if (text === null) return;
    setError(null);
    try {
      const answer =
        format === 'csv'
          ? await client.POST('/api/v1/basket/versions/import', {
              params: { query: { format, dryRun, effectiveFrom, note: note.trim() || undefined } },
              body: text as never,
              bodySerializer: (body: unknown) => body as string,
              headers: { 'content-type': 'text/csv' },
            })
          : await client.POST('/api/v1/basket/versions/import', {
              params: { query: { format, dryRun } },
              body: JSON.parse(text),
            });
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

  return (
    <section aria-labelledby="basket-import">
      <h3 id="basket-import">{m.basket.importTitle}</h3>
      <p className="hint">{m.basket.importHint}</p>
      <form onSubmit={submit}>
        <SelectField
          id="basket-format"
          label={m.basket.format}
          value={format}
          onChange={(v) => setFormat(v === 'json' ? 'json' : 'csv')}
          options={[
            { value: 'csv', label: 'CSV' },
            { value: 'json', label: 'JSON' },
          ]}
        />
        <div className="field">
          <label htmlFor="basket-file">{m.basket.file}</label>
          <input
            id="basket-file"
            type="file"
            accept={format === 'csv' ? '.csv,text/csv' : '.json,application/json'}
            onChange={(e) => {
              const file = e.target.files?.[0];
              setResult(null);
              if (file) void file.text().then(setText);
              else setText(null);
            }}
          />
        </div>
        {format === 'csv' && (
          <>
            <TextField
              id="basket-import-from"
              label={m.basket.effectiveFrom}
              type="date"
              value={effectiveFrom}
              onChange={setEffectiveFrom}
            />
            <TextField id="basket-import-note" label={m.basket.note} value={note} onChange={setNote} optional />
          </>
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={text === null}>
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

export default function BasketMinistry({ versions, onRecorded }: { versions: readonly Version[]; onRecorded(): void }) {
  const { m } = useI18n();
  return (
    <section aria-labelledby="basket-ministry">
      <h2 id="basket-ministry">{m.basket.ministryTitle}</h2>
      <BasketEditor onRecorded={onRecorded} />
      <ImportForm onRecorded={onRecorded} />
      <BasketReviews versions={versions} />
    </section>
  );
}
