// A centre's public page (CR-17.8, CR-17.9, DR-20.1): its points with the hours of the day and of that week in
// Riga time (closed on public holidays, shorter the day before), institutions' reception hours, contacts and the
// services of the public catalogue provided there.
// ?date=YYYY-MM-DD shows another day's hours. Open without logging in.
import { useEffect, useState, type FormEvent } from 'react';
import type { PageProps } from '../App.tsx';
import { withQuery } from '../api.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Page } from '../components/Page.tsx';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { canOpen } from '../roles.ts';
import { Link, navigate, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';
import { useApi } from '../useApi.ts';
import { CentreServices } from './CatalogueCentreServices.tsx';
import { ChannelList } from './CentreChannels.tsx';
import { dayHoursText, functionName, weekText, weekdayName, type PublicCentre } from './CentreShared.tsx';

export function CentrePublicPage({ params }: PageProps) {
  const { m, lang } = useI18n();
  const { roles } = useSession();
  const { query, path } = useLocation();
  const date = query.get('date') ?? '';
  const [day, setDay] = useState(date);
  useEffect(() => setDay(date), [date]);
  const id = encodeURIComponent(params.id ?? '');
  const { data: centre, error } = useApi<PublicCentre>(withQuery(`/api/v1/public/centres/${id}`, { date }));

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
  const dayTitle = date ? fill(m.centres.hoursOn, { date: formatDate(centre.date) }) : fill(m.centres.hoursToday, { date: formatDate(centre.date) });

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
      <p className="lead">{[centre.kind ? m.centres.kinds[centre.kind] : null, centre.municipality.name, centre.placeName].filter(Boolean).join(' · ')}</p>
      {centre.status === 'liquidation_decided' && centre.closingDeadline && (
        <div className="alert alert--error">
          <p className="alert__title">{fill(m.centres.closingBy, { date: formatDate(centre.closingDeadline) })}</p>
        </div>
      )}
      <form className="search" onSubmit={show}>
        <label htmlFor="centre-date">{m.centres.showDay}</label>
        <div className="search__row">
          <input id="centre-date" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
          <button type="submit" className="button button--secondary">
            {m.centres.show}
          </button>
        </div>
      </form>

      <h2>{m.centres.contacts}</h2>
      <ChannelList channels={centre.contacts} fallback={centre.municipalityContacts} />

      {centre.points.map((p) => (
        <section key={p.id} aria-labelledby={`point-${p.id}`} className="panel">
          <h2 id={`point-${p.id}`}>{p.name}</h2>
          <p>{p.address}</p>
          <h3>{dayTitle}</h3>
          <p className="lead" data-testid={`today-${p.id}`}>
            {dayHoursText(m, lang, p.today)}
          </p>
          {p.today.scheduleLabel && <p className="muted small">{p.today.scheduleLabel}</p>}
          <div className="table-wrap">
            <table>
              <caption>{fill(m.centres.weekOf, { from: formatDate(p.week[0]?.date), to: formatDate(p.week[6]?.date) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.centres.day}</th>
                  <th scope="col">{m.centres.hours}</th>
                </tr>
              </thead>
              <tbody>
                {p.week.map((d) => (
                  <tr key={d.date} aria-current={d.date === centre.date ? 'date' : undefined} className={d.date === centre.date ? 'current' : undefined}>
                    <th scope="row">{`${weekdayName(m, d.weekday)}, ${formatDate(d.date)}`}</th>
                    <td>{dayHoursText(m, lang, d)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {p.functions.length > 0 && (
            <>
              <h3>{m.centres.functions}</h3>
              <ul>
                {p.functions.map((f) => (
                  <li key={f.code}>{functionName(lang, f)}</li>
                ))}
              </ul>
            </>
          )}
          {(p.phone || p.email) && <ChannelList channels={{ phone: p.phone, email: p.email, eAddress: null, website: null }} />}
        </section>
      ))}

      <section aria-labelledby="reception-title" className="panel">
        <h2 id="reception-title">{m.centres.reception}</h2>
        {centre.reception.length === 0 ? (
          <p>{m.centres.noReception}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{m.centres.reception}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.centres.institution}</th>
                  <th scope="col">{m.centres.receptionDays}</th>
                  <th scope="col">{m.centres.contacts}</th>
                </tr>
              </thead>
              <tbody>
                {centre.reception.map((r) => (
                  <tr key={r.institution.id + r.validFrom}>
                    <th scope="row">{r.institution.name}</th>
                    <td>
                      {weekText(m, r.days, m.centres.notReceiving)}
                    </td>
                    <td>{[r.institution.phone, r.institution.email, r.institution.website].filter(Boolean).join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <CentreServices municipalityId={centre.municipality.id} />
    </Page>
  );
}
