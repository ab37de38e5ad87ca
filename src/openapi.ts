// The OpenAPI document as the code generates it: the app is built (not started) on a throw-away database.
import { loadConfig } from './config.ts';
import { openDatabase } from './platform/db/database.ts';
import { createApp } from './app.ts';

export async function generateOpenApi(): Promise<string> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    const app = await createApp({ db: database.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => new Date() }, { serveWeb: false });
    await app.ready();
    const document = JSON.stringify(app.swagger(), null, 2) + '\n';
    await app.close();
    return document;
  } finally {
    await database.close();
  }
}
