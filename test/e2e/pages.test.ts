// Every page of the web UI, opened as a user would and checked with axe: login, home, users, a user, invite,
// audit, outbox, API tokens, password change, set-password (from a real invitation e-mail), not found, and
// the message shown when the API cannot be reached.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, visit, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

const nextYear = new Date().getFullYear() + 1;
const invited = `pēteris.${Date.now()}@demo.vienuviet.lv`.replace('ē', 'e');

test('the maintainer walks through every section, and each page passes axe', async () => {
  const page = await e2e.newPage();
  const maintainer = demoLogin(e2e, 'maintainer');
  await visit(page, '/login', 'login');
  await login(page, maintainer.email, maintainer.password);
  await checkA11y(page, 'home');

  await visit(page, '/users', 'users');
  await page.getByRole('link', { name: 'Dace Darbiniece' }).click();
  await settled(page);
  await checkA11y(page, 'user detail (maintainer)');

  // Invite a user without a role: the invitation lands in the outbox.
  await visit(page, '/users/new', 'invite');
  await page.getByLabel(lv.users.name).fill('Pēteris Pārbaude');
  await page.getByLabel(lv.users.email).fill(invited);
  await page.locator('#invite-org').selectOption({ label: 'Valsts ieņēmumu dienests' });
  await page.getByRole('checkbox', { name: lv.invite.withGrant }).uncheck();
  await page.getByRole('button', { name: lv.invite.submit }).click();
  await page.waitForURL((url) => /^\/users\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(page);

  await visit(page, '/outbox', 'outbox');
  const mail = page.locator('.mail').filter({ hasText: invited });
  const body = (await mail.locator('.mail__body').textContent()) ?? '';
  assert.match(body, /\/set-password\?token=/, 'the invitation holds the set-password link');

  await visit(page, '/audit', 'audit');
  await page
    .getByRole('button', { name: /^Rādīt/ })
    .first()
    .click();
  await checkA11y(page, 'audit with an open event');

  await visit(page, '/tokens', 'tokens');
  await page.getByLabel(lv.tokens.name).fill('Pašvaldības portāls');
  await page.locator('#token-role').selectOption({ label: lv.roles.institution_coordinator });
  await page.locator('#token-org').selectOption({ label: 'Valsts ieņēmumu dienests' });
  await page.getByLabel(lv.tokens.expires).fill(`${nextYear}-06-30`);
  await page.getByRole('button', { name: lv.tokens.submit }).click();
  const secret = await page.getByLabel(lv.tokens.token).inputValue();
  assert.ok(secret.length > 20, 'the new token is shown once');
  await page.getByRole('row').filter({ hasText: 'Pašvaldības portāls' }).getByText(`30.06.${nextYear}.`).waitFor();
  await checkA11y(page, 'tokens with a new token');
  await page.getByRole('button', { name: `${lv.tokens.revoke}: Pašvaldības portāls` }).click();
  await page
    .getByRole('row')
    .filter({ hasText: 'Pašvaldības portāls' })
    .getByText(lv.tokens.revoked, { exact: true })
    .waitFor();

  await visit(page, '/account/password', 'password change');
  await page.getByLabel(lv.changePassword.current).fill('nav-pareiza-parole');
  await page.getByLabel(lv.setPassword.password, { exact: true }).fill('jauna-parole-2026');
  await page.getByLabel(lv.setPassword.repeat).fill('jauna-parole-2026');
  await page.getByRole('button', { name: lv.changePassword.submit }).click();
  await page.getByRole('alert').getByText('Pašreizējā parole nav pareiza.').waitFor();
  await checkA11y(page, 'password change with an error');

  await visit(page, '/nav-tadas-lapas', 'not found');
  assert.equal(await page.locator('h1').textContent(), lv.notFound.title);
  await page.context().close();

  // The invited user opens the link from the e-mail, sets a password and logs in.
  const token = decodeURIComponent(/token=([^\s]+)/.exec(body)?.[1] ?? '');
  const guest = await e2e.newPage();
  await visit(guest, '/set-password', 'set-password without a token');
  await visit(guest, `/set-password?token=${encodeURIComponent(token)}`, 'set-password');
  await guest.getByLabel(lv.setPassword.password, { exact: true }).fill('īsa');
  await guest.getByRole('button', { name: lv.setPassword.submit }).click();
  await guest.getByText(lv.setPassword.tooShort).first().waitFor();
  await checkA11y(guest, 'set-password with an error');
  await guest.getByLabel(lv.setPassword.password, { exact: true }).fill('mana-jauna-parole-2026');
  await guest.getByLabel(lv.setPassword.repeat).fill('mana-jauna-parole-2026');
  await guest.getByRole('button', { name: lv.setPassword.submit }).click();
  await guest.getByText(lv.setPassword.done).waitFor();
  await checkA11y(guest, 'set-password done');
  await guest.getByRole('link', { name: lv.setPassword.toLogin }).click();
  // Forgot password, from the login page: the same calm answer whatever the address.
  await guest.getByRole('link', { name: lv.login.forgot }).click();
  await guest.locator('h1').getByText(lv.forgot.title).waitFor();
  await checkA11y(guest, 'forgot password');
  await guest.getByLabel(lv.login.email).fill('neviens@piemers.lv');
  await guest.getByRole('button', { name: lv.forgot.submit }).click();
  await guest.getByText(lv.forgot.sent).waitFor();
  await checkA11y(guest, 'forgot password sent');
  await guest.getByRole('link', { name: lv.forgot.back }).click();
  await login(guest, invited, 'mana-jauna-parole-2026');
  assert.ok(
    ((await guest.locator('main').textContent()) ?? '').includes(lv.home.noRoles),
    'a user without roles is told so',
  );
  await guest.context().close();
});

test('when the API cannot be reached the page says so instead of staying blank', async () => {
  const page = await e2e.newPage();
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await page.locator('h1').getByText(lv.common.unreachableTitle).waitFor();
  await checkA11y(page, 'unreachable');
  await page.unroute('**/api/**');
  await page.getByRole('button', { name: lv.common.retry }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await settled(page);
  await page.context().close();
});
