// One obligation: who owes it, its period and due date, its status, how it closes (no duty stays open forever) — by an action in a
// capability, named with a link to where it is done, or by a record of its organisation, with the "Record as done"
// form for those who answer for it — the record once made, and how the due date was counted. What it is about is
// named and linked as in the list.
import { useState } from 'react';
import { Link } from '../app/router.tsx';
import type { PageProps } from '../app/page-props.ts';
import { useSession } from '../app/session.tsx';
import { useI18n } from '../i18n/context.tsx';
import { fill, pick } from '../i18n/messages.ts';
import { DocumentLink } from '../shared/DocumentLink.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { formatDate } from '../shared/format.ts';
import { Page } from '../shared/Page.tsx';
import { useGet } from '../useApi.ts';
import { ObligationRecordForm } from './ObligationRecordForm.tsx';
import { Explanation, Subject } from './ObligationsTable.tsx';
import type { ObligationOut } from './ObligationsTypes.ts';

/** Roles that answer for an organisation's duties (the server's records.ts RECORDERS decides). */
const RECORDERS = ['org_admin', 'institution_coordinator', 'centre_head', 'ministry_supervisor'];

function Closes({ o }: { o: ObligationOut }) {
  const { m, lang } = useI18n();
  const t = m.obligations.detail;
  if (o.closes.by === 'record') return <p>{t.closesByRecord}</p>;
  const action = (lang === 'lv' ? o.closes.actionLv : o.closes.actionEn) ?? '';
  return (
    <p>
      {fill(t.closesByAction, { action })}
      {o.closes.path && (
        <>
          {' '}
          <Link to={o.closes.path}>{t.goToAction}</Link>
        </>
      )}
    </p>
  );
}

function Record({ o }: { o: ObligationOut }) {
  const { m } = useI18n();
  const t = m.obligations.detail;
  const r = o.record;
  if (!r) return null;
  return (
    <section aria-labelledby="record-title">
      <h2 id="record-title">{t.record}</h2>
      <dl className="details">
        <dt>{t.doneOn}</dt>
        <dd>{formatDate(r.doneOn)}</dd>
        <dt>{t.note}</dt>
        <dd>{r.note}</dd>
        <dt>{t.document}</dt>
        <dd>{r.document ? <DocumentLink document={r.document} /> : t.noDocument}</dd>
        <dt>{t.recordedBy}</dt>
        <dd>{r.recordedByName ?? '—'}</dd>
      </dl>
    </section>
  );
}

export function ObligationPage({ params }: PageProps) {
  const { m, lang } = useI18n();
  const t = m.obligations.detail;
  const { me } = useSession();
  const id = params.id ?? '';
  const got = useGet('/api/v1/obligations/{id}', { params: { path: { id } } });
  const [recorded, setRecorded] = useState(false);
  const o = got.data;
  const answers =
    !!o &&
    (me?.grants ?? []).some(
      (g) =>
        RECORDERS.includes(g.role) &&
        g.organisationId === o.organisationId &&
        (g.centreId === null || g.centreId === o.centreId),
    );
  const outstanding = o?.status === 'open' || o?.status === 'overdue';
  return (
    <Page title={o ? fill(t.title, { rule: o.ruleId }) : m.obligations.title}>
      <p>
        <Link to="/obligations">{t.back}</Link>
      </p>
      <ErrorSummary error={got.error} />
      {!o && !got.error && <p className="loading">{m.common.loading}</p>}
      {o && (
        <>
          <p className="lead">{lang === 'lv' ? o.ruleTitleLv : o.ruleTitleEn}</p>
          {recorded && <p role="status">{t.recorded}</p>}
          <dl className="details">
            <dt>{t.owner}</dt>
            <dd>{[o.organisationName, o.centreName].filter(Boolean).join(', ')}</dd>
            <dt>{m.obligations.subject}</dt>
            <dd>
              <Subject o={o} />
            </dd>
            {o.period && (
              <>
                <dt>{t.period}</dt>
                <dd>{o.period}</dd>
              </>
            )}
            <dt>{t.due}</dt>
            <dd>{formatDate(o.dueDate)}</dd>
            <dt>{t.status}</dt>
            <dd>
              {pick(m.obligations.statuses, o.status)}
              {o.closedBy && ` — ${m.obligations.closedByCol[o.closedBy]}`}
            </dd>
          </dl>
          <section aria-labelledby="closes-title">
            <h2 id="closes-title">{t.howCloses}</h2>
            <Closes o={o} />
          </section>
          <Record o={o} />
          {o.closes.by === 'record' && outstanding && answers && (
            <ObligationRecordForm
              id={o.id}
              onRecorded={() => {
                setRecorded(true);
                got.reload();
              }}
            />
          )}
          <section aria-labelledby="explanation-title">
            <h2 id="explanation-title">{t.explanationTitle}</h2>
            <Explanation o={o} />
          </section>
        </>
      )}
    </Page>
  );
}
