// The working-day calendar in the browser: the year view of 2026 with Līgo's transfer, and the ministry's
// supervisor adding a 2027 transfer (first with a mistake shown at its field) and finding it in the 2027 view.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

const c = lv.calendar;

async function showYear(page: Page, year: number): Promise<void> {
  await page.getByLabel(c.year, { exact: true }).selectOption(String(year));
  await page.getByRole('button', { name: c.show }).click();
  await page.waitForURL((url) => url.searchParams.get('year') === String(year));
  await page.getByRole('table', { name: `${c.months.jan} ${year}` }).waitFor();
  await settled(page);
}

const rowOf = (page: Page, table: string, date: string) =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ hasText: date });

test('the year view of 2026: 22.06.2026. is a transferred day off and 27.06.2026. a shortened working Saturday', async () => {
  const page = await e2e.newPage();
  const employee = demoLogin(e2e, 'centre_employee');
  await login(page, employee.email, employee.password);
  await page.getByRole('navigation', { name: lv.layout.nav }).getByRole('link', { name: lv.nav.calendar }).click();
  await settled(page);
  await showYear(page, 2026);
  await checkA11y(page, 'calendar 2026');

  const moved = (await rowOf(page, c.daysOffTitle, '22.06.2026.').textContent()) ?? '';
  assert.ok(moved.includes(c.reasons.transferred_day_off), moved);
  assert.ok(moved.includes('27.06.2026.'), 'the day off names its working Saturday');
  const saturday = (await rowOf(page, c.saturdaysTitle, '27.06.2026.').textContent()) ?? '';
  assert.ok(saturday.includes(c.reasons.working_saturday) && saturday.includes('22.06.2026.'), saturday);
  assert.equal(await rowOf(page, c.shortenedTitle, '27.06.2026.').count(), 1, 'the Saturday before Līgo is shortened');
  const ligo = (await rowOf(page, c.daysOffTitle, '23.06.2026.').textContent()) ?? '';
  assert.ok(ligo.includes('Līgo diena'));
  assert.match(
    (await page.locator('main').textContent()) ?? '',
    new RegExp(c.confirmed.replace('{year}', '2026').replace(/\./g, '\\.')),
  );

  // In the month table the day carries the legend's letter and its description, not only a colour.
  const june = page.getByRole('table', { name: `${c.months.jun} 2026` });
  const cell = june.getByRole('cell', { name: /^22/ });
  assert.equal((await cell.locator('.cal-mark').textContent())?.trim(), c.markOff);
  assert.ok(((await cell.textContent()) ?? '').includes(c.reasons.transferred_day_off));
  assert.equal(await page.getByRole('heading', { name: c.editTitle }).count(), 0, 'a centre employee only reads');

  // Any year from 1990 to 2100: before the recorded Cabinet orders (2015) the page says they are missing.
  await showYear(page, 2010);
  await page.getByText(c.unrecorded.replace('{year}', '2010')).waitFor();
  assert.ok(
    ((await rowOf(page, c.daysOffTitle, '04.05.2010.').textContent()) ?? '').includes(c.reasons.public_holiday),
  );
  await showYear(page, 2100);
  await page.getByText(c.provisional.replace('{year}', '2100')).waitFor();
  await page.context().close();
});

test('the ministry supervisor adds a transfer for 2027 and sees it in the 2027 view', async () => {
  const page = await e2e.newPage();
  const supervisor = demoLogin(e2e, 'ministry_supervisor');
  assert.equal(supervisor.email, 'ministrija@demo.vienuviet.lv');
  await login(page, supervisor.email, supervisor.password);
  await page.goto('/calendar');
  await settled(page);
  await page.getByRole('heading', { name: c.editTitle }).waitFor();
  await checkA11y(page, 'calendar with the ministry forms');

  // A Saturday as the day off: the API's message appears at the field.
  await page.getByLabel(c.dayOff, { exact: true }).fill('2027-05-01');
  await page.getByLabel(c.workingSaturday, { exact: true }).fill('2027-05-08');
  await page.locator('#transfer-basis').fill('MK rīkojums Nr. 700 (01.12.2026.)');
  await page.getByRole('button', { name: c.addTransfer }).click();
  await page.locator('#transfer-day-off-error').waitFor();
  assert.equal(await page.getByLabel(c.dayOff, { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.ok(
    ((await page.locator('#transfer-day-off-error').textContent()) ?? '').includes('pirmdienas līdz piektdienai'),
  );
  await checkA11y(page, 'transfer form with an error');

  await page.getByLabel(c.dayOff, { exact: true }).fill('2027-05-03');
  await page.getByRole('button', { name: c.addTransfer }).click();
  await page
    .getByRole('status')
    .getByText('Pārcelšana pievienota: 03.05.2027. brīvdiena, 08.05.2027. darba diena.')
    .waitFor();
  await page
    .getByRole('table', { name: c.additionsTitle })
    .getByRole('row')
    .filter({ hasText: '03.05.2027. → 08.05.2027.' })
    .waitFor();

  await showYear(page, 2027);
  await checkA11y(page, 'calendar 2027');
  assert.match(
    (await page.locator('main').textContent()) ?? '',
    /2027\. gada Ministru kabineta rīkojums vēl nav ievadīts/,
  );
  const off = (await rowOf(page, c.daysOffTitle, '03.05.2027.').textContent()) ?? '';
  assert.ok(off.includes(c.reasons.transferred_day_off) && off.includes('MK rīkojums Nr. 700'), off);
  const saturday = (await rowOf(page, c.saturdaysTitle, '08.05.2027.').textContent()) ?? '';
  assert.ok(saturday.includes('03.05.2027.'), saturday);
  await page.context().close();
});

test('a municipality opts out of Cabinet transfers: its org admin sets the choice on the organisation page', async () => {
  const page = await e2e.newPage();
  const admin = demoLogin(e2e, 'org_admin');
  await login(page, admin.email, admin.password);
  const balvi = await page.request
    .get('/api/v1/organisations')
    .then(async (r) =>
      ((await r.json()) as { items: { id: string; regNo: string | null }[] }).items.find(
        (o) => o.regNo === '90009115622',
      ),
    );
  assert.ok(balvi, 'Balvu novada pašvaldība is in the directory');
  await page.goto(`/organisations/${balvi.id}`);
  await settled(page);
  const section = page.getByRole('region', { name: c.optOutTitle });
  await section.getByText(c.optOutFollows).waitFor();
  await checkA11y(page, 'organisation with the calendar choice');
  await section.getByLabel(c.optOutLabel).uncheck();
  await section.getByRole('button', { name: c.optOutSave }).click();
  await section.getByText(c.optOutNotFollows).waitFor();
  // The deadline API now counts Balvi's deadlines without the 2026-06-22 transfer.
  const res = await page.request.get(
    `/api/v1/calendar/deadline?from=2026-06-19&workingDays=1&organisation=${balvi.id}`,
  );
  assert.equal(((await res.json()) as { due: string }).due, '2026-06-22');
  await page.context().close();
});
