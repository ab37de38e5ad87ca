// The committed OpenAPI document is what the code generates: change a route, run `npm run openapi`, commit both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateOpenApi } from '../../src/openapi.ts';

test('docs/openapi.json matches the document the code generates (run `npm run openapi` after changing a route)', async () => {
  const committed = readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8');
  const generated = await generateOpenApi();
  assert.ok(generated === committed, 'docs/openapi.json is stale: run `npm run openapi` and commit it');
  const doc = JSON.parse(generated);
  assert.equal(doc.openapi, '3.1.0');
});

test('every documented field has a description, every string a length limit, every array a size limit', async () => {
  const doc = JSON.parse(await generateOpenApi());
  const problems: string[] = [];
  const walk = (schema: any, where: string, inRequest: boolean) => {
    if (!schema || typeof schema !== 'object') return;
    // A shared schema (components.schemas) is checked where it is used.
    if (schema.$ref) return walk(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')], where, inRequest);
    if (inRequest && schema.type === 'string' && schema.maxLength === undefined && !schema.enum && !schema.format?.match(/uuid|date/)) problems.push(`${where}: string without maxLength`);
    if (inRequest && schema.type === 'array' && schema.maxItems === undefined) problems.push(`${where}: array without maxItems`);
    if (inRequest && schema.type === 'object' && schema.additionalProperties !== false) problems.push(`${where}: object accepts unknown properties`);
    for (const [name, prop] of Object.entries<any>(schema.properties ?? {})) {
      if (!prop.description && !prop.anyOf && !prop.$ref) problems.push(`${where}.${name}: no description`);
      walk(prop, `${where}.${name}`, inRequest);
    }
    for (const branch of schema.anyOf ?? []) walk(branch, where, inRequest);
    if (schema.items) walk(schema.items, `${where}[]`, inRequest);
  };
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      walk(op.requestBody?.content?.['application/json']?.schema, `${method} ${path} body`, true);
      for (const p of op.parameters ?? []) if (!p.description && !p.schema?.description) problems.push(`${method} ${path} parameter ${p.name}: no description`);
      for (const [status, res] of Object.entries<any>(op.responses ?? {})) walk(res.content?.['application/json']?.schema, `${method} ${path} ${status}`, false);
    }
  }
  assert.deepEqual(problems, []);
});
