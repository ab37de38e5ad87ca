// No lost updates in the browser: two people edit one catalogue draft, and two the same centre, each in their own
// browser. The one who saves second is not silently overwritten nor overwrites: the page shows the other person's
// change beside theirs, and "re-apply mine" saves theirs over it, keeping the other change. axe on the conflict.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkA11y, demoLogin, focusedAs, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { buildUser, organisationId, TEST_PASSWORD } from '../support/factories.ts';
import { buildService } from '../../src/contacts/test-fixtures.ts';

const c = lv.conflict;
const e = lv.catalogue.editor;

let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

const factoryContext = () => ({ db: e2e.server.database.db, clock: { now: () => new Date() } });

async function open(page: Page, email: string, password: string, path: string): Promise<void> {
  await login(page, email, password);
  await page.goto(path);
  await settled(page);
}

test("two people edit one catalogue draft: the second sees the first one's change and re-applies theirs over it", async () => {
  const db = e2e.server.database.db;
  const service = await buildService(db, {
    holderId: await organisationId(db, 'VID'),
    name: 'Akcīzes preču deklarēšana',
    status: 'draft',
  });
  const first = demoLogin(e2e, 'institution_coordinator');
  const second = await buildUser(factoryContext(), { role: 'institution_coordinator', organisation: 'VID' });
  const [a, b] = [await e2e.newPage(), await e2e.newPage()];
  await open(a, first.email, first.password, `/services/${service.id}`);
  await open(b, second.email, TEST_PASSWORD, `/services/${service.id}`);

  // Both read the same version; the first saves a new short description.
  const shortText = 'Komersants deklarē akcīzes preces VID elektroniskās deklarēšanas sistēmā līdz mēneša 15. datumam.';
  await a.locator('#svc-shortDescription-lv').fill(shortText);
  await a.getByRole('button', { name: e.saveDraft }).click();
  await a.getByRole('status').filter({ hasText: e.draftSaved }).waitFor();

  // The second renames it from the version they read: refused as stale, shown as a conflict, nothing overwritten.
  await b.locator('#svc-name-lv').fill('Akcīzes preču deklarācijas iesniegšana');
  await b.getByRole('button', { name: e.saveDraft }).click();
  const conflict = b.getByRole('region', { name: c.title });
  await conflict.waitFor();
  assert.equal(await focusedAs(b, 'svc-conflict'), 'svc-conflict', 'the conflict takes the focus');
  const rows = conflict.locator('tbody tr');
  const theirs = rows.filter({ hasText: shortText });
  assert.equal(await theirs.count(), 1, "the other person's new description is shown");
  assert.match(
    (await rows.filter({ hasText: 'Akcīzes preču deklarācijas iesniegšana' }).textContent()) ?? '',
    /Akcīzes preču deklarēšana/,
    'their name beside mine',
  );
  await checkA11y(b, 'a catalogue draft in conflict');

  await conflict.getByRole('button', { name: c.reapply }).click();
  await b.getByRole('status').filter({ hasText: c.reapplied }).waitFor();
  await conflict.waitFor({ state: 'detached' });
  assert.equal(await conflict.count(), 0);
  assert.equal(await b.locator('#svc-name-lv').inputValue(), 'Akcīzes preču deklarācijas iesniegšana');
  assert.equal(await b.locator('#svc-shortDescription-lv').inputValue(), shortText, 'the first change is kept');
  const stored = await db
    .selectFrom('service_versions')
    .select('content')
    .where('service_id', '=', service.id)
    .where('published_from', 'is', null)
    .executeTakeFirstOrThrow();
  const content = stored.content as { name: { lv: string }; shortDescription: { lv: string } };
  assert.deepEqual(
    [content.name.lv, content.shortDescription.lv],
    ['Akcīzes preču deklarācijas iesniegšana', shortText],
  );
});

test("two people edit one centre: the second sees the first one's phone and re-applies theirs; the first, stale in turn, discards theirs", async () => {
  const admin = demoLogin(e2e, 'org_admin');
  const head = demoLogin(e2e, 'centre_head');
  const centre = await e2e.server.database.db
    .selectFrom('centres')
    .select('id')
    .where('name', 'like', 'Balvu novada%')
    .executeTakeFirstOrThrow();
  const [a, b] = [await e2e.newPage(), await e2e.newPage()];
  await open(a, admin.email, admin.password, `/centres/${centre.id}/edit`);
  await open(b, head.email, head.password, `/centres/${centre.id}/edit`);

  await a.locator('#centre-phone').fill('+371 64500101');
  await a.getByRole('button', { name: lv.centres.save }).first().click();
  await a.getByRole('status').filter({ hasText: lv.centres.saved }).waitFor();

  await b.locator('#centre-email').fill('klienti@balvi.lv');
  await b.getByRole('button', { name: lv.centres.save }).first().click();
  const conflict = b.getByRole('region', { name: c.title });
  await conflict.waitFor();
  assert.match((await conflict.locator('tbody').textContent()) ?? '', /\+371 64500101/);
  await checkA11y(b, 'a centre in conflict');
  await conflict.getByRole('button', { name: c.reapply }).click();
  await b.getByRole('status').filter({ hasText: c.reapplied }).waitFor();
  await b.waitForFunction(
    () => (document.querySelector('#centre-phone') as HTMLInputElement | null)?.value === '+371 64500101',
  );
  assert.equal(await b.locator('#centre-email').inputValue(), 'klienti@balvi.lv');

  // Now the first page is the stale one; its user looks at the other change and drops their own.
  await a.locator('#centre-website').fill('https://www.balvi.lv/vpvkac');
  await a.getByRole('button', { name: lv.centres.save }).first().click();
  const back = a.getByRole('region', { name: c.title });
  await back.waitFor();
  assert.match((await back.locator('tbody').textContent()) ?? '', /klienti@balvi\.lv/);
  await back.getByRole('button', { name: c.discard }).click();
  await a.getByRole('status').filter({ hasText: c.discarded }).waitFor();
  await a.waitForFunction(
    () => (document.querySelector('#centre-email') as HTMLInputElement | null)?.value === 'klienti@balvi.lv',
  );
  assert.notEqual(await a.locator('#centre-website').inputValue(), 'https://www.balvi.lv/vpvkac');
});
