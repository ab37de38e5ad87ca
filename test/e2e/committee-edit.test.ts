// Editing a planned committee meeting in the browser (CR-11), from the keyboard: the ministry changes the day and
// place (Enter in the field saves), renames an agenda item and takes another off the agenda (the rest renumbered);
// once the meeting is recorded as held the edit forms are gone. axe on each state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';

const c = lv.committee;
let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

test('CR-11 the ministry edits a planned meeting’s day, place and agenda from the keyboard; a held meeting has no edit forms', async () => {
  const page = await e2e.newPage();
  const ministry = demoLogin(e2e, 'ministry_supervisor');
  await login(page, ministry.email, ministry.password);
  await page.goto('/committee/meetings');
  await settled(page);
  await page.getByLabel(c.place).fill('Sākotnējā vieta');
  await page.getByRole('button', { name: c.planMeeting }).click();
  await page.waitForURL((url) => /^\/committee\/meetings\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(page);
  for (const title of ['Centru darbības analīze', 'Pakalpojumu kvalitāte']) {
    await page.getByLabel(c.itemTitle, { exact: true }).fill(title);
    await page.getByRole('button', { name: c.addItem }).click();
    await page.getByRole('heading', { name: title }).waitFor();
  }

  const edit = page.getByRole('form', { name: c.editMeeting });
  await edit.getByLabel(c.place).fill('VARAM, Peldu iela 25');
  await edit.getByLabel(c.place).press('Enter');
  await page.getByRole('status').filter({ hasText: c.meetingSaved }).waitFor();
  await page.locator('dl.facts').getByText('VARAM, Peldu iela 25').waitFor();
  await checkA11y(page, 'planned meeting with edit forms');

  const second = page.getByLabel(fill(c.itemTitleOf, { n: 2 }));
  await second.fill('Pakalpojumu kvalitāte (10.2. punkts)');
  await second.press('Enter');
  await page.getByRole('status').filter({ hasText: c.itemSaved }).waitFor();
  await page.getByRole('heading', { name: 'Pakalpojumu kvalitāte (10.2. punkts)' }).waitFor();

  const remove = page.getByRole('button', { name: fill(c.removeItem, { n: 1 }) });
  await remove.focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: fill(c.itemRemoved, { title: 'Centru darbības analīze' }) })
    .waitFor();
  await page.getByRole('heading', { name: 'Centru darbības analīze' }).waitFor({ state: 'detached' });
  await page.getByLabel(fill(c.itemTitleOf, { n: 1 })).waitFor();
  await page.getByLabel(fill(c.itemTitleOf, { n: 2 })).waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel(fill(c.itemTitleOf, { n: 2 })).count(), 0, 'the rest renumbered');

  await page.getByRole('button', { name: c.markHeld }).click();
  await page.getByRole('status').filter({ hasText: c.heldRecorded }).waitFor();
  // The meeting is read again after the step is announced: wait for the page to show it held.
  await page.getByRole('form', { name: c.editMeeting }).waitFor({ state: 'detached' });
  assert.equal(await page.getByRole('form', { name: c.editMeeting }).count(), 0, 'CR-11: a held meeting is frozen');
  assert.equal(await page.getByRole('button', { name: fill(c.removeItem, { n: 1 }) }).count(), 0);
  await checkA11y(page, 'held meeting');
});
