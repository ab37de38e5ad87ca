// A proposal from letter to start in the browser (CR-12 … CR-15): the municipality files it with its signed letter
// (an empty form first: the API names the fields, /letterId among them), the holder confirms its readiness, the
// centre says it wants it (CR-14.2.2: only after the holder), the ministry sends it to the committee, the committee
// decides (its capability calls decideProposal), the holder records the training and puts in the guidance, the
// centre starts — "in service". Every page checked with axe; the steps' days are the server's today.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { systemActor } from '../../src/platform/access/actor.ts';
import { inTransaction } from '../../src/platform/db/transaction.ts';
import { decideProposal } from '../../src/proposals/index.ts';
import { pdfBytes } from '../../src/documents/test-fixtures.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { rigaDate } from '../../src/platform/time.ts';
import type { Page } from 'playwright-core';

const t = lv.proposals;
// The demo accounts' grants start on the day the server loads them: the server keeps the real clock, and the days the
// forms are given are that clock's Riga day.
const now = () => new Date();
const today = rigaDate(now());
let e2e: E2E;

before(async () => {
  e2e = await startE2E({ now });
});
after(() => e2e?.close());

const TITLE = 'Būvatļauju konsultācijas VPVKAC';

async function as(role: string): Promise<Page> {
  const page = await e2e.newPage();
  const who = demoLogin(e2e, role);
  await login(page, who.email, who.password);
  return page;
}

async function openProposal(page: Page, id: string, label: string) {
  await page.goto(`/proposals/${id}`);
  await settled(page);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await checkA11y(page, label);
}

async function stateIs(page: Page, state: keyof typeof t.states) {
  await page.getByRole('region', { name: t.nowTitle }).getByText(t.states[state], { exact: true }).waitFor();
}

