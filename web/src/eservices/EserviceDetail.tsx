// One authorised e-service: the client (personal code masked; the full code on a deliberate, audited request), the
// authorisation PDF, and the duties of AM-1.5 as numbered steps — who did each and when, the next one as a form.
// After a step is saved, focus moves to the next step's heading so keyboard users carry on from there. While open,
// the staff may cancel it (EserviceCancel.tsx); after that focus moves to the cancelled notice.
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import type { PageProps } from '../app/page-props.ts';
import { client } from '../api.ts';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { useStatus } from '../shared/Status.tsx';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, type Messages } from '../i18n/messages.ts';
import { Link } from '../app/router.tsx';
import { useGet } from '../useApi.ts';
import { serviceName, type EserviceDetail, type EserviceStep } from './EserviceShared.tsx';
import { EserviceCancel } from './EserviceCancel.tsx';
import { EserviceStepForm } from './EserviceStepForm.tsx';

/** The retention job cancels a workflow with no step for this many days (src/eservices/retention.ts). */
const ABANDONED_AFTER_DAYS = 30;

/** What each done step recorded, as label and value. */
function factsOf(m: Messages, e: EserviceDetail): Partial<Record<EserviceStep, [string, string][]>> {
  const f = m.eservices.facts;
  return {
    identity: e.documentType ? [[f.documentType, m.eservices.documentTypes[e.documentType]]] : [],
    portal_identification: e.eidMeans ? [[f.eidMeans, m.eservices.meansList[e.eidMeans]]] : [],
    authorisation_signed: e.archiveReference ? [[f.archiveReference, e.archiveReference]] : [],
    filed: [
      [f.filedOn, formatDate(e.filedOn)],
      ...(e.client?.filingReference ? [[f.filingReference, e.client.filingReference] as [string, string]] : []),
    ],
    completion_time_told: [
      [f.plannedCompletionOn, e.plannedCompletionOn ? formatDate(e.plannedCompletionOn) : f.noPlanned],
    ],
    delivery: e.deliveryChannel
      ? [
          [
            f.deliveryChannel,
            m.eservices.channels[e.deliveryChannel] + (e.client?.postalAddress ? `: ${e.client.postalAddress}` : ''),
          ],
        ]
      : [],
    result_told: [[f.resultToldOn, e.resultToldOn ? formatDate(e.resultToldOn) : f.resultNotAsked]],
    completed: [[f.completedOn, formatDate(e.completedOn)]],
  };
}

