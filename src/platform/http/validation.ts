// Request validation. Bodies are JSON and must have the declared types exactly (12 is not "12");
// query strings, path parameters and headers are text, so there numbers and booleans are coerced.
// Every string of every part also obeys the text rule (text-rule.ts): no control characters or broken UTF-16,
// no whitespace-only required text, and no line breaks outside bodies.
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import * as formats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { textKeyword, withTextRule } from './text-rule.ts';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped in the module object.
const formatsModule = formats as unknown as { default?: (ajv: Ajv) => Ajv } & ((ajv: Ajv) => Ajv);
const addFormats = formatsModule.default ?? formatsModule;

function build(options: Options): Ajv {
  const ajv = new Ajv({
    // Unknown properties are errors, never silently dropped.
    removeAdditional: false,
    allErrors: true,
    useDefaults: true,
    strict: false,
    ...options,
  });
  addFormats(ajv);
  ajv.addKeyword(textKeyword);
  return ajv;
}

/**
 * Compiles each schema once: Fastify hands the same schema object over for every route that shares it (and the
 * import route compiles the description schema on each JSON-LD push), and a fresh copy each time would defeat
 * Ajv's own cache, which is keyed by the object.
 */
function compilerOf(ajv: Ajv, singleLine: boolean): (schema: object) => ValidateFunction {
  const compiled = new WeakMap<object, ValidateFunction>();
  return (schema) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(withTextRule(schema, singleLine) as object);
      compiled.set(schema, validate);
    }
    return validate;
  };
}

export function registerValidation(app: FastifyInstance): void {
  // Bodies may hold multi-line text (notes, descriptions); query strings, path segments and headers never do.
  const body = compilerOf(build({ coerceTypes: false }), false);
  const other = compilerOf(build({ coerceTypes: 'array' }), true);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? body : other)(schema));
}
