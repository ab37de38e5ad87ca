// Access applications in the browser (CR-22 as amended by AM-1.4, AM-1.11, DR-20.2): the demo municipality's admin
// fills in Annex 2 — two employees, one added with the button and removed again, a fixed and a permanent term — and
// uploads a signed eDoc; the application shows the signer read from the certificate and says the signature cannot
// be checked here. The ministry sees it in its list with the DR-20.2 due date, opens it and approves it: the grants
// are created. axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';
import { SIGNER_CODE, SIGNER_NAME, signedAsice } from '../../src/access-applications/test-fixtures.ts';

const a = lv.accessApplications;
let e2e: E2E;
let applicationPath = '';
const suffix = Math.random().toString(36).slice(2, 8);
const emails = [`ieva.${suffix}@balvi.lv`, `karlis.${suffix}@balvi.lv`];

before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

test('CR-22 AM-1.11 the municipality’s admin files an application with a signed eDoc; the signer is shown, not checked', async () => {
  const page = await e2e.newPage();
  const admin = demoLogin(e2e, 'org_admin');
  await login(page, admin.email, admin.password);
  await page.goto('/access-applications');
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), a.title);
  await checkA11y(page, 'access applications (admin)');
  await page.getByRole('link', { name: a.newApplication }).click();
  await page.waitForURL((url) => url.pathname === '/access-applications/new');
  await settled(page);

  const row = (n: number) => page.getByRole('group', { name: fill(a.employee, { n }), exact: true });
  const fillRow = async (n: number, name: string, email: string) => {
    await row(n).getByLabel(a.name).fill(name);
    await row(n).getByLabel(a.email).fill(email);
    await row(n).getByLabel(a.phone).fill('+371 26000000');
    await row(n).getByLabel(a.position).fill('Centra vadītāja vietniece');
    await row(n)
      .getByLabel(a.workplace)
      .fill('Balvu novada valsts un pašvaldības vienotais klientu apkalpošanas centrs');
  };
  await fillRow(1, 'Ieva Ozola', emails[0]!);
  await row(1).getByLabel(a.validUntil).fill('2030-12-31');
  await page.getByRole('button', { name: a.addEmployee }).click();
  await page.getByRole('button', { name: a.addEmployee }).click();
  assert.equal(await row(3).count(), 1, 'three rows');
  await page.getByRole('button', { name: fill(a.removeEmployee, { n: 3 }) }).click();
  assert.equal(await row(3).count(), 0, 'the third row removed');
  await fillRow(2, 'Kārlis Liepa', emails[1]!);
  await row(2).getByLabel(a.term).selectOption('permanent');
  await checkA11y(page, 'access application form');

  // Submitted without the document first: the error names the field.
  await page.getByRole('button', { name: a.submit }).click();
  await page
    .getByRole('alert')
    .getByRole('link', { name: new RegExp(`^${a.document}`) })
    .waitFor();
  await checkA11y(page, 'access application form with an error');

  await page.getByLabel(a.document).setInputFiles({
    name: 'pieteikums.edoc',
    mimeType: 'application/vnd.etsi.asic-e+zip',
    buffer: signedAsice(),
  });
  await page.getByRole('link', { name: /pieteikums\.edoc/ }).waitFor();
  await page.getByRole('button', { name: a.submit }).click();
  await page.waitForURL((url) => /^\/access-applications\/[0-9a-f-]{36}$/.test(url.pathname));
  applicationPath = new URL(page.url()).pathname;
  await settled(page);
  const signature = page.getByRole('region', { name: a.signature });
  await signature.getByText(a.signatureNotChecked).waitFor();
  assert.ok(await signature.getByText(SIGNER_NAME, { exact: true }).isVisible(), 'the signer from the certificate');
  assert.ok(await signature.getByText(SIGNER_CODE, { exact: true }).isVisible());
  assert.ok(await page.getByText(a.statuses.submitted, { exact: true }).isVisible());
  assert.equal(await page.getByRole('button', { name: a.approve }).count(), 0, 'the applicant does not decide');
  await checkA11y(page, 'access application as filed');
});

test('DR-20.2 the ministry sees the due date, approves, and the grants are created', async () => {
  assert.ok(applicationPath, 'the application of the first test');
  const page = await e2e.newPage();
  const ministry = demoLogin(e2e, 'ministry_supervisor');
  await login(page, ministry.email, ministry.password);
  await page.goto('/access-applications');
  await settled(page);
  const table = page.getByRole('table', { name: a.title });
  await table.waitFor();
  const link = table.locator(`a[href="${applicationPath}"]`);
  await link.waitFor();
  const cells = await link.locator('xpath=ancestor::tr').locator('td').allTextContents();
  assert.ok(
    cells.some((t) => /^\d{2}\.\d{2}\.\d{4}\.?$/.test(t.trim())),
    `a due date among ${cells.join(' | ')}`,
  );
  await checkA11y(page, 'access applications (ministry)');
  await link.click();
  await page.waitForURL((url) => url.pathname === applicationPath);
  await settled(page);
  await page.getByRole('region', { name: a.signature }).getByText(SIGNER_NAME, { exact: true }).waitFor();
  await checkA11y(page, 'access application before the decision');
  await page.getByRole('button', { name: a.approve }).click();
  await page.getByRole('status').filter({ hasText: a.approved }).waitFor();
  const employees = page.getByRole('table', { name: a.employees });
  await employees.getByText(a.grantCreated).first().waitFor();
  assert.equal(await employees.getByText(a.grantCreated).count(), 2, 'both employees got the grant');
  assert.equal(await page.getByRole('button', { name: a.approve }).count(), 0, 'decided: no more decision');
  await checkA11y(page, 'access application approved');

  const grants = await e2e.server.database.db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select(['users.email', 'role_grants.role', 'role_grants.valid_until'])
    .where('users.email', 'in', emails)
    .orderBy('users.email')
    .execute();
  assert.deepEqual(
    grants.map((g) => [g.email, g.role, g.valid_until]),
    [
      [emails[0], 'org_admin', '2030-12-31'],
      [emails[1], 'org_admin', null],
    ],
  );
});
