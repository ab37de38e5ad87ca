// How errors are written to the log, for every logger of the app (requests, jobs, the catalogue import). A database
// error quotes the record that failed (its message, `detail`, `where`, PGlite's query parameters), and the log is
// read by more people, for longer, than the data: so a database error is logged by its code and the names of the
// constraint, table and column only (db/errors.ts), also when another error carries it as its cause.
import { databaseErrorSummary, isDatabaseError } from '../db/errors.ts';

/** What pino writes for an error (Fastify's logger types ask for these three fields). */
export interface LoggedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

const MAX_DEPTH = 5;

function serialize(error: Error, depth: number): LoggedError {
  if (isDatabaseError(error)) return { ...databaseErrorSummary(error) };
  const out: LoggedError = {
    type: error.constructor?.name ?? error.name,
    message: error.message,
    stack: error.stack ?? '',
  };
  if (depth >= MAX_DEPTH) return out;
  const inner = (value: unknown) =>
    value instanceof Error ? serialize(value, depth + 1) : isDatabaseError(value) ? databaseErrorSummary(value) : value;
  for (const [key, value] of Object.entries(error)) {
    if (key !== 'cause') out[key] = Array.isArray(value) ? value.map(inner) : inner(value);
  }
  if (error.cause !== undefined) out.cause = inner(error.cause);
  if (error instanceof AggregateError) out.aggregateErrors = error.errors.map(inner);
  return out;
}

/** pino's `err` serializer (the key Fastify and our `log.error({ err })` calls use). */
export function errorForLog(error: Error): LoggedError {
  return serialize(error, 0);
}

export const logSerializers = { err: errorForLog };
