// Typed domain errors. Services throw them; one handler (problem.ts) maps them to application/problem+json.
import type { MessageCode } from '../i18n/messages.ts';

export interface FieldIssue {
  /** JSON pointer of the bad field in the request, e.g. "/email" or "/grants/0/role". */
  field: string;
  code: MessageCode;
  params?: Record<string, string | number>;
  /** Where the field is; a service checking a query parameter or path segment says so (default: body). */
  in?: 'body' | 'query' | 'path' | 'header';
}

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldIssue[] = [],
  ) {
    super(code);
  }
}

export class NotFoundError extends DomainError {
  constructor() {
    super(404, 'not_found');
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(code: MessageCode = 'unauthenticated', params: Record<string, string | number> = {}) {
    super(401, code, params);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code: MessageCode = 'forbidden') {
    super(403, code);
  }
}

export class ConflictError extends DomainError {
  constructor(code: MessageCode = 'conflict', fields: FieldIssue[] = []) {
    super(409, code, {}, fields);
  }
}

/** A request that passed the schema but breaks a rule about its values (422 would hide it from simple clients). */
export class ValidationError extends DomainError {
  constructor(fields: FieldIssue[]) {
    super(400, 'validation_failed', {}, fields);
  }
  static field(field: string, code: MessageCode, params?: Record<string, string | number>): ValidationError {
    return new ValidationError([{ field, code, ...(params ? { params } : {}) }]);
  }
  /** A bad query parameter (`in: query` in the problem document). */
  static query(field: string, code: MessageCode, params?: Record<string, string | number>): ValidationError {
    return new ValidationError([{ field, code, in: 'query', ...(params ? { params } : {}) }]);
  }
  /** A bad path segment (`in: path`). */
  static path(field: string, code: MessageCode, params?: Record<string, string | number>): ValidationError {
    return new ValidationError([{ field, code, in: 'path', ...(params ? { params } : {}) }]);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(code: MessageCode = 'rate_limited', params: Record<string, string | number> = {}) {
    super(429, code, params);
  }
}

/**
 * A write that named, in If-Match, a version of the resource that is no longer current: someone else changed it since
 * the caller read it (412). The problem document and its ETag header carry the current version (etag.ts).
 */
export class StaleVersionError extends DomainError {
  constructor(readonly current: number) {
    super(412, 'stale_version', { version: current });
  }
}

/** A write to a versioned resource without If-Match (428, RFC 6585): it would overwrite changes it never saw. */
export class PreconditionRequiredError extends DomainError {
  constructor() {
    super(428, 'if_match_required', {}, [{ field: '/if-match', code: 'if_match_required', in: 'header' }]);
  }
}
