// Performance indicators in the browser (SR-21, SR-22): the demo VID coordinator opens last year's indicators,
// publishes them, enters its own channel's applications, publishes a correction with its note, sees both versions and
// records its SR-23 evaluation; anybody then reads the corrected year on the public open data page. axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, visit, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';
import { rigaToday } from '../../web/src/shared/format.ts';

const t = lv.indicators;
let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(() => e2e?.close());

test("SR-22 SR-23 SR-25.2 a publication with a correction: version 1, the own channel entered, version 2 with its note, the evaluation, the ministry's request, the public open data", async () => {
  const year = Number(rigaToday().slice(0, 4)) - 1;
  const service = await e2e.server.database.db
    .selectFrom('services')
    .select('identifier')
    .where('external_id', '=', 'demo-vid-1')
    .executeTakeFirstOrThrow();
  const coordinator = e2e.demo.find((d) => d.email.startsWith('koordinators@'));
  assert.ok(coordinator, 'the demo VID coordinator');
  const page = await e2e.newPage();
  await login(page, coordinator.email, coordinator.password);
  await visit(page, '/indicators', 'indicators');
  await page.getByRole('heading', { name: t.publish }).waitFor();
  await checkA11y(page, 'indicators before publishing');

  await page.getByRole('button', { name: fill(t.publishYear, { year }) }).click();
  const versions = page.getByRole('table', { name: t.versions });
  await versions.locator('tbody tr').first().or(page.locator('.alert--error')).first().waitFor();
  assert.equal(
    await page.locator('.alert--error').count(),
    0,
    (await page.locator('.alert--error').allTextContents()).join(),
  );
  assert.equal(await versions.locator('tbody tr').count(), 1);
  // The demo's generated history (src/seed/activity.ts) already holds electronic applications of the service: the
  // holder's own channel adds its 7 to them.
  const electronicOf = async () => {
    const open = await (await fetch(`${e2e.url}/api/v1/public/indicators?year=${year}`)).json();
    const item = open.items.find(
      (i: { serviceIdentifier: string; channel: string }) =>
        i.serviceIdentifier === service.identifier && i.channel === 'electronic',
    );
    return item as { applications: number; version: number } | undefined;
  };
  const before = (await electronicOf())?.applications ?? 0;

  await page.locator('#own-service').fill(service.identifier);
  await page.locator('#own-applications').fill('7');
  await page.getByRole('button', { name: t.ownSave }).click();
  const figures = page.locator('table', { hasText: service.identifier }).first();
  await figures.waitFor();
  await settled(page);
  await checkA11y(page, 'indicators with the own channel entered');

  await page.locator('#ind-note').fill('Pievienoti portāla pieteikumi');
  await page.getByRole('button', { name: t.publishCorrection }).click();
  await versions.getByText('Pievienoti portāla pieteikumi').waitFor();
  assert.equal(await versions.locator('tbody tr').count(), 2);
  await checkA11y(page, 'indicators after the correction');

  // SR-23: the evaluation with its three measures, from the page's link.
  await page.getByRole('link', { name: t.evaluationLink }).click();
  await page.waitForURL((url) => url.pathname === '/indicators/evaluation');
  const ev = lv.evaluation;
  await page.getByRole('heading', { name: `${ev.title} ${year}` }).waitFor();
  await page.getByLabel(ev.serviceListChanges).fill('Apvienot divus reģistrācijas pakalpojumus');
  await page.getByLabel(ev.processImprovements).fill('Pieteikumu apstrāde vienā sistēmā');
  await page.getByLabel(ev.accessibilityMeasures).fill('Pieteikums arī pa pastu');
  await page.getByRole('button', { name: ev.save }).click();
  await page
    .getByRole('status')
    .filter({ hasText: ev.saved.split('{')[0]!.trim() })
    .first()
    .waitFor();
  await checkA11y(page, 'evaluation saved');

  // SR-25.2: the ministry sees the network's year, chooses VID and asks for its data.
  const ministry = await e2e.newPage();
  const supervisor = demoLogin(e2e, 'ministry_supervisor');
  await login(ministry, supervisor.email, supervisor.password);
  await visit(ministry, `/indicators?year=${year}`, 'indicators, network');
  await ministry.locator('table', { hasText: service.identifier }).first().waitFor();
  await checkA11y(ministry, 'indicators, the network view');
  const vid = await e2e.server.database.db
    .selectFrom('organisations')
    .select('id')
    .where('short_name', '=', 'VID')
    .executeTakeFirstOrThrow();
  await visit(ministry, `/indicators?year=${year}&holderId=${vid.id}`, 'indicators, VID');
  await ministry.getByRole('button', { name: fill(t.ask, { year }) }).click();
  await ministry.getByRole('region', { name: t.requests }).getByText(t.notAnswered).waitFor();
  await checkA11y(ministry, 'indicators, the ministry asked');

  const visitor = await e2e.newPage();
  await visit(visitor, `/open-data/indicators?year=${year}`, 'open data');
  const row = visitor
    .locator('tr', { hasText: service.identifier })
    .filter({ hasText: String(before + 7) })
    .first();
  await row.waitFor();
  const text = (await row.textContent()) ?? '';
  assert.match(text, new RegExp(`2 \\(${lv.openData.correction}\\)`));
  const corrected = await electronicOf();
  assert.deepEqual([corrected?.applications, corrected?.version], [before + 7, 2]);
  await checkA11y(visitor, 'public open data');
});
