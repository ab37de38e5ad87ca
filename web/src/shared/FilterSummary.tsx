// What a printed list was filtered by: the filter form is not printed (lists.css), so the paper says it in a line —
// "Atlase: Noteikums: DR-20.2; Termiņš no: 03.12.2026." Only the fields given a value are named; nothing when none is.
import { useI18n } from '../i18n/context.tsx';

export function FilterSummary({ items }: { items: readonly (readonly [label: string, value: string])[] }) {
  const { m } = useI18n();
  const given = items.filter(([, value]) => value !== '');
  if (given.length === 0) return null;
  return (
    <p className="print-only">
      {m.table.filteredBy} {given.map(([label, value]) => `${label}: ${value}`).join('; ')}
    </p>
  );
}
