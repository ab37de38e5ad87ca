// One proposal (CR-12 … CR-16): what is proposed and by whom, where it is now (state, whose move, the duty it waits
// for and its due date), the centres' answers, the history step by step (who, when) and the forms of the steps the
// current user may take now.
import { Fragment, useState } from 'react';
import { DocumentLink } from '../shared/DocumentLink.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link } from '../app/router.tsx';
import type { PageProps } from '../app/page-props.ts';
import { useApi } from '../useApi.ts';
import { StepForm } from './ProposalActions.tsx';
import { DueText, type ProposalDetail } from './ProposalShared.tsx';

function Facts({ p }: { p: ProposalDetail }) {
  const { m } = useI18n();
  const t = m.proposals;
  const readiness =
    p.proposer.id === p.holder.id
      ? t.notNeeded
      : p.holderReady === null
        ? t.notAnswered
        : p.holderReady
          ? t.ready
          : t.notReady;
  const rows: [string, string][] = [
    [t.kind, t.kinds[p.kind]],
    [t.proposer, p.proposer.name],
    [t.holder, p.holder.name],
    ...(p.service ? [[t.service, `${p.service.identifier} ${p.service.name}`] as [string, string]] : []),
    ...(p.stage ? [[t.stage, p.stage] as [string, string]] : []),
    [
      t.centreKinds,
      p.centreKinds.length === 0
        ? t.allCentres
        : p.centreKinds.map((k) => t.centreKindNames[k as 'county'] ?? k).join(', '),
    ],
    [t.filedOn, formatDate(p.filedOn)],
    ...(p.kind === 'transfer' ? [[t.holderReady, readiness] as [string, string]] : []),
    ...(p.decision
      ? [
          [
            t.decision,
            `${p.decision.id}, ${formatDate(p.decision.decidedOn)} — ${p.decision.positive ? t.positive : t.negative}`,
          ] as [string, string],
        ]
      : []),
    ...(p.trainingOn ? [[t.trainingOn, formatDate(p.trainingOn)] as [string, string]] : []),
    ...(p.excludeFrom ? [[t.excludeFrom, formatDate(p.excludeFrom)] as [string, string]] : []),
  ];
  return (
    <section aria-labelledby="proposal-facts-title">
      <h2 id="proposal-facts-title">{t.facts}</h2>
      <dl className="details">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
        <dt>{t.justification}</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{p.justification}</dd>
        <dt>{t.letter}</dt>
        <dd>{p.letter ? <DocumentLink document={p.letter} /> : '—'}</dd>
        {p.guidance && (
          <>
            <dt>{t.guidance}</dt>
            <dd>
              <DocumentLink document={p.guidance} /> {p.guidanceOn && `(${formatDate(p.guidanceOn)})`}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Now({ p, onChanged }: { p: ProposalDetail; onChanged(next: ProposalDetail): void }) {
  const { m } = useI18n();
  const t = m.proposals;
  return (
    <section aria-labelledby="proposal-now-title" className="panel">
      <h2 id="proposal-now-title">{t.nowTitle}</h2>
      <dl className="details">
        <dt>{t.state}</dt>
        <dd>
          <strong>{t.states[p.state]}</strong> — {t.since.toLowerCase()} {formatDateTime(p.stateSince)}
        </dd>
        <dt>{t.whoseMove}</dt>
        <dd>{p.whoseMove ? t.parties[p.whoseMove] : t.noDue}</dd>
        <dt>{t.due}</dt>
        <dd>
          <DueText due={p.due} />
        </dd>
      </dl>
      <h3>{t.yourActions}</h3>
      {p.actions.length === 0 && <p className="muted">{t.noActions}</p>}
      {p.actions.map((step) => (
        <StepForm key={`${step.action}-${step.centreId ?? ''}`} p={p} step={step} onChanged={onChanged} />
      ))}
    </section>
  );
}

function Centres({ p }: { p: ProposalDetail }) {
  const { m } = useI18n();
  const t = m.proposals;
  return (
    <section aria-labelledby="proposal-centres-title" className="panel">
      <h2 id="proposal-centres-title">{t.centresTitle}</h2>
      {p.centres.length === 0 ? (
        <p>{t.noCentres}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t.centresTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.centre}</th>
              <th scope="col">{t.willing}</th>
              <th scope="col">{t.note}</th>
              <th scope="col">{t.startDue}</th>
              <th scope="col">{t.startedOn}</th>
            </tr>
          </thead>
          <tbody>
            {p.centres.map((c) => (
              <tr key={c.centreId}>
                <th scope="row">{c.centreName}</th>
                <td>{c.willing ? t.yes : t.no}</td>
                <td>{c.note ?? ''}</td>
                <td>{formatDate(c.startDue)}</td>
                <td>{formatDate(c.startedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function History({ p }: { p: ProposalDetail }) {
  const { m } = useI18n();
  const t = m.proposals;
  return (
    <section aria-labelledby="proposal-history-title" className="panel">
      <h2 id="proposal-history-title">{t.historyTitle}</h2>
      <ol className="timeline">
        {p.history.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at its end.
          <li key={i}>
            <strong>{t.actions[e.action]}</strong> — {t.states[e.toState]}
            <div className="muted small">
              {fill(t.historyLine, { on: formatDate(e.on), by: e.by })} ({formatDateTime(e.at)})
            </div>
            {e.organisation && <div>{fill(t.forOrganisation, { name: e.organisation })}</div>}
            {e.centre && <div>{fill(t.forCentre, { name: e.centre })}</div>}
            {e.note && (
              <div>
                {t.note}: {e.note}
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ProposalDetailPage({ params }: PageProps) {
  const { m } = useI18n();
  const t = m.proposals;
  const loaded = useApi<ProposalDetail>(`/api/v1/proposals/${encodeURIComponent(params.id ?? '')}`);
  const [written, setWritten] = useState<ProposalDetail | null>(null);
  const p = written?.id === params.id ? written : loaded.data;
  return (
    <Page title={p ? p.title : t.title}>
      <p>
        <Link to="/proposals">{t.title}</Link>
      </p>
      <ErrorSummary error={loaded.error} />
      {!p && !loaded.error && <p className="loading">{m.common.loading}</p>}
      {p && (
        <>
          <Now p={p} onChanged={setWritten} />
          <Facts p={p} />
          <Centres p={p} />
          <History p={p} />
        </>
      )}
    </Page>
  );
}
