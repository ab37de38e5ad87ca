// The centre's side of the institutions' officers in the browser: the municipality's admin sees the officer not yet
// briefed and also assigned to another centre at overlapping hours (CR-19.1), records the briefing from the keyboard (CR-19.5, CR-20.4) and appoints the head of centre (CR-20.3), whom
// the public page then shows; the ministry reads the month's CR-5.3 / CR-6.3 compliance, filters it and sees the
// chart. axe on every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { buildCentre } from '../../src/centres/test-fixtures.ts';
import { buildReception, buildStaff } from '../../src/contacts/test-fixtures.ts';
import { addDays, rigaDate } from '../../src/platform/time.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { login as apiLogin } from '../support/http.ts';
import { organisationId } from '../support/factories.ts';

const p = lv.presence;
let e2e: E2E;
let centre: Awaited<ReturnType<typeof buildCentre>>;
let adminEmail = '';

before(async () => {
  // Logged-in pages follow the real clock (a session's cookie expires by it): every date is taken from today.
  e2e = await startE2E();
  const db = e2e.server.database.db;
  const today = rigaDate(new Date());
  centre = await buildCentre(db, { kind: 'regional', hours: '08:00-17:00', name: 'Instruktāžas testa centrs' });
  const vid = await organisationId(db, 'VID');
  await buildReception(db, {
    centreId: centre.centreId,
    institutionId: vid,
    validFrom: addDays(today, -30),
    hours: ['09:00-12:00'],
  });
  const coordinator = await buildUser({ db, clock: { now: () => new Date() } }, { role: 'institution_coordinator' });
  const session = await apiLogin(e2e.server.app, coordinator.email);
  const sent = await session.request('POST', `/api/v1/centres/${centre.centreId}/presence-notices`, {
    institutionId: vid,
    kind: 'assignment',
    officer: { position: 'Nodokļu konsultante', name: 'Laura', surname: 'Drošā' },
    from: addDays(today, 10),
  });
  assert.equal(sent.status, 201, sent.body);
  // CR-19.1: the same officer also assigned to another centre, receiving there at overlapping hours.
  const other = await buildCentre(db, { kind: 'regional', hours: '08:00-17:00', name: 'Otrais instruktāžas centrs' });
  await buildReception(db, {
    centreId: other.centreId,
    institutionId: vid,
    validFrom: addDays(today, -30),
    hours: ['10:00-13:00'],
  });
  const twice = await session.request('POST', `/api/v1/centres/${other.centreId}/presence-notices`, {
    institutionId: vid,
    kind: 'assignment',
    officer: { position: 'Nodokļu konsultante', name: 'Laura', surname: 'Drošā' },
    from: addDays(today, 10),
  });
  assert.equal(twice.status, 201, twice.body);
  adminEmail = (await buildStaff(db, { role: 'org_admin', municipalityId: centre.municipalityId, centreId: null }))
    .email;
});
after(() => e2e?.close());

test('CR-19.5 CR-20.4 CR-20.3 CR-19.1 the centre sees its officer also at another centre at overlapping hours, records the officer’s safety briefing from the keyboard and appoints its head; the public page shows the head', async () => {
  const page = await e2e.newPage();
  await login(page, adminEmail, TEST_PASSWORD);
  await page.goto('/presence');
  await settled(page);
  await page.getByLabel(p.centre, { exact: true }).selectOption(centre.centreId);
  const warning = page.getByTestId('not-briefed');
  await warning.getByText(/Laura Drošā/).waitFor();
  await page.getByTestId('head-now').getByText(p.headNone).waitFor();
  const conflict = page.getByRole('row', { name: new RegExp(p.conflictKinds.officer_two_centres) }).first();
  await conflict.getByText(/Laura Drošā.*Otrais instruktāžas centrs/).waitFor();
  await checkA11y(page, '/presence with an officer not briefed');

  // The button names its officer (hidden text, so a screen reader's list of buttons tells the rows apart).
  const open = page.getByRole('button', {
    name: new RegExp(`^${p.recordBriefing}\\W+Nodokļu konsultante Laura Drošā$`),
  });
  await open.focus();
  await page.keyboard.press('Enter');
  const close = page.getByRole('button', {
    name: new RegExp(`^${p.closeBriefing}\\W+Nodokļu konsultante Laura Drošā$`),
  });
  assert.equal(await close.getAttribute('aria-expanded'), 'true');
  const form = page.getByRole('form', { name: /Laura Drošā/ });
  await form.getByLabel(p.briefedBy).fill('Darba aizsardzības speciālists Jānis Ozols');
  await form.getByLabel(new RegExp(`^${p.workplaceNeeds}`)).fill('Tīkla pieslēgums');
  await checkA11y(page, '/presence with the briefing form');
  await form.getByLabel(p.briefedBy).press('Enter');
  await warning.waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: 'Darba aizsardzības speciālists Jānis Ozols' }).waitFor();
  await page.getByRole('cell', { name: 'Tīkla pieslēgums' }).waitFor();

  await page.getByLabel(p.headName, { exact: true }).fill('Inese');
  await page.getByLabel(p.headSurname, { exact: true }).fill('Vadītāja');
  await page.getByLabel(new RegExp(`^${p.headDecision}`)).fill('Domes lēmums Nr. 7');
  await page.getByRole('button', { name: p.headAppoint }).click();
  await page
    .getByTestId('head-now')
    .getByText(/Inese Vadītāja/)
    .waitFor();
  await page.getByRole('rowheader', { name: 'Inese Vadītāja' }).waitFor();
  await checkA11y(page, '/presence after the briefing and the appointment');

  const visitor = await e2e.newPage();
  await visitor.goto(`/centres/${centre.centreId}/receiving`);
  await settled(visitor);
  await visitor
    .getByTestId('centre-head')
    .getByText(/Inese Vadītāja/)
    .waitFor();
  await checkA11y(visitor, 'receiving with the head');
});

test('CR-5.3 CR-6.3 the ministry reads the month’s presence compliance, narrows it to weeks below the threshold and sees the chart', async () => {
  const ministry = demoLogin(e2e, 'ministry_supervisor');
  const page = await e2e.newPage();
  await login(page, ministry.email, ministry.password);
  await page.goto('/presence');
  await settled(page);
  await page.getByRole('link', { name: p.complianceLink }).click();
  await settled(page);
  await page.getByTestId('compliance-summary').waitFor();
  // The current month: the test's centre has one institution, so each of its weeks is below CR-5.3's three.
  const months = await page
    .getByLabel(p.month)
    .locator('option')
    .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
  await page.getByLabel(p.month).selectOption(months[0]!);
  await page.getByLabel(p.filter).fill('Instruktāžas');
  await page.getByRole('rowheader', { name: 'Instruktāžas testa centrs' }).first().waitFor();
  await page.getByLabel(p.onlyBelow).check();
  const results = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
  assert.ok(results.length > 0);
  assert.ok(
    results.every((r) => r.includes(p.below)),
    results.join('\n'),
  );
  await page.locator('.dashboard-chart[role="img"]').waitFor();
  await page.getByRole('button', { name: /CSV/ }).waitFor();
  await checkA11y(page, '/presence/compliance');
});
