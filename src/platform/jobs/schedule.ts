// When a job runs, worked out from its period (pure). A period of whole minutes dividing an hour, or of whole hours
// dividing a day, becomes a cron schedule that pg-boss keeps in the database: whichever instance's scheduler looks
// first in a minute creates that minute's run, and only one. A period under a minute (the mail sender's 5 s) is
// below cron's resolution: every instance asks for a run each period, and pg-boss's throttling key (one job per
// slot of that many seconds) lets one through.
import cronParser from 'cron-parser';

export type Schedule = { kind: 'cron'; cron: string } | { kind: 'throttled'; seconds: number };

export class ScheduleError extends Error {}

/** A stable small number from the job's name: hourly jobs start at different minutes instead of all at :00. */
function offsetOf(name: string, modulo: number): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % modulo;
}

export function scheduleOf(job: { name: string; everyMs: number; cron?: string | undefined }): Schedule {
  if (job.cron) {
    try {
      cronParser.parseExpression(job.cron, { tz: 'UTC' });
    } catch (error) {
      throw new ScheduleError(`job ${job.name}: "${job.cron}" is not a cron expression (${(error as Error).message})`);
    }
    return { kind: 'cron', cron: job.cron };
  }
  const { everyMs, name } = job;
  if (Number.isInteger(everyMs) && everyMs >= 1000 && everyMs < 60_000 && everyMs % 1000 === 0)
    return { kind: 'throttled', seconds: everyMs / 1000 };
  const minutes = everyMs / 60_000;
  if (Number.isInteger(minutes) && minutes >= 1 && minutes < 60 && 60 % minutes === 0) {
    return { kind: 'cron', cron: minutes === 1 ? '* * * * *' : `${offsetOf(name, minutes)}-59/${minutes} * * * *` };
  }
  const hours = minutes / 60;
  if (Number.isInteger(hours) && hours >= 1 && hours <= 24 && 24 % hours === 0) {
    const minute = offsetOf(name, 60);
    const hour = offsetOf(name, hours);
    if (hours === 1) return { kind: 'cron', cron: `${minute} * * * *` };
    return { kind: 'cron', cron: hours === 24 ? `${minute} ${hour} * * *` : `${minute} ${hour}-23/${hours} * * *` };
  }
  throw new ScheduleError(
    `job ${name}: every ${everyMs} ms cannot be scheduled; use whole seconds under a minute, minutes dividing an hour or hours dividing a day`,
  );
}

/** The next time the job is due after `now` (for a throttled job: the start of the next slot). */
export function nextRunAfter(schedule: Schedule, now: Date): Date {
  if (schedule.kind === 'throttled') {
    const slotMs = schedule.seconds * 1000;
    return new Date((Math.floor(now.getTime() / slotMs) + 1) * slotMs);
  }
  return cronParser.parseExpression(schedule.cron, { currentDate: now, tz: 'UTC' }).next().toDate();
}
