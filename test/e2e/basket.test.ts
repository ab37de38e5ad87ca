// The minimal basket in the browser (CR-8, AM-1.6 … AM-1.10, DR-16): without logging in, the public page shows the
// basket in force today grouped by institution, another day's version from the date picker, and what changed from
// the shipped version 1 to version 2; the ministry checks a new version edited from today's (nothing changes) and
// records the yearly review, which its list then shows. axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, visit, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';
import { formatDate } from '../../web/src/shared/format.ts';

const b = lv.basket;
let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

test('CR-8 AM-1.6 … AM-1.10 the public basket page without login: today the version of 2019-03-01, on 2019-02-28 version 1 with 2.3, and the changes v1→v2', async () => {
  const page = await e2e.newPage();
  await visit(page, '/', 'home');
  await page.getByRole('link', { name: b.headerLink }).click();
  await page.waitForURL((url) => url.pathname === '/basket');
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), b.title);
  const inForce = page.getByRole('heading', {
    name: fill(b.inForce, { number: 2, date: formatDate('2019-03-01') }),
  });
  await inForce.waitFor();
  const table = page.getByRole('table', { name: b.items });
  const rowHeaders = await table.locator('tbody th[scope="row"]').allTextContents();
  assert.deepEqual([...rowHeaders].sort(), ['3.13', '3.14', '3.15', '6.19']);
  assert.ok(await table.getByText('Pilsonības un migrācijas lietu pārvalde').first().isVisible());

  const changes = page.getByRole('region', { name: b.changesTitle });
  await changes.getByRole('heading', { name: b.added }).waitFor();
  const addedText = await changes
    .locator('h3', { hasText: b.added })
    .locator('xpath=following-sibling::ul[1]')
    .textContent();
  assert.match(addedText ?? '', /3\.15/);
  const removedText = await changes
    .locator('h3', { hasText: b.removed })
    .locator('xpath=following-sibling::ul[1]')
    .textContent();
  assert.match(removedText ?? '', /2\.3/);
  const changedText = await changes
    .locator('h3', { hasText: b.changed })
    .locator('xpath=following-sibling::ul[1]')
    .textContent();
  for (const item of ['3.13', '3.14', '6.19']) assert.match(changedText ?? '', new RegExp(item.replace('.', '\\.')));
  assert.match(changedText ?? '', /Šengenas vīzas pieteikums/, 'the old wording is shown');
  await checkA11y(page, 'public basket today');

  await page.locator('#basket-date').fill('2019-02-28');
  await page.getByRole('button', { name: b.show }).click();
  await page.getByRole('heading', { name: fill(b.inForce, { number: 1, date: formatDate('2017-07-01') }) }).waitFor();
  const before = await page.getByRole('table', { name: b.items }).locator('tbody th[scope="row"]').allTextContents();
  assert.ok(before.includes('2.3'), 'version 1 holds 2.3');
  await checkA11y(page, 'public basket on 2019-02-28');
});

test("DR-16 AM-1.6 … AM-1.10 the ministry checks a version edited from today's and records the yearly review", async () => {
  const page = await e2e.newPage();
  const ministry = demoLogin(e2e, 'ministry_supervisor');
  await login(page, ministry.email, ministry.password);
  await page.goto('/basket');
  await settled(page);
  const section = page.getByRole('region', { name: b.ministryTitle });
  await section.waitFor();
  await page.locator('fieldset legend', { hasText: '3.15' }).waitFor();
  await checkA11y(page, 'ministry basket page');
  await section.getByRole('button', { name: b.dryRun }).first().click();
  await section.getByText(b.noChanges).waitFor();
  assert.ok(await section.getByRole('button', { name: b.record }).isVisible(), 'after the check, saving is offered');

  await page.locator('#basket-review-participants').fill('VARAM, VRAA, PMLP, VSAA');
  await page.locator('#basket-review-decision').fill('Grozs paliek nemainīts');
  await page.getByRole('button', { name: b.recordReview }).click();
  await page.getByText(b.reviewRecorded).waitFor();
  await page.getByRole('table', { name: b.reviews }).getByText('Grozs paliek nemainīts').waitFor();
  await checkA11y(page, 'ministry basket page with a review');
});
