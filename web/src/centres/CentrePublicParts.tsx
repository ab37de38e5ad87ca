// Parts of a centre's public page: a point's hours of the day, its week and functions, and the institutions'
// reception hours. A centre past its closing deadline shows neither (CentrePublic.tsx).
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { dayHoursText, functionName, weekText, weekdayName, type PublicCentre } from './CentreShared.tsx';

type Point = PublicCentre['points'][number];

export function PointHours({ point: p, date, title }: { point: Point; date: string; title: string }) {
  const { m, lang } = useI18n();
  return (
    <>
      <h3>{title}</h3>
      <p className="lead" data-testid={`today-${p.id}`}>
        {dayHoursText(m, lang, p.today)}
      </p>
      {p.today.scheduleLabel && <p className="muted small">{p.today.scheduleLabel}</p>}
      <div className="table-wrap">
        <table>
          <caption>
            {fill(m.centres.weekOf, { from: formatDate(p.week[0]?.date), to: formatDate(p.week[6]?.date) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.centres.day}</th>
              <th scope="col">{m.centres.hours}</th>
            </tr>
          </thead>
          <tbody>
            {p.week.map((d) => (
              <tr
                key={d.date}
                aria-current={d.date === date ? 'date' : undefined}
                className={d.date === date ? 'current' : undefined}
              >
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
    </>
  );
}

export function ReceptionHours({ reception }: { reception: PublicCentre['reception'] }) {
  const { m } = useI18n();
  return (
    <section aria-labelledby="reception-title" className="panel">
      <h2 id="reception-title">{m.centres.reception}</h2>
      {reception.length === 0 ? (
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
              {reception.map((r) => (
                <tr key={r.institution.id + r.validFrom}>
                  <th scope="row">{r.institution.name}</th>
                  <td>{weekText(m, r.days, m.centres.notReceiving)}</td>
                  <td>
                    {[r.institution.phone, r.institution.email, r.institution.website].filter(Boolean).join(', ') ||
                      '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
