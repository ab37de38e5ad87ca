// The public services catalogue (SR-12): search as you type (case and Latvian diacritics ignored: "uznemumu" finds
// "uzņēmumu"), filters by holder, COFOG function, client type, channel and municipality, paging, and the same
// selection as CSV. Open without logging in; the search lives in the address, so it can be shared and bookmarked.
import { useEffect, useRef, useState } from 'react';
import { type ApiQuery, withQuery } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { navigate, useLocation } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import { CatalogueFilters, EMPTY_FILTER, filterFrom, type CatalogueFilter } from './CatalogueFilters.tsx';
import { CatalogueResults } from './CatalogueResults.tsx';

const PAGE_SIZE = 20;
/** How long typing may pause before the search runs. */
const DEBOUNCE_MS = 300;

export function CatalogueSearchPage() {
  const { m } = useI18n();
  const { query } = useLocation();
  const filter = filterFrom(query);
  const filterKey = JSON.stringify(filter);
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const [text, setText] = useState(filter.q);
  // The query this page last wrote to the address: a different one came from outside (back, a link) and replaces the box.
  const written = useRef(filter.q);
  useEffect(() => {
    if (filter.q === written.current) return;
    written.current = filter.q;
    setText(filter.q);
  }, [filter.q]);

  const go = (next: CatalogueFilter, options: { replace?: boolean; offset?: number } = {}) => {
    written.current = next.q;
    navigate(withQuery('/catalogue', { ...next, offset: options.offset || undefined }), {
      replace: options.replace ?? false,
    });
  };

  // Results as you type: the address follows the box after a short pause (replacing, not piling up history).
  // The filter is compared by value (filterKey); go is a new function each render and would restart the pause.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberate trigger list, see above.
  useEffect(() => {
    const q = text.trim();
    if (q === filter.q) return;
    const timer = window.setTimeout(() => go({ ...filter, q }, { replace: true }), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, filterKey]);

  // The filter's words come from the address as they are: the API refuses one it does not know.
  const search = { ...filter, limit: PAGE_SIZE, offset: offset || undefined } as ApiQuery<'listPublicServices'>;
  const { data, error } = useGet('/api/v1/public/services', { params: { query: search } });

  return (
    <Page title={m.catalogue.searchTitle} wide>
      <p className="lead">{m.catalogue.searchIntro}</p>
      <CatalogueFilters
        text={text}
        onText={setText}
        value={filter}
        onApply={(next) => go({ ...next, q: text.trim() })}
        onClear={() => {
          setText('');
          go(EMPTY_FILTER);
        }}
      />
      <ErrorSummary error={error} />
      <CatalogueResults
        data={data}
        filter={filter}
        offset={offset}
        limit={PAGE_SIZE}
        onPage={(next) => go(filter, { offset: next })}
      />
    </Page>
  );
}
