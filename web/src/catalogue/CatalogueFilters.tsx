// The public catalogue's search box and filters. The box searches as you type (the page debounces it); a filter
// applies as soon as it is chosen, so the results below change without leaving the page (WCAG 3.2.2: no change
// of context). Enter or the button searches at once.
import { useRef, type FormEvent } from 'react';
import { SelectField, type Option } from '../shared/Field.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useGet } from '../useApi.ts';
import { CHANNELS, CLIENT_TYPES, cofogName, useCofog, type Named } from './CatalogueShared.tsx';

export interface CatalogueFilter {
  q: string;
  holderId: string;
  cofog: string;
  clientType: string;
  channel: string;
  municipalityId: string;
}

export const EMPTY_FILTER: CatalogueFilter = {
  q: '',
  holderId: '',
  cofog: '',
  clientType: '',
  channel: '',
  municipalityId: '',
};
const KEYS = Object.keys(EMPTY_FILTER) as (keyof CatalogueFilter)[];
/**
 * SR-10.7: a natural or a legal person also finds the services offered to anyone, so "for everyone" is the empty
 * choice; offering "Anyone" beside it would read as the same choice with different results.
 */
const CLIENT_FILTER = CLIENT_TYPES.filter((c) => c !== 'anyone');

export function filterFrom(query: URLSearchParams): CatalogueFilter {
  return Object.fromEntries(KEYS.map((k) => [k, (query.get(k) ?? '').trim()])) as unknown as CatalogueFilter;
}

/** The holders and municipalities to filter by, from public lists (no login). */
function useChoices(): { holders: Named[]; municipalities: Named[] } {
  const holders = useGet('/api/v1/public/holders');
  const centres = useGet('/api/v1/public/centres');
  return { holders: holders.data?.items ?? [], municipalities: centres.data?.municipalities ?? [] };
}

interface Props {
  text: string;
  onText(text: string): void;
  value: CatalogueFilter;
  onApply(next: CatalogueFilter): void;
  onClear(): void;
}

export function CatalogueFilters({ text, onText, value, onApply, onClear }: Props) {
  const { m, lang } = useI18n();
  const cofog = useCofog();
  const { holders, municipalities } = useChoices();
  const box = useRef<HTMLInputElement>(null);
  const set = (key: keyof CatalogueFilter) => (next: string) => onApply({ ...value, [key]: next });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(value);
  };
  const named = (items: Named[]): Option[] => items.map((o) => ({ value: o.id, label: o.name }));
  // Groups indented under their division, so the list reads as the classification does.
  const functions: Option[] = cofog.items.map((i) => ({
    value: i.code,
    label: `${i.level === 'group' ? '\u00a0\u00a0\u00a0' : ''}${i.code} ${cofogName(lang, i)}`,
  }));
  const active = text.trim() !== '' || Object.entries(value).some(([k, v]) => k !== 'q' && v !== '');

  return (
    <search aria-label={m.catalogue.searchTitle}>
      <form className="filters" onSubmit={submit}>
        <div className="search">
          <label htmlFor="catalogue-q">{m.catalogue.query}</label>
          <p className="field__hint" id="catalogue-q-hint">
            {m.catalogue.queryHint}
          </p>
          <div className="search__row">
            <input
              id="catalogue-q"
              ref={box}
              type="search"
              aria-describedby="catalogue-q-hint"
              value={text}
              onChange={(e) => onText(e.target.value)}
              autoComplete="off"
            />
            <button type="submit" className="button">
              {m.catalogue.search}
            </button>
          </div>
        </div>
        <div className="filters__grid">
          <SelectField
            id="catalogue-holder"
            label={m.catalogue.holder}
            value={value.holderId}
            onChange={set('holderId')}
            placeholder={m.catalogue.allHolders}
            options={named(holders)}
          />
          <SelectField
            id="catalogue-cofog"
            label={m.catalogue.cofog}
            value={value.cofog}
            onChange={set('cofog')}
            placeholder={m.catalogue.allCofog}
            options={functions}
          />
          <SelectField
            id="catalogue-client"
            label={m.catalogue.clientType}
            value={value.clientType}
            onChange={set('clientType')}
            placeholder={m.catalogue.allClientTypes}
            options={CLIENT_FILTER.map((c) => ({ value: c, label: m.catalogue.clientTypes[c] }))}
          />
          <SelectField
            id="catalogue-channel"
            label={m.catalogue.channel}
            value={value.channel}
            onChange={set('channel')}
            placeholder={m.catalogue.allChannels}
            options={CHANNELS.map((c) => ({ value: c, label: m.catalogue.channels[c] }))}
          />
          <SelectField
            id="catalogue-municipality"
            label={m.catalogue.municipality}
            value={value.municipalityId}
            onChange={set('municipalityId')}
            placeholder={m.catalogue.allMunicipalities}
            options={named(municipalities)}
          />
        </div>
        {active && (
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={onClear}>
              {m.catalogue.clear}
            </button>
          </div>
        )}
      </form>
    </search>
  );
}
