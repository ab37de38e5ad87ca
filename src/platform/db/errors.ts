// Recognising database errors that are answers, not failures: a unique key says "this already exists".

/** PostgreSQL's unique_violation (SQLSTATE 23505), on both engines; `constraint` names the key that refused. */
export function isUniqueViolation(error: unknown): error is { code: string; constraint?: string } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
