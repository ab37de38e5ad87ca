// The lists staff live in, in the browser: the navigation on one line at 1,366 px for every role in both languages;
// the audit log in words (events, record kinds, actors by name) fitting 1,366 px; the head of centre's contact list
// showing the whole centre over a range of days; service names in English in English lists; the catalogue's
// "who it is for" filter without a second "anyone".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { en } from '../../web/src/i18n/en.ts';
import { fill } from '../../web/src/i18n/messages.ts';
import { formatDate } from '../../web/src/shared/format.ts';
import { addDays, rigaDate } from '../../src/platform/time.ts';
import { buildService } from '../../src/contacts/test-fixtures.ts';

// The test's clock: the counter's "today" is the browser's, which is the machine's.
const today = rigaDate(new Date());
const WIDTH = 1366;

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

async function wide(page: Page, lang: 'lv' | 'en' = 'lv'): Promise<void> {
  await page.setViewportSize({ width: WIDTH, height: 800 });
  await page.addInitScript((l) => localStorage.setItem('vienuviet.lang', l), lang);
}

/** The distinct tops of the navigation bar's items (not the "More" menu's): one value is one line. */
const navLines = (page: Page) =>
  page.evaluate(() => [
    ...new Set([...document.querySelectorAll('.nav > ul > li')].map((li) => li.getBoundingClientRect().top)),
  ]);

// The maintainer's fourteen sections fit because the less frequent ones are grouped in the "More" menu.
test('the navigation is one line at 1,366 px for every role, in Latvian and in English', async () => {
  for (const { role, email, password } of e2e.demo) {
    const page = await e2e.newPage();
    await wide(page);
    await login(page, email, password);
    const count = await page.locator('.nav > ul > li').count();
    assert.ok(count > 1, `${role}: ${count} items`);
    assert.equal((await navLines(page)).length, 1, `${role} (lv): ${count} items wrap`);
    await page.getByRole('button', { name: lv.layout.switchLanguage }).click();
    await page.locator('html[lang="en"]').waitFor();
    await page.getByRole('navigation', { name: en.layout.nav }).waitFor();
    assert.equal((await navLines(page)).length, 1, `${role} (en): ${count} items wrap`);
    await page.context().close();
  }
});

test('the audit log says what happened in words, names people and organisations, and fits 1,366 px', async () => {
  const page = await e2e.newPage();
  await wide(page);
  const auditor = demoLogin(e2e, 'auditor');
  await login(page, auditor.email, auditor.password);
  await page.goto('/audit');
  await settled(page);
  const table = page.getByRole('table', { name: lv.audit.title });
  await table.waitFor();
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (innerText) is what the reader sees.
  const text = await table.locator('tbody').innerText();
  const words = lv.audit.events;
  assert.ok(text.includes(words.actions['auth.login']!), 'the sign-in in words');
  assert.ok(text.includes(words.entities.user!), 'the record kind in words');
  assert.doesNotMatch(text, /\bauth\.login\b|\buser\b|\banonymous\b/, 'no raw codes');
  assert.doesNotMatch(text, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, 'no ids in the table');
  const auditorName = await e2e.server.database.db
    .selectFrom('users')
    .select('name')
    .where('email', '=', auditor.email)
    .executeTakeFirstOrThrow();
  assert.ok(text.includes(auditorName.name), 'the actor by name');
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= WIDTH);
  // The details keep the codes for those who search by them, and still fit.
  await table.getByRole('button', { name: lv.audit.show }).first().click();
  await page.locator('.audit-details code').first().waitFor();
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= WIDTH);
  await checkA11y(page, 'audit log at 1,366 px');
  await page.context().close();
});

test("the head of centre's contact list shows the whole centre, over a range of days, service names in English", async () => {
  const db = e2e.server.database.db;
  const employee = demoLogin(e2e, 'centre_employee');
  const head = demoLogin(e2e, 'centre_head');
  const user = await db.selectFrom('users').select('id').where('email', '=', employee.email).executeTakeFirstOrThrow();
  const grant = await db
    .selectFrom('role_grants')
    .select(['centre_id', 'organisation_id'])
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
  const point = await db
    .selectFrom('service_points')
    .select('id')
    .where('centre_id', '=', grant.centre_id!)
    .executeTakeFirstOrThrow();
  const name = { lv: 'Suņu pases izsniegšana (saraksta tests)', en: 'Issuing a dog passport (list test)' };
  const service = await buildService(db, { holderId: grant.organisation_id, name: name.lv });
  await db
    .updateTable('service_versions')
    .set({
      content: (eb) => eb.fn('jsonb_set', [eb.ref('content'), eb.val('{name,en}'), eb.val(JSON.stringify(name.en))]),
    })
    .where('service_id', '=', service.id)
    .execute();
  const yesterday = addDays(today, -1);
  for (const day of [today, yesterday]) {
    await db
      .insertInto('contacts')
      .values({
        id: crypto.randomUUID(),
        centre_id: grant.centre_id!,
        service_point_id: point.id,
        employee_id: user.id,
        occurred_at: new Date(`${day}T09:00:00Z`),
        occurred_on: day,
        channel: 'in_person',
        type: 'information',
        service_ids: [service.id],
        outcome: 'resolved_on_spot',
        created_at: new Date(`${day}T09:00:00Z`),
        updated_at: new Date(`${day}T09:00:00Z`),
      })
      .execute();
  }
  const c = lv.counter;
  const page = await e2e.newPage();
  await wide(page);
  await login(page, head.email, head.password);
  await page.goto('/counter');
  await settled(page);
  assert.equal(await page.getByLabel(c.onlyMine).isChecked(), false, 'a head sees the whole centre by default');
  const rows = page.locator('.counter-today tbody tr').filter({ hasText: name.lv });
  await rows.first().waitFor();
  assert.equal(await rows.count(), 1, "today's contact by the employee");
  await page.getByLabel(c.rangeFrom, { exact: true }).fill(yesterday);
  await page
    .locator('#counter-today-title')
    .getByText(fill(c.rangeTitle, { from: formatDate(yesterday), to: formatDate(today) }), { exact: true })
    .waitFor();
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('.counter-today tbody tr')].filter((r) => r.textContent?.includes(n)).length === 2,
    name.lv,
  );
  await checkA11y(page, 'the head of centre’s contact list over two days');

  // In English the list names the service in English.
  await page.getByRole('button', { name: lv.layout.switchLanguage }).click();
  await page.locator('.counter-today tbody tr').filter({ hasText: name.en }).first().waitFor();
  assert.equal(await page.locator('.counter-today tbody').filter({ hasText: name.lv }).count(), 0);
  assert.equal(await page.getByLabel(en.counter.onlyMine).isChecked(), false);
  await page.context().close();

  // An employee's list starts with their own.
  const own = await e2e.newPage();
  await login(own, employee.email, employee.password);
  await own.goto('/counter');
  await settled(own);
  assert.equal(await own.getByLabel(c.onlyMine).isChecked(), true);
  await own.context().close();
});

test('the catalogue\'s "who it is for" filter offers "for everyone" once, not also "anyone"', async () => {
  const page = await e2e.newPage();
  await page.goto('/catalogue');
  await settled(page);
  const options = await page.locator('#catalogue-client option').allTextContents();
  assert.deepEqual(options, [
    lv.catalogue.allClientTypes,
    lv.catalogue.clientTypes.natural_person,
    lv.catalogue.clientTypes.legal_person,
  ]);
  await page.context().close();
});
