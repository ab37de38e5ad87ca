// The API as the OpenAPI document describes it: every operation with its Fastify URL, its parameters and its request
// body schema, with references to shared schemas (components.schemas) written out in place.
import fc from 'fast-check';
import type { App } from '../../src/app.ts';

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required: boolean;
  schema: Record<string, any>;
}

export interface Operation {
  method: string;
  /** OpenAPI path, e.g. /api/v1/users/{id} */
  path: string;
  /** Fastify URL, e.g. /api/v1/users/:id */
  url: string;
  bodySchema: Record<string, any> | undefined;
  parameters: Parameter[];
}

/** The schema with every `$ref` to components.schemas replaced by the schema it names. */
function inline(schema: unknown, components: Record<string, unknown>, depth = 0): any {
  if (depth > 20) throw new Error('the OpenAPI document has a recursive schema: the walkers here do not expect one');
  if (Array.isArray(schema)) return schema.map((s) => inline(s, components, depth + 1));
  if (typeof schema !== 'object' || schema === null) return schema;
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
    return inline(components[ref.slice('#/components/schemas/'.length)], components, depth + 1);
  }
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, inline(v, components, depth + 1)]));
}

export function operations(app: App): Operation[] {
  const doc = app.swagger() as {
    paths: Record<string, Record<string, any>>;
    components?: { schemas?: Record<string, unknown> };
  };
  const components = doc.components?.schemas ?? {};
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const body = op.requestBody?.content?.['application/json']?.schema;
      out.push({
        method: method.toUpperCase(),
        path,
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        bodySchema: body ? inline(body, components) : undefined,
        parameters: ((op.parameters ?? []) as Parameter[]).map((p) => ({
          name: p.name,
          in: p.in,
          required: !!p.required,
          schema: inline(p.schema ?? {}, components),
        })),
      });
    }
  }
  return out.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** Fills path parameters with the given id. */
export function fill(path: string, id: string): string {
  return path.replace(/\{\w+\}/g, id);
}

/** A string somewhere in a body: its path (property names, 0 for an array's item) and its schema. */
export interface StringLeaf {
  path: (string | number)[];
  pointer: string;
  schema: Record<string, any>;
}

/** Every string a body schema can hold, in nested objects, arrays and the branches of unions, once per place. */
export function stringLeaves(schema: Record<string, any> | undefined): StringLeaf[] {
  const found = new Map<string, StringLeaf>();
  const walk = (s: Record<string, any> | undefined, path: (string | number)[]): void => {
    if (!s || typeof s !== 'object' || path.length > 12) return;
    for (const branch of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(branch, path);
    const pointer = path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    if ([s.type].flat().includes('string') && !found.has(pointer)) found.set(pointer, { path, pointer, schema: s });
    for (const [key, property] of Object.entries((s.properties ?? {}) as Record<string, any>))
      walk(property, [...path, key]);
    if (s.items && typeof s.items === 'object' && !Array.isArray(s.items)) walk(s.items, [...path, 0]);
  };
  walk(schema, []);
  return [...found.values()];
}

const SAMPLE_FORMATS: Record<string, string> = {
  uuid: '00000000-0000-4000-8000-000000000000',
  date: '2026-11-23',
  'date-time': '2026-11-23T10:00:00Z',
  email: 'a@b.lv',
  uri: 'https://example.lv',
};

/** A printable string its pattern and length accept (fast-check writes strings for a regular expression). */
function matching(schema: Record<string, any>): string {
  const fits = (v: string) =>
    /^[\x21-\x7E]+$/.test(v) && v.length >= (schema.minLength ?? 0) && v.length <= (schema.maxLength ?? Infinity);
  const found = fc.sample(fc.stringMatching(new RegExp(schema.pattern)), { numRuns: 200, seed: 1 }).find(fits);
  if (found === undefined) throw new Error(`no sample for the pattern ${schema.pattern}`);
  return found;
}

/**
 * Known good values by property name (real ids for centreId or serviceIds, a COFOG code that exists, …), so that a body
 * reaches past "not found" and the services' own rules; used where the value has the schema's type.
 */
export type SamplesByKey = (key: string) => unknown;

function sampleFits(sample: unknown, schema: Record<string, any>): boolean {
  if (sample === undefined || schema.enum) return false;
  const types: string[] = [schema.type].flat();
  const type = Array.isArray(sample)
    ? 'array'
    : sample === null
      ? 'null'
      : typeof sample === 'number'
        ? Number.isInteger(sample)
          ? 'integer'
          : 'number'
        : typeof sample;
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

/** The smallest value a schema accepts (required properties only), so that a test can reach the checks after it. */
export function minimalValue(
  schema: Record<string, any> | undefined,
  ids: SamplesByKey = () => undefined,
  key = '',
): unknown {
  if (!schema) return {};
  if (sampleFits(ids(key), schema)) return ids(key);
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  const branch = schema.anyOf ?? schema.oneOf;
  if (branch) return minimalValue(branch.find((b: Record<string, any>) => b.type !== 'null') ?? branch[0], ids, key);
  switch ([schema.type].flat()[0]) {
    case 'object':
      return Object.fromEntries(
        ((schema.required ?? []) as string[]).map((k) => [k, minimalValue(schema.properties?.[k], ids, k)]),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => minimalValue(schema.items, ids, key));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return (
        SAMPLE_FORMATS[schema.format] ??
        (schema.pattern ? matching(schema) : 'x'.repeat(Math.max(1, schema.minLength ?? 1)))
      );
  }
}

/** The branch of a union that can hold the next step of a path (a property, or an array's item). */
function branchFor(schema: Record<string, any>, step: string | number): Record<string, any> {
  const branches: Record<string, any>[] = schema.anyOf ?? schema.oneOf ?? [schema];
  const fits = (b: Record<string, any>) => (typeof step === 'number' ? !!b.items : !!b.properties?.[step]);
  return branches.find(fits) ?? schema;
}

/**
 * A body the schema accepts except for one place, which holds the given JSON text (raw: it may carry escapes such as
 * a lone surrogate's). Around it, the smallest valid values with real ids: without the rule under test, such a body
 * goes on to the service and the database.
 */
export function bodyWith(
  schema: Record<string, any> | undefined,
  path: readonly (string | number)[],
  jsonValue: string,
  ids: SamplesByKey = () => undefined,
): string {
  const MARK = '\u0001leaf\u0001';
  const place = (s: Record<string, any>, value: unknown, i: number, key: string): unknown => {
    if (i === path.length) return MARK;
    const step = path[i]!;
    const b = branchFor(s, step);
    if (typeof step === 'number') {
      const items = Array.isArray(value) && value.length > 0 ? [...value] : [minimalValue(b.items, ids, key)];
      items[0] = place(b.items ?? {}, items[0], i + 1, key);
      return items;
    }
    const object = (
      value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : minimalValue(b, ids, key)
    ) as Record<string, unknown>;
    object[step] = place(b.properties?.[step] ?? {}, object[step], i + 1, step);
    return object;
  };
  const body = place(schema ?? {}, minimalValue(schema, ids), 0, '');
  return JSON.stringify(body).replace(JSON.stringify(MARK), jsonValue);
}
