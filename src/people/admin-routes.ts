// People administration: users, their role grants and API tokens (AM-1.11, DR-19.4).
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { grantRoutes } from './grants-routes.ts';
import { tokenRoutes } from './tokens-routes.ts';
import { userRoutes } from './users-routes.ts';

export async function peopleAdminRoutes(app: App, deps: Deps): Promise<void> {
  await userRoutes(app, deps);
  await grantRoutes(app, deps);
  await tokenRoutes(app, deps);
}
