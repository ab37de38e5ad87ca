// Logging in as each role, the navigation each role gets, the language switch, and the keyboard-only login.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, visit, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { en } from '../../web/src/i18n/en.ts';
import type { Page } from 'playwright-core';
import type { Role } from '../../web/src/shared/roles.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

const n = lv.nav;
const NAV: Record<Role, string[]> = {
  maintainer: [
    n.home,
    n.directory,
    n.services,
    n.quality,
    n.feedback,
    n.eservices,
    n.obligations,
    n.users,
    n.staff,
    n.indicators,
    n.dashboards,
    n.accessApplications,
    n.audit,
    n.outbox,
    n.jobs,
    n.tokens,
    n.proposals,
    n.calendar,
    n.password,
  ],
  ministry_supervisor: [
    n.home,
    n.directory,
    n.quality,
    n.feedback,
    n.eservices,
    n.obligations,
    n.committee,
    n.users,
    n.staff,
    n.presence,
    n.indicators,
    n.dashboards,
    n.accessApplications,
    n.audit,
    n.proposals,
    n.calendar,
    n.password,
  ],
  org_admin: [
    n.home,
    n.directory,
    n.services,
    n.quality,
    n.feedback,
    n.obligations,
    n.users,
    n.staff,
    n.presence,
    n.indicators,
    n.dashboards,
    n.accessApplications,
    n.tokens,
    n.proposals,
    n.calendar,
    n.password,
  ],
  centre_head: [
    n.home,
    n.counter,
    n.directory,
    n.feedback,
    n.eservices,
    n.obligations,
    n.staff,
    n.presence,
    n.dashboards,
    n.proposals,
    n.calendar,
    n.password,
  ],
  centre_employee: [n.home, n.counter, n.feedback, n.eservices, n.obligations, n.proposals, n.calendar, n.password],
  institution_coordinator: [
    n.home,
    n.services,
    n.quality,
    n.feedback,
    n.obligations,
    n.presence,
    n.indicators,
    n.dashboards,
    n.proposals,
    n.calendar,
    n.password,
  ],
  committee_member: [n.home, n.obligations, n.committee, n.proposals, n.calendar, n.password],
  auditor: [
    n.home,
    n.quality,
    n.feedback,
    n.eservices,
    n.obligations,
    n.committee,
    n.users,
    n.staff,
    n.indicators,
    n.dashboards,
    n.audit,
    n.proposals,
    n.calendar,
    n.password,
  ],
};

/** The navigation's links in order, the "More" menu's included (it is opened first). */
async function navLinks(page: Page, label = lv.layout.nav): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: label });
  const more = nav.getByRole('button', { name: label === en.layout.nav ? en.layout.more : lv.layout.more });
  if ((await more.count()) > 0 && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
  return (await nav.getByRole('link').allTextContents()).map((t) => t.trim());
}

for (const role of Object.keys(NAV) as Role[]) {
  test(`the ${role} logs in, sees their role on the home page and only the navigation the role allows`, async () => {
    const page = await e2e.newPage();
    const account = demoLogin(e2e, role);
    await visit(page, '/login', 'login');
    await login(page, account.email, account.password);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.locator('h1').textContent(), lv.home.title);
    const main = (await page.locator('main').textContent()) ?? '';
    assert.ok(main.includes(lv.roles[role]), `home page names the role "${lv.roles[role]}"`);
    assert.match(main, /beztermiņa|līdz \d{2}\.\d{2}\.\d{4}\./, 'the term of the role is shown');
    assert.deepEqual(await navLinks(page), NAV[role]);
    await checkA11y(page, `home of ${role}`);
    await page.context().close();
  });
}

test('a section the role does not allow says so instead of showing it', async () => {
  const page = await e2e.newPage();
  const account = demoLogin(e2e, 'centre_employee');
  await page.goto('/audit');
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/audit');
  await login(page, account.email, account.password);
  assert.equal(new URL(page.url()).pathname, '/audit', 'the login returns to the page asked for');
  assert.equal(await page.locator('h1').textContent(), lv.common.noAccessTitle);
  await checkA11y(page, 'no access');
  await page.context().close();
});

