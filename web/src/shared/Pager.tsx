// Previous/next paging of a long list, with the range shown in words.
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';

interface Props {
  offset: number;
  limit: number;
  shown: number;
  total: number;
  onPage(offset: number): void;
}

export function Pager({ offset, limit, shown, total, onPage }: Props) {
  const { m } = useI18n();
  if (total === 0) return null;
  return (
    <div className="pager-row">
      <p>{fill(m.audit.range, { from: offset + 1, to: offset + shown, total })}</p>
      {total > limit && (
        <nav className="pager" aria-label={m.audit.paging}>
          <button
            type="button"
            className="button button--secondary"
            disabled={offset === 0}
            onClick={() => onPage(Math.max(0, offset - limit))}
          >
            {m.audit.prev}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={offset + limit >= total}
            onClick={() => onPage(offset + limit)}
          >
            {m.audit.next}
          </button>
        </nav>
      )}
    </div>
  );
}
