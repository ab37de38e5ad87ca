// English texts of the background jobs.
// Typed by the Latvian part (messages.lv.ts): a missing or extra key fails type-checking.
import type { Catalogue } from '../i18n/messages.ts';
import type { jobsLv } from './messages.lv.ts';

export const jobsEn: Catalogue<typeof jobsLv> = {
  jobs: {
    title: 'Background jobs',
    homeText: 'Last and next runs of the background jobs, and their failures.',
    intro:
      'Work the system does in the background, on any of its instances, each once at its time. Times in Riga time.',
    notHere: 'This instance does not run background jobs (RUN_JOBS=false); other instances do.',
    job: 'Job',
    schedule: 'Schedule',
    lastRun: 'Last run',
    state: 'State',
    nextRun: 'Next run',
    counts: 'Runs',
    everySeconds: 'every {n} s',
    everyMinutes: 'every {n} min',
    everyHours: 'every {n} h',
    cron: 'on schedule {cron} (UTC)',
    started: 'started {time}',
    finished: 'finished {time}',
    instance: 'instance {instance}',
    never: 'not run yet',
    runsFailures: '{runs} runs, {failures} failures',
    failuresTitle: 'Recent failures',
    noFailures: 'No failures.',
    attempt: 'attempt {n}',
    states: { running: 'running', completed: 'completed', failed: 'failed' },
    names: {
      'mail-sender': 'Sending e-mail',
      'obligations-recurring': 'Recurring obligations',
      'obligation-reminders': 'Obligation reminders',
      'eservice-retention': 'E-service data removal (DR-27.3)',
      'contact-idempotency-cleanup': 'Clean-up of retry keys',
      'audit-anchor': 'Audit chain anchors',
      'catalogue-import-recovery': 'Interrupted catalogue imports',
      'rate-limit-cleanup': 'Clean-up of request limits',
      'login-failures-cleanup': 'Forgetting failed logins',
      'catalogue-link-check': 'Catalogue link check (SR-13)',
    },
  },
};
