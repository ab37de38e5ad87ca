// What changed between two versions of the basket (AM-1.6 … AM-1.10): two selects, then the items added, removed and
// changed (renamed, moved to another institution, other services), matched by their Annex 1 number.
import { useState } from 'react';
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { SelectField } from '../shared/Field.tsx';
import { formatDate } from '../shared/format.ts';
import { useGet } from '../useApi.ts';

type Version = ApiResponse<'listPublicBasketVersions'>['items'][number];
export type Changes = ApiResponse<'getPublicBasketChanges'>;
type Item = Changes['added'][number];

export function ChangeList({ changes }: { changes: Changes }) {
  const { m, lang } = useI18n();
  const name = (i: Item) => i.name[lang === 'en' ? 'en' : 'lv'];
  const line = (i: Item) => `${i.annexItem} ${name(i)}${i.institution ? ` (${i.institution.name})` : ''}`;
  const none = changes.added.length + changes.removed.length + changes.changed.length === 0;
  return (
    <div className="basket-changes">
      {none && <p>{m.basket.noChanges}</p>}
      {changes.added.length > 0 && (
        <>
          <h3>{m.basket.added}</h3>
          <ul>
            {changes.added.map((i) => (
              <li key={i.annexItem}>{line(i)}</li>
            ))}
          </ul>
        </>
      )}
      {changes.removed.length > 0 && (
        <>
          <h3>{m.basket.removed}</h3>
          <ul>
            {changes.removed.map((i) => (
              <li key={i.annexItem}>{line(i)}</li>
            ))}
          </ul>
        </>
      )}
      {changes.changed.length > 0 && (
        <>
          <h3>{m.basket.changed}</h3>
          <ul>
            {changes.changed.map((c) => (
              <li key={c.annexItem}>
                {line(c.after)}:{' '}
                {[
                  c.renamed && `${m.basket.renamed} (${m.basket.was}: ${name(c.before)})`,
                  c.institutionChanged && m.basket.institutionChanged,
                  (c.servicesAdded.length > 0 || c.servicesRemoved.length > 0) &&
                    `${m.basket.servicesChanged} (+${c.servicesAdded.join(', ')} −${c.servicesRemoved.join(', ')})`,
                ]
                  .filter(Boolean)
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{fill(m.basket.unchanged, { count: changes.unchanged })}</p>
    </div>
  );
}

export function BasketChanges({ versions }: { versions: readonly Version[] }) {
  const { m } = useI18n();
  const live = versions.filter((v) => !v.superseded);
  const [to, setTo] = useState(String(live[0]?.number ?? ''));
  const [from, setFrom] = useState(String(live[1]?.number ?? live[0]?.number ?? ''));
  const changes = useGet(from && to ? '/api/v1/public/basket/changes' : null, {
    params: { query: { from: Number(from), to: Number(to) } },
  });
  const options = versions.map((v) => ({
    value: String(v.number),
    label: `${fill(m.basket.versionOption, { number: v.number, date: formatDate(v.effectiveFrom) })}${
      v.superseded ? ` ${m.basket.superseded}` : ''
    }`,
  }));
  return (
    <section aria-labelledby="basket-changes">
      <h2 id="basket-changes">{m.basket.changesTitle}</h2>
      <div className="filters__grid">
        <SelectField id="basket-from" label={m.basket.from} value={from} onChange={setFrom} options={options} />
        <SelectField id="basket-to" label={m.basket.to} value={to} onChange={setTo} options={options} />
      </div>
      <div aria-live="polite">{changes.data && <ChangeList changes={changes.data} />}</div>
    </section>
  );
}

/** The answer of a check or a save: the version, the one of the same day it supersedes, and its changes. */
export function ResultView({ result }: { result: ApiResponse<'createBasketVersionImport'> | null }) {
  const { m } = useI18n();
  if (!result) return null;
  return (
    <div role="status" className="alert">
      {result.dryRun ? (
        <p>{fill(m.basket.dryRunResult, { date: formatDate(result.version.effectiveFrom) })}</p>
      ) : (
        <p>{fill(m.basket.recorded, { number: result.version.number ?? '' })}</p>
      )}
      {result.supersedes !== null && result.dryRun && <p>{fill(m.basket.supersedes, { number: result.supersedes })}</p>}
      <ChangeList changes={result.changes} />
    </div>
  );
}
