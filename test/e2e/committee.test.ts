// The supervisory committee in the browser (CR-9, CR-10, CR-11): the ministry opens "Komiteja", sees the demo members
// (the ministry and the three associations) and the composition check naming the bodies still missing, plans a
// meeting, adds an agenda item (CR-10.2), records that it was held (CR-11) and a decision with the members' votes,
// downloads the draft minutes as a PDF and approves them — then the meeting is final and its forms are gone. A
// committee member sees the same meeting read-only. axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';

const c = lv.committee;
let e2e: E2E;
let meetingPath = '';

before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

test('CR-9 CR-10.2 CR-11 the ministry runs a committee meeting from plan to approved minutes', async () => {
  const page = await e2e.newPage();
  const ministry = demoLogin(e2e, 'ministry_supervisor');
  await login(page, ministry.email, ministry.password);
  await page.getByRole('navigation', { name: lv.layout.nav }).getByRole('link', { name: lv.nav.committee }).click();
  await page.waitForURL((url) => url.pathname === '/committee');
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), c.title);
  const members = page.getByRole('table', { name: c.members });
  await members.waitFor();
  const names = await members.locator('tbody th[scope="row"]').allTextContents();
  for (const name of [
    'Latvijas Pašvaldību savienība',
    'Latvijas Lielo pilsētu asociācija',
    'Reģionālo attīstības centru apvienība',
  ])
    assert.ok(names.includes(name), `${name} is a demo member`);
  const composition = page.getByRole('region', { name: c.composition });
  await composition.getByText(c.missing).waitFor();
  const missing = await composition.locator('li').allTextContents();
  assert.deepEqual(missing, ['Iestādes', 'Pakalpojumu turētāji'], 'CR-9: the bodies without a member are named');
  await checkA11y(page, 'committee');

  await page.getByRole('link', { name: c.meetingsLink }).click();
  await page.waitForURL((url) => url.pathname === '/committee/meetings');
  await settled(page);
  await page.getByRole('table', { name: c.meetings }).waitFor();
  // The demo meeting is listed, labelled.
  await page.getByText(`(${c.demo})`).first().waitFor();
  await checkA11y(page, 'committee meetings');

  await page.getByLabel(c.place).fill('VARAM sēžu zāle');
  await page.getByRole('button', { name: c.planMeeting }).click();
  await page.waitForURL((url) => /^\/committee\/meetings\/[0-9a-f-]{36}$/.test(url.pathname));
  meetingPath = new URL(page.url()).pathname;
  await settled(page);
  await page.getByText(c.noAgenda).waitFor();

  await page.getByLabel(c.itemTitle).fill('Pakalpojumu kvalitāte centros');
  await page.getByLabel(c.subjectKind).selectOption('quality_evaluation');
  await page.getByRole('button', { name: c.addItem }).click();
  await page.getByRole('heading', { name: 'Pakalpojumu kvalitāte centros' }).waitFor();
  await page.getByText(c.subjectKinds.quality_evaluation).first().waitFor();

  await page.getByRole('button', { name: c.markHeld }).click();
  await page.getByRole('status').filter({ hasText: c.heldRecorded }).waitFor();
  await checkA11y(page, 'meeting held');

  await page.getByLabel(c.agendaItem).selectOption({ label: '1. Pakalpojumu kvalitāte centros' });
  await page.getByLabel(c.decisionText).fill('Atzīt kvalitāti par atbilstošu');
  const vote = (name: string) => page.getByLabel(fill(c.voteOf, { name }));
  await vote('Viedās administrācijas un reģionālās attīstības ministrija').selectOption('for');
  await vote('Latvijas Pašvaldību savienība').selectOption('for');
  await vote('Latvijas Lielo pilsētu asociācija').selectOption('against');
  await page.getByRole('button', { name: c.recordDecision }).click();
  await page.getByRole('status').filter({ hasText: c.decisionRecorded }).waitFor();
  await page.getByText(fill(c.tally, { for: 2, against: 1, abstain: 0 }), { exact: false }).waitFor();
  await page.getByText(c.adopted, { exact: true }).waitFor();
  await checkA11y(page, 'meeting with a decision');

  const draftLink = page.getByRole('link', { name: c.minutesDraft });
  const draft = await page.request.get((await draftLink.getAttribute('href'))!);
  assert.equal(draft.status(), 200);
  assert.equal(draft.headers()['content-type'], 'application/pdf');
  assert.equal((await draft.body()).subarray(0, 5).toString('latin1'), '%PDF-');

  await page.getByRole('button', { name: c.approveMinutes }).click();
  await page.getByRole('status').filter({ hasText: c.minutesApproved }).waitFor();
  await page.getByRole('link', { name: c.minutesFinal }).waitFor();
  assert.equal(await page.getByRole('button', { name: c.addItem }).count(), 0, 'final: no more changes');
  assert.equal(await page.getByRole('button', { name: c.approveMinutes }).count(), 0);
  await checkA11y(page, 'meeting with approved minutes');
});

test('CR-9 a committee member sees the committee and the meeting read-only', async () => {
  assert.ok(meetingPath, 'the meeting of the first test');
  const page = await e2e.newPage();
  const member = demoLogin(e2e, 'committee_member');
  await login(page, member.email, member.password);
  await page.goto(meetingPath);
  await settled(page);
  await page.getByRole('link', { name: c.minutesFinal }).waitFor();
  await page.getByText('Atzīt kvalitāti par atbilstošu', { exact: false }).waitFor();
  assert.equal(await page.getByRole('button').filter({ hasText: c.approveMinutes }).count(), 0);
  assert.equal(await page.locator('form').filter({ hasText: c.addItem }).count(), 0);
  await checkA11y(page, 'meeting as a committee member');
  await page.goto('/committee');
  await settled(page);
  await page.getByRole('table', { name: c.members }).waitFor();
  assert.equal(await page.getByRole('button', { name: c.addMember }).count(), 0);
});
