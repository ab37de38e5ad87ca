// AM-1.11 in the browser: an organisation's admin invites a user with a fixed-term centre role, grants and
// revokes another, and the ministry's supervisor finds those changes in the audit log.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

const BALVI_CENTRE = 'Balvu novada valsts un pašvaldības vienotais klientu apkalpošanas centrs';
const nextYear = new Date().getFullYear() + 1;
const email = `ilze.jauna.${Date.now()}@demo.vienuviet.lv`;
let userId = '';

test('AM-1.11 the org admin invites a user with a fixed-term centre_employee role at the Balvi centre', async () => {
  const page = await e2e.newPage();
  const admin = demoLogin(e2e, 'org_admin');
  await login(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: lv.layout.nav }).getByRole('link', { name: lv.nav.users }).click();
  await settled(page);
  await checkA11y(page, 'users');
  await page.getByRole('link', { name: lv.users.invite }).click();
  await settled(page);
  await checkA11y(page, 'invite');

  await page.getByLabel(lv.users.name).fill('Ilze Jaunā');
  await page.getByLabel(lv.users.email).fill(email);
  await page.getByLabel(lv.users.position).fill('Klientu apkalpošanas speciāliste');
  await page.locator('#invite-grant-role').selectOption({ label: lv.roles.centre_employee });
  await page.locator('#invite-grant-centre').selectOption({ label: BALVI_CENTRE });
  await page.getByRole('radio', { name: lv.grant.fixed }).check();
  await page.getByLabel(lv.grant.validUntil).fill(`${nextYear}-12-31`);
  await page.getByRole('button', { name: lv.invite.submit }).click();

  await page.waitForURL((url) => /^\/users\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(page);
  userId = new URL(page.url()).pathname.split('/')[2] ?? '';
  assert.equal(await page.locator('h1').textContent(), 'Ilze Jaunā');
  assert.equal(await page.getByRole('status').textContent(), `Uzaicinājums nosūtīts uz ${email}.`);
  const grants = page.getByRole('table', { name: lv.user.grants });
  const row = grants.getByRole('row').filter({ hasText: lv.roles.centre_employee });
  const text = (await row.textContent()) ?? '';
  assert.ok(text.includes(BALVI_CENTRE), 'the scope names the centre');
  assert.ok(text.includes(`līdz 31.12.${nextYear}.`), `the term reads "līdz 31.12.${nextYear}."`);
  assert.ok(text.includes(lv.user.active));
  assert.ok(((await page.locator('main').textContent()) ?? '').includes(lv.user.passwordNotSet));
  await checkA11y(page, 'user detail');

  // A second role, permanent, then revoked after confirming.
  await page.locator('#grant-role').selectOption({ label: lv.roles.centre_head });
  await page.locator('#grant-centre').selectOption({ label: BALVI_CENTRE });
  await page.getByRole('radio', { name: lv.grant.permanent }).check();
  await page.getByRole('button', { name: lv.grant.submit }).click();
  const head = grants.getByRole('row').filter({ hasText: lv.roles.centre_head });
  await head.getByText(lv.common.permanent).waitFor();
  assert.equal(await page.getByRole('status').textContent(), lv.grant.done);
  await head.getByRole('button', { name: `${lv.user.revoke}: ${lv.roles.centre_head}` }).click();
  await checkA11y(page, 'revoke confirmation');
  await page.getByRole('button', { name: lv.user.revokeYes }).click();
  await head.getByText(/Atsaukta \d{2}\.\d{2}\.\d{4}\./).waitFor();
  assert.equal(await page.getByRole('status').textContent(), lv.user.revoked);

  // The new user is in the list, found by a search.
  await page.goto(`/users?q=${encodeURIComponent('jaunā')}`);
  await settled(page);
  await page.getByRole('link', { name: 'Ilze Jaunā' }).waitFor();
  await page.context().close();
});

