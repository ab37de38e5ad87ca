// No dead ends: every demo user follows their navigation and one level of links from each page, and no page they were
// shown a link to may answer "no access", "not found" or an error, on screen or from the API while loading. Before
// that, a question about a PMLP service is routed to PMLP and PMLP's own coordinator gets the form to answer it, so the
// crawl also walks a case routed to an institution; and the catalogue's readers, who reach a weak service from the
// quality dashboard (SR-13), find their way back (two levels deep, which the crawl does not go).
//
// Kept fast: one browser, one page per user, each path opened once per user, and from each page only one link of a
// shape (paths that differ only in an id or number count as one) and at most LINKS_PER_PAGE of them. Links are
// same-origin paths in the page's main content (the navigation is walked on its own); downloads, the API, logging
// out and in-page anchors are left out.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Response } from 'playwright-core';
import { checkA11y, demoLogin, login, settled, startE2E, type DemoLogin, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';

const LINKS_PER_PAGE = 8;
/** The titles of the pages that say the way ended: no access, no such page, a chunk that did not load, no server. */
const DEAD_END_TITLES = [
  lv.common.noAccessTitle,
  lv.notFound.title,
  lv.common.pageLoadFailedTitle,
  lv.common.unreachableTitle,
];
const f = lv.feedback;
const PMLP_SERVICE = 'Personas apliecības (eID kartes) izsniegšana (demonstrācija)';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

function pmlpCoordinator(): DemoLogin {
  const found = e2e.demo.find((d) => d.email === 'pmlp@demo.vienuviet.lv');
  assert.ok(found, 'the demo has a PMLP coordinator');
  return found;
}

test('CR-19.7 a question about a PMLP service is routed to PMLP and PMLP’s coordinator answers it; VID’s does not see it', async () => {
  const centre = await e2e.newPage();
  const employee = demoLogin(e2e, 'centre_employee');
  await login(centre, employee.email, employee.password);
  await centre.goto('/feedback/new');
  await settled(centre);
  await centre.getByLabel(f.fields.kind).selectOption('question');
  await centre.getByLabel(f.fields.serviceSearch).fill('eID kartes');
  await centre.getByText(fill(f.servicesFound, { total: 1 })).waitFor();
  const picker = centre.getByLabel(f.fields.service);
  await picker.selectOption((await picker.locator('option', { hasText: PMLP_SERVICE }).getAttribute('value')) ?? '');
  const pmlpName = 'Pilsonības un migrācijas lietu pārvalde';
  assert.ok(
    await centre.getByRole('radio', { name: `${f.addressees.holder}: ${pmlpName}` }).isChecked(),
    'a PMLP service goes to PMLP',
  );
  await centre.getByLabel(f.fields.replyAddress).fill('klients@example.lv');
  await centre.getByLabel(f.fields.text).fill('Cik ilgi jāgaida jaunā eID karte, ja iesniedzu pieteikumu centrā?');
  await centre.getByLabel(f.fields.name).fill('Līga Kalniņa');
  await centre.getByRole('button', { name: f.register }).click();
  await centre.waitForURL((url) => /^\/feedback\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(centre);
  const heading = (await centre.locator('h1').textContent()) ?? '';
  const casePath = new URL(centre.url()).pathname;
  await centre.context().close();

  // VID's coordinator answers VID's cases, not PMLP's.
  const vid = await e2e.newPage();
  const vidCoordinator = demoLogin(e2e, 'institution_coordinator');
  await login(vid, vidCoordinator.email, vidCoordinator.password);
  await vid.goto('/feedback');
  await settled(vid);
  assert.equal(await vid.getByRole('link', { name: heading }).count(), 0, 'VID does not see a case routed to PMLP');
  await vid.context().close();

  const pmlp = await e2e.newPage();
  const coordinator = pmlpCoordinator();
  await login(pmlp, coordinator.email, coordinator.password);
  await pmlp.getByRole('navigation', { name: lv.layout.nav }).getByRole('link', { name: lv.nav.feedback }).click();
  await settled(pmlp);
  await pmlp.getByRole('link', { name: heading }).click();
  await pmlp.waitForURL((url) => url.pathname === casePath);
  await settled(pmlp);
  const answer = pmlp.getByRole('form', { name: f.saveAnswer });
  await answer.waitFor();
  await checkA11y(pmlp, 'a case routed to PMLP, at PMLP');
  await answer.getByLabel(f.answerText).fill('Personas apliecību izgatavo 10 darbdienās.');
  await answer.getByLabel(f.answerChannel).selectOption('email');
  await answer.getByRole('button', { name: f.saveAnswer }).click();
  await pmlp.getByRole('status').filter({ hasText: f.answered }).waitFor();
  await pmlp.context().close();
});

for (const role of ['ministry_supervisor', 'auditor', 'institution_coordinator'] as const) {
  test(`SR-13 the ${role} goes from the catalogue quality to a weak service and back to a page the role may open`, async () => {
    const page = await e2e.newPage();
    const account = demoLogin(e2e, role);
    await login(page, account.email, account.password);
    await page.goto('/quality');
    await settled(page);
    await page.getByRole('region', { name: lv.catalogue.quality.worst }).getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/services/'));
    await settled(page);
    const back = page.getByRole('main').getByRole('link', {
      name: new RegExp(`^(${lv.catalogue.editor.back}|${lv.catalogue.editor.backToQuality})$`),
    });
    await back.click();
    await settled(page);
    const title = (await page.locator('h1').textContent()) ?? '';
    assert.ok(!DEAD_END_TITLES.includes(title), `${role}: back from a service ends on "${title}"`);
    assert.equal(
      title,
      role === 'institution_coordinator' ? lv.catalogue.editor.listTitle : lv.catalogue.quality.title,
    );
    await page.context().close();
  });
}

/** The path's shape: ids and numbers replaced, so that a list's hundred rows count as one link. */
function shapeOf(path: string): string {
  return path
    .split('?')[0]!
    .split('/')
    .map((part) => (/^[0-9a-f-]{36}$|^\d+$|^[A-Z]{2,}-\d+$/i.test(part) ? ':id' : part))
    .join('/');
}

function worthFollowing(href: string, origin: string): string | null {
  const url = new URL(href, origin);
  if (url.origin !== origin) return null;
  if (url.pathname.startsWith('/api/') || /\.(csv|json|pdf|xml|txt)$/i.test(url.pathname)) return null;
  if (/logout/i.test(url.pathname)) return null;
  return url.pathname + url.search;
}

const inFlight = new WeakMap<Page, { count: number }>();

/** Counts the page's API calls under way, and records those answered 403, 404 or 5xx into `failed`. */
function watchApi(page: Page, failed: string[]): void {
  const calls = { count: 0 };
  inFlight.set(page, calls);
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (request) => {
    if (isApi(request.url())) calls.count++;
  });
  page.on('requestfailed', (request) => {
    if (isApi(request.url())) calls.count--;
  });
  page.on('requestfinished', (request) => {
    if (isApi(request.url())) calls.count--;
  });
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    const status = response.status();
    if (url.pathname.startsWith('/api/') && (status === 403 || status === 404 || status >= 500))
      failed.push(`API ${status} on ${url.pathname}`);
  });
}

