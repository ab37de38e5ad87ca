// Sections of a service's public page: fees in euros (per channel where they differ, SR-17), the steps over each
// channel with the working hours (SR-10.4), documents and forms with their links (SR-10.3), and the legal basis
// with the way to appeal (SR-10.5). Long texts keep their line breaks.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { formatEur } from '../shared/format.ts';
import { CHANNELS, Txt, type LangText, type ServiceContentIn } from './CatalogueShared.tsx';

type Content = ServiceContentIn;

function External({ url, children }: { url: string | null | undefined; children: ReactNode }) {
  if (!url) return <>{children}</>;
  return (
    <a href={url} rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function ServiceFees({ fees }: { fees: NonNullable<Content['fees']> }) {
  const { m, lang } = useI18n();
  const c = m.catalogue;
  return (
    <section aria-labelledby="service-fees-title" className="panel">
      <h2 id="service-fees-title">{c.fees}</h2>
      {fees.length === 0 ? (
        <p>{c.free}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{c.fees}</caption>
            <thead>
              <tr>
                <th scope="col">{c.feeFor}</th>
                <th scope="col">{c.channel}</th>
                <th scope="col" className="number">
                  {c.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {fees.map((fee, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders: fees have no id.
                <tr key={i}>
                  <th scope="row" className="rule-title">
                    <Txt value={fee.label} />
                  </th>
                  <td>{fee.channel ? c.channels[fee.channel] : c.anyChannel}</td>
                  <td className="number nowrap">{formatEur(lang, fee.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Long({ value }: { value: LangText | null | undefined }) {
  return (
    <div className="long-text">
      <Txt value={value} />
    </div>
  );
}

export function ServiceChannels({ channels }: { channels: NonNullable<Content['channels']> }) {
  const { m } = useI18n();
  const c = m.catalogue;
  const offered = CHANNELS.filter((ch) => channels[ch]);
  return (
    <section aria-labelledby="service-channels-title" className="panel">
      <h2 id="service-channels-title">{c.howTo}</h2>
      {offered.length === 0 && <p>{c.noChannels}</p>}
      {offered.map((ch) => {
        const part = channels[ch]!;
        return (
          <section key={ch} aria-labelledby={`service-channel-${ch}`} className="channel">
            <h3 id={`service-channel-${ch}`}>{c.channels[ch]}</h3>
            <dl className="details">
              <dt>{c.request}</dt>
              <dd>
                <Long value={part.request} />
              </dd>
              <dt>{c.receive}</dt>
              <dd>
                <Long value={part.receive} />
              </dd>
              {part.workingHours && (
                <>
                  <dt>{c.workingHours}</dt>
                  <dd>
                    <Long value={part.workingHours} />
                  </dd>
                </>
              )}
            </dl>
          </section>
        );
      })}
    </section>
  );
}

function DocList({ items, none }: { items: NonNullable<Content['documents']>; none: string }) {
  if (items.length === 0) return <p>{none}</p>;
  return (
    <ul>
      {items.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders: documents have no id.
        <li key={i}>
          <External url={d.url}>
            <Txt value={d.title} />
          </External>
        </li>
      ))}
    </ul>
  );
}

export function ServiceDocuments({
  documents,
  forms,
}: {
  documents: NonNullable<Content['documents']>;
  forms: NonNullable<Content['forms']>;
}) {
  const { m } = useI18n();
  const c = m.catalogue;
  return (
    <section aria-labelledby="service-documents-title" className="panel">
      <h2 id="service-documents-title">{c.documents}</h2>
      <DocList items={documents} none={c.noDocuments} />
      <h3>{c.forms}</h3>
      <DocList items={forms} none={c.noForms} />
    </section>
  );
}

export function ServiceLegal({
  legalBasis,
  appeal,
}: {
  legalBasis: NonNullable<Content['legalBasis']>;
  appeal: Content['appeal'];
}) {
  const { m, lang } = useI18n();
  const c = m.catalogue;
  return (
    <section aria-labelledby="service-legal-title" className="panel">
      <h2 id="service-legal-title">{c.legal}</h2>
      {legalBasis.length === 0 ? (
        <p>{c.notSet}</p>
      ) : (
        <ul>
          {legalBasis.map((act, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list that never reorders: acts have no id.
            <li key={i} lang={lang === 'en' ? 'lv' : undefined}>
              <External url={act.url}>{act.title}</External>
            </li>
          ))}
        </ul>
      )}
      <h3>{c.appeal}</h3>
      {appeal ? <Long value={appeal} /> : <p>{c.notSet}</p>}
    </section>
  );
}
