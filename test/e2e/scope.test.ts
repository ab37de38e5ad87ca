// A centre's scope in the browser (CR-7, CR-7.2, CR-7.3): the municipality's admin opens the Balvi centre's scope
// from its public page, is refused another municipality's service as its own (the basis named), adds it as another
// service from the day, and ends it; without logging in, the public centre page lists the scope with the basket
// marked and the new entry. axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, visit, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';
import { scopeMessages } from '../../src/scope/messages.ts';
import { addDays, rigaDate } from '../../src/platform/time.ts';
import { formatDate } from '../../web/src/shared/format.ts';

const s = lv.scope;
const CESIS_SERVICE = 'Bibliotēkas lasītāja kartes izsniegšana (demonstrācija)';
let e2e: E2E;
let balviId = '';
/** The server's today in Riga, the entry's last day and the day after it. */
const today = rigaDate(new Date());
const lastDay = addDays(today, 30);
const dayAfter = addDays(today, 31);

before(async () => {
  // The server's own clock: a session cookie set by a moved clock would have expired in the browser already.
  e2e = await startE2E();
  const found = (await (await fetch(`${e2e.url}/api/v1/public/centres?q=balvu`)).json()) as { items: { id: string }[] };
  balviId = found.items[0]!.id;
});
after(() => e2e?.close());

test("CR-7.2 CR-7.3 the municipality's admin adds another municipality's service to the Balvi centre's scope and ends it; the public page shows the scope with the basket marked", async () => {
  const page = await e2e.newPage();
  const admin = demoLogin(e2e, 'org_admin');
  await login(page, admin.email, admin.password);
  await page.goto(`/centres/${balviId}`);
  await settled(page);
  await page.getByRole('link', { name: s.manageLink }).click();
  await page.waitForURL((url) => url.pathname === `/centres/${balviId}/scope`);
  await settled(page);
  const entries = page.getByRole('region', { name: s.entriesTitle });
  await entries.getByRole('table').waitFor();
  assert.ok(
    await entries.getByText('Pabalsts mācību piederumu iegādei (demonstrācija)').isVisible(),
    "the demo CR-7.2 entry: Balvi's own service",
  );
  await checkA11y(page, 'scope page');

  const form = page.getByRole('form', { name: s.addTitle });
  await form.getByLabel(s.search).fill('lasitaja kartes');
  const option = form.locator('#scope-service option', { hasText: CESIS_SERVICE });
  await option.waitFor({ state: 'attached' });
  await form.locator('#scope-service').selectOption({ value: (await option.getAttribute('value')) ?? '' });
  await form.locator('#scope-basis').selectOption('CR-7.2');
  await form.locator('#scope-from').fill(today);
  await form.getByRole('button', { name: s.add }).click();
  await form.getByRole('alert').getByText(scopeMessages.scope_not_municipal.lv).first().waitFor();
  await checkA11y(page, 'scope page with a refused entry');

  await form.locator('#scope-basis').selectOption('CR-7.3');
  await form.getByRole('button', { name: s.add }).click();
  const row = entries.getByRole('row').filter({ hasText: CESIS_SERVICE });
  await row.waitFor();
  assert.match((await row.textContent()) ?? '', /Cits pakalpojums \(7\.3\.\)/);
  const scope = page.getByRole('region', { name: s.publicTitle });
  await scope.getByRole('row').filter({ hasText: CESIS_SERVICE }).waitFor();

  // Ended: its last day is 30 days from today.
  await row.getByRole('button', { name: fill(s.endLabel, { name: CESIS_SERVICE }) }).click();
  const end = page.getByRole('form', { name: fill(s.endTitle, { name: CESIS_SERVICE }) });
  await end.getByLabel(s.endDate).fill(lastDay);
  await checkA11y(page, 'ending an entry');
  await end.getByRole('button', { name: s.endSave }).click();
  await entries
    .getByRole('row')
    .filter({ hasText: CESIS_SERVICE })
    .filter({ hasText: formatDate(lastDay) })
    .waitFor();

  // What changes between today and the day after the last: the service leaves.
  const changes = page.getByRole('region', { name: s.changesTitle });
  await changes.getByLabel(s.changesTo).fill(dayAfter);
  await changes.getByRole('button', { name: s.compare }).click();
  await changes.getByRole('table', { name: s.leaving }).getByText(CESIS_SERVICE).waitFor();
  await checkA11y(page, 'scope changes');

  // Without logging in: the public centre page lists the scope, the basket marked.
  const visitor = await e2e.newPage();
  await visit(visitor, `/centres/${balviId}`, 'public centre page with its scope');
  const publicScope = visitor.getByRole('region', { name: s.publicTitle });
  await publicScope.getByRole('row').filter({ hasText: CESIS_SERVICE }).waitFor();
  const basket = publicScope.getByRole('row').filter({ hasText: fill(s.basisBasket, { item: '3.15' }) });
  assert.equal(await basket.count(), 1);
  assert.ok(await basket.getByText(s.basketTag).isVisible());
  assert.equal(await publicScope.getByRole('link', { name: s.manageLink }).count(), 0, 'no managing for visitors');
});
