// The head's morning on the home page: who of the staff is in today and who substitutes whom (BV-3),
// which institutions' officers receive (CR-20.8), today's contacts by type, written contacts due (DR-25.1.7.3),
// overdue obligations, and continuity gaps in the next two weeks (CR-17.11). One request.
import { Link } from '../app/router.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';
import { staffPath, type Morning } from './StaffShared.tsx';
import './staff.css';

function Today({ day }: { day: Morning }) {
  const { m } = useI18n();
  const s = m.staff;
  const types = m.counter.types as Record<string, string>;
  return (
    <div className="staff-panel">
      <section aria-labelledby="hp-staff">
        <h3 id="hp-staff">{s.panelStaff}</h3>
        {day.staff.length === 0 ? (
          <p>{s.none}</p>
        ) : (
          <ul>
            {day.staff.map((p) => (
              <li key={p.memberId}>
                {p.name}:{' '}
                {p.present
                  ? s.present
                  : `${s.kinds[p.absence ?? 'vacation']}${p.substitute ? `, ${fill(s.substitutedBy, { name: p.substitute })}` : ''}`}
                {p.substituteAbsent && <strong> ({s.substituteAway})</strong>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="hp-officers">
        <h3 id="hp-officers">{s.officersTitle}</h3>
        {day.officers.length === 0 ? (
          <p>{s.officersNone}</p>
        ) : (
          <ul>
            {day.officers.map((o) => (
              <li key={o.institutionId}>
                {o.institutionName}: {o.hours.join(', ')}
                {o.absent && <strong> ({s.officerAbsent})</strong>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="hp-contacts">
        <h3 id="hp-contacts">{s.contactsTitle}</h3>
        {day.contactsToday.length === 0 ? (
          <p>{s.contactsNone}</p>
        ) : (
          <ul>
            {day.contactsToday.map((c) => (
              <li key={c.type}>
                {types[c.type] ?? c.type}: {c.count}
              </li>
            ))}
          </ul>
        )}
        <h3>{s.writtenTitle}</h3>
        <p>{fill(s.written, { ...day.writtenContacts })}</p>
      </section>
      <section aria-labelledby="hp-duties">
        <h3 id="hp-duties">{s.obligationsTitle}</h3>
        {day.obligationsOverdue.length === 0 ? (
          <p>{s.obligationsNone}</p>
        ) : (
          <ul>
            {day.obligationsOverdue.map((o) => (
              <li key={o.ruleId}>
                <Link to={`/obligations?ruleId=${encodeURIComponent(o.ruleId)}&status=overdue`}>
                  {fill(s.obligationRow, { rule: o.ruleId, count: o.count, due: formatDate(o.earliestDue) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="hp-gaps">
        <h3 id="hp-gaps">{s.gapsTitle}</h3>
        {day.upcomingGaps.length === 0 ? (
          <p>{s.gapsNone}</p>
        ) : (
          <ul>
            {day.upcomingGaps.map((g) => (
              <li key={`${g.date}-${g.servicePoint.id}`} className="staff-gap">
                <Link to={staffPath(day.centreId, 'continuity')}>
                  {fill(s.gapRow, { date: formatDate(g.date), point: g.servicePoint.name, hours: g.hours.join(', ') })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function HeadPanel() {
  const { m } = useI18n();
  const centres = useGet('/api/v1/staff/centres');
  const centre = centres.data?.items.find((c) => c.keeps);
  const morning = useGet(centre ? '/api/v1/centres/{id}/morning' : null, {
    params: { path: { id: centre?.id ?? '' } },
  });
  if (!centre) return null;
  return (
    <section aria-labelledby="head-panel">
      <h2 id="head-panel">{`${m.staff.panelTitle}: ${centre.name}`}</h2>
      <ErrorSummary error={morning.error} />
      {!morning.data && !morning.error && <p className="loading">{m.common.loading}</p>}
      {morning.data && <Today day={morning.data} />}
      <p>
        <Link to={staffPath(centre.id, 'staff')}>{m.staff.openStaff}</Link>
      </p>
    </section>
  );
}
