// The API as the OpenAPI document describes it: every operation with its Fastify URL and request body schema.
import type { App } from '../../src/app.ts';

export interface Operation {
  method: string;
  /** OpenAPI path, e.g. /api/v1/users/{id} */
  path: string;
  /** Fastify URL, e.g. /api/v1/users/:id */
  url: string;
  bodySchema: Record<string, any> | undefined;
}

export function operations(app: App): Operation[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, any>> };
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      out.push({
        method: method.toUpperCase(),
        path,
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        bodySchema: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return out.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

/** Fills path parameters with the given id. */
export function fill(path: string, id: string): string {
  return path.replace(/\{\w+\}/g, id);
}
