// Remote contact channels as a definition list (DR-20.1): e-mail and website as links, the e-address as text.
import { useI18n } from '../i18n/context.tsx';
import type { Channels } from './CentreShared.tsx';

export function ChannelList({ channels, fallback }: { channels: Channels; fallback?: Channels }) {
  const { m } = useI18n();
  const pick = (key: keyof Channels) => channels[key] ?? fallback?.[key] ?? null;
  const email = pick('email');
  const phone = pick('phone');
  const eAddress = pick('eAddress');
  const website = pick('website');
  if (!email && !phone && !eAddress && !website) return <p>—</p>;
  return (
    <dl className="details">
      {phone && (
        <>
          <dt>{m.centres.phone}</dt>
          <dd>
            <a href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</a>
          </dd>
        </>
      )}
      {email && (
        <>
          <dt>{m.centres.email}</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </>
      )}
      {eAddress && (
        <>
          <dt>{m.centres.eAddress}</dt>
          <dd>{eAddress}</dd>
        </>
      )}
      {website && (
        <>
          <dt>{m.centres.website}</dt>
          <dd>
            <a href={website} rel="noopener noreferrer">
              {website}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}
