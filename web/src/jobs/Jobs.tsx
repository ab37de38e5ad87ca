// The background jobs for the maintainer: each job's schedule, newest run (start, end, state, instance), next run,
// and its recent failures with the error message (the server takes e-mail addresses and personal codes out).
import { DataTable, type Column } from '../shared/DataTable.tsx';
import { ErrorSummary } from '../shared/ErrorSummary.tsx';
import { Page } from '../shared/Page.tsx';
import { formatDateTime, formatNumber } from '../shared/format.ts';
import { useI18n } from '../i18n/context.tsx';
import { fill, pick } from '../i18n/messages.ts';
import type { ItemOf } from '../api.ts';
import { useGet } from '../useApi.ts';

/** GET /api/v1/jobs. */
type JobOut = ItemOf<'listJobs'>;

export function JobsPage() {
  const { m, lang } = useI18n();
  const t = m.jobs;
  const { data, error } = useGet('/api/v1/jobs');
  const every = (job: JobOut) => {
    const s = job.schedule.everySeconds;
    if (s === null) return fill(t.cron, { cron: job.schedule.cron ?? '' });
    return s < 60
      ? fill(t.everySeconds, { n: s })
      : s < 3600
        ? fill(t.everyMinutes, { n: formatNumber(lang, s / 60, 2) })
        : fill(t.everyHours, { n: formatNumber(lang, s / 3600, 2) });
  };
  const failing = data?.items.filter((j) => j.recentFailures.length > 0) ?? [];
  const columns: Column<JobOut>[] = [
    {
      key: 'job',
      header: t.job,
      rowHeader: true,
      sortValue: (job) => pick(t.names, job.name),
      csv: (job) => `${pick(t.names, job.name)} (${job.name})`,
      cell: (job) => (
        <>
          {pick(t.names, job.name)}
          <div className="muted small">
            <code>{job.name}</code>
          </div>
        </>
      ),
    },
    { key: 'schedule', header: t.schedule, csv: every, cell: every },
    {
      key: 'lastRun',
      header: t.lastRun,
      sortValue: (job) => job.lastRun?.startedAt,
      csv: (job) => (job.lastRun ? formatDateTime(job.lastRun.startedAt) : t.never),
      cell: (job) =>
        job.lastRun ? (
          <>
            {fill(t.started, { time: formatDateTime(job.lastRun.startedAt) })}
            {job.lastRun.finishedAt && <div>{fill(t.finished, { time: formatDateTime(job.lastRun.finishedAt) })}</div>}
            <div className="muted small">{fill(t.instance, { instance: job.lastRun.instance })}</div>
          </>
        ) : (
          t.never
        ),
    },
    {
      key: 'state',
      header: t.state,
      sortValue: (job) => (job.lastRun ? pick(t.states, job.lastRun.state) : null),
      cell: (job) => (job.lastRun ? pick(t.states, job.lastRun.state) : '—'),
    },
    {
      key: 'nextRun',
      header: t.nextRun,
      sortValue: (job) => job.nextRunAt,
      csv: (job) => formatDateTime(job.nextRunAt),
      cell: (job) => formatDateTime(job.nextRunAt),
    },
    {
      key: 'counts',
      header: t.counts,
      sortValue: (job) => job.failures,
      csv: (job) => fill(t.runsFailures, { runs: job.runs, failures: job.failures }),
      cell: (job) => fill(t.runsFailures, { runs: job.runs, failures: job.failures }),
    },
  ];
  return (
    <Page title={t.title} wide>
      <p>{t.intro}</p>
      <ErrorSummary error={error} />
      {!data && !error && <p className="loading">{m.common.loading}</p>}
      {data && !data.runsHere && <p className="muted">{t.notHere}</p>}
      {data && (
        <DataTable
          caption={t.title}
          captionHidden
          columns={columns}
          rows={data.items}
          rowKey={(job) => job.name}
          exportName="jobs"
        />
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
