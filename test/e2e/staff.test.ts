// The centre's own staff in the browser (BV-3, CR-17.11): the demo head sees this morning's panel on the home page
// with next week's continuity gap, follows it to the continuity section (the gap's day and point in the table),
// looks at the staff list, the absences with their warnings and the vacation schedule, and records an absence that
// overlaps another (refused, the field named). The ministry sees the centre on its overview. axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';

const s = lv.staff;
let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

test('CR-17.11 BV-3 the head sees the continuity gap on the home page and in the staff section; axe clean', async () => {
  const page = await e2e.newPage();
  const head = demoLogin(e2e, 'centre_head');
  await login(page, head.email, head.password);
  const panel = page.getByRole('region', { name: new RegExp(`^${s.panelTitle}`) });
  await panel.getByRole('heading', { name: s.gapsTitle }).waitFor();
  await panel.locator('.staff-gap').first().waitFor();
  assert.ok(await panel.getByText('Dace Darbiniece').first().isVisible());
  await checkA11y(page, 'home with the head panel');

  await panel.locator('.staff-gap a').first().click();
  await page.waitForURL((url) => url.pathname === '/staff' && url.searchParams.get('tab') === 'continuity');
  await settled(page);
  const gaps = page.getByRole('table', { name: s.continuityTitle });
  await gaps.waitFor();
  assert.ok((await gaps.locator('tbody tr').count()) >= 1);
  assert.match((await gaps.locator('tbody tr').first().textContent()) ?? '', /Ilze Ozoliņa/);
  await checkA11y(page, 'continuity');

  await page.getByRole('link', { name: s.tabStaff }).click();
  const list = page.getByRole('table', { name: s.listTitle });
  await list.waitFor();
  assert.deepEqual(await list.locator('tbody th[scope="row"]').allTextContents(), [
    `Valdis Vadītājs (${s.head})`,
    'Dace Darbiniece',
    'Ilze Ozoliņa',
  ]);
  await checkA11y(page, 'staff list');

  await page.getByRole('link', { name: s.tabAbsences }).click();
  const absences = page.getByRole('table', { name: s.absencesTitle });
  await absences.waitFor();
  assert.match((await absences.textContent()) ?? '', new RegExp(s.flagSubstituteAbsent.split(':')[0]!));
  await checkA11y(page, 'absences');
  // An absence overlapping Dace's training is refused, the field named.
  const firstDace = await absences
    .locator('tbody tr', { has: page.locator('th', { hasText: 'Dace Darbiniece' }) })
    .first()
    .textContent();
  const day = /(\d{2})\.(\d{2})\.(\d{4})/.exec(firstDace ?? '');
  assert.ok(day, firstDace ?? '');
  await page.getByLabel(s.member).selectOption({ label: 'Dace Darbiniece' });
  await page.getByLabel(s.kind).selectOption({ label: s.kinds.sick_leave });
  await page.locator('#ab-start').fill(`${day[3]}-${day[2]}-${day[1]}`);
  await page.locator('#ab-end').fill(`${day[3]}-${day[2]}-${day[1]}`);
  await page.getByRole('button', { name: s.record }).click();
  await page.locator('#ab-start-error').waitFor();
  await checkA11y(page, 'absence refused');

  await page.getByRole('link', { name: s.tabSchedule }).click();
  await page.locator('table.staff-grid').waitFor();
  // A row per member of staff, a column per day of the month.
  assert.equal(await page.locator('table.staff-grid tbody tr').count(), 3);
  assert.ok((await page.locator('table.staff-grid thead th').count()) >= 29);
  await checkA11y(page, 'vacation schedule');
});

test('CR-17.11 the ministry’s overview counts the demo centre with its gap', async () => {
  const page = await e2e.newPage();
  const ministry = demoLogin(e2e, 'ministry_supervisor');
  await login(page, ministry.email, ministry.password);
  await page.goto('/staff?tab=continuity');
  await settled(page);
  const overview = page.getByRole('table', { name: s.overviewTitle });
  await overview.waitFor();
  assert.match((await overview.textContent()) ?? '', /Balvu novada/);
  await checkA11y(page, 'continuity overview');
});
