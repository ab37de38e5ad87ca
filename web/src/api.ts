// The API client of the UI lives in ./api/: this module keeps the imports of the pages that call it by path.
export {
  api,
  type CallOptions,
  client,
  setApiLanguage,
  setCsrfToken,
  setUnauthorizedHandler,
  withQuery,
} from './api/client.ts';
export { ApiError, type FieldProblem, fieldError, isStale, UnreachableError } from './api/errors.ts';
export type { ApiBody, ApiQuery, ApiResponse, components, Item, ItemOf } from './api/types.ts';
