// CR-2.6, CR-7.1: what a draft version of the basket would change in each centre's scope — services gained and lost
// (less those the centre's own entries keep) and its recent contacts about the lost ones — asked of the API with the
// editor's draft before it is saved. Only the centres whose scope changes are listed.
import { useState } from 'react';
import { client } from '../api/client.ts';
import type { ApiBody, ApiResponse } from '../api/types.ts';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate } from '../shared/format.ts';

type Impact = ApiResponse<'getBasketVersionImpact'>;
type Centre = Impact['centres'][number];
type Owed = Impact['owed'][number];
type Body = ApiBody<'getBasketVersionImpact'>;

export function BasketImpact({ body }: { body(): Body }) {
  const { m, lang } = useI18n();
  const [impact, setImpact] = useState<Impact | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function show() {
    setError(null);
    try {
      setImpact((await client.POST('/api/v1/basket/versions/impact', { body: body() })) as Impact);
    } catch (e) {
      setImpact(null);
      setError(e);
    }
  }
  const list = (ids: readonly string[]) => ids.join(', ');
  const name = (o: Owed) => (o.subject ? (lang === 'en' ? o.subject.en : o.subject.lv) : '');
  const columns: Column<Centre>[] = [
    { key: 'name', header: m.basket.impactCentre, cell: (c) => c.name, sortValue: (c) => c.name, rowHeader: true },
    { key: 'added', header: m.basket.impactAdded, cell: (c) => list(c.added), sortValue: (c) => c.added.length },
    {
      key: 'removed',
      header: m.basket.impactRemoved,
      cell: (c) => list(c.removed),
      sortValue: (c) => c.removed.length,
    },
    {
      key: 'kept',
      header: m.basket.impactKept,
      cell: (c) => list(c.keptByOwnEntry),
      sortValue: (c) => c.keptByOwnEntry.length,
    },
    {
      key: 'contacts',
      header: fill(m.basket.impactContacts, { days: impact?.recentDays ?? 90 }),
      cell: (c) => c.recentContacts,
      sortValue: (c) => c.recentContacts,
    },
  ];
  const owedColumns: Column<Owed>[] = [
    {
      key: 'rule',
      header: m.basket.owedRule,
      cell: (o) => `${o.ruleId} ${m.basket.owedRules[o.ruleId as 'CR-15.1'] ?? ''}`.trim(),
      sortValue: (o) => o.ruleId,
    },
    {
      key: 'who',
      header: m.basket.owedWho,
      cell: (o) => o.organisationName,
      sortValue: (o) => o.organisationName,
      rowHeader: true,
    },
    {
      key: 'about',
      header: m.basket.owedAbout,
      cell: (o) => (o.subject?.path ? <Link to={o.subject.path}>{name(o)}</Link> : name(o)),
      csv: (o) => name(o),
    },
    {
      key: 'due',
      header: m.basket.owedDue,
      cell: (o) => `${formatDate(o.dueDate)}${o.overdue ? ` (${m.basket.owedOverdue})` : ''}`,
      sortValue: (o) => o.dueDate,
    },
  ];
  const changed = (impact?.centres ?? []).filter(
    (c) => c.added.length + c.removed.length + c.keptByOwnEntry.length > 0,
  );
  return (
    <section aria-labelledby="basket-impact">
      <h4 id="basket-impact">{m.basket.impactTitle}</h4>
      <button type="button" className="button" onClick={() => void show()}>
        {m.basket.impactShow}
      </button>
      <ErrorSummary error={error} />
      {impact && (
        <p role="status">
          {fill(m.basket.impactIntro, {
            date: formatDate(impact.effectiveFrom),
            added: impact.servicesAdded.map((s) => s.identifier).join(', ') || '—',
            removed: impact.servicesRemoved.map((s) => s.identifier).join(', ') || '—',
          })}
        </p>
      )}
      {impact && changed.length === 0 && <p>{m.basket.impactNone}</p>}
      {changed.length > 0 && (
        <DataTable
          caption={m.basket.impactTitle}
          columns={columns}
          rows={changed}
          rowKey={(c) => c.id}
          exportName="groza-ietekme-centros"
          initialSort={{ key: 'contacts', direction: 'descending' }}
        />
      )}
      {impact && (
        <>
          <h5 id="basket-owed">{m.basket.owedTitle}</h5>
          {impact.owed.length === 0 ? (
            <p>{m.basket.owedNone}</p>
          ) : (
            <DataTable
              caption={m.basket.owedTitle}
              captionHidden
              columns={owedColumns}
              rows={impact.owed}
              rowKey={(o) => o.id}
              exportName="neizpilditas-macibas"
            />
          )}
        </>
      )}
    </section>
  );
}
