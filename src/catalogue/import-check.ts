// SR-12.2: checking a push before anything is written — the holder (kind, scope, SR-5's right to publish), each
// record's schema issues, SR-10 content rules and external ids unique within the push — and what each record would
// do to its service (create, update, or nothing). import-service.ts runs the push.
import type { Deps, Tx } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { ForbiddenError, InvalidRequestError, ValidationError, type FieldIssue } from '../platform/errors.ts';
import { textIssue } from '../platform/http/text-rule.ts';
import { findOrganisation, type OrganisationKind } from '../organisations/index.ts';
import type { ServiceContentIn } from './content.ts';
import { checkContent, validContent } from './content-rules.ts';
import * as repo from './import-repository.ts';
import { can } from './policy.ts';

const HOLDER_KINDS: readonly OrganisationKind[] = ['institution', 'holder', 'municipality'];

/** A field error of one record; `message` is set when the schema check already translated it. */
export interface RecordIssue {
  field: string;
  code: string;
  params?: Record<string, string | number> | undefined;
  message?: string | undefined;
}

export interface IncomingRecord {
  index: number;
  externalId: string | null;
  /** The description; null when its shape is already refused (issues say why). */
  content: ServiceContentIn | null;
  issues: RecordIssue[];
}

export interface RefusedRecord {
  index: number;
  externalId: string | null;
  errors: RecordIssue[];
}

/** The push is refused as a whole, nothing saved; the route lists the records. */
export class ImportRefusedError extends InvalidRequestError {
  constructor(readonly records: RefusedRecord[]) {
    super('import_records_invalid', { count: records.length });
  }
}

export interface ImportInput {
  holderId: string;
  /** Where holderId came from: the JSON body, or the query of a JSON-LD push. */
  holderIn: 'body' | 'query';
  format: 'json' | 'jsonld';
  publish: boolean;
  records: IncomingRecord[];
}

export interface Ready {
  index: number;
  externalId: string;
  content: ServiceContentIn;
}

export async function checkedHolder(deps: Deps, input: ImportInput, actor: Actor): Promise<void> {
  const issue = (code: 'organisation_unknown' | 'service_holder_kind' | 'service_holder_not_yours'): FieldIssue => ({
    field: '/holderId',
    code,
    in: input.holderIn,
  });
  const holder = await findOrganisation(deps.db, input.holderId);
  if (!holder) throw new ValidationError([issue('organisation_unknown')]);
  if (!HOLDER_KINDS.includes(holder.kind)) throw new ValidationError([issue('service_holder_kind')]);
  if (!can(actor, 'edit', holder.id)) throw new ValidationError([issue('service_holder_not_yours')]);
  // SR-5: the holder approves its list; its contact person may push drafts only.
  if (input.publish && !can(actor, 'publish', holder.id)) {
    throw new ForbiddenError('import_publish_not_allowed', {}, [
      { field: '/publish', code: 'import_publish_not_allowed', in: 'query' },
    ]);
  }
}

/** Every record checked (schema issues from the route, SR-10 rules, unique external ids); throws if any fails. */
export async function checkedRecords(deps: Deps, input: ImportInput): Promise<Ready[]> {
  const organisations = await repo.allOrganisationKinds(deps.db);
  const firstIndex = new Map<string, number>();
  const ready: Ready[] = [];
  const refused: RefusedRecord[] = [];
  for (const record of input.records) {
    const issues = [...record.issues];
    const externalId = record.externalId?.trim() ?? '';
    // A JSON-LD push's ids come from the document, past the schema: the same text rule as every request's strings.
    const idIssue = record.externalId ? textIssue(record.externalId, { required: true, singleLine: false }) : undefined;
    if (idIssue && !issues.some((i) => i.field === '/externalId')) issues.push({ field: '/externalId', code: idIssue });
    if (externalId === '' && !issues.some((i) => i.field === '/externalId'))
      issues.push({ field: '/externalId', code: 'field_required' });
    if (externalId !== '') {
      const first = firstIndex.get(externalId);
      if (first === undefined) firstIndex.set(externalId, record.index);
      else issues.push({ field: '/externalId', code: 'import_external_id_duplicate', params: { index: first } });
    }
    let content: ServiceContentIn | undefined;
    if (record.content && issues.length === 0) {
      const found = checkContent(record.content, organisations);
      if (found.length > 0) issues.push(...found);
      else content = validContent(record.content, input.holderId, organisations);
    }
    if (issues.length > 0 || !content)
      refused.push({ index: record.index, externalId: record.externalId, errors: issues });
    else ready.push({ index: record.index, externalId, content });
  }
  if (refused.length > 0) throw new ImportRefusedError(refused);
  return ready;
}

export type Action = 'create' | 'update' | 'unchanged';

/** Equal JSON values, whatever the order of keys (jsonb keeps its own); undefined properties count as absent. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false;
  if (Array.isArray(a))
    return a.length === (b as unknown[]).length && a.every((v, i) => sameJson(v, (b as unknown[])[i]));
  const keys = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const left = keys(a);
  const right = new Map(keys(b));
  return left.length === right.size && left.every(([k, v]) => right.has(k) && sameJson(v, right.get(k)));
}

/** What a record does to its service: identical content (and, to publish, already in force) changes nothing. */
export function actionFor(
  existing: repo.ExistingService | undefined,
  content: ServiceContentIn,
  publish: boolean,
): Action {
  if (!existing) return 'create';
  if (!sameJson(existing.content, content)) return 'update';
  const inForce = existing.published_from !== null && existing.published_to === null;
  return publish && !inForce ? 'update' : 'unchanged';
}

export async function existingOf(
  q: Deps['db'] | Tx,
  holderId: string,
  records: readonly Ready[],
  lock = false,
): Promise<Map<string, repo.ExistingService>> {
  const found = new Map<string, repo.ExistingService>();
  for (let i = 0; i < records.length; i += 1000) {
    const rows = await repo.existingByExternalId(
      q,
      holderId,
      records.slice(i, i + 1000).map((r) => r.externalId),
      lock,
    );
    for (const row of rows) found.set(row.external_id!, row);
  }
  return found;
}
