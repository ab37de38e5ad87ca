// Recognising database errors that are answers, not failures: a unique key says "this already exists".

/** PostgreSQL's unique_violation (SQLSTATE 23505), on both engines; `constraint` names the key that refused. */
export function isUniqueViolation(error: unknown): error is { code: string; constraint?: string } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** A database error as both engines raise it (pg's DatabaseError; PGlite's adapter builds the same fields). */
export interface DatabaseErrorLike {
  code: string;
  severity: string;
  constraint?: string | undefined;
  table?: string | undefined;
  column?: string | undefined;
}

/** Recognised by shape, not class: PGlite's error is not pg's DatabaseError class, but carries the same fields. */
export function isDatabaseError(error: unknown): error is DatabaseErrorLike {
  if (typeof error !== 'object' || error === null) return false;
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
}

/**
 * What of a database error may be written to a log: its SQLSTATE and the names of the constraint, table and column.
 * Never its message (PostgreSQL quotes the offending value: `invalid input syntax for type uuid: "…"`), `detail`
 * ("Failing row contains (…)": the whole record), `where`, `hint`, the query or its parameters (PGlite's errors
 * carry them). The stack keeps its frames, without the first line that repeats the message.
 */
export function databaseErrorSummary(error: DatabaseErrorLike & { stack?: unknown }): DatabaseErrorSummary {
  const frames = typeof error.stack === 'string' ? error.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  const summary: DatabaseErrorSummary = {
    type: 'DatabaseError',
    message: `database error ${error.code}`,
    code: error.code,
    stack: frames.join('\n'),
  };
  if (error.constraint) summary.constraint = error.constraint;
  if (error.table) summary.table = error.table;
  if (error.column) summary.column = error.column;
  return summary;
}

export interface DatabaseErrorSummary {
  type: 'DatabaseError';
  /** Made of the code alone. */
  message: string;
  code: string;
  stack: string;
  constraint?: string;
  table?: string;
  column?: string;
}
