// The maintainer's background jobs page in the browser: reached from the navigation, every job listed with its
// runs, a failure shown with its cleaned message, axe-clean in Latvian and English; other roles are not offered it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { en } from '../../web/src/i18n/en.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { jobList } from '../../src/jobs.ts';
import { runRecorded } from '../../src/platform/jobs/runs.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

test('the maintainer opens the background jobs from the navigation and sees runs and failures, in Latvian and English', async () => {
  // The server's own settings (tests: no SMTP, no link check), so the list is the page's.
  const deps = { db: e2e.server.database.db, config: loadConfig({ NODE_ENV: 'test' }), now: () => new Date() };
  const retention = jobList(deps).find((j) => j.name === 'eservice-retention')!;
  await runRecorded(deps, retention, 1, 'vm-1:100:abcdef');
  const failing = jobList(deps).find((j) => j.name === 'contact-idempotency-cleanup')!;
  await assert.rejects(
    runRecorded(
      deps,
      { ...failing, run: () => Promise.reject(new Error('timeout writing for anna@example.lv')) },
      2,
      'vm-2:200:fedcba',
    ),
  );

  const page = await e2e.newPage();
  const maintainer = demoLogin(e2e, 'maintainer');
  await login(page, maintainer.email, maintainer.password);
  // A less frequent section: in the navigation's "More" menu.
  await page.getByRole('navigation').getByRole('button', { name: lv.layout.more }).click();
  await page.getByRole('navigation').getByRole('link', { name: lv.nav.jobs }).click();
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), lv.jobs.title);
  for (const job of jobList(deps)) await page.getByRole('rowheader', { name: new RegExp(job.name) }).waitFor();
  const row = page.getByRole('row').filter({ hasText: lv.jobs.names['eservice-retention'] });
  await row.getByText(lv.jobs.states.completed, { exact: true }).waitFor();
  await row.getByText('instance vm-1:100:abcdef').waitFor();
  await page.getByText('timeout writing for [e-mail]').waitFor();
  assert.equal(await page.getByText('anna@example.lv').count(), 0, 'no address on the page');
  await checkA11y(page, 'jobs');

  await page.getByRole('button', { name: lv.layout.switchLanguage }).click();
  await page.getByRole('heading', { level: 1, name: en.jobs.title }).waitFor();
  await checkA11y(page, 'jobs in English');
  await page.context().close();

  const employee = await e2e.newPage();
  const staff = demoLogin(e2e, 'centre_employee');
  await login(employee, staff.email, staff.password);
  assert.equal(await employee.getByRole('link', { name: lv.nav.jobs }).count(), 0, 'not offered to other roles');
  await employee.context().close();
});
