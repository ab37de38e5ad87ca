// DR-15 in the browser: the demo change request (PMLP's, agreed by the ministry) is on the basket page with its steps
// and due days; PMLP's coordinator informs the maintainer (DR-15.3), then the maintainer checks a version in the
// editor with the request chosen, sees the impact on the centres (CR-2.6) and saves it, which notifies every centre
// (DR-15.4). axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';

const b = lv.basket;
let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

test('DR-15 the holder informs the maintainer of the agreed change, and the maintainer saves the version with its impact and notice', async () => {
  const page = await e2e.newPage();
  const pmlp = e2e.demo.find((d) => d.email === 'pmlp@demo.vienuviet.lv');
  assert.ok(pmlp, 'the demo has PMLP’s coordinator');
  await login(page, pmlp.email, pmlp.password);
  await page.goto('/basket');
  await settled(page);
  const requests = page.getByRole('region', { name: b.requestsTitle });
  const table = requests.getByRole('table', { name: b.requests });
  await table.getByText('(demonstrācija)').waitFor();
  await table.getByText(b.stateApproved).first().waitFor();
  assert.ok(await table.getByText(b.stateApproved).first().isVisible());
  await checkA11y(page, 'basket requests for the holder');
  await page.locator('#basket-req-1-text').fill('Jaunais nosaukums: Ziņas par personas rīcībspēju (precizēts)');
  await requests.getByRole('button', { name: b.sendInformation }).click();
  await table.getByText(b.stateInformation_sent).waitFor();
  await page.context().clearCookies();

  const maintainer = demoLogin(e2e, 'maintainer');
  await login(page, maintainer.email, maintainer.password);
  await page.goto('/basket');
  await settled(page);
  const editor = page.getByRole('region', { name: b.editorTitle });
  await page.locator('fieldset legend', { hasText: '3.13' }).waitFor();
  await page.locator('#basket-edit-request option', { hasText: '(demonstrācija)' }).waitFor({ state: 'attached' });
  await page.locator('#basket-edit-request').selectOption({ index: 1 });
  await editor.getByRole('button', { name: b.dryRun }).click();
  await editor.getByRole('button', { name: b.impactShow }).click();
  await editor.getByRole('region', { name: b.impactTitle }).getByRole('status').waitFor();
  await checkA11y(page, 'maintainer editor with the impact');
  await editor.getByRole('button', { name: b.publish }).click();
  await editor.getByText(/Versija Nr\. \d+ saglabāta, paziņoti centri: \d+\./).waitFor();
  await requests.getByRole('table', { name: b.requests }).getByText(b.statePublished).waitFor();
  await checkA11y(page, 'basket requests after publication');
});
