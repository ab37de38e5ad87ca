// Every capability's routes, in one list: adding a capability means adding its line here.
import type { App } from './app.ts';
import type { Deps } from './platform/deps.ts';
import { systemRoutes } from './platform/http/system-routes.ts';
import { authRoutes } from './people/auth-routes.ts';
import { organisationRoutes } from './organisations/routes.ts';

export async function capabilityRoutes(app: App, deps: Deps): Promise<void> {
  await systemRoutes(app, deps);
  await authRoutes(app, deps);
  await organisationRoutes(app, deps);
}
