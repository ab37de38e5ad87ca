// The centre directory in the browser: the public finds the Balvi centre without logging in and without
// diacritics, reads a public holiday's hours as closed, and an organisation's admin changes a point's hours;
// the ministry reads a demo centre's failed compliance check with its explanation. On a server with a set clock and
// a local tile server: a centre past its closing deadline, "open now", "nearest to me" and the map. axe on every page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkA11y, demoLogin, login, settled, startE2E, visit, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';

let e2e: E2E;
let balviId = '';
let pointId = '';
const BALVI_CENTRE = 'Balvu novada valsts un pašvaldības vienotais klientu apkalpošanas centrs';
const BALVI_POINT = 'Balvu valsts un pašvaldības vienotais klientu apkalpošanas centrs';

before(async () => {
  e2e = await startE2E();
  const found = (await (await fetch(`${e2e.url}/api/v1/public/centres?q=balvu`)).json()) as { items: { id: string }[] };
  balviId = found.items[0]!.id;
  const centre = (await (await fetch(`${e2e.url}/api/v1/public/centres/${balviId}`)).json()) as {
    points: { id: string; name: string }[];
  };
  pointId = centre.points.find((p) => p.name === BALVI_POINT)!.id;
});
after(() => e2e?.close());

test('CR-17.9 from the login page, without logging in, the public finds the Balvi centre by "balvu" and opens it', async () => {
  const page = await e2e.newPage();
  await visit(page, '/login', 'login');
  await page.getByRole('link', { name: lv.centres.loginLink }).click();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), lv.centres.finderTitle);
  await checkA11y(page, 'centre finder');

  await page.getByLabel(lv.centres.query).fill('balvu');
  await page.getByRole('button', { name: lv.centres.search }).click();
  await page.getByText(fill(lv.centres.found, { total: 1 })).waitFor();
  assert.match(page.url(), /\/centres\?q=balvu$/);
  await checkA11y(page, 'finder results');

  await page.getByRole('link', { name: BALVI_CENTRE }).click();
  await page.waitForURL((url) => url.pathname === `/centres/${balviId}`);
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), BALVI_CENTRE);
  const main = (await page.locator('main').textContent()) ?? '';
  assert.ok(main.includes('Partizānu iela 14, Balvi'), 'the points with their addresses');
  await page.getByRole('region', { name: lv.centres.services }).waitFor();
  await checkA11y(page, 'centre page');
  // The header leads to the finder from any page.
  await page.getByRole('link', { name: lv.centres.headerLink }).click();
  await page.waitForURL((url) => url.pathname === '/centres');
  await page.context().close();
});

test('a centre page shows the hours of a public holiday (18.11.2026) as closed, with the holiday named, and the shorter day before', async () => {
  const page = await e2e.newPage();
  await visit(page, `/centres/${balviId}`, 'centre page today');
  await page.getByLabel(lv.centres.showDay).fill('2026-11-18');
  await page.getByRole('button', { name: lv.centres.show, exact: true }).click();
  await page.waitForURL((url) => url.search === '?date=2026-11-18');
  const section = page.getByRole('region', { name: BALVI_POINT });
  await section.getByRole('heading', { name: fill(lv.centres.hoursOn, { date: '18.11.2026.' }) }).waitFor();
  assert.equal(
    await page.getByTestId(`today-${pointId}`).textContent(),
    `${lv.centres.closed} — Latvijas Republikas proklamēšanas diena`,
  );
  const tuesday = (await section.getByRole('row', { name: /Otrdiena, 17\.11\.2026\./ }).textContent()) ?? '';
  assert.ok(tuesday.includes(`08:00–12:00, 12:30–16:00 (${lv.centres.shortened})`), tuesday);
  await checkA11y(page, 'centre page on a holiday');
  await page.context().close();
});

test("an organisation's admin changes a point's hours; a bad interval is named at its day; the public page shows the new hours", async () => {
  const page = await e2e.newPage();
  const admin = demoLogin(e2e, 'org_admin');
  await login(page, admin.email, admin.password);
  await visit(page, `/centres/${balviId}`, 'centre page as admin');
  await page.getByRole('link', { name: lv.centres.edit }).click();
  await page.waitForURL((url) => url.pathname === `/centres/${balviId}/edit`);
  await settled(page);
  await checkA11y(page, 'centre edit');

  const form = page.getByRole('form', { name: fill(lv.centres.hoursOf, { name: BALVI_POINT }) });
  const monday = form.getByLabel(lv.centres.weekdays['1']);
  assert.equal(await monday.inputValue(), '08:00–12:00, 12:30–17:00');
  await monday.fill('12:00-08:00');
  await form.getByRole('button', { name: lv.centres.saveHours }).click();
  await form.getByText('Beigu laikam jābūt pēc sākuma laika.').first().waitFor();
  await checkA11y(page, 'hours error');

  await monday.fill('09:00-12:00, 13:00-18:00');
  await form.getByRole('button', { name: lv.centres.saveHours }).click();
  await page.getByRole('status').filter({ hasText: lv.centres.hoursSaved }).waitFor();
  await page.reload();
  await settled(page);
  assert.equal(
    await page
      .getByRole('form', { name: fill(lv.centres.hoursOf, { name: BALVI_POINT }) })
      .getByLabel(lv.centres.weekdays['1'])
      .inputValue(),
    '09:00–12:00, 13:00–18:00',
  );

  await visit(page, `/centres/${balviId}?date=2026-11-23`, 'centre page after the change');
  assert.equal(await page.getByTestId(`today-${pointId}`).textContent(), '09:00–12:00, 13:00–18:00');
  await page.context().close();
});