function Facts({ items }: { items: [string, string][] | undefined }) {
  if (!items || items.length === 0) return null;
  return (
    <dl className="details details--compact">
      {items.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function ClientCode({ eservice }: { eservice: EserviceDetail }) {
  const { m } = useI18n();
  const { announce } = useStatus();
  const [full, setFull] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reveal = async () => {
    setError(null);
    try {
      const { personalCode } = await client.GET('/api/v1/authorised-eservices/{id}/client-code', {
        params: { path: { id: eservice.id } },
      });
      setFull(personalCode);
      announce(m.eservices.codeShown);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <span data-testid="personal-code">{full ?? eservice.client?.personalCodeMasked}</span>{' '}
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={full ? () => setFull(null) : () => void reveal()}
      >
        {full ? m.eservices.hideCode : m.eservices.showCode}
      </button>
      <ErrorSummary error={error} />
    </>
  );
}

export function EserviceDetailPage({ params }: PageProps) {
  const { m, lang } = useI18n();
  const loaded = useGet('/api/v1/authorised-eservices/{id}', { params: { path: { id: params.id ?? '' } } });
  const [saved, setSaved] = useState<EserviceDetail | undefined>(undefined);
  const eservice = saved && saved.id === loaded.data?.id ? saved : loaded.data;
  const nextHeading = useRef<HTMLHeadingElement>(null);
  const [moved, setMoved] = useState(0);
  const cancelledNotice = useRef<HTMLParagraphElement>(null);
  const [justCancelled, setJustCancelled] = useState(false);
  useEffect(() => {
    if (moved > 0) nextHeading.current?.focus();
  }, [moved]);
  useEffect(() => {
    if (justCancelled) cancelledNotice.current?.focus();
  }, [justCancelled]);

  if (!eservice) {
    return (
      <Page title={loaded.error ? m.eservices.title : m.common.loading}>
        <ErrorSummary error={loaded.error} />
        {!loaded.error && <p className="loading">{m.common.loading}</p>}
        <p>
          <Link to="/eservices">{m.eservices.back}</Link>
        </p>
      </Page>
    );
  }

  const facts = factsOf(m, eservice);
  const t = m.eservices;
  const onSaved = (next: EserviceDetail) => {
    setSaved(next);
    setMoved((n) => n + 1);
  };
  const r = eservice.retention;
  const summary: [string, ReactNode][] = [
    [t.centre, eservice.centre.name],
    [
      t.service,
      `${serviceName(lang, eservice.service)} (${eservice.service.identifier}) — ${eservice.service.holderName}`,
    ],
    [t.status, t.statuses[eservice.status]],
    [t.startedAt, `${formatDateTime(eservice.startedAt)}${eservice.startedBy ? `, ${eservice.startedBy.name}` : ''}`],
  ];
  if (eservice.client) {
    summary.push([t.client, eservice.client.name], [t.personalCode, <ClientCode key="code" eservice={eservice} />]);
  }

  return (
    <Page title={serviceName(lang, eservice.service)} wide>
      <p>
        <Link to="/eservices">{t.back}</Link>
      </p>
      <dl className="details">
        {summary.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {!eservice.canAct && <p className="muted">{t.readOnly}</p>}
      {eservice.canAct && eservice.client && (
        <p>
          <a
            href={`/api/v1/authorised-eservices/${eservice.id}/authorisation.pdf`}
            target="_blank"
            rel="noopener"
            data-testid="authorisation-pdf"
          >
            {t.pdf} <span className="small">{t.newTab}</span>
          </a>
        </p>
      )}
      {eservice.cancellation && (
        <div className="alert alert--warning" data-testid="eservice-cancelled">
          <p ref={cancelledNotice} tabIndex={-1}>
            {eservice.cancellation.automatic
              ? fill(t.cancel.cancelledAuto, {
                  date: formatDate(eservice.cancellation.cancelledOn),
                  days: String(ABANDONED_AFTER_DAYS),
                })
              : fill(t.cancel.cancelledBy, {
                  date: formatDate(eservice.cancellation.cancelledOn),
                  name: eservice.cancellation.cancelledBy?.name ?? '—',
                })}
          </p>
          {eservice.cancellation.reason && !eservice.cancellation.automatic && (
            <p>{fill(t.cancel.reasonLabel, { reason: eservice.cancellation.reason })}</p>
          )}
        </div>
      )}
      {r.personalDataRemovedAt && <p>{fill(t.removed, { date: formatDate(r.personalDataRemovedAt) })}</p>}
      {!r.personalDataRemovedAt && r.keptUntil && r.removableFrom && (
        <p>{fill(t.retention, { kept: formatDate(r.keptUntil), removable: formatDate(r.removableFrom) })}</p>
      )}
      {eservice.canAct && eservice.status === 'in_progress' && (
        <EserviceCancel
          eservice={eservice}
          onCancelled={(next) => {
            setSaved(next);
            setJustCancelled(true);
          }}
        />
      )}

      <h2>{t.stepsTitle}</h2>
      <ol className="role-list">
        {eservice.steps.map((s) => {
          const isNext = s.step === eservice.nextStep;
          return (
            <li key={s.step} aria-current={isNext ? 'step' : undefined}>
              <div>
                <h3 id={`step-${s.step}`} ref={isNext ? nextHeading : undefined} tabIndex={isNext ? -1 : undefined}>
                  {`${s.position}. ${t.steps[s.step]}`}
                </h3>
                <p className="muted small">{s.clauses.join(', ')}</p>
                {s.done ? (
                  <>
                    <p>{fill(t.doneBy, { when: formatDateTime(s.doneAt), name: s.doneBy?.name ?? '—' })}</p>
                    <Facts items={facts[s.step]} />
                  </>
                ) : isNext && eservice.canAct ? (
                  <EserviceStepForm key={s.step} eservice={eservice} step={s.step} onSaved={onSaved} />
                ) : (
                  <p className="muted">{t.notDone}</p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </Page>
  );
}