/** Waits until the page's API calls (and those they lead to) have answered: none under way for 150 ms. */
async function apiQuiet(page: Page): Promise<void> {
  const calls = inFlight.get(page)!;
  const until = Date.now() + 5000;
  let quietSince = Date.now();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (calls.count > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 150) return;
  }
}

/** Opens one path; answers what went wrong there (empty when nothing did). */
async function problemsAt(page: Page, path: string, failed: string[]): Promise<string[]> {
  failed.length = 0;
  await page.goto(path);
  try {
    // Once more after a failed first try: the shared dist/web may have been rebuilt under the running server (its
    // old chunks gone). A page that really hangs hangs twice.
    await settled(page).catch(async () => {
      failed.length = 0;
      await page.goto(path);
      await settled(page);
    });
  } catch {
    const shown = ((await page.locator('body').textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 200);
    return [`did not finish loading (${[...failed, `shows: ${shown}`].join('; ')})`];
  }
  await apiQuiet(page);
  const problems = [...failed];
  const title = ((await page.locator('h1').first().textContent()) ?? '').trim();
  if (DEAD_END_TITLES.includes(title)) problems.push(`shows "${title}"`);
  const alerts = await page.locator('main .alert--error').allTextContents();
  for (const alert of alerts) problems.push(`shows the error "${alert.trim().slice(0, 120)}"`);
  return problems;
}

async function linksOn(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page
    .locator('main a[href]:not([download])')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  const shapes = new Set<string>();
  const out: string[] = [];
  for (const href of hrefs) {
    if (!href || href.startsWith('#') || href.startsWith('mailto:') || href.startsWith('tel:')) continue;
    const path = worthFollowing(href, origin);
    if (!path || shapes.has(shapeOf(path))) continue;
    shapes.add(shapeOf(path));
    out.push(path);
    if (out.length === LINKS_PER_PAGE) break;
  }
  return out;
}

test('every demo user reaches no dead end from their navigation and one level of links', async (t) => {
  const deadEnds: string[] = [];
  let visits = 0;
  const visited: string[] = [];
  for (const account of e2e.demo) {
    const who = `${account.role} (${account.email})`;
    const page = await e2e.newPage();
    const failed: string[] = [];
    watchApi(page, failed);
    await login(page, account.email, account.password);
    const origin = new URL(page.url()).origin;
    const nav = await page
      .getByRole('navigation', { name: lv.layout.nav })
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    // The navigation's pages are the first level: a link to one of them from another page is not followed again.
    const sections = [...new Set(nav.map((href) => worthFollowing(href, origin)).filter((p) => p !== null))];
    const seen = new Set<string>(sections);
    for (const from of sections) {
      visits++;
      visited.push(`${account.role}: ${from}`);
      for (const problem of await problemsAt(page, from, failed))
        deadEnds.push(`${who}: navigation → ${from}: ${problem}`);
      for (const link of await linksOn(page, origin)) {
        if (seen.has(link)) continue;
        seen.add(link);
        visits++;
        visited.push(`${account.role}: ${from} → ${link}`);
        for (const problem of await problemsAt(page, link, failed))
          deadEnds.push(`${who}: ${from} → ${link}: ${problem}`);
      }
    }
    await page.context().close();
  }
  t.diagnostic(`${e2e.demo.length} users, ${visits} pages opened`);
  if (process.env.CRAWL_LIST) t.diagnostic(visited.join('\n'));
  assert.ok(visits > e2e.demo.length * 5, `visited ${visits} pages`);
  assert.deepEqual(deadEnds, [], `dead ends:\n${deadEnds.join('\n')}`);
});