test('CR-6.3 the ministry reads the Jelgava demo centre as not compliant, explained; the directory pages are accessible', async () => {
  const page = await e2e.newPage();
  const supervisor = demoLogin(e2e, 'ministry_supervisor');
  await login(page, supervisor.email, supervisor.password);
  await page.getByRole('navigation', { name: lv.layout.nav }).getByRole('link', { name: lv.nav.directory }).click();
  await settled(page);
  await checkA11y(page, 'organisations');
  await page.getByRole('link', { name: 'Jelgavas valstspilsētas pašvaldība (demonstrācija)' }).click();
  await settled(page);
  await checkA11y(page, 'organisation');
  await page.getByRole('link', { name: 'Jelgavas VPVKAC (demonstrācija)' }).click();
  await settled(page);
  await page.getByText(lv.centres.notCompliant, { exact: true }).first().waitFor();
  const row = (await page.getByRole('row', { name: /CR-6\.3/ }).textContent()) ?? '';
  assert.ok(row.includes(lv.centres.failed) && row.includes('NVA, VID, VSAA'), row);
  // 8,5 hours on five working days: the table and its explanation write the number with the Latvian decimal comma.
  const hours = (await page.getByRole('row').filter({ hasText: 'stundas nedēļā' }).textContent()) ?? '';
  assert.ok(hours.includes('42,5') && !hours.includes('42.5'), hours);
  assert.ok(((await page.locator('main').textContent()) ?? '').includes(lv.centres.readOnly));
  await checkA11y(page, 'centre compliance');
  await page.context().close();
});

test('DR-20.1 every card in the finder has a phone and an e-mail; without MAP_TILE_URL there is no map and no Leaflet', async () => {
  const page = await e2e.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await visit(page, '/centres?q=valmieras', 'finder without a map');
  const card = page.locator('.card').filter({ hasText: 'Valmieras VPVKAC (demonstrācija)' });
  await card.getByRole('link', { name: '+371 64200000' }).waitFor();
  assert.equal(
    await card.getByRole('link', { name: 'vpvkac@demo.vienuviet.lv' }).getAttribute('href'),
    'mailto:vpvkac@demo.vienuviet.lv',
  );
  assert.equal(await page.getByRole('heading', { name: lv.centres.map }).count(), 0);
  assert.equal(await page.locator('.leaflet-container').count(), 0);
  assert.ok(
    !scripts.some((url) => /CentreFinderMap/.test(url)),
    `the map's chunk is not fetched: ${scripts.join(', ')}`,
  );
  assert.ok(!scripts.some((url) => /Counter|ServiceEdit/.test(url)), `no staff page is fetched: ${scripts.join(', ')}`);
  // The build's manifest (for the bundle budgets) is not served: the path gets the app's page like any other.
  assert.match((await fetch(`${e2e.url}/.vite/manifest.json`)).headers.get('content-type') ?? '', /^text\/html/);
  await page.context().close();
});

// A server whose clock the tests set, and a tile server on this machine for the map (MAP_TILE_URL).
let clocked: E2E;
let tiles: Server;
let tileRequests = 0;
let now = '2026-12-02T10:15:00Z'; // Wednesday 12:15 in Riga: the demo centres with a lunch break are closed
// A 1×1 PNG: enough for Leaflet to lay tiles.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

