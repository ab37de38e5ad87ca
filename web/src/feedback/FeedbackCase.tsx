// One complaint, question or suggestion: what was received and from whom (for those who handle it), whom it is
// routed to and at which level (SR-19), its due date with how it was counted, the answer, the history of routing
// and escalation, and contesting (BV-4.2). The forms shown are those the caller's rights allow.
import { LegalBasis } from '../shared/LegalBasis.tsx';
import { Fragment, useState } from 'react';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { nameIn } from '../shared/names.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { Link } from '../app/router.tsx';
import type { PageProps } from '../app/page-props.ts';
import { useGet } from '../useApi.ts';
import { AnswerForm, EscalateForm, RouteForm } from './FeedbackActions.tsx';
import { ContestSection } from './FeedbackContest.tsx';
import type { CaseDetail } from './FeedbackShared.tsx';

function Facts({ c }: { c: CaseDetail }) {
  const { m, lang } = useI18n();
  const f = m.feedback;
  const rows: [string, string][] = [
    [f.kind, f.kinds[c.kind]],
    [f.status, c.overdue ? `${f.statuses.open} — ${f.overdueTag}` : f.statuses[c.status]],
    [f.level, f.levels[String(c.level) as '1' | '2']],
    [f.addressee, `${f.addressees[c.addressee.kind]}: ${c.addressee.name}`],
    [f.centre, c.centre.name],
    ...(c.servicePoint ? [[f.point, c.servicePoint.name] as [string, string]] : []),
    [
      f.service,
      c.service ? `${c.service.identifier} ${nameIn(lang, c.service)} (${c.service.holder.name})` : f.noService,
    ],
    [f.fields.channel, `${f.channels[c.channel]}, ${formatDateTime(c.receivedAt)}`],
  ];
  return (
    <section aria-labelledby="fb-facts-title">
      <h2 id="fb-facts-title">{f.facts}</h2>
      <dl className="details">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
        <dt>{f.submitter}</dt>
        <dd>
          {c.submitter ? (
            <>
              {c.submitter.name}
              <div className="muted small">
                {fill(f.replyBy, { channel: f.replyChannels[c.submitter.replyChannel] })}
                {c.submitter.replyAddress ? ` — ${c.submitter.replyAddress}` : ''}
              </div>
            </>
          ) : (
            <span className="muted">{f.hiddenContact}</span>
          )}
        </dd>
        <dt>{f.text}</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{c.text}</dd>
      </dl>
    </section>
  );
}

function Due({ c }: { c: CaseDetail }) {
  const { m, lang } = useI18n();
  const f = m.feedback;
  const d = c.due;
  return (
    <section aria-labelledby="fb-due-title" className="panel">
      <h2 id="fb-due-title">{f.dueTitle}</h2>
      <dl className="details">
        <dt>{f.due}</dt>
        <dd>
          <strong>{formatDate(d.date)}</strong>
          {c.overdue && (
            <>
              {' '}
              <span className="tag tag--danger">
                <span aria-hidden="true">! </span>
                {f.overdueTag}
              </span>
            </>
          )}
        </dd>
        <dt>{f.dueRule}</dt>
        <dd>
          {fill(f.dueCounted, { from: formatDate(d.from), amount: d.amount, unit: f.units[d.unit] })}
          {/* Plain words at the front desk; the clause for those who want it. */}
          <LegalBasis label={f.legalBasis} basis={`${d.ruleId}: ${d.basis}`} />
        </dd>
        {d.skipped.length > 0 && (
          <>
            <dt>{f.dueSkipped}</dt>
            <dd>
              <ul>
                {d.skipped.map((s) => (
                  <li key={s.date}>{lang === 'lv' ? s.textLv : s.text}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {d.obligationId && (
          <>
            <dt>{f.dueObligation}</dt>
            <dd>
              <Link to="/obligations?rule=DR-25.1.7.3&status=all">{f.dueObligationLink}</Link>
            </dd>
          </>
        )}
      </dl>
      {d.provisional && <p className="muted">{f.dueProvisional}</p>}
    </section>
  );
}

function Answer({ c, onChanged }: { c: CaseDetail; onChanged(next: CaseDetail): void }) {
  const { m } = useI18n();
  const f = m.feedback;
  const a = c.answer;
  return (
    <section aria-labelledby="fb-answer-title" className="panel">
      <h2 id="fb-answer-title">{f.answerTitle}</h2>
      {a ? (
        <dl className="details">
          <dt>{f.answerText}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{a.text}</dd>
          <dt>{f.answeredOn}</dt>
          <dd>
            {formatDate(a.answeredOn)}
            {a.late && ` — ${f.lateTag}`}
          </dd>
          <dt>{f.answerChannel}</dt>
          <dd>{f.answerChannels[a.channel]}</dd>
          <dt>{f.answeredBy}</dt>
          <dd>{a.answeredBy ?? '—'}</dd>
          <dt>{f.answerLevel}</dt>
          <dd>{f.levels[String(a.level) as '1' | '2']}</dd>
        </dl>
      ) : (
        <p>{f.noAnswer}</p>
      )}
      {c.rights.includes('answer') && <AnswerForm c={c} onChanged={onChanged} />}
    </section>
  );
}

function History({ c, onChanged }: { c: CaseDetail; onChanged(next: CaseDetail): void }) {
  const { m } = useI18n();
  const f = m.feedback;
  return (
    <section aria-labelledby="fb-history-title" className="panel">
      <h2 id="fb-history-title">{f.historyTitle}</h2>
      <ol>
        {c.history.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at its end; events have no id.
          <li key={i}>
            <strong>{f.events[e.type]}</strong> — {formatDateTime(e.occurredAt)}, {e.actor}
            {e.addressee && <div>{fill(f.eventTo, { addressee: e.addressee.name, level: e.level ?? '' })}</div>}
            {e.reason && (
              <div>
                {f.why}: {e.reason}
              </div>
            )}
          </li>
        ))}
      </ol>
      {c.rights.includes('route') && <RouteForm c={c} onChanged={onChanged} />}
      {c.rights.includes('escalate') && <EscalateForm c={c} onChanged={onChanged} />}
    </section>
  );
}

export function FeedbackCasePage({ params }: PageProps) {
  const { m } = useI18n();
  const f = m.feedback;
  const loaded = useGet('/api/v1/feedback-cases/{id}', { params: { path: { id: params.id ?? '' } } });
  // A write answers with the case as it now is: shown as such, because after routing a case away the caller may
  // no longer be able to load it.
  const [written, setWritten] = useState<CaseDetail | null>(null);
  const c = written?.id === params.id ? written : loaded.data;
  const title = c ? fill(f.caseLink, { kind: f.kinds[c.kind], number: c.number }) : f.title;
  return (
    <Page title={title}>
      <p>
        <Link to="/feedback">{f.title}</Link>
      </p>
      <ErrorSummary error={loaded.error} />
      {!c && !loaded.error && <p className="loading">{m.common.loading}</p>}
      {c && (
        <>
          {c.rights.length === 0 && <p className="muted">{f.readOnly}</p>}
          <Facts c={c} />
          <Due c={c} />
          <Answer c={c} onChanged={setWritten} />
          <History c={c} onChanged={setWritten} />
          <ContestSection c={c} onChanged={setWritten} />
        </>
      )}
    </Page>
  );
}
