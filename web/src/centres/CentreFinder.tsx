// The public centre finder (CR-17.8, CR-17.9): search by name, place or address (case and diacritics ignored),
// filter by municipality, kind and "open now"; sort by distance from the visitor; a map when a tile server is set.
// Open without logging in; the search lives in the address, so it can be shared (the visitor's position does not).
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { withQuery } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { SelectField } from '../shared/Field.tsx';
import { Page } from '../shared/Page.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { navigate, useLocation } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import { CentreCard } from './CentreFinderCard.tsx';
import { NearestControls, useNearest } from './CentreFinderLocate.tsx';
import { byDistance } from './CentreFinderNearest.ts';
import { CENTRE_KINDS, type CentreKind } from './CentreShared.tsx';

// Leaflet is fetched only when the server has a map to show (see scripts/check-bundle.mjs: "on demand").
const CentreFinderMap = lazy(() => import('./CentreFinderMap.tsx'));

export function CentreFinderPage() {
  const { m } = useI18n();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const municipalityId = query.get('municipalityId') ?? '';
  const kind = query.get('kind') ?? '';
  const openNow = query.get('openNow') === 'true';
  const [text, setText] = useState(q);
  const [municipality, setMunicipality] = useState(municipalityId);
  const [kindChoice, setKindChoice] = useState(kind);
  useEffect(() => {
    setText(q);
    setMunicipality(municipalityId);
    setKindChoice(kind);
  }, [q, municipalityId, kind]);
  const { data, error, loading } = useGet('/api/v1/public/centres', {
    // An unknown kind in the address goes as it is: the API refuses it.
    params: { query: { q, municipalityId, kind: kind as CentreKind, openNow: openNow || undefined } },
  });
  const nearest = useNearest();

  const go = (onlyOpen: boolean) =>
    navigate(
      withQuery('/centres', {
        q: text.trim(),
        municipalityId: municipality,
        kind: kindChoice,
        openNow: onlyOpen ? 'true' : undefined,
      }),
    );
  const search = (event: FormEvent) => {
    event.preventDefault();
    go(openNow);
  };
  const rows = data
    ? nearest.origin
      ? byDistance(data.items, nearest.origin)
      : data.items.map((centre) => ({ centre, km: undefined }))
    : [];

  return (
    <Page title={m.centres.finderTitle} wide>
      <p className="lead">{m.centres.finderIntro}</p>
      <search aria-label={m.centres.finderTitle}>
        <form className="filters" onSubmit={search}>
          <div className="search">
            <label htmlFor="centres-q">{m.centres.query}</label>
            <div className="search__row">
              <input id="centres-q" type="search" value={text} onChange={(e) => setText(e.target.value)} />
            </div>
          </div>
          <div className="filters__grid">
            <SelectField
              id="centres-municipality"
              label={m.centres.municipality}
              value={municipality}
              onChange={setMunicipality}
              placeholder={m.centres.allMunicipalities}
              options={(data?.municipalities ?? []).map((o) => ({ value: o.id, label: o.name }))}
            />
            <SelectField
              id="centres-kind"
              label={m.centres.kind}
              value={kindChoice}
              onChange={setKindChoice}
              placeholder={m.centres.allKinds}
              options={CENTRE_KINDS.map((k) => ({ value: k, label: m.centres.kinds[k] }))}
            />
          </div>
          {/* Applies at once, with whatever else the form holds: the list below is what changes. */}
          <div className="checkbox">
            <input id="centres-open-now" type="checkbox" checked={openNow} onChange={(e) => go(e.target.checked)} />
            <label htmlFor="centres-open-now">{m.centres.openNowOnly}</label>
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {m.centres.search}
            </button>
          </div>
        </form>
      </search>
      <ErrorSummary error={error} />
      {loading && !data && <p className="loading">{m.common.loading}</p>}
      {data?.map && (
        <Suspense fallback={<p className="muted">{m.common.loading}</p>}>
          <CentreFinderMap settings={data.map} centres={data.items} />
        </Suspense>
      )}
      {data && (
        <>
          <p>{fill(m.centres.found, { total: data.items.length })}</p>
          <NearestControls nearest={nearest} />
          {data.items.length === 0 ? (
            <p>{m.centres.none}</p>
          ) : (
            <ul className="cards">
              {rows.map(({ centre, km }) => (
                <CentreCard key={centre.id} centre={centre} km={km} />
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