before(async () => {
  tiles = createServer((_, res) => {
    tileRequests++;
    res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  });
  await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
  const port = (tiles.address() as AddressInfo).port;
  clocked = await startE2E({
    now: () => new Date(now),
    env: { MAP_TILE_URL: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`, MAP_TILE_ATTRIBUTION: '© Testa kartes' },
  });
});
after(async () => {
  await clocked?.close();
  tiles?.close();
});

const ALSUNGA = 'Alsungas VPVKAC (demonstrācija)';
const VALMIERA = 'Valmieras VPVKAC (demonstrācija)';
const cardNames = async (page: Page) => page.locator('.card > a').allTextContents();

test('DR-12.3 on 02.12.2026 the finder and the page show Alsunga (closing deadline 30.11.2026) as closed, without hours', async () => {
  now = '2026-12-02T10:15:00Z';
  const page = await clocked.newPage();
  await visit(page, '/centres?q=alsunga', 'finder with a closed centre');
  const card = page.locator('.card').filter({ hasText: ALSUNGA });
  await card.getByText(fill(lv.centres.closedSince, { date: '30.11.2026.' })).waitFor();
  assert.equal(await card.getByText(lv.centres.openNow, { exact: true }).count(), 0);
  assert.ok(
    !((await card.textContent()) ?? '').includes(fill(lv.centres.closingBy, { date: '30.11.2026.' })),
    'no "will close by" after the day',
  );
  await card.getByRole('link', { name: ALSUNGA }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/centres/') && url.pathname !== '/centres');
  await settled(page);
  await page
    .getByTestId('centre-closed')
    .getByText(fill(lv.centres.closedSince, { date: '30.11.2026.' }))
    .waitFor();
  const main = (await page.locator('main').textContent()) ?? '';
  assert.ok(main.includes('Parauga iela 7, Alsunga'), 'where it was');
  assert.ok(
    !main.includes('08:00') && !main.includes(lv.centres.showDay) && !main.includes(lv.centres.reception),
    main,
  );
  await checkA11y(page, 'closed centre page');
  await page.context().close();
});

test('CR-17.8 "open now" at 12:15 on a working day keeps the centres open then (Valmiera 08–18) and drops those at lunch and the closed one', async () => {
  now = '2026-12-02T10:15:00Z';
  const api = (await (await fetch(`${clocked.url}/api/v1/public/centres?openNow=true`)).json()) as {
    items: { name: string }[];
  };
  const page = await clocked.newPage();
  await visit(page, '/centres', 'finder, all');
  const all = await cardNames(page);
  assert.ok(all.includes(ALSUNGA) && all.includes('Jelgavas VPVKAC (demonstrācija)'));
  await page.getByLabel(lv.centres.openNowOnly).check();
  await page.waitForURL((url) => url.search === '?openNow=true');
  await page.getByText(fill(lv.centres.found, { total: api.items.length })).waitFor();
  const open = await cardNames(page);
  assert.deepEqual(
    open,
    api.items.map((c) => c.name),
  );
  assert.ok(
    open.includes(VALMIERA) && !open.includes(ALSUNGA) && !open.includes('Jelgavas VPVKAC (demonstrācija)'),
    open.join(', '),
  );
  await checkA11y(page, 'finder, open now');
  await page.getByLabel(lv.centres.openNowOnly).uncheck();
  await page.waitForURL((url) => url.search === '');
  await page.getByText(fill(lv.centres.found, { total: all.length })).waitFor();
  await page.context().close();
});

test('sorting by distance uses the browser position (near Valmiera): Valmiera first, centres without coordinates last', async () => {
  const page = await clocked.newPage();
  await page.context().grantPermissions(['geolocation']);
  await page.context().setGeolocation({ latitude: 57.52, longitude: 25.4 });
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/')) apiCalls.push(request.url());
  });
  await visit(page, '/centres', 'finder before sorting');
  assert.notEqual((await cardNames(page))[0], VALMIERA);
  await page.getByRole('button', { name: lv.centres.nearest }).click();
  await page.getByRole('status').filter({ hasText: lv.centres.sortedByDistance }).waitFor();
  assert.equal((await cardNames(page))[0], VALMIERA);
  const first = (await page.locator('.card').first().textContent()) ?? '';
  assert.match(first, /Attālums: ~\d,\d km/);
  assert.ok(((await page.locator('.card').last().textContent()) ?? '').includes(lv.centres.distanceUnknown));
  assert.ok(!apiCalls.some((url) => url.includes('57.52')), 'the position is not sent to the server');
  await checkA11y(page, 'finder sorted by distance');
  await page.getByRole('button', { name: lv.centres.alphabetical }).click();
  assert.notEqual((await cardNames(page))[0], VALMIERA);
  await page.context().close();
});

test('with MAP_TILE_URL the finder shows a map with tiles from that server (the CSP allows them); its markers are reachable by keyboard; axe clean', async () => {
  const page = await clocked.newPage();
  await visit(page, '/centres', 'finder with a map');
  const map = page.getByRole('region', { name: lv.centres.mapLabel });
  await map.locator('.leaflet-tile-loaded').first().waitFor();
  assert.ok(tileRequests > 0, 'tiles were fetched from the tile server');
  assert.ok(((await page.locator('.leaflet-control-attribution').textContent()) ?? '').includes('© Testa kartes'));
  const marker = map.getByRole('button', { name: `${VALMIERA}, Demonstrācijas iela 1, Valmiera, LV-4201` });
  await marker.focus();
  await page.keyboard.press('Enter');
  await map.locator('.leaflet-popup').getByRole('link', { name: VALMIERA }).waitFor();
  assert.equal(await map.locator('.leaflet-popup-close-button').getAttribute('aria-label'), lv.centres.closePopup);
  await checkA11y(page, 'finder with a map and an open popup');
  await map.locator('.leaflet-popup').getByRole('link', { name: VALMIERA }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/centres/') && url.pathname !== '/centres');
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), VALMIERA);
  await page.context().close();
});
