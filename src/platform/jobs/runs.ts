// One run of a job, recorded for the maintainer's page: when it started and ended, on which instance, and how it
// failed. The message is what the error says, cut short and with what could identify a person taken out: a job's
// error may quote a recipient's e-mail address (SMTP) or a personal code, and the page is for operators.
import type { Deps } from '../deps.ts';
import { instanceId } from '../instance.ts';
import type { Job } from './job.ts';
import { recordFailure, recordStart, recordSuccess } from './runs-repository.ts';
import type { PlatformTables } from '../db/tables.generated.ts';
import { platformView } from '../db/platform-view.ts';

const MAX_MESSAGE = 500;

/** The error's message on one line, without e-mail addresses, personal codes or credentials in URLs. */
export function failureMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
  const text = raw
    .replace(/\s+/g, ' ')
    .replace(/\/\/[^\s/@]+@/g, '//***@')
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, '[e-mail]')
    .replace(/\b\d{6}-?\d{5}\b/g, '[personal code]')
    .trim();
  const message = text === '' ? 'unknown error' : text;
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
}

/** Runs the job once and records it; a failure is recorded and thrown on, so pg-boss retries the run. */
export async function runRecorded<D extends PlatformTables>(
  deps: Deps<D>,
  job: Job<D>,
  attempt: number,
  instance: string = instanceId,
): Promise<void> {
  const db = platformView(deps.db);
  const startedAt = deps.now();
  await recordStart(db, job.name, instance, startedAt);
  try {
    await job.run(deps);
  } catch (error) {
    await recordFailure(db, {
      name: job.name,
      instance,
      startedAt,
      failedAt: deps.now(),
      attempt,
      message: failureMessage(error),
    }).catch(() => undefined);
    throw error;
  }
  await recordSuccess(db, job.name, deps.now());
}
