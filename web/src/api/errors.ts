// What a page learns when the API refuses a request or cannot be reached: the API's problem document (RFC 9457,
// application/problem+json) as a typed error carrying its own, already translated, message.

import type { components } from './schema.generated.ts';

type Problem = components['schemas']['Problem'];

/** One field's problem; `field` is its JSON pointer, e.g. "/email" or "/grants/0/validUntil". */
export type FieldProblem = Pick<NonNullable<Problem['errors']>[number], 'field' | 'code' | 'message'>;

/** The API refused the request; `title` is already in the language asked for. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly errors: FieldProblem[] = [],
    /** 412 stale_version: the version that is current now (someone else changed the resource since it was read). */
    readonly currentVersion: number | null = null,
  ) {
    super(title || code);
  }
}

/** A write named a version someone else has changed since (412): the page shows their change (Conflict.tsx). */
export function isStale(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 412;
}

/** The server could not be reached at all (network down, server stopped, proxy without upstream). */
export class UnreachableError extends Error {}

/** The error a refused answer stands for (its problem document when it has one). */
export async function problemOf(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      // The API's problem document; JSON from elsewhere (a proxy) may lack any member, each has a fallback.
      const p = (await res.json()) as Partial<Problem>;
      return new ApiError(
        res.status,
        p.code ?? 'unknown',
        p.title ?? '',
        Array.isArray(p.errors) ? p.errors : [],
        p.currentVersion ?? null,
      );
    } catch {
      // fall through to the generic error
    }
  }
  return new ApiError(res.status, 'unknown', '');
}

/** The message of one field, by its JSON pointer. */
export function fieldError(error: unknown, pointer: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.errors.find((e) => e.field === pointer)?.message;
}
