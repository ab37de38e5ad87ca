// The OpenAPI document as the code generates it: the app is built (not started) on a throw-away database. The
// committed copy describes every instance, so its server is `/` rather than one instance's PUBLIC_URL.
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/database.ts';
import type { DB } from './db.ts';
import { createApp } from './app.ts';
import { serversOf } from './platform/http/openapi-product.ts';

export async function generateOpenApi(): Promise<string> {
  const database = await openDatabase<DB>({ dataDir: 'memory://' });
  try {
    const app = await createApp(
      { db: database.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => new Date() },
      { serveWeb: false },
    );
    await app.ready();
    const document = { ...(app.swagger() as Record<string, unknown>), servers: serversOf('/') };
    await app.close();
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await database.close();
  }
}
