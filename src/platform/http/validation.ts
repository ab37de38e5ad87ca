// Request validation. Bodies are JSON and must have the declared types exactly (12 is not "12");
// query strings, path parameters and headers are text, so there numbers and booleans are coerced.
import { Ajv, type Options } from 'ajv';
import * as formats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

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
  return ajv;
}

export function registerValidation(app: FastifyInstance): void {
  const strictAjv = build({ coerceTypes: false });
  const coercingAjv = build({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema));
}
