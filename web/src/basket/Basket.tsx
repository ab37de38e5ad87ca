// The minimal basket, public (CR-8, AM-1.6 … AM-1.10): the version in force on a day (today by default) with its
// items grouped by institution, and what changed between any two versions. Open without logging in; the ministry
// (and the maintainer) see below it how to record a new version and the yearly reviews (DR-16); the parties of DR-15
// see the requests to change the basket with their steps.
import { lazy, Suspense, useState, type FormEvent } from 'react';
import type { ApiResponse } from '../api/types.ts';
import { Link, navigate, useLocation } from '../app/router.tsx';
import { useSession } from '../app/session.tsx';
import { withQuery } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate, rigaToday } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';
import { BasketChanges } from './BasketChanges.tsx';

const BasketMinistry = lazy(() => import('./BasketMinistry.tsx'));
const BasketRequests = lazy(() => import('./BasketRequests.tsx'));
/** DR-15: who sees the change requests (the parties, the committee, auditors). */
const REQUEST_READERS = [
  'ministry_supervisor',
  'maintainer',
  'auditor',
  'committee_member',
  'org_admin',
  'institution_coordinator',
] as const;

type Item = ApiResponse<'getPublicBasket'>['items'][number];

export function BasketPage() {
  const { m, lang } = useI18n();
  const { roles } = useSession();
  const { query } = useLocation();
  const date = query.get('date') ?? rigaToday();
  const [day, setDay] = useState(date);
  const basket = useGet('/api/v1/public/basket', { params: { query: { date } } });
  const versions = useGet('/api/v1/public/basket/versions');
  const editor = roles.includes('ministry_supervisor') || roles.includes('maintainer');
  const requestReader = roles.some((r) => (REQUEST_READERS as readonly string[]).includes(r));

  const show = (event: FormEvent) => {
    event.preventDefault();
    navigate(withQuery('/basket', { date: day }));
  };
  const institutionOf = (i: Item) => i.institution?.name ?? m.basket.noInstitution;
  const columns: Column<Item>[] = [
    {
      key: 'institution',
      header: m.basket.institution,
      cell: institutionOf,
      sortValue: (i) => `${institutionOf(i)} ${i.annexItem.padStart(8, '0')}`,
      csv: institutionOf,
    },
    {
      key: 'annexItem',
      header: m.basket.annexItem,
      cell: (i) => i.annexItem,
      sortValue: (i) => i.annexItem,
      rowHeader: true,
    },
    {
      key: 'name',
      header: m.basket.name,
      cell: (i) => <span lang={lang}>{i.name[lang === 'en' ? 'en' : 'lv']}</span>,
      sortValue: (i) => i.name[lang === 'en' ? 'en' : 'lv'],
    },
    {
      key: 'services',
      header: m.basket.services,
      cell: (i) =>
        i.services.map((s, n) => (
          <span key={s}>
            {n > 0 && ', '}
            <Link to={`/catalogue/${s}`}>{s}</Link>
          </span>
        )),
      sortValue: (i) => i.services.join(' '),
    },
  ];

  return (
    <Page title={m.basket.title} wide>
      <p className="lead">{m.basket.intro}</p>
      <form className="filters" onSubmit={show}>
        <div className="field">
          <label htmlFor="basket-date">{m.basket.date}</label>
          <input id="basket-date" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {m.basket.show}
        </button>
      </form>
      {basket.error ? (
        <p role="status">{m.basket.notInForce}</p>
      ) : (
        basket.data && (
          <section aria-labelledby="basket-items">
            <h2 id="basket-items">
              {fill(m.basket.inForce, { number: basket.data.number, date: formatDate(basket.data.effectiveFrom) })}
            </h2>
            <DataTable
              caption={m.basket.items}
              columns={columns}
              rows={basket.data.items}
              rowKey={(i) => i.annexItem}
              exportName="pakalpojumu-grozs"
              initialSort={{ key: 'institution', direction: 'ascending' }}
            />
          </section>
        )
      )}
      <ErrorSummary error={versions.error} />
      {versions.data && <BasketChanges versions={versions.data.items} />}
      {requestReader && (
        <Suspense fallback={null}>
          {/* A version saved for a request (DR-15.4) adds a version: the requests are read again with their new state. */}
          <BasketRequests key={versions.data?.items.length ?? 0} />
        </Suspense>
      )}
      {editor && versions.data && (
        <Suspense fallback={null}>
          <BasketMinistry versions={versions.data.items} onRecorded={versions.reload} />
        </Suspense>
      )}
    </Page>
  );
}
