// The one rule about text that every request obeys, whatever its route: no control characters, no broken UTF-16,
// and no whitespace where text is required. PostgreSQL refuses U+0000 in text and jsonb (and a lone surrogate in
// jsonb), so without this rule such input failed deep in a repository as a 500; other control characters are
// accepted by the database but corrupt what is shown, exported and e-mailed. Checked here, once, it is a 400
// naming the field. validation.ts adds the keyword to every string schema a route declares.
import type { FuncKeywordDefinition, SchemaValidateFunction } from 'ajv';

/** The Ajv keyword carrying the rule; problem.ts maps its errors to field issues. */
export const TEXT_KEYWORD = 'x-vv-text';

// Blank required text answers `field_required`, the code the services already gave it after trimming: clients keep
// the one code they branch on for "missing", whoever notices it.
export type TextIssueCode = 'text_control_character' | 'field_required' | 'text_line_break';

export interface TextRule {
  /** The field is required text (minLength ≥ 1): whitespace alone does not count as text. */
  required: boolean;
  /** Line breaks are refused too (query strings, path segments, headers: single-line by nature). */
  singleLine: boolean;
}

// C0 controls except TAB, LF and CR; DEL; C1 controls (U+0080–U+009F); a high surrogate not followed by a low
// one, or a low one not preceded by a high one (JSON's "\ud800" escape yields such a string).
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the rule exists to find and refuse these characters.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /[\r\n]/;

/** What is wrong with a text value under the rule, if anything. */
export function textIssue(value: string, rule: TextRule): TextIssueCode | undefined {
  if (CONTROL.test(value)) return 'text_control_character';
  if (rule.singleLine && LINE_BREAK.test(value)) return 'text_line_break';
  // The same whitespace the services' trim() removes, so "required" means the same thing on both sides.
  if (rule.required && value.length > 0 && value.trim() === '') return 'field_required';
  return undefined;
}

const check: SchemaValidateFunction = (rule: TextRule, data: unknown): boolean => {
  if (typeof data !== 'string') return true;
  const code = textIssue(data, rule);
  if (!code) return true;
  check.errors = [{ keyword: TEXT_KEYWORD, message: code, params: { code } }];
  return false;
};

export const textKeyword: FuncKeywordDefinition = {
  keyword: TEXT_KEYWORD,
  type: 'string',
  schemaType: 'object',
  errors: true,
  validate: check,
};

type Schema = Record<string, unknown>;

const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SUBSCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const SUBSCHEMA_ONE = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];

function typeIncludesString(schema: Schema): boolean {
  const type = schema.type;
  return type === 'string' || (Array.isArray(type) && type.includes('string'));
}

/**
 * A copy of a route's schema in which every string schema carries the text rule (enums and constants are fixed
 * values and need none). The route's own schema object is left alone: it is also the OpenAPI document's.
 */
export function withTextRule(schema: unknown, singleLine: boolean): unknown {
  if (Array.isArray(schema)) return schema.map((s) => withTextRule(s, singleLine));
  if (!isSchema(schema)) return schema;
  const copy: Schema = { ...schema };
  for (const key of SUBSCHEMA_MAPS) {
    const map = schema[key];
    if (isSchema(map))
      copy[key] = Object.fromEntries(Object.entries(map).map(([k, s]) => [k, withTextRule(s, singleLine)]));
  }
  for (const key of SUBSCHEMA_LISTS) if (Array.isArray(schema[key])) copy[key] = withTextRule(schema[key], singleLine);
  for (const key of SUBSCHEMA_ONE)
    if (isSchema(schema[key]) || Array.isArray(schema[key])) copy[key] = withTextRule(schema[key], singleLine);
  if (typeIncludesString(schema) && schema.enum === undefined && schema.const === undefined) {
    const rule: TextRule = { required: Number(schema.minLength ?? 0) >= 1, singleLine };
    copy[TEXT_KEYWORD] = rule;
  }
  return copy;
}
