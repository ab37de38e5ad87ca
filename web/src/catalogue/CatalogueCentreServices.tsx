// The services offered at a centre (CR-17.8), on its public page: the public catalogue's services provided in the
// centre's municipality (covering the whole country or listing it), the first few with a link to the full list.
import { withQuery } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import { Txt } from './CatalogueShared.tsx';

const SHOWN = 10;

export function CentreServices({ municipalityId }: { municipalityId: string }) {
  const { m } = useI18n();
  const c = m.catalogue;
  const { data, error } = useGet('/api/v1/public/services', { params: { query: { municipalityId, limit: SHOWN } } });
  const all = withQuery('/catalogue', { municipalityId });
  return (
    <section aria-labelledby="services-title" className="panel">
      <h2 id="services-title">{m.centres.services}</h2>
      <ErrorSummary error={error} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && data.total === 0 && <p>{c.centreNone}</p>}
      {data && data.total > 0 && (
        <>
          <p>{fill(c.centreCount, { total: data.total })}</p>
          <ul>
            {data.items.map((s) => (
              <li key={s.id}>
                <Link to={`/catalogue/${encodeURIComponent(s.identifier)}`}>
                  <Txt value={s.name} />
                </Link>{' '}
                <span className="muted small">— {s.holder.name}</span>
              </li>
            ))}
          </ul>
          <p>
            <Link to={all}>{fill(c.centreAll, { total: data.total })}</Link>
          </p>
        </>
      )}
    </section>
  );
}
