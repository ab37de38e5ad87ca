// HTTP of the catalogue import (SR-12.2, data in): an institution's system (API token) or the holder's
// people push descriptions as JSON or as CPSV-AP JSON-LD, dry-run or for real, then follow the import's progress.
// Every record is checked against the same schema as a single service; a refused push names each record's errors
// (`records`) and writes nothing. The routes live in their own plugin so the JSON-LD body parser is theirs only.
import { Type } from 'typebox';
import type { FastifyError, FastifyRequest } from 'fastify';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { UnsupportedContentError, ValidationError } from '../platform/errors.ts';
import { buildProblem, problemFor, sendProblem, statusOfKind } from '../platform/http/problem.ts';
import { Instant, Nullable, Obj, PageQuery, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { isMessageCode, pickLang, translate, type Lang } from '../platform/i18n/messages.ts';
import { ServiceContent, contentProperties, type ServiceContentIn } from './content.ts';
import { fromCpsv } from './jsonld-read.ts';
import {
  dryRunImport,
  getImport,
  ImportRefusedError,
  ImportRunner,
  listImports,
  MAX_RECORDS,
  startImport,
  type ImportInput,
  type RecordIssue,
} from './import-service.ts';

const tags = ['catalogue'];
/** SR-8: the holder's contact person and admin (or their systems' tokens) describe its services; a maintainer too. */
const describers = rolesRoute('maintainer', 'org_admin', 'institution_coordinator');
const JSON_LD = 'application/ld+json';

const ImportRecord = Obj(
  {
    externalId: Str("The holder's own id of the service: the import upserts by it", 100, { minLength: 1 }),
    ...contentProperties,
  },
  { description: "A service description (SR-10) with the holder's own id" },
);
const ImportBody = Obj({
  holderId: Uuid('The holder whose services these are'),
  services: Type.Array(ImportRecord, {
    minItems: 1,
    maxItems: MAX_RECORDS,
    description: `The descriptions, at most ${MAX_RECORDS}`,
  }),
});
const CpsvBody = Type.Unsafe<unknown>({
  type: ['object', 'array'],
  description: 'A CPSV-AP 3.x JSON-LD document of public services (holderId in the query)',
});

const ImportQuery = Obj({
  dryRun: Type.Optional(
    Type.Boolean({
      default: false,
      description: 'true: check everything and count what would change, write nothing (200)',
    }),
  ),
  publish: Type.Optional(
    Type.Boolean({
      default: false,
      description: "true: publish every new or changed description (the holder's admin only, SR-5)",
    }),
  ),
  holderId: Type.Optional(Uuid('The holder, for a JSON-LD push (a JSON push names it in the body)')),
});
const ImportParams = Obj({ id: Uuid('Import id') });
const ListQuery = Obj({ holderId: Type.Optional(Uuid('Only imports of this holder')), ...PageQuery });

const Count = (description: string) => Type.Integer({ description });
const IssueSchema = Obj({
  field: Type.String({ description: 'JSON pointer of the bad field within the record' }),
  code: Type.String({ description: 'Stable code of the error' }),
  message: Type.String({ description: "The error in the caller's language" }),
});
const RecordErrorsSchema = Obj({
  index: Count('Position of the record in the push (0-based)'),
  externalId: Nullable(Type.String({ description: "The record's external id, when it had one" })),
  errors: Type.Array(IssueSchema, { description: "The record's errors" }),
});
const ImportSchema = Obj({
  id: Uuid('Import id'),
  holder: Obj(
    { id: Uuid('Holder id'), name: Type.String({ description: 'Name of the holder' }) },
    { description: 'The holder' },
  ),
  format: StringEnum(['json', 'jsonld'] as const, 'How the descriptions came: JSON or CPSV-AP JSON-LD'),
  publish: Type.Boolean({ description: 'Whether new and changed descriptions are published' }),
  status: StringEnum(
    ['running', 'done', 'failed'] as const,
    'running: being written; done; failed: stopped (errors say why; pushing again completes it)',
  ),
  total: Count('Records in the push'),
  processed: Count('Records handled so far'),
  created: Count('Services registered'),
  updated: Count('Services whose draft was replaced or started (or published)'),
  unchanged: Count('Records identical to their service: nothing written'),
  failed: Count('Records not handled because the import stopped'),
  errors: Type.Array(RecordErrorsSchema, { description: 'Why the import stopped, by record' }),
  createdAt: Instant('When it was pushed'),
  finishedAt: Nullable(Instant('When it ended')),
});
const DryRunSchema = Obj({
  dryRun: Type.Boolean({ description: 'Always true: nothing was written' }),
  total: Count('Records in the push'),
  created: Count('Services that would be registered'),
  updated: Count('Services whose draft would be replaced or started (or published)'),
  unchanged: Count('Records identical to their service'),
});

interface ImportQueryIn {
  dryRun?: boolean;
  publish?: boolean;
  holderId?: string;
}

/** Ajv's errors as the API's field errors (codes and messages in the caller's language). */
function schemaIssues(request: FastifyRequest, error: FastifyError): RecordIssue[] {
  return (problemFor(error, request).errors ?? []).map(({ field, code, message }) => ({ field, code, message }));
}

function invalid(validation: unknown, validationContext: 'body' | 'querystring'): FastifyError {
  return Object.assign(new Error('validation failed'), { validation, validationContext }) as unknown as FastifyError;
}

/** A JSON push whose records broke the schema: those errors go to their records; any other is the usual 400. */
function jsonRecords(request: FastifyRequest): ImportInput['records'] {
  const perRecord = new Map<number, RecordIssue[]>();
  const error = request.validationError as FastifyError | undefined;
  if (error) {
    if (error.validationContext !== 'body') throw error;
    for (const issue of schemaIssues(request, error)) {
      const m = /^\/services\/(\d+)(\/.*)?$/.exec(issue.field);
      if (!m) throw error;
      const index = Number(m[1]);
      perRecord.set(index, [...(perRecord.get(index) ?? []), { ...issue, field: m[2] ?? '/' }]);
    }
    // Fastify stops at the body: the query is checked (and coerced) here.
    if (!request.validateInput(request.query, 'querystring'))
      throw invalid(request.getValidationFunction('querystring')?.errors, 'querystring');
  }
  const services = (request.body as { services: unknown[] }).services;
  return services.map((raw, index) => {
    const { externalId, ...content } = (raw ?? {}) as { externalId?: unknown };
    const issues = perRecord.get(index) ?? [];
    return {
      index,
      externalId: typeof externalId === 'string' ? externalId : null,
      content: issues.length > 0 ? null : (content as ServiceContentIn),
      issues,
    };
  });
}

/** A CPSV-AP push: mapped to descriptions, each then checked against the same schema as a JSON record. */
function cpsvRecords(request: FastifyRequest): ImportInput['records'] {
  if (request.validationError) throw request.validationError;
  const { records } = fromCpsv(request.body);
  if (records.length === 0) throw ValidationError.field('/', 'field_too_few', { limit: 1 });
  if (records.length > MAX_RECORDS) throw ValidationError.field('/', 'field_too_many', { limit: MAX_RECORDS });
  const validate = request.compileValidationSchema(ServiceContent, 'body');
  return records.map((r) => {
    const issues: RecordIssue[] = r.errors.map((e) => ({ field: e.field, code: e.code }));
    if (r.content && !validate(r.content)) issues.push(...schemaIssues(request, invalid(validate.errors, 'body')));
    return { index: r.index, externalId: r.externalId, content: issues.length > 0 ? null : r.content, issues };
  });
}

function incoming(request: FastifyRequest): ImportInput {
  const query = request.query as ImportQueryIn;
  const type = String(request.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type === JSON_LD) {
    const records = cpsvRecords(request);
    if (!query.holderId) throw ValidationError.query('/holderId', 'field_required');
    return { holderId: query.holderId, holderIn: 'query', format: 'jsonld', publish: query.publish ?? false, records };
  }
  if (type !== 'application/json') throw new UnsupportedContentError();
  const records = jsonRecords(request);
  return {
    holderId: (request.body as { holderId: string }).holderId,
    holderIn: 'body',
    format: 'json',
    publish: query.publish ?? false,
    records,
  };
}

/** A record error's message; a code without one (e.g. from the JSON-LD reader) reads as a generic field error. */
function messageOf(code: string, lang: Lang, params: Record<string, string | number> = {}): string {
  return translate(isMessageCode(code) ? code : 'field_invalid', lang, params);
}

/** 400 naming every refused record and its errors; `errors` repeats the first ones as pointers into the push. */
function refusal(request: FastifyRequest, error: ImportRefusedError) {
  const lang = pickLang(request.headers['accept-language']);
  const records = error.records.map((r) => ({
    ...r,
    errors: r.errors.map((e) => ({
      field: e.field,
      code: e.code,
      message: e.message ?? messageOf(e.code, lang, e.params),
    })),
  }));
  const problem = buildProblem(request, statusOfKind[error.kind], error.code, error.params);
  problem.errors = records
    .flatMap((r) =>
      r.errors.map((e) => ({ ...e, field: `/services/${r.index}${e.field === '/' ? '' : e.field}`, in: 'body' })),
    )
    .slice(0, 100);
  problem.detail = problem.errors
    .slice(0, 10)
    .map((e) => `${e.field}: ${e.message}`)
    .join('; ');
  return { ...problem, records };
}

export async function catalogueImportRoutes(app: App, deps: Deps): Promise<void> {
  const runner = new ImportRunner(deps, app.log);
  // Shutting down: the chunk being written finishes, the import is marked interrupted (pushing again completes it).
  app.addHook('onClose', () => runner.stop());

  await app.register(async (plugin) => {
    const scope = plugin as App;
    scope.addContentTypeParser(JSON_LD, { parseAs: 'string' }, scope.getDefaultJsonParser('error', 'error'));

    scope.post(
      '/api/v1/catalogue/imports',
      {
        config: { policy: describers },
        // 20,000 descriptions are tens of megabytes.
        bodyLimit: 64 * 1024 * 1024,
        // Record errors are reported per record, not as one list (jsonRecords).
        attachValidation: true,
        schema: {
          summary:
            "Push the holder's service descriptions (SR-12): upsert by external id, all checked first; 202 and progress, or a dry run",
          description:
            'JSON (`{ holderId, services }`) or CPSV-AP JSON-LD (`Content-Type: application/ld+json`, `?holderId=`). Every record is checked ' +
            'first; any refused record refuses the whole push (400 with `records`) and nothing is written. New external ids are registered ' +
            '(SR-9), changed ones replace or start the draft, identical ones are left alone (pushing twice writes nothing the second time). ' +
            'The writing runs in chunks of 500, one audit event `service.import` per chunk listing the services created and updated.',
          tags,
          querystring: ImportQuery,
          body: { content: { 'application/json': { schema: ImportBody }, [JSON_LD]: { schema: CpsvBody } } },
          response: { 200: DryRunSchema, 202: ImportSchema },
        },
      },
      async (request, reply) => {
        const input = incoming(request);
        const context = auditContext(request);
        try {
          if ((request.query as ImportQueryIn).dryRun) return await dryRunImport(deps, input, context);
          const started = await startImport(deps, runner, input, context, pickLang(request.headers['accept-language']));
          return reply.code(202).header('location', `/api/v1/catalogue/imports/${started.id}`).send(started);
        } catch (error) {
          if (error instanceof ImportRefusedError) return sendProblem(reply, refusal(request, error));
          throw error;
        }
      },
    );

    scope.get(
      '/api/v1/catalogue/imports/:id',
      {
        config: { policy: describers },
        schema: {
          summary: 'An import: its progress and result, with the errors that stopped it',
          tags,
          params: ImportParams,
          response: { 200: ImportSchema },
        },
      },
      async (request) =>
        getImport(deps, request.actor, request.params.id, pickLang(request.headers['accept-language'])),
    );

    scope.get(
      '/api/v1/catalogue/imports',
      {
        config: { policy: describers },
        schema: {
          summary: "Recent imports of the caller's holders, newest first",
          tags,
          querystring: ListQuery,
          response: { 200: Obj({ items: Type.Array(ImportSchema, { description: 'Imports, newest first' }) }) },
        },
      },
      async (request) => ({
        items: await listImports(deps, request.actor, request.query, pickLang(request.headers['accept-language'])),
      }),
    );
  });
}
