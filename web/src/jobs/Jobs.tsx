// The background jobs for the maintainer: each job's schedule, newest run (start, end, state, instance), next run,
// and its recent failures with the error message (the server takes e-mail addresses and personal codes out).
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Page } from '../components/Page.tsx';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, pick } from '../i18n/messages.ts';
import { useApi } from '../useApi.ts';

interface JobFailure {
  startedAt: string;
  failedAt: string;
  attempt: number;
  message: string;
  instance: string;
}

interface JobOut {
  name: string;
  schedule: { kind: 'cron' | 'throttled'; cron: string | null; everySeconds: number | null };
  lastRun: {
    startedAt: string;
    finishedAt: string | null;
    state: 'running' | 'completed' | 'failed';
    instance: string;
  } | null;
  nextRunAt: string;
  runs: number;
  failures: number;
  recentFailures: JobFailure[];
}

export function JobsPage() {
  const { m } = useI18n();
  const t = m.jobs;
  const { data, error } = useApi<{ runsHere: boolean; items: JobOut[] }>('/api/v1/jobs');
  const every = (job: JobOut) => {
    const s = job.schedule.everySeconds;
    if (s === null) return fill(t.cron, { cron: job.schedule.cron ?? '' });
    return s < 60
      ? fill(t.everySeconds, { n: s })
      : s < 3600
        ? fill(t.everyMinutes, { n: s / 60 })
        : fill(t.everyHours, { n: s / 3600 });
  };
  const failing = data?.items.filter((j) => j.recentFailures.length > 0) ?? [];
  return (
    <Page title={t.title} wide>
      <p>{t.intro}</p>
      <ErrorSummary error={error} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && !data.runsHere && <p className="muted">{t.notHere}</p>}
      {data && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.job}</th>
                <th scope="col">{t.schedule}</th>
                <th scope="col">{t.lastRun}</th>
                <th scope="col">{t.state}</th>
                <th scope="col">{t.nextRun}</th>
                <th scope="col">{t.counts}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((job) => (
                <tr key={job.name}>
                  <th scope="row">
                    {pick(t.names, job.name)}
                    <div className="muted small">
                      <code>{job.name}</code>
                    </div>
                  </th>
                  <td>{every(job)}</td>
                  <td>
                    {job.lastRun ? (
                      <>
                        {fill(t.started, { time: formatDateTime(job.lastRun.startedAt) })}
                        {job.lastRun.finishedAt && (
                          <div>{fill(t.finished, { time: formatDateTime(job.lastRun.finishedAt) })}</div>
                        )}
                        <div className="muted small">{fill(t.instance, { instance: job.lastRun.instance })}</div>
                      </>
                    ) : (
                      t.never
                    )}
                  </td>
                  <td>{job.lastRun ? pick(t.states, job.lastRun.state) : '—'}</td>
                  <td>{formatDateTime(job.nextRunAt)}</td>
                  <td>{fill(t.runsFailures, { runs: job.runs, failures: job.failures })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <section aria-labelledby="jobs-failures">
          <h2 id="jobs-failures">{t.failuresTitle}</h2>
          {failing.length === 0 && <p>{t.noFailures}</p>}
          {failing.map((job) => (
            <div key={job.name}>
              <h3>{pick(t.names, job.name)}</h3>
              <ul>
                {job.recentFailures.map((f) => (
                  <li key={`${f.failedAt}-${f.attempt}`}>
                    <strong>{formatDateTime(f.failedAt)}</strong> · {fill(t.attempt, { n: f.attempt })} · {f.message}
                    <div className="muted small">{fill(t.instance, { instance: f.instance })}</div>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </Page>
  );
}
