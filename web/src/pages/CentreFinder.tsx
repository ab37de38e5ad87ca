// The public centre finder (CR-17.8, CR-17.9): search by name, place or address (case and diacritics ignored),
// filter by municipality and kind. Open without logging in; the search lives in the address, so it can be shared.
import { useEffect, useState, type FormEvent } from 'react';
import { withQuery } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link, navigate, useLocation } from '../router.tsx';
import { useApi } from '../useApi.ts';
import { CENTRE_KINDS, type PublicCentreSummary } from './CentreShared.tsx';

interface Found {
  items: PublicCentreSummary[];
  municipalities: { id: string; name: string }[];
}

export function CentreFinderPage() {
  const { m } = useI18n();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const municipalityId = query.get('municipalityId') ?? '';
  const kind = query.get('kind') ?? '';
  const [text, setText] = useState(q);
  const [municipality, setMunicipality] = useState(municipalityId);
  const [kindChoice, setKindChoice] = useState(kind);
  useEffect(() => {
    setText(q);
    setMunicipality(municipalityId);
    setKindChoice(kind);
  }, [q, municipalityId, kind]);
  const { data, error, loading } = useApi<Found>(withQuery('/api/v1/public/centres', { q, municipalityId, kind }));

  const search = (event: FormEvent) => {
    event.preventDefault();
    navigate(withQuery('/centres', { q: text.trim(), municipalityId: municipality, kind: kindChoice }));
  };

  return (
    <Page title={m.centres.finderTitle} wide>
      <p className="lead">{m.centres.finderIntro}</p>
      <form role="search" className="filters" onSubmit={search} aria-label={m.centres.finderTitle}>
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
          <SelectField id="centres-kind" label={m.centres.kind} value={kindChoice} onChange={setKindChoice} placeholder={m.centres.allKinds} options={CENTRE_KINDS.map((k) => ({ value: k, label: m.centres.kinds[k] }))} />
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {m.centres.search}
          </button>
        </div>
      </form>
      <ErrorSummary error={error} />
      {loading && !data && <p className="loading">{m.common.loading}</p>}
      {data && (
        <>
          <p>{fill(m.centres.found, { total: data.items.length })}</p>
          {data.items.length === 0 ? (
            <p>{m.centres.none}</p>
          ) : (
            <ul className="cards">
              {data.items.map((c) => (
                <li key={c.id} className="card">
                  <Link to={`/centres/${c.id}`}>{c.name}</Link>
                  <p>{[c.kind ? m.centres.kinds[c.kind] : null, c.municipality.name].filter(Boolean).join(' · ')}</p>
                  <p>{c.addresses.join('; ')}</p>
                  {c.status === 'liquidation_decided' && c.closingDeadline && <p>{fill(m.centres.closingBy, { date: formatDate(c.closingDeadline) })}</p>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
