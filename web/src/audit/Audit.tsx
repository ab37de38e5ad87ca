// The audit log: filters kept in the address (so Back and links work), a table with paging, each event's
// before/after on demand, and a check that the hash chain is unbroken.
import { useState } from 'react';
import { client, withQuery } from '../api.ts';
import { AuditFilters, type AuditFilter } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { Pager } from '../shared/Pager.tsx';
import { useStatus } from '../shared/Status.tsx';
import { formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { navigate, useLocation } from '../app/router.tsx';
import { useGet } from '../useApi.ts';

const LIMIT = 50;

export function AuditPage() {
  const { m } = useI18n();
  const { announce } = useStatus();
  const { query } = useLocation();
  const get = (key: keyof AuditFilter) => query.get(key) ?? '';
  const filter: AuditFilter = {
    from: get('from'),
    to: get('to'),
    action: get('action'),
    entityType: get('entityType'),
    actor: get('actor'),
  };
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const { data, error } = useGet('/api/v1/audit-events', { params: { query: { ...filter, limit: LIMIT, offset } } });
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);

  const go = (next: AuditFilter, nextOffset: number) =>
    navigate(withQuery('/audit', { ...next, offset: nextOffset || undefined }));

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      const r = await client.GET('/api/v1/audit-events/verify');
      const broken = r.firstBroken;
      announce(
        broken
          ? fill(m.audit.chainBroken, {
              // A chain cut short names no event: its seq and time are null (shown as the API sends them).
              seq: String(broken.seq),
              time: formatDateTime(broken.occurredAt),
              reason: broken.reason,
              checked: r.checked,
            })
          : fill(m.audit.chainOk, { checked: r.checked }),
      );
    } catch (e) {
      setVerifyError(e);
    } finally {
      setVerifying(false);
    }
  };

  const total = data?.total ?? 0;
  return (
    <Page title={m.audit.title} wide>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void verify()} disabled={verifying}>
          {m.audit.verify}
        </button>
      </div>
      <ErrorSummary error={verifyError} />
      <AuditFilters value={filter} onApply={(next) => go(next, 0)} />
      <ErrorSummary error={error} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && data.items.length === 0 && <p>{m.audit.none}</p>}
      {data && data.items.length > 0 && (
        <>
          <AuditTable items={data.items} />
          <Pager
            offset={offset}
            limit={LIMIT}
            shown={data.items.length}
            total={total}
            onPage={(next) => go(filter, next)}
          />
        </>
      )}
    </Page>
  );
}