test('CR-12 CR-14.2.2 CR-15.1 CR-15.2 CR-15.3 a proposal from letter to start in the browser, axe clean on every page', async () => {
  const municipality = await as('org_admin');
  await municipality.goto('/proposals');
  await settled(municipality);
  assert.equal(await municipality.locator('h1').textContent(), t.title);
  await checkA11y(municipality, 'proposals list');
  await municipality.getByRole('link', { name: t.viewStuck }).click();
  await settled(municipality);
  await municipality.getByText(t.stuckIntro).waitFor();
  await checkA11y(municipality, 'stuck view');

  await municipality.getByRole('link', { name: t.fileLink }).click();
  await municipality.waitForURL((url) => url.pathname === '/proposals/new');
  await settled(municipality);
  await checkA11y(municipality, 'file form');
  await municipality.getByRole('button', { name: t.submit }).click();
  const summary = municipality.getByRole('alert');
  await summary.getByRole('link', { name: new RegExp(`^${t.fields.letter}:`) }).waitFor();
  await checkA11y(municipality, 'file form with errors');

  await municipality.getByLabel(t.fields.title).fill(TITLE);
  await municipality.locator('#proposal-stage').fill('Konsultācijas par nodokļu deklarāciju aizpildīšanu');
  const holderSelect = municipality.locator('#proposal-holder');
  const vid = await holderSelect.locator('option', { hasText: 'Valsts ieņēmumu dienests' }).getAttribute('value');
  await holderSelect.selectOption(vid!);
  await municipality.getByLabel(t.fields.justification).fill('Klientiem nav jābrauc uz Rīgu.');
  await municipality.locator('#proposal-letter').setInputFiles({
    name: 'vestule.pdf',
    mimeType: 'application/pdf',
    buffer: pdfBytes('Vestule'),
  });
  await municipality.getByRole('link', { name: /vestule\.pdf/ }).waitFor();
  await municipality.getByRole('button', { name: t.submit }).click();
  await municipality.waitForURL((url) => /^\/proposals\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(municipality);
  const id = new URL(municipality.url()).pathname.split('/').pop()!;
  await stateIs(municipality, 'gathering');
  await checkA11y(municipality, 'proposal filed');

  // CR-14.2.2: the centres are asked only after the holder confirms — until then the centre head has nothing to do.
  const centre = await as('centre_head');
  await openProposal(centre, id, 'proposal seen by the centre before the holder confirms');
  await centre.getByText(t.noActions).waitFor();

  const holder = await as('institution_coordinator');
  await openProposal(holder, id, 'proposal seen by the holder');
  const readiness = holder.getByRole('form', { name: t.holderAnswerTitle });
  await readiness.getByRole('button', { name: t.save }).click();
  await holder.getByText(t.ready, { exact: true }).waitFor();

  await openProposal(centre, id, 'proposal seen by the centre after the holder confirmed');
  const answer = centre.getByRole('form', { name: /^Vai centrs/ });
  await answer.getByLabel(t.note).fill('Mums ir konsultants');
  await answer.getByRole('button', { name: t.save }).click();
  await centre.getByRole('region', { name: t.centresTitle }).getByText('Mums ir konsultants').waitFor();

  const ministry = await as('ministry_supervisor');
  await openProposal(ministry, id, 'proposal seen by the ministry');
  await ministry.getByRole('form', { name: t.informationTitle }).getByRole('button', { name: t.save }).click();
  await stateIs(ministry, 'ready_for_committee');
  await checkA11y(ministry, 'proposal waiting for the committee');

  // The committee decides in its own pages (src/committee calls decideProposal in its transaction); here directly.
  const deps = { db: e2e.server.database.db, config: loadConfig({ NODE_ENV: 'test' }), now };
  await inTransaction(deps.db, (trx) =>
    decideProposal(
      trx,
      deps,
      { actor: systemActor('committee') },
      {
        proposalId: id,
        positive: true,
        decisionId: 'Lēmums Nr. 7',
        decidedOn: today,
      },
    ),
  );

  await openProposal(holder, id, 'approved proposal seen by the holder');
  await stateIs(holder, 'approved');
  const training = holder.getByRole('form', { name: t.trainingTitle });
  await training.getByLabel(t.heldOn).fill(today);
  await training.getByRole('button', { name: t.save }).click();
  await stateIs(holder, 'training_held');
  const guidance = holder.getByRole('form', { name: t.guidanceTitle });
  await guidance.getByLabel(t.guidanceFile).setInputFiles({
    name: 'metodika.pdf',
    mimeType: 'application/pdf',
    buffer: pdfBytes('Metodika'),
  });
  await guidance.getByRole('link', { name: /metodika\.pdf/ }).waitFor();
  await guidance.getByRole('button', { name: t.save }).click();
  await stateIs(holder, 'guidance_published');
  await checkA11y(holder, 'guidance published');

  await openProposal(centre, id, 'proposal seen by the centre after the training');
  const start = centre.getByRole('form', { name: /uzsāka sniegt$/ });
  await start.getByLabel(t.startedOnLabel).fill(today);
  await start.getByRole('button', { name: t.save }).click();
  await stateIs(centre, 'in_service');
  const history = centre.getByRole('region', { name: t.historyTitle });
  for (const step of [
    'file_transfer',
    'answer_holder',
    'answer_centre',
    'prepare_information',
    'decide',
    'record_training',
    'publish_guidance',
    'start_centre',
  ] as const)
    await history.getByText(t.actions[step], { exact: true }).first().waitFor();
  await checkA11y(centre, 'proposal in service');
  // Finished, it leaves the "stuck" view; the demo proposal, still with the ministry, stays there.
  await centre.goto('/proposals?view=stuck');
  await settled(centre);
  const table = centre.getByRole('table');
  await table.getByRole('link', { name: /demonstrācija/ }).waitFor();
  assert.equal(await table.getByRole('link', { name: TITLE }).count(), 0);
  await checkA11y(centre, 'stuck view after the start');
});
