// Types of the API's requests and answers, derived from the generated schema (schema.generated.ts, written from
// docs/openapi.json by scripts/api-client.mjs): the web declares no shape of its own that the server defines.
//   ApiResponse<'listUsers'>      the JSON answer of an operation (200 unless another status is named)
//   ApiBody<'createUser'>         the JSON body it takes
//   ApiQuery<'listObligations'>   its query parameters
import type { components, operations, paths } from './schema.generated.ts';

export type { components, operations, paths };

export type OperationId = keyof operations;

type JsonOf<T> = T extends { content: { 'application/json': infer J } } ? J : undefined;

/** The JSON answer of an operation with the given status (200 by default). */
export type ApiResponse<Id extends OperationId, Status extends number = 200> = JsonOf<
  Status extends keyof operations[Id]['responses'] ? operations[Id]['responses'][Status] : never
>;

/** The JSON request body of an operation. */
export type ApiBody<Id extends OperationId> = JsonOf<NonNullable<operations[Id]['requestBody']>>;

/** The query parameters of an operation. */
export type ApiQuery<Id extends OperationId> = NonNullable<operations[Id]['parameters']['query']>;

/** The element type of a list. */
export type Item<T> = T extends readonly (infer E)[] ? E : never;

/** The element type of an answer `{ items: [...] }`. */
export type ItemOf<Id extends OperationId> = Item<NonNullable<ApiResponse<Id>> extends { items: infer I } ? I : never>;

export type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** The paths that answer the method. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];

/** The operation of a path and method. */
export type OperationAt<P, M extends HttpMethod> = P extends keyof paths
  ? M extends keyof paths[P]
    ? paths[P][M]
    : never
  : never;

type SuccessStatus = 200 | 201 | 202 | 204;

/** What a successful call of the operation answers (undefined for 204 No Content). */
export type SuccessOf<Op> = Op extends { responses: infer R }
  ? { [S in keyof R]: S extends SuccessStatus ? JsonOf<R[S]> : never }[keyof R]
  : never;
