// A centre's public page (CR-17.8, CR-17.9, DR-20.1): its points with the hours of the day and of that week in
// Riga time (closed on public holidays, shorter the day before), institutions' reception hours, contacts and the
// services in its scope on the day (CR-7, the basket marked) and of the public catalogue provided there.
// ?date=YYYY-MM-DD shows another day's hours. Open without logging in. A centre past its closing deadline (DR-12.3)
// says it is closed and shows where it was, without hours.
import { useEffect, useState, type FormEvent } from 'react';
import type { PageProps } from '../app/page-props.ts';
import { withQuery } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { canOpen } from '../shared/roles.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';
import { CentreServices } from '../catalogue/CatalogueCentreServices.tsx';
import { CentreScopePublic } from '../scope/CentreScopePublic.tsx';
import { ChannelList } from './CentreChannels.tsx';
import { PointHours, ReceptionHours } from './CentrePublicParts.tsx';
import { FacilityTags } from './CentreFinderCard.tsx';

export function CentrePublicPage({ params }: PageProps) {
  const { m } = useI18n();
  const { roles } = useSession();
  const { query, path } = useLocation();
  const date = query.get('date') ?? '';
  const [day, setDay] = useState(date);
  useEffect(() => setDay(date), [date]);
  const { data: centre, error } = useGet('/api/v1/public/centres/{id}', {
    params: { path: { id: params.id ?? '' }, query: { date } },
  });

  if (!centre) {
    return (
      <Page title={error ? m.centres.finderTitle : m.common.loading}>
        <ErrorSummary error={error} />
        {!error && <p className="loading">{m.common.loading}</p>}
        <p>
          <Link to="/centres">{m.centres.back}</Link>
        </p>
      </Page>
    );
  }

  const show = (event: FormEvent) => {
    event.preventDefault();
    navigate(withQuery(path, { date: day }));
  };
  const dayTitle = date
    ? fill(m.centres.hoursOn, { date: formatDate(centre.date) })
    : fill(m.centres.hoursToday, { date: formatDate(centre.date) });
  const closed = centre.status === 'closed';

  return (
    <Page title={centre.name} wide>
      <p>
        <Link to="/centres">{m.centres.back}</Link>
        {canOpen(roles, 'directory') && (
          <>
            {' · '}
            <Link to={`/centres/${centre.id}/edit`}>{m.centres.edit}</Link>
          </>
        )}
      </p>
      <p className="lead">
        {[centre.kind ? m.centres.kinds[centre.kind] : null, centre.municipality.name, centre.placeName]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {!closed && <FacilityTags centre={centre} />}
      {centre.status === 'liquidation_decided' && centre.closingDeadline && (
        <div className="alert alert--error">
          <p className="alert__title">{fill(m.centres.closingBy, { date: formatDate(centre.closingDeadline) })}</p>
        </div>
      )}
      {closed && (
        <div className="alert alert--error" data-testid="centre-closed">
          <p className="alert__title">{fill(m.centres.closedSince, { date: formatDate(centre.closingDeadline) })}</p>
        </div>
      )}
      {!closed && (
        <form className="search" onSubmit={show}>
          <label htmlFor="centre-date">{m.centres.showDay}</label>
          <div className="search__row">
            <input id="centre-date" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
            <button type="submit" className="button button--secondary">
              {m.centres.show}
            </button>
          </div>
        </form>
      )}

      <h2>{m.centres.contacts}</h2>
      <ChannelList channels={centre.contacts} fallback={centre.municipalityContacts} />

      {centre.points.map((p) => (
        <section key={p.id} aria-labelledby={`point-${p.id}`} className="panel">
          <h2 id={`point-${p.id}`}>{p.name}</h2>
          <p>{p.address}</p>
          {!closed && <PointHours point={p} date={centre.date} title={dayTitle} />}
          {(p.phone || p.email) && (
            <ChannelList channels={{ phone: p.phone, email: p.email, eAddress: null, website: null }} />
          )}
        </section>
      ))}

      {!closed && <ReceptionHours reception={centre.reception} />}

      <CentreScopePublic centreId={centre.id} date={date} manage={canOpen(roles, 'directory')} />
      <CentreServices municipalityId={centre.municipality.id} />
    </Page>
  );
}
