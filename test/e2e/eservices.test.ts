// Authorised e-services in the browser: the Balvi centre's employee files one end to end — choosing a filable
// service, each duty of AM-1.5 as a step, the authorisation PDF opened and read back, the personal code masked until
// deliberately shown — mostly from the keyboard. axe on every page and after every step.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkA11y, demoLogin, focusedAs, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';
import { pdfPages } from '../../src/eservices/test-fixtures.ts';

let e2e: E2E;
const t = lv.eservices;
const SERVICE = 'Pieteikums bērna kopšanas pabalstam';
const CLIENT = 'Ģirts Ķēniņš-Žaķis';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date());

/** Logs in over HTTP as a browser does (CSRF cookie and token), for setting up data through the API. */
async function apiSession(email: string, password: string) {
  const first = await fetch(`${e2e.url}/api/v1/auth/csrf`);
  const csrfCookie = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const res = await fetch(`${e2e.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: csrfCookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(res.status, 200);
  const session = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('vienuviet_session='))!
    .split(';')[0]!;
  // Login renews the CSRF secret: the new _csrf cookie goes with the token of the login answer.
  const renewed = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('_csrf='))!
    .split(';')[0]!;
  const token = ((await res.json()) as { csrfToken: string }).csrfToken;
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const headers = { 'content-type': 'application/json', cookie: `${renewed}; ${session}`, 'x-csrf-token': token };
    const r = await fetch(`${e2e.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await r.text();
    assert.ok(r.ok, `${method} ${path}: ${r.status} ${text}`);
    return JSON.parse(text) as T;
  };
}

before(async () => {
  e2e = await startE2E();
  // The catalogue has no demo services: the maintainer describes and publishes one that allows filing on behalf (DR-29).
  const maintainer = demoLogin(e2e, 'maintainer');
  const call = await apiSession(maintainer.email, maintainer.password);
  const { items } = await call<{ items: { id: string; shortName: string | null }[] }>('GET', '/api/v1/organisations');
  const service = await call<{ id: string }>('POST', '/api/v1/services', {
    holderId: items.find((o) => o.shortName === 'VSAA')!.id,
    name: { lv: SERVICE, en: 'Childcare benefit application' },
    shortDescription: { lv: 'Pabalsts bērna kopšanai līdz pusotra gada vecumam.' },
    cofog: ['10.4'],
    clientType: 'natural_person',
    coverage: { wholeCountry: true },
    filableOnBehalf: true,
  });
  await call('POST', `/api/v1/services/${service.id}/transitions`, { to: 'published' });
});
after(() => e2e?.close());

/** Saves the current step's form with Enter from its last text field, or with its button, and waits for the next step. */
async function save(page: Page, step: keyof typeof t.steps, next: keyof typeof t.steps | null): Promise<void> {
  const form = page.getByRole('form', { name: t.steps[step] });
  await form.getByRole('button', { name: t.save }).press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: fill(t.stepSaved, { step: t.steps[step] }) })
    .waitFor();
  if (next) {
    await page.getByRole('form', { name: t.steps[next] }).waitFor();
    // Focus moves to the next step's heading (an effect after the render): keyboard users carry on from there.
    assert.equal(await focusedAs(page, `step-${next}`), `step-${next}`);
  }
}

