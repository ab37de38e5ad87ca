// The public catalogue's hits: the count in a polite live region (heard after each search without moving the
// focus), a card per service linking to its page by its identifier, paging, and the same selection as CSV.
import { withQuery } from '../api.ts';
import { Pager } from '../shared/Pager.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link } from '../app/router.tsx';
import type { CatalogueFilter } from './CatalogueFilters.tsx';
import { Txt, channelName, coverageText, type PublicServiceList } from './CatalogueShared.tsx';

interface Props {
  data: PublicServiceList | undefined;
  filter: CatalogueFilter;
  offset: number;
  limit: number;
  onPage(offset: number): void;
}

export function CatalogueResults({ data, filter, offset, limit, onPage }: Props) {
  const { m } = useI18n();
  const count = data ? (data.total === 0 ? m.catalogue.none : fill(m.catalogue.found, { total: data.total })) : '';
  return (
    <section aria-labelledby="catalogue-results-title">
      <h2 id="catalogue-results-title">{m.catalogue.results}</h2>
      <p role="status" aria-live="polite" aria-atomic="true" data-testid="catalogue-count">
        {count}
      </p>
      {!data && <p className="loading">{m.common.loading}</p>}
      {data && data.items.length > 0 && (
        <ul className="results">
          {data.items.map((s) => (
            <li key={s.id} className="result">
              <h3>
                <Link to={`/catalogue/${encodeURIComponent(s.identifier)}`}>
                  <Txt value={s.name} />
                </Link>
              </h3>
              <p>
                <Txt value={s.shortDescription} />
              </p>
              <p className="muted small">
                {[
                  s.holder.name,
                  s.channels.map((c) => channelName(m, c)).join(', '),
                  coverageText(m, s.coverage),
                  s.identifier,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {data && <Pager offset={offset} limit={limit} shown={data.items.length} total={data.total} onPage={onPage} />}
      {data && data.total > 0 && (
        <p>
          <a href={withQuery('/api/v1/public/services.csv', { ...filter })} download>
            {m.catalogue.csv}
          </a>
        </p>
      )}
    </section>
  );
}
