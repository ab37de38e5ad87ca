// One centre in the finder's list: open now or not (or closed for good, DR-12.3), its phone and e-mail to call or
// write straight from the list (DR-20.1), a public computer and free Wi-Fi (CR-17.6, CR-17.7), and its distance
// once the list is sorted by it.
import { formatDate, formatKm } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link } from '../app/router.tsx';
import './CentreFinder.css';
import type { PublicCentreSummary } from './CentreShared.tsx';

/** CR-17.6, CR-17.7: what a client may use there besides the counter, as its municipality recorded it. */
export function FacilityTags({ centre }: { centre: Pick<PublicCentreSummary, 'publicComputer' | 'freeWifi'> }) {
  const { m } = useI18n();
  const tags = (['publicComputer', 'freeWifi'] as const).filter((f) => centre[f]);
  if (tags.length === 0) return null;
  return (
    <ul className="inline-list" aria-label={m.centres.publicFacilities.label}>
      {tags.map((f) => (
        <li key={f}>
          <span className="tag tag--ok">{m.centres.publicFacilities[f]}</span>
        </li>
      ))}
    </ul>
  );
}

/** `km`: undefined while the list is alphabetical; null when the centre's points have no coordinates. */
export function CentreCard({ centre: c, km }: { centre: PublicCentreSummary; km?: number | null | undefined }) {
  const { m, lang } = useI18n();
  return (
    <li className="card" data-testid={`centre-${c.id}`}>
      <Link to={`/centres/${c.id}`}>{c.name}</Link>
      <p>{[c.kind ? m.centres.kinds[c.kind] : null, c.municipality.name].filter(Boolean).join(' · ')}</p>
      <p>{c.addresses.join('; ')}</p>
      {c.status === 'closed' ? (
        <p>
          <span className="tag tag--danger">
            {fill(m.centres.closedSince, { date: formatDate(c.closingDeadline) })}
          </span>
        </p>
      ) : (
        <p>
          <span className={c.openNow ? 'tag tag--ok' : 'tag tag--off'}>
            {c.openNow ? m.centres.openNow : m.centres.closedNow}
          </span>
        </p>
      )}
      {c.status !== 'closed' && <FacilityTags centre={c} />}
      {c.status === 'liquidation_decided' && c.closingDeadline && (
        <p>{fill(m.centres.closingBy, { date: formatDate(c.closingDeadline) })}</p>
      )}
      {km !== undefined && (
        <p>{km === null ? m.centres.distanceUnknown : fill(m.centres.distance, { km: formatKm(km, lang) })}</p>
      )}
      {c.phone && (
        <p className="card__contact">
          {`${m.centres.phone}: `}
          <a href={`tel:${c.phone.replace(/\s+/g, '')}`}>{c.phone}</a>
        </p>
      )}
      {c.email && (
        <p className="card__contact">
          {`${m.centres.email}: `}
          <a href={`mailto:${c.email}`}>{c.email}</a>
        </p>
      )}
    </li>
  );
}
