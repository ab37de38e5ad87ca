// Browser tests run the real thing: a Vienuviet server started in-process on a fresh database (PGlite in a temp
// folder, or a new database on TEST_DATABASE_URL), the built web UI from dist/web, and Debian's Chromium driven
// by playwright-core. Every page a test visits is checked with axe-core (no serious or critical violations).
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/platform/config.ts';
import { startServer, type Running, type ServerOptions } from '../../src/server.ts';
import { emptyDatabaseUrl } from '../support/context.ts';

const WEB_INDEX = new URL('../../dist/web/index.html', import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface DemoLogin {
  email: string;
  role: string;
  password: string;
}

export interface E2E {
  url: string;
  browser: Browser;
  server: Running;
  demo: DemoLogin[];
  /** A fresh, isolated browser context (own cookies and storage) with one page. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const freshDatabaseUrl = (serverUrl: string) => emptyDatabaseUrl(serverUrl, 'vv_e2e');

/**
 * `now`: the server's clock, for a test that needs "today" to be a given day (public pages only: sessions follow it too).
 * `env`: settings on top of the test defaults (e.g. MAP_TILE_URL).
 */
export async function startE2E({
  env = {},
  ...options
}: ServerOptions & { env?: Record<string, string> } = {}): Promise<E2E> {
  assert.ok(existsSync(WEB_INDEX), 'dist/web/index.html is missing: run `npm run build:web` before the browser tests');
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const dataDir = await mkdtemp(join(tmpdir(), 'vienuviet-e2e-'));
  const database = process.env.TEST_DATABASE_URL ? await freshDatabaseUrl(process.env.TEST_DATABASE_URL) : undefined;
  const server = await startServer(
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      DEMO: 'true',
      RUN_JOBS: 'false',
      LOGIN_RATE_PER_MINUTE: '10000',
      DATA_DIR: dataDir,
      ...(database ? { DATABASE_URL: database.url } : {}),
      ...env,
    }),
    options,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    server,
    demo: server.demoLogins,
    newPage: async () => {
      const context = await browser.newContext({ baseURL: server.url, locale: 'lv-LV', timezoneId: 'Europe/Riga' });
      contexts.push(context);
      const page = await context.newPage();
      watchForBreakage(page);
      return page;
    },
    close: async () => {
      await browser.close();
      await server.stop();
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Script errors and CSP violations fail the test: the UI must run under the server's strict CSP. */
function watchForBreakage(page: Page): void {
  page.on('pageerror', (error) => {
    throw new Error(`script error in the page: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      throw new Error(`CSP violation: ${message.text()}`);
    }
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it is now; fails on serious or critical violations, listing them readably. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  // Evaluated over the DevTools protocol rather than page.addScriptTag: an inline <script> would be (rightly)
  // blocked by the server's CSP, which these tests keep switched on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length === 0) return;
  const text = bad
    .map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `      at ${JSON.stringify(n.target)}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`).join('\n')}`,
    )
    .join('\n');
  assert.fail(`accessibility violations on ${label} (${page.url()}):\n${text}`);
}

/** Waits until the page has its heading and has finished loading its data. */
export async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

/** Opens a path, waits for it to settle and checks its accessibility. */
export async function visit(page: Page, path: string, label = path): Promise<void> {
  await page.goto(path);
  await settled(page);
  await checkA11y(page, label);
}

/** Logs in through the login form and waits for the home page (or the page `next` leads to). */
export async function login(page: Page, email: string, password: string): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/login');
  // A protected page sends an anonymous visitor to /login?next=… once the session check has answered.
  await settled(page);
  if (!new URL(page.url()).pathname.startsWith('/login')) {
    await page.goto('/login');
    await settled(page);
  }
  await page.getByLabel(/^(E-pasts|E-mail)$/).fill(email);
  await page.getByLabel(/^(Parole|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Pieteikties|Log in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await settled(page);
}

export function demoLogin(e2e: E2E, role: string): DemoLogin {
  const found = e2e.demo.find((d) => d.role === role);
  assert.ok(found, `no demo login for ${role}`);
  return found;
}

/**
 * What the focused element shows (its id, role or text) once it equals `expected`, or after 5 s whatever it is then:
 * pages move focus in an effect after rendering, so a test waits for it rather than reading it at once.
 */
export async function focusedAs(
  page: Page,
  expected: string,
  what: 'id' | 'role' | 'text' = 'id',
): Promise<string | null | undefined> {
  const read = ([kind]: [string]) => {
    const el = document.activeElement;
    return kind === 'id' ? el?.id : kind === 'role' ? el?.getAttribute('role') : el?.textContent;
  };
  await page
    .waitForFunction(
      ([kind, want]) => {
        const el = document.activeElement;
        const got = kind === 'id' ? el?.id : kind === 'role' ? el?.getAttribute('role') : el?.textContent;
        return got === want;
      },
      [what, expected] as const,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  return page.evaluate(read, [what] as [string]);
}
