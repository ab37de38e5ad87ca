// Domain errors: what went wrong, in the words of the rules, never how a protocol says it. Services throw them;
// the HTTP layer alone (platform/http/problem.ts) turns each kind into a status and an application/problem+json.
import type { MessageCode } from './i18n/messages.ts';

export type Params = Record<string, string | number>;

export interface FieldIssue {
  /** JSON pointer of the bad field in the request, e.g. "/email" or "/grants/0/role". */
  field: string;
  code: MessageCode;
  params?: Params;
  /** Where the field is; a service checking a query parameter or path segment says so (default: body). */
  in?: 'body' | 'query' | 'path' | 'header';
}

/** Every kind of refusal; the HTTP layer has one status for each (problem.ts). */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'stale_version'
  | 'refused_by_rule'
  | 'version_required'
  | 'unsupported_content'
  | 'too_many_requests'
  | 'unavailable';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(
    readonly code: MessageCode,
    readonly params: Params = {},
    readonly fields: FieldIssue[] = [],
  ) {
    super(code);
  }
}

/** A request that can never be right as it is (its own code, e.g. own_grant_protected). */
export class InvalidRequestError extends DomainError {
  readonly kind = 'invalid';
}

/** A request that passed the schema but breaks a rule about its values, naming every bad field. */
export class ValidationError extends InvalidRequestError {
  constructor(fields: FieldIssue[]) {
    super('validation_failed', {}, fields);
  }
  static field(field: string, code: MessageCode, params?: Params): ValidationError {
    return new ValidationError([{ field, code, ...(params ? { params } : {}) }]);
  }
  /** A bad query parameter (`in: query` in the problem document). */
  static query(field: string, code: MessageCode, params?: Params): ValidationError {
    return new ValidationError([{ field, code, in: 'query', ...(params ? { params } : {}) }]);
  }
  /** A bad path segment (`in: path`). */
  static path(field: string, code: MessageCode, params?: Params): ValidationError {
    return new ValidationError([{ field, code, in: 'path', ...(params ? { params } : {}) }]);
  }
}

/** Nobody is logged in, or the credentials are wrong. */
export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
  constructor(code: MessageCode = 'unauthenticated', params: Params = {}) {
    super(code, params);
  }
}

/** The caller is known but has no right to do this. */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
  constructor(code: MessageCode = 'forbidden', params: Params = {}, fields: FieldIssue[] = []) {
    super(code, params, fields);
  }
}

/** Nothing there, or nothing the caller may see (scope answers look the same: nobody learns what exists). */
export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
  constructor() {
    super('not_found');
  }
}

/** The request clashes with the state of what it names (a status, a duplicate, a refusal by the state). */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
  constructor(code: MessageCode = 'conflict', fields: FieldIssue[] = [], params: Params = {}) {
    super(code, params, fields);
  }
}

/** What the request names existed and is gone for good (withdrawn, undone, removed after its retention). */
export class GoneError extends DomainError {
  readonly kind = 'gone';
}

/** Well formed, but a rule about what it names refuses it (e.g. DR-29: an e-service not filable on one's behalf). */
export class RefusedByRuleError extends DomainError {
  readonly kind = 'refused_by_rule';
}

/**
 * A write that named a version of the resource that is no longer current: someone else changed it since the caller
 * read it. The answer carries the current version (etag.ts).
 */
export class StaleVersionError extends DomainError {
  readonly kind = 'stale_version';
  constructor(readonly current: number) {
    super('stale_version', { version: current });
  }
}

/** A write to a versioned resource without naming the version it read: it would overwrite changes it never saw. */
export class PreconditionRequiredError extends DomainError {
  readonly kind = 'version_required';
  constructor() {
    super('if_match_required', {}, [{ field: '/if-match', code: 'if_match_required', in: 'header' }]);
  }
}

/** A body in a form this action does not read. */
export class UnsupportedContentError extends DomainError {
  readonly kind = 'unsupported_content';
  constructor() {
    super('unsupported_media_type');
  }
}

export class TooManyRequestsError extends DomainError {
  readonly kind = 'too_many_requests';
  constructor(code: MessageCode = 'rate_limited', params: Params = {}) {
    super(code, params);
  }
}

/** The system cannot serve now (e.g. the database is not reachable). */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable';
  constructor() {
    super('service_unavailable');
  }
}
