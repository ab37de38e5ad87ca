// Shapes of the API's answers that several features use, named after their operations in the generated schema
// (./api/schema.generated.ts, from docs/openapi.json): nothing here is typed by hand.
import type { ApiResponse, Item, ItemOf } from './api/types.ts';

/** GET /api/v1/auth/session. */
export type Me = ApiResponse<'getSession'>;

/** GET /api/v1/users/{id}: its `version` counts changes of the account, sent as If-Match to change it. */
export type UserOut = ApiResponse<'getUser'>;
export type GrantOut = Item<UserOut['grants']>;

/** GET /api/v1/organisations. */
export type OrganisationOut = ItemOf<'listOrganisations'>;

export type AuditEventOut = ItemOf<'listAuditEvents'>;

export type TokenOut = ItemOf<'listApiTokens'>;
