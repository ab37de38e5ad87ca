// Maps every error to application/problem+json (RFC 9457) with a stable `code`, in the caller's language.
// A 5xx never shows internals: the message is generic and the details go only to the log.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, StaleVersionError, type DomainErrorKind, type FieldIssue } from '../errors.ts';
import { etagOf } from './etag.ts';
import { TEXT_KEYWORD, type TextIssueCode } from './text-rule.ts';
import { pickLang, translate, type Lang, type MessageCode } from '../i18n/messages.ts';

interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance: string;
  requestId: string;
  errors?: { field: string; in: string; code: string; message: string }[];
  /** 412 stale_version: the version that is current now, and its ETag (send it in If-Match to write over it). */
  currentVersion?: number;
  currentEtag?: string;
}

function fieldOf(issue: AjvIssue): string {
  const p = issue.params;
  if (issue.keyword === 'required') return `${issue.instancePath}/${String(p.missingProperty)}`;
  if (issue.keyword === 'additionalProperties') return `${issue.instancePath}/${String(p.additionalProperty)}`;
  return issue.instancePath || '/';
}

function issueOf(issue: AjvIssue): FieldIssue | undefined {
  const p = issue.params;
  const field = fieldOf(issue);
  const limit = Number(p.limit);
  switch (issue.keyword) {
    case 'required':
      return { field, code: 'field_required' };
    case 'additionalProperties':
      return { field, code: 'field_unknown' };
    case 'type':
      return { field, code: 'field_type', params: { type: String(p.type) } };
    case 'maxLength':
      return { field, code: 'field_too_long', params: { limit } };
    case 'minLength':
      return { field, code: limit === 1 ? 'field_required' : 'field_too_short', params: { limit } };
    case 'maxItems':
      return { field, code: 'field_too_many', params: { limit } };
    case 'minItems':
      return { field, code: 'field_too_few', params: { limit } };
    case 'format':
      return { field, code: 'field_format', params: { format: String(p.format) } };
    case 'pattern':
      return { field, code: 'field_pattern' };
    case 'enum':
      return { field, code: 'field_enum', params: { allowed: (p.allowedValues as unknown[]).join(', ') } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { field, code: 'field_range', params: { comparison: String(p.comparison), limit } };
    case TEXT_KEYWORD:
      return { field, code: p.code as TextIssueCode };
    case 'anyOf':
    case 'oneOf':
    case 'if':
      return undefined; // the branch errors say more
    default:
      return { field, code: 'field_invalid' };
  }
}

const locations: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

function validationIssues(error: FastifyError): { issues: FieldIssue[]; where: string } {
  const where = locations[error.validationContext ?? 'body'] ?? 'body';
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const raw of (error.validation ?? []) as unknown as AjvIssue[]) {
    const issue = issueOf(raw);
    if (!issue || seen.has(issue.field)) continue;
    seen.add(issue.field);
    issues.push(issue);
  }
  if (issues.length === 0) issues.push({ field: '/', code: 'field_invalid' });
  return { issues, where };
}

/** The one place a domain error gets its HTTP status (its problem type is `urn:vienuviet:problem:<code>`). */
export const statusOfKind: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  stale_version: 412,
  unsupported_content: 415,
  refused_by_rule: 422,
  version_required: 428,
  too_many_requests: 429,
  unavailable: 503,
};

const frameworkCodes: Record<number, MessageCode> = {
  400: 'invalid_json',
  404: 'route_not_found',
  405: 'route_not_found',
  406: 'validation_failed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function buildProblem(
  request: FastifyRequest,
  status: number,
  code: MessageCode,
  params: Record<string, string | number> = {},
  fields: FieldIssue[] = [],
  where = 'body',
): Problem {
  const lang: Lang = pickLang(request.headers['accept-language']);
  const problem: Problem = {
    type: `urn:vienuviet:problem:${code}`,
    title: translate(code, lang, params),
    status,
    code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: String(request.id),
  };
  if (fields.length > 0) {
    problem.errors = fields.map((f) => ({
      field: f.field,
      in: f.in ?? where,
      code: f.code,
      message: translate(f.code, lang, f.params ?? {}),
    }));
    problem.detail = problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  }
  return problem;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(problem));
}

export function problemFor(error: FastifyError | DomainError | Error, request: FastifyRequest): Problem {
  if (error instanceof StaleVersionError) {
    return {
      ...buildProblem(request, statusOfKind[error.kind], error.code, error.params),
      currentVersion: error.current,
      currentEtag: etagOf(error.current),
    };
  }
  if (error instanceof DomainError) {
    return buildProblem(request, statusOfKind[error.kind], error.code, error.params, error.fields);
  }
  const fe = error as FastifyError;
  if (fe.validation) {
    const { issues, where } = validationIssues(fe);
    return buildProblem(request, 400, 'validation_failed', {}, issues, where);
  }
  if (fe.code?.startsWith('FST_CSRF')) return buildProblem(request, 403, 'csrf_invalid');
  const status = fe.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return buildProblem(request, status, frameworkCodes[status] ?? 'validation_failed');
  }
  return buildProblem(
    request,
    status >= 500 && status !== 503 ? 500 : status,
    status === 503 ? 'service_unavailable' : 'internal_error',
  );
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = problemFor(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, status: problem.status }, 'request refused');
    if (problem.status === 429 && error instanceof DomainError === false) reply.header('retry-after', '60');
    // A response's ETag names the current tag of the resource (RFC 9110 §8.8.3): on a 412, the version to write over.
    if (problem.currentEtag) reply.header('etag', problem.currentEtag);
    return sendProblem(reply, problem);
  });
}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, buildProblem(request, 404, 'route_not_found'));
}