test('the language switches to English and back; <html lang> and the API messages follow, and the choice is kept', async () => {
  const page = await e2e.newPage();
  await visit(page, '/login', 'login');
  assert.equal(await page.getAttribute('html', 'lang'), 'lv');
  await page.getByRole('button', { name: 'English' }).click();
  // The English texts are a chunk of their own: the page switches once it has arrived.
  await page.getByRole('heading', { level: 1, name: en.login.title }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // The API answers in the language asked for.
  await page.getByLabel(en.login.email).fill(demoLogin(e2e, 'auditor').email);
  await page.getByLabel(en.login.password).fill('not-the-password-1');
  await page.getByRole('button', { name: en.login.submit }).click();
  await page.getByRole('alert').getByText('Wrong e-mail or password.').waitFor();
  await checkA11y(page, 'login error in English');
  // The choice survives a reload, and the logged-in pages are in English too.
  await page.reload();
  await settled(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const auditor = demoLogin(e2e, 'auditor');
  await login(page, auditor.email, auditor.password);
  assert.deepEqual(await navLinks(page, en.layout.nav), [
    en.nav.home,
    en.nav.quality,
    en.nav.feedback,
    en.nav.eservices,
    en.nav.obligations,
    en.nav.committee,
    en.nav.users,
    en.nav.staff,
    en.nav.indicators,
    en.nav.dashboards,
    en.nav.audit,
    en.nav.proposals,
    en.nav.calendar,
    en.nav.password,
  ]);
  assert.ok(((await page.locator('main').textContent()) ?? '').includes(en.roles.auditor));
  await checkA11y(page, 'home in English');
  await page.getByRole('button', { name: 'Latviski' }).click();
  await page.getByRole('heading', { level: 1, name: lv.home.title }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'lv');
  assert.deepEqual(await navLinks(page), NAV.auditor);
  await page.context().close();
});

test('keyboard only: skip link, then the login form is filled and sent with Tab, typing and Enter', async () => {
  const page = await e2e.newPage();
  const account = demoLogin(e2e, 'centre_head');
  await visit(page, '/login', 'login');
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    lv.layout.skip,
    'the skip link comes first',
  );
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    'login-email',
    'after skipping, Tab reaches the e-mail field',
  );
  await page.keyboard.type(account.email);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'login-password');
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/');
  await settled(page);
  assert.ok(((await page.locator('main').textContent()) ?? '').includes(lv.roles.centre_head));
  await checkA11y(page, 'home after keyboard login');
  // Logging out is one button in the header.
  await page.getByRole('button', { name: lv.layout.logout }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.context().close();
});

test('keyboard only: the maintainer opens the "More" menu, follows a link in it, and Escape closes it', async () => {
  const page = await e2e.newPage();
  const account = demoLogin(e2e, 'maintainer');
  await login(page, account.email, account.password);
  const nav = page.getByRole('navigation', { name: lv.layout.nav });
  const more = nav.getByRole('button', { name: lv.layout.more });
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.equal(await nav.getByRole('link', { name: n.jobs }).count(), 0, 'the menu starts closed');
  await more.focus();
  await page.keyboard.press('Enter');
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  const menu = page.locator(`#${await more.getAttribute('aria-controls')}`);
  assert.equal(await menu.isVisible(), true);
  await checkA11y(page, 'navigation with the "More" menu open');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), n.staff, 'Tab enters the menu');
  await page.keyboard.press('Escape');
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.equal(await menu.isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), lv.layout.more, 'focus returns');
  await page.keyboard.press('Enter');
  // The menu's seventh link: staff, indicators, dashboards, access applications, audit, outbox, jobs.
  for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), n.jobs);
  const right = await menu.evaluate((ul) => ul.getBoundingClientRect().right);
  assert.ok(right <= (await page.evaluate(() => document.documentElement.clientWidth)), 'the menu stays on screen');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: lv.jobs.title }).waitFor();
  assert.equal(await more.getAttribute('aria-expanded'), 'false', 'following a link closes the menu');
  await page.context().close();
});
