// The facts above the editor: identifier (SR-9), holder, status with unpublished changes, and the quarterly
// verification (SR-11) said in words, with a link to the public page once published.
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, type Messages } from '../i18n/messages.ts';
import { Link } from '../app/router.tsx';
import type { ServiceDetailOut } from './CatalogueShared.tsx';

export function StatusTag({ status }: { status: ServiceDetailOut['status'] }) {
  const { m } = useI18n();
  return (
    <span className={status === 'published' ? 'tag tag--ok' : 'tag tag--off'}>{m.catalogue.statuses[status]}</span>
  );
}

/** Whether the service was confirmed this quarter (SR-11), in words. */
export function verificationText(m: Messages, verification: ServiceDetailOut['verification']): string {
  const e = m.catalogue.editor;
  return fill(verification.verified ? e.verified : e.notVerified, { quarter: verification.currentQuarter });
}

export function VerificationTag({ verification }: { verification: ServiceDetailOut['verification'] }) {
  const { m } = useI18n();
  return (
    <span className={verification.verified ? 'tag tag--ok' : 'tag tag--bad'}>{verificationText(m, verification)}</span>
  );
}

export function ServiceStatusFacts({ service }: { service: ServiceDetailOut }) {
  const { m } = useI18n();
  const e = m.catalogue.editor;
  return (
    <dl className="details">
      <dt>{e.identifier}</dt>
      <dd data-testid="service-identifier">{service.identifier}</dd>
      <dt>{e.holder}</dt>
      <dd>{service.holder.name}</dd>
      <dt>{e.status}</dt>
      <dd>
        <StatusTag status={service.status} />
        {service.published && service.draft && <> {e.unpublishedChanges}</>}
        {service.status === 'published' && (
          <>
            {' · '}
            <Link to={`/catalogue/${encodeURIComponent(service.identifier)}`}>{e.publicPage}</Link>
          </>
        )}
      </dd>
      <dt>{e.verification}</dt>
      <dd>
        <VerificationTag verification={service.verification} />
        {service.verification.lastVerifiedOn && (
          <> {fill(e.lastVerified, { date: formatDate(service.verification.lastVerifiedOn) })}</>
        )}
      </dd>
    </dl>
  );
}
