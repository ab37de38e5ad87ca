// Institutions' officers in the browser (CR-19.1, CR-19.3, CR-20.8, DR-26.1.11): a coordinator enters an assignment
// and an absence for a regional centre; the counter then accepts what it refused; the public page and the lobby
// screen show the absence. axe on every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { buildCentre } from '../../src/centres/test-fixtures.ts';
import { buildService, buildStaff } from '../../src/contacts/test-fixtures.ts';
import { insertReceptionVersion } from '../../src/centres/index.ts';
import { calendarFor } from '../../src/organisations/lookups.ts';
import { inTransaction } from '../../src/platform/db/transaction.ts';
import { addDays, rigaDate } from '../../src/platform/time.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { organisationId } from '../support/factories.ts';
import { login as apiLogin } from '../support/http.ts';

const p = lv.presence;
let e2e: E2E;
let centre: Awaited<ReturnType<typeof buildCentre>>;
let serviceId = '';
let staffEmail = '';
let today = '';
/** Whether the calendar lets anybody receive today (not a public holiday or a transferred day off). */
let receivingDay = true;

before(async () => {
  // Logged-in pages follow the real clock (a session's cookie expires by it): VID receives all day every day, so the
  // counter's refusal does not depend on the hour the test runs at.
  e2e = await startE2E();
  const db = e2e.server.database.db;
  const vid = await organisationId(db, 'VID');
  today = rigaDate(new Date());
  centre = await buildCentre(db, { kind: 'regional', hours: '08:00-17:00', name: 'Pārlūka testa reģionālais centrs' });
  const allDay = [{ opens: 0, closes: 1440 }];
  const days = { 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay, 7: allDay };
  await inTransaction(db, (trx) =>
    insertReceptionVersion(
      trx,
      { centreId: centre.centreId, institutionId: vid, validFrom: addDays(today, -30), days, createdBy: null },
      new Date(),
    ),
  );
  const deps = { db, config: loadConfig({ NODE_ENV: 'test' }), now: () => new Date() };
  const day = (await calendarFor(deps, centre.municipalityId)).day(today);
  receivingDay = !day.reason || day.reason === 'weekend' || day.reason === 'working_saturday';
  serviceId = (await buildService(db, { holderId: vid, name: 'Deklarācijas pieņemšana (pārlūka tests)', basket: true }))
    .id;
  staffEmail = (await buildStaff(db, { municipalityId: centre.municipalityId, centreId: centre.centreId })).email;
});
after(() => e2e?.close());

async function register() {
  const session = await apiLogin(e2e.server.app, staffEmail);
  return session.request('POST', '/api/v1/contacts', {
    centreId: centre.centreId,
    servicePointId: centre.pointId,
    type: 'application_accepted',
    serviceIds: [serviceId],
    occurredAt: new Date().toISOString(),
  });
}

test('CR-19.1 CR-19.3 CR-20.8 DR-26.1.11 a coordinator enters an assignment and an absence; the counter then accepts; the public page and the lobby show it', async () => {
  const refused = await register();
  assert.equal(refused.status, receivingDay ? 409 : 201, refused.body);

  const coordinator = e2e.demo.find((d) => d.email.startsWith('koordinators@'))!;
  const page = await e2e.newPage();
  await login(page, coordinator.email, coordinator.password);
  await page.goto('/presence');
  await settled(page);
  await page.getByLabel(p.centre, { exact: true }).selectOption(centre.centreId);
  await checkA11y(page, '/presence');

  await page.getByLabel(p.officerPosition).fill('Nodokļu konsultants');
  await page.getByLabel(p.officerName, { exact: true }).fill('Roberts');
  await page.getByLabel(p.officerSurname, { exact: true }).fill('Pārlūks');
  // Two days ahead: always less than five working days, so late — sent and explained, never refused.
  await page.getByLabel(p.from, { exact: true }).fill(addDays(today, 2));
  await page.getByRole('button', { name: p.send }).click();
  await page.locator('.presence-result', { hasText: /Paziņojums nosūtīts, bet vēlāk par termiņu/ }).waitFor();

  await page.getByLabel(p.kind, { exact: true }).selectOption('absence');
  await page.getByLabel(p.from, { exact: true }).fill(today);
  await page.getByLabel(p.until, { exact: true }).fill(addDays(today, 1));
  await page.getByLabel(p.reason).fill('Slimības lapa');
  await page.getByRole('button', { name: p.send }).click();
  await page.locator('.presence-result', { hasText: p.sent }).waitFor();
  await page.getByRole('rowheader', { name: p.kinds.absence }).waitFor();
  await checkA11y(page, '/presence after two notices');

  const accepted = await register();
  assert.equal(accepted.status, 201, accepted.body);

  const visitor = await e2e.newPage();
  await visitor.goto(`/centres/${centre.centreId}/receiving`);
  await settled(visitor);
  if (receivingDay)
    await visitor
      .getByText(/Slimības lapa/)
      .first()
      .waitFor();
  await checkA11y(visitor, 'receiving');

  await visitor.goto(`/centres/${centre.centreId}/lobby`);
  await visitor.locator('.lobby h1').waitFor();
  await visitor.waitForFunction(() => document.querySelector('.lobby__item, .lobby__nobody') !== null);
  if (receivingDay)
    assert.match((await visitor.locator('.lobby').textContent()) ?? '', /Valsts ieņēmumu dienests[\s\S]*Nepieņem/);
  await checkA11y(visitor, 'lobby');
});
