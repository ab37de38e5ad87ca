// A service's public page (SR-10, SR-12): everything a citizen needs to get it — what it is and costs, who provides
// it where, the documents and forms, how to request and receive it over each channel with the working hours, the
// legal basis and how to appeal, and when the holder last confirmed it (SR-11). Open without logging in; the
// address may carry the identifier (/catalogue/PK-000123) or the id.
import { Fragment } from 'react';
import type { PageProps } from '../app/page-props.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import { ChannelList } from '../centres/CentreChannels.tsx';
import { cofogLabel, coverageText, inLang, Txt, useCofog } from './CatalogueShared.tsx';
import { ServiceChannels, ServiceDocuments, ServiceFees, ServiceLegal } from './CatalogueServiceParts.tsx';

function Back() {
  const { m } = useI18n();
  return (
    <p>
      <Link to="/catalogue">{m.catalogue.back}</Link>
    </p>
  );
}

export function CatalogueServicePage({ params }: PageProps) {
  const { m, lang } = useI18n();
  const c = m.catalogue;
  const cofog = useCofog();
  const { data: service, error } = useGet('/api/v1/public/services/{id}', {
    params: { path: { id: params.id ?? '' } },
  });

  if (!service) {
    return (
      <Page title={error ? c.searchTitle : m.common.loading}>
        <ErrorSummary error={error} />
        {!error && <p className="loading">{m.common.loading}</p>}
        <Back />
      </Page>
    );
  }

  const content = service.content;
  const stages = (['request', 'execution', 'resultDelivery'] as const).filter(
    (s) => service.stageProviders[s] && service.stageProviders[s]?.id !== service.provider.id,
  );
  return (
    <Page title={inLang(lang, service.name).text} wide>
      <Back />
      <p className="lead">
        <Txt value={service.shortDescription} />
      </p>
      <dl className="details">
        <dt>{c.identifier}</dt>
        <dd>{service.identifier}</dd>
        <dt>{c.holder}</dt>
        <dd>{service.holder.name}</dd>
        <dt>{c.provider}</dt>
        <dd>{service.provider.name}</dd>
        <dt>{c.clientType}</dt>
        <dd>{c.clientTypes[service.clientType]}</dd>
        <dt>{c.cofog}</dt>
        <dd>{service.cofog.map((code) => cofogLabel(lang, cofog.byCode, code)).join('; ')}</dd>
        <dt>{c.coverage}</dt>
        <dd>{coverageText(m, service.coverage)}</dd>
        <dt>{c.maxTerm}</dt>
        <dd>{content.maxTermWorkingDays ? fill(c.workingDays, { n: content.maxTermWorkingDays }) : c.notSet}</dd>
        <dt>{c.onBehalf}</dt>
        <dd>{content.filableOnBehalf ? m.common.yes : m.common.no}</dd>
        {stages.map((s) => (
          <Fragment key={s}>
            <dt>{fill(c.stageBy, { stage: m.catalogue.editor.stages[s] })}</dt>
            <dd>{service.stageProviders[s]?.name}</dd>
          </Fragment>
        ))}
        <dt>{c.publishedFrom}</dt>
        <dd>{formatDate(service.publishedFrom)}</dd>
        <dt>{c.lastVerified}</dt>
        <dd data-testid="last-verified">
          {service.lastVerifiedOn ? formatDate(service.lastVerifiedOn) : c.notVerified}
        </dd>
        <dt>{m.basket.title}</dt>
        <dd data-testid="in-basket">
          <Link to="/basket">
            {service.inBasket
              ? fill(m.basket.inBasket, { items: service.basketItems.join(', ') })
              : m.basket.notInBasket}
          </Link>
        </dd>
      </dl>
      <ServiceFees fees={content.fees ?? []} />
      <ServiceChannels channels={content.channels ?? {}} />
      <ServiceDocuments documents={content.documents ?? []} forms={content.forms ?? []} />
      <section aria-labelledby="service-contacts-title" className="panel">
        <h2 id="service-contacts-title">{c.contacts}</h2>
        <ChannelList
          channels={{
            email: content.contacts?.email ?? null,
            phone: content.contacts?.phone ?? null,
            website: content.contacts?.website ?? null,
            eAddress: null,
          }}
        />
      </section>
      <ServiceLegal legalBasis={content.legalBasis ?? []} appeal={content.appeal} />
    </Page>
  );
}
