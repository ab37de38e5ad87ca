// The mail outbox: what the system sends, readable in the browser when no SMTP server is configured
// (a development and demo aid: it shows the set-password links).
import { Fragment, type ReactNode } from 'react';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { formatDateTime } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, pick } from '../i18n/messages.ts';
import { useGet } from '../useApi.ts';

/** The text with its http(s) links made clickable; everything else stays plain text. */
function linkified(text: string): ReactNode[] {
  // The pieces of one text never move: the position is their identity.
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, i) =>
    i % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed text.
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed text.
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

export function OutboxPage() {
  const { m } = useI18n();
  const { data, error } = useGet('/api/v1/mail/outbox');
  return (
    <Page title={m.outbox.title} wide>
      <p>{m.outbox.intro}</p>
      <ErrorSummary error={error} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && <p>{fill(m.outbox.total, { total: data.total })}</p>}
      {data && data.items.length === 0 && <p>{m.outbox.none}</p>}
      {data && (
        <ol className="mails">
          {data.items.map((mail) => (
            <li key={mail.id} className="mail">
              <h2 className="mail__subject">{mail.subject}</h2>
              <dl className="details details--compact">
                <dt>{m.outbox.to}</dt>
                <dd>{mail.to}</dd>
                <dt>{m.outbox.status}</dt>
                <dd>
                  {pick(m.outbox.statuses, mail.status)} · {m.outbox.attempts}: {mail.attempts}
                </dd>
                <dt>{m.outbox.created}</dt>
                <dd>{formatDateTime(mail.createdAt)}</dd>
                {mail.sentAt && (
                  <>
                    <dt>{m.outbox.sent}</dt>
                    <dd>{formatDateTime(mail.sentAt)}</dd>
                  </>
                )}
                {mail.lastError && (
                  <>
                    <dt>{m.outbox.lastError}</dt>
                    <dd>{mail.lastError}</dd>
                  </>
                )}
              </dl>
              {mail.bodyHidden || mail.body === null ? (
                <p className="muted">{m.outbox.hidden}</p>
              ) : (
                <pre className="mail__body">{linkified(mail.body)}</pre>
              )}
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}
