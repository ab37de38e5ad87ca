// The services of a centre's scope as a table (CR-7): identifier, name, holder, basis (the basket's annex item, the
// municipality's designated service CR-7.2 or another service CR-7.3) and the period; sortable, CSV and print.
import type { ItemOf } from '../api.ts';
import { Link } from '../app/router.tsx';
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { formatDate } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';

export type ScopeItem = ItemOf<'getPublicCentreServices'>;

export function useBasisText() {
  const { m } = useI18n();
  return (basis: string, annexItem: string | null) =>
    basis === 'basket'
      ? fill(m.scope.basisBasket, { item: annexItem ?? '' })
      : basis === 'CR-7.2'
        ? m.scope.basisMunicipal
        : m.scope.basisOther;
}

export function ScopeTable({
  caption,
  items,
  exportName,
}: {
  caption: string;
  items: ScopeItem[];
  exportName: string;
}) {
  const { m, lang } = useI18n();
  const basisText = useBasisText();
  const name = (i: ScopeItem) => (lang === 'en' && i.service.name.en) || i.service.name.lv;
  const columns: Column<ScopeItem>[] = [
    {
      key: 'identifier',
      header: m.scope.identifier,
      cell: (i) => <Link to={`/catalogue/${encodeURIComponent(i.service.identifier)}`}>{i.service.identifier}</Link>,
      sortValue: (i) => i.service.identifier,
    },
    { key: 'name', header: m.scope.service, cell: name, sortValue: name, rowHeader: true },
    {
      key: 'holder',
      header: m.scope.holder,
      cell: (i) => i.service.holder.name,
      sortValue: (i) => i.service.holder.name,
    },
    {
      key: 'basis',
      header: m.scope.basis,
      cell: (i) => (
        <>
          {i.basis === 'basket' && <span className="tag tag--ok">{m.scope.basketTag}</span>}{' '}
          {basisText(i.basis, i.annexItem)}
        </>
      ),
      sortValue: (i) => basisText(i.basis, i.annexItem),
    },
    { key: 'from', header: m.scope.from, cell: (i) => formatDate(i.validFrom), sortValue: (i) => i.validFrom },
    {
      key: 'until',
      header: m.scope.until,
      cell: (i) => (i.validUntil ? formatDate(i.validUntil) : m.scope.open),
      sortValue: (i) => i.validUntil ?? '9999-12-31',
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={items}
      rowKey={(i) => `${i.service.id}-${i.basis}-${i.annexItem ?? ''}`}
      exportName={exportName}
    />
  );
}
