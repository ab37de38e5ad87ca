// Shares repeated schemas in the OpenAPI document: a schema given a `title` that is a PascalCase name (e.g. the
// catalogue's ServiceContent) is written once under components.schemas and referred to with $ref everywhere it
// appears — the route schemas stay plain TypeBox values, only the document is folded. A title used by two
// different schemas is left inline (and reported by the OpenAPI test as a duplicate name).
type Json = unknown;

const COMPONENT_NAME = /^[A-Z][A-Za-z0-9]+$/;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the document with every named schema moved to components.schemas; the input is not changed. */
export function shareNamedSchemas<T extends Record<string, Json>>(document: T): T {
  const found = new Map<string, string>();
  const clashing = new Set<string>();
  // Bottom-up: inner named schemas are folded first, so an outer one's JSON already holds their $refs.
  const fold = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(fold);
    if (!isObject(node)) return node;
    const folded: Record<string, Json> = {};
    for (const [key, value] of Object.entries(node)) folded[key] = fold(value);
    const title = folded.title;
    if (typeof title !== 'string' || !COMPONENT_NAME.test(title) || !('type' in folded || 'anyOf' in folded))
      return folded;
    const json = JSON.stringify(folded);
    const seen = found.get(title);
    if (seen !== undefined && seen !== json) clashing.add(title);
    found.set(title, seen ?? json);
    return seen === undefined || seen === json ? { $ref: `#/components/schemas/${title}` } : folded;
  };
  const paths = fold(document.paths);
  const components = isObject(document.components) ? document.components : {};
  const schemas: Record<string, Json> = { ...(isObject(components.schemas) ? components.schemas : {}) };
  for (const [title, json] of [...found].sort(([a], [b]) => a.localeCompare(b)))
    if (!clashing.has(title)) schemas[title] = JSON.parse(json);
  if (clashing.size > 0) throw new Error(`OpenAPI: different schemas share the title ${[...clashing].join(', ')}`);
  return { ...document, paths, components: { ...components, schemas } };
}