test('AM-1.1 AM-1.5 DR-27.1 DR-28 DR-29 file an authorised e-service end to end and open its PDF', async () => {
  const page = await e2e.newPage();
  const employee = demoLogin(e2e, 'centre_employee');
  await login(page, employee.email, employee.password);
  await page.getByRole('navigation', { name: lv.layout.nav }).getByRole('link', { name: lv.nav.eservices }).click();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), t.title);
  await checkA11y(page, 'authorised e-services');

  await page.getByRole('link', { name: t.start }).click();
  await settled(page);
  await checkA11y(page, 'start an authorised e-service');
  // DR-29: only filable services; found without diacritics, chosen from the keyboard.
  await page.getByLabel(t.serviceFilter).fill('berna kops');
  const select = page.getByLabel(t.service, { exact: true });
  const option = select.locator('option', { hasText: SERVICE });
  await option.waitFor({ state: 'attached' });
  assert.match(
    (await option.textContent()) ?? '',
    /^Pieteikums bērna kopšanas pabalstam \(PK-\d{6}\) — Valsts sociālās apdrošināšanas aģentūra$/,
  );
  assert.equal(await select.locator('option').count(), 2, 'the placeholder and the one filable service');
  await select.selectOption((await option.getAttribute('value'))!);
  await page.getByRole('button', { name: t.startButton }).press('Enter');
  await page.waitForURL((url) => /^\/eservices\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), SERVICE);
  await page.getByRole('status').filter({ hasText: t.started }).waitFor();
  await checkA11y(page, 'authorised e-service, first step');

  // Step 1 (DR-27.1): an expired document is refused at its field; a valid one accepted.
  const identity = page.getByRole('form', { name: t.steps.identity });
  await identity.getByLabel(t.name).fill(CLIENT);
  await identity.getByLabel(t.code, { exact: true }).fill('120190-12342');
  await identity.getByLabel(t.documentNumber).fill('LV1234567');
  await identity.getByLabel(t.documentValidUntil).fill('2020-01-31');
  await identity.getByLabel(t.documentValidUntil).press('Enter');
  await identity
    .getByText('Personu apliecinošā dokumenta derīguma termiņš ir beidzies', { exact: false })
    .first()
    .waitFor();
  await checkA11y(page, 'expired document refused');
  await identity.getByLabel(t.documentValidUntil).fill('2030-05-31');
  await save(page, 'identity', 'portal_identification');
  assert.equal(await page.getByTestId('personal-code').textContent(), '120190-1****', 'masked by default');

  // The authorisation PDF: opened in a new tab, and read back — Latvian, both copies.
  const link = page.getByTestId('authorisation-pdf');
  const href = (await link.getAttribute('href'))!;
  const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  assert.match(popup.url(), /\/authorisation\.pdf$/);
  await popup.close();
  const pdf = await page.context().request.get(href);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  const pages = await pdfPages(await pdf.body());
  assert.equal(pages.length, 2);
  assert.ok(
    pages[0]!.includes('1. eksemplārs — centra eksemplārs') && pages[1]!.includes('2. eksemplārs — klienta eksemplārs'),
  );
  assert.ok(pages.every((p) => p.includes(CLIENT) && p.includes('PILNVAROJUMS') && p.includes(SERVICE)));

  // Step 2 … 9 from the keyboard.
  await page.getByLabel(t.means).selectOption('eparaksts_mobile');
  await page.getByLabel(t.portalConfirm).check();
  await save(page, 'portal_identification', 'data_use_informed');
  await page.getByLabel(t.informedConfirm).press('Space');
  await save(page, 'data_use_informed', 'authorisation_signed');
  await page.getByLabel(t.signedConfirm).check();
  await page.getByLabel(t.archivedConfirm).check();
  await page.getByLabel(t.archiveReference).fill('2.6/15');
  await save(page, 'authorisation_signed', 'filed');
  await checkA11y(page, 'authorised e-service, halfway');
  await page.getByLabel(t.filingReference).fill('LVP-2026-000123');
  await page.getByLabel(t.dataConfirm).check();
  await save(page, 'filed', 'completion_time_told');
  await page.getByLabel(t.planned).fill(today);
  await save(page, 'completion_time_told', 'delivery');
  // DR-28: the e-address is offered first; without one, post needs an address.
  await page.getByRole('radio', { name: t.channels.post }).check();
  await page.getByLabel(t.postalAddress).fill('Lāčplēša iela 7, Mežciems, Šķilbēnu pag., Balvu nov., LV-4587');
  await save(page, 'delivery', 'result_told');
  await page.getByLabel(t.asked).check();
  await page.getByLabel(t.toldOn).fill(today);
  await save(page, 'result_told', 'completed');
  await save(page, 'completed', null);
  await page.getByText(t.statuses.completed, { exact: true }).first().waitFor();
  const main = (await page.locator('main').textContent()) ?? '';
  assert.ok(
    main.includes(fill(t.doneBy, { when: '', name: 'Dace Darbiniece' }).replace('Izpildīts , ', '')),
    'who took the steps',
  );
  assert.ok(main.includes('Pa pastu: Lāčplēša iela 7'), main);
  assert.ok(
    /Personas dati glabājas līdz \d\d\.\d\d\.\d{4}\./.test(main),
    'DR-27.3: until when the personal data are kept',
  );
  await checkA11y(page, 'authorised e-service completed');

  // Showing the full personal code is a deliberate action.
  await page.getByRole('button', { name: t.showCode }).press('Enter');
  await page.getByRole('status').filter({ hasText: t.codeShown }).waitFor();
  assert.equal(await page.getByTestId('personal-code').textContent(), '120190-12342');

  // The list shows it with the masked code.
  await page.getByRole('link', { name: t.back }).click();
  await settled(page);
  const row =
    (await page
      .getByRole('row', { name: new RegExp(SERVICE) })
      .first()
      .textContent()) ?? '';
  assert.ok(row.includes(`${CLIENT} (120190-1****)`) && row.includes(t.statuses.completed), row);
  await page.context().close();
});

test('the ministry reads authorised e-services without the clients’ personal data', async () => {
  const page = await e2e.newPage();
  const supervisor = demoLogin(e2e, 'ministry_supervisor');
  await login(page, supervisor.email, supervisor.password);
  await page.getByRole('navigation', { name: lv.layout.nav }).getByRole('link', { name: lv.nav.eservices }).click();
  await settled(page);
  assert.ok(((await page.locator('main').textContent()) ?? '').includes(t.introReader));
  await page.getByRole('link', { name: SERVICE }).first().click();
  await settled(page);
  const main = (await page.locator('main').textContent()) ?? '';
  assert.ok(main.includes(t.readOnly) && !main.includes(CLIENT) && !main.includes('120190'), main);
  await checkA11y(page, 'authorised e-service as the ministry');
  await page.context().close();
});
