// The ministry's decision (DR-20.2: approve — grants and set-password links — or reject with a reason) and the
// organisation's confirmation afterwards (DR-21.2, DR-22.2: the cooperation terms and its remote channels).
import { useState, type FormEvent } from 'react';
import { client } from '../api/client.ts';
import { fieldError } from '../api.ts';
import type { ApiResponse } from '../api/types.ts';
import { useI18n } from '../i18n/context.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { TextAreaField } from '../shared/Field.tsx';

type Detail = ApiResponse<'getAccessApplication'>;

function useWrite(onDone: (text: string) => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (event: FormEvent, write: () => Promise<unknown>, text: string) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await write();
      onDone(text);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

export function DecisionForms({ id, onDone }: { id: string; onDone(text: string): void }) {
  const { m } = useI18n();
  const a = m.accessApplications;
  const approve = useWrite(onDone);
  const reject = useWrite(onDone);
  const [reason, setReason] = useState('');
  const path = { params: { path: { id } } };
  return (
    <>
      <form
        aria-labelledby="app-approve"
        onSubmit={(e) =>
          void approve.run(
            e,
            () => client.POST('/api/v1/access-applications/{id}/decision', { ...path, body: { decision: 'approve' } }),
            a.approved,
          )
        }
      >
        <h2 id="app-approve">{a.approve}</h2>
        <p>{a.approveHint}</p>
        <ErrorSummary error={approve.error} />
        <button type="submit" className="button button--primary" disabled={approve.busy}>
          {a.approve}
        </button>
      </form>
      <form
        aria-labelledby="app-reject"
        onSubmit={(e) =>
          void reject.run(
            e,
            () =>
              client.POST('/api/v1/access-applications/{id}/decision', {
                ...path,
                body: { decision: 'reject', reason },
              }),
            a.rejected,
          )
        }
      >
        <h2 id="app-reject">{a.reject}</h2>
        <ErrorSummary error={reject.error} fields={{ '/reason': { id: 'app-reason', label: a.reason } }} />
        <TextAreaField
          id="app-reason"
          label={a.reason}
          value={reason}
          onChange={setReason}
          error={fieldError(reject.error, '/reason')}
        />
        <button type="submit" className="button" disabled={reject.busy}>
          {a.reject}
        </button>
      </form>
    </>
  );
}

export function ChannelsList({ channels }: { channels: Detail['channels'] }) {
  const { m } = useI18n();
  const a = m.accessApplications;
  const rows: [string, string | null][] = [
    [a.channelEmail, channels.email],
    [a.channelPhone, channels.phone],
    [a.channelEAddress, channels.eAddress],
    [a.channelWebsite, channels.website],
  ];
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value ?? a.notGiven}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ConfirmForm({ detail, onDone }: { detail: Detail; onDone(text: string): void }) {
  const { m } = useI18n();
  const a = m.accessApplications;
  const write = useWrite(onDone);
  const [terms, setTerms] = useState(false);
  const [channels, setChannels] = useState(false);
  return (
    <form
      aria-labelledby="app-confirm"
      onSubmit={(e) =>
        void write.run(
          e,
          () =>
            client.POST('/api/v1/access-applications/{id}/confirm', {
              params: { path: { id: detail.id } },
              body: { acceptTerms: terms as true, channelsConfirmed: channels as true },
            }),
          a.confirmed,
        )
      }
    >
      <h3 id="app-confirm">{a.confirm}</h3>
      <ErrorSummary
        error={write.error}
        fields={{
          '/acceptTerms': { id: 'app-terms', label: a.acceptTerms },
          '/channelsConfirmed': { id: 'app-channels', label: a.channelsConfirmed },
        }}
      />
      <div className="field">
        <input id="app-terms" type="checkbox" checked={terms} onChange={(e) => setTerms(e.target.checked)} />{' '}
        <label htmlFor="app-terms">{a.acceptTerms}</label>
      </div>
      <div className="field">
        <input id="app-channels" type="checkbox" checked={channels} onChange={(e) => setChannels(e.target.checked)} />{' '}
        <label htmlFor="app-channels">{a.channelsConfirmed}</label>
      </div>
      <button type="submit" className="button button--primary" disabled={write.busy}>
        {a.confirm}
      </button>
    </form>
  );
}