test('a validation error from the API is shown next to its field and in the summary', async () => {
  const page = await e2e.newPage();
  const admin = demoLogin(e2e, 'org_admin');
  await page.goto('/users/new');
  await login(page, admin.email, admin.password);
  await page.getByLabel(lv.users.name).fill('Bez E-pasta');
  await page.getByLabel(lv.users.email).fill('nav-e-pasts');
  await page.getByRole('checkbox', { name: lv.invite.withGrant }).uncheck();
  await page.getByRole('button', { name: lv.invite.submit }).click();
  await page.getByRole('alert').waitFor();
  const described = await page.getByLabel(lv.users.email).getAttribute('aria-describedby');
  assert.ok(described?.includes('invite-email-error'), 'the e-mail field is described by its error');
  assert.equal(await page.getByLabel(lv.users.email).getAttribute('aria-invalid'), 'true');
  await checkA11y(page, 'invite with errors');
  await page.context().close();
});

test('the ministry supervisor finds the user.create and grant.create events in the audit log', async () => {
  assert.ok(userId, 'the invitation test ran first');
  const page = await e2e.newPage();
  const supervisor = demoLogin(e2e, 'ministry_supervisor');
  await login(page, supervisor.email, supervisor.password);
  // The audit log is among the less frequent sections, in the "More" menu.
  const nav = page.getByRole('navigation', { name: lv.layout.nav });
  await nav.getByRole('button', { name: lv.layout.more }).click();
  await nav.getByRole('link', { name: lv.nav.audit }).click();
  await settled(page);
  await checkA11y(page, 'audit');

  await page.getByLabel(lv.audit.action).fill('user.create');
  await page.getByRole('button', { name: lv.audit.apply }).click();
  await page.waitForURL((url) => url.searchParams.get('action') === 'user.create');
  await settled(page);
  // The table says what happened in words; the record's id is in the event's details.
  const created = page.getByRole('row').filter({ hasText: lv.audit.events.actions['user.create']! }).first();
  assert.ok(
    ((await created.textContent()) ?? '').includes(demoLogin(e2e, 'org_admin').email),
    'the actor is the org admin',
  );
  await created.getByRole('button', { name: /Rādīt/ }).click();
  const details = page.locator('.audit-details');
  assert.ok(((await details.textContent()) ?? '').includes(email), 'the event shows the new user');
  assert.ok(((await details.textContent()) ?? '').includes(userId), 'the event names the new user by id');
  await checkA11y(page, 'audit with an open event');

  await page.getByLabel(lv.audit.action).fill('grant.create');
  await page.getByRole('button', { name: lv.audit.apply }).click();
  await page.waitForURL((url) => url.searchParams.get('action') === 'grant.create');
  await settled(page);
  // The table may show the previous filter's events for a moment while the new page loads.
  const granted = lv.audit.events.actions['grant.create']!;
  const revoked = lv.audit.events.actions['grant.revoke']!;
  await page.waitForFunction(
    ([create, revoke]) => {
      const rows = [...document.querySelectorAll('table tbody tr')].filter((r) => !r.querySelector('.audit-details'));
      return rows.length > 0 && rows.every((r) => [create, revoke].some((w) => (r.textContent ?? '').includes(w!)));
    },
    [granted, revoked],
  );
  const rows = page.getByRole('table', { name: lv.audit.title }).getByRole('row');
  const texts = await rows.allTextContents();
  assert.ok(
    texts.filter((t) => t.includes(granted) && t.includes(demoLogin(e2e, 'org_admin').email)).length >= 2,
    'both grants were recorded',
  );
  // Each opened event's button turns into "Slēpt", so always open the first one still closed.
  const closed = page.getByRole('button', { name: /^Rādīt/ });
  for (let left = await closed.count(); left > 0; left--) await closed.first().click();
  const opened = (await page.locator('.audit-details').allTextContents()).join('\n');
  assert.ok(opened.includes(userId), 'a grant.create event names the new user');
  assert.ok(opened.includes('centre_employee'));

  await page.getByRole('button', { name: lv.audit.verify }).click();
  await page
    .getByRole('status')
    .getByText(/Audita ķēde ir vesela/)
    .waitFor();
  await page.context().close();
});
