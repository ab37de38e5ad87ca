// DR-25.2.1: each change of the basket opens, for every institution whose items it touches, the duty to train the
// centres' staff within one month, in the transaction that records the version; the institution records the
// training held, which fulfils it. The draft's impact lists the trainings and guidance still owed (CR-15.1, CR-15.2,
// DR-25.2.1). Dates come from the test's clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { loadShippedCatalogue } from '../seed/index.ts';

let ctx: TestContext;
let ministry: Session;
let vsaaCoordinator: Session;
let vsaa: string;
const emails = { ministry: '', vsaa: '' };

type BasketItem = {
  annexItem: string;
  name: { lv: string; en: string };
  institution: { id: string } | null;
  services: string[];
};

/** The basket in force as a new version's body, with item 6.19 (VSAA's) reworded. */
async function reworded(effectiveFrom: string) {
  const basket = (await ctx.app.inject({ method: 'GET', url: '/api/v1/public/basket' })).json();
  return {
    effectiveFrom,
    note: 'DR-25.2.1 tests',
    items: (basket.items as BasketItem[])
      .filter((i) => i.institution)
      .map((i) => ({
        annexItem: i.annexItem,
        nameLv: i.annexItem === '6.19' ? `${i.name.lv} (precizēts ${effectiveFrom})` : i.name.lv,
        nameEn: i.name.en,
        institutionId: i.institution!.id,
        serviceIds: i.services,
      })),
  };
}

const trainings = () =>
  ctx.db
    .selectFrom('obligations')
    .select(['id', 'organisation_id', 'subject_type', 'subject_id', 'start_date', 'due_date', 'status'])
    .where('rule_id', '=', 'DR-25.2.1')
    .orderBy('start_date')
    .execute();

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T09:30:00Z'); // Monday
  await loadShippedCatalogue(ctx.db, { demo: false }, ctx.clock.now());
  vsaa = await organisationId(ctx.db, 'VSAA');
  emails.ministry = (await buildUser(ctx, { role: 'ministry_supervisor' })).email;
  emails.vsaa = (await buildUser(ctx, { role: 'institution_coordinator', organisation: 'VSAA' })).email;
  ministry = await login(ctx.app, emails.ministry);
  vsaaCoordinator = await login(ctx.app, emails.vsaa);
});
after(() => ctx.close());

test('DR-25.2.1 the shipped history opens no training duty; a dry run and a draft’s impact write none', async () => {
  assert.deepEqual(await trainings(), []);
  const body = await reworded('2026-12-14');
  const dry = await ministry.request('POST', '/api/v1/basket/versions/import?format=json&dryRun=true', body);
  assert.equal(dry.status, 200, dry.body);
  const impact = await ministry.request('POST', '/api/v1/basket/versions/impact', body);
  assert.equal(impact.status, 200, impact.body);
  assert.deepEqual(impact.json.owed, []);
  assert.deepEqual(await trainings(), []);
});

test('DR-25.2.1 a recorded version opens the training for the institution it touches, due one month after it takes effect; the impact lists it until VSAA records it held', async () => {
  const recorded = await ministry.request('POST', '/api/v1/basket/versions', await reworded('2026-12-14'));
  assert.equal(recorded.status, 201, recorded.body);
  const versionId = recorded.json.version.id as string;
  const open = await trainings();
  assert.equal(open.length, 1, 'only VSAA: item 6.19 is the only one changed');
  assert.deepEqual(
    { ...open[0], id: undefined },
    {
      id: undefined,
      organisation_id: vsaa,
      subject_type: 'basket_version',
      subject_id: versionId,
      start_date: '2026-12-14',
      due_date: '2027-01-14',
      status: 'open',
    },
  );

  const impact = await ministry.request('POST', '/api/v1/basket/versions/impact', await reworded('2026-12-21'));
  assert.equal(impact.status, 200, impact.body);
  assert.equal(impact.json.owed.length, 1);
  const owed = impact.json.owed[0];
  assert.equal(owed.ruleId, 'DR-25.2.1');
  assert.equal(owed.organisationId, vsaa);
  assert.equal(owed.dueDate, '2027-01-14');
  assert.equal(owed.overdue, false);
  assert.match(owed.subject.lv, /^Pakalpojumu grozs, versija Nr\. \d+ \(no 14\.12\.2026\.\)$/);
  assert.equal(owed.subject.en, `The basket, version No. ${recorded.json.version.number} (from 2026-12-14)`);
  assert.equal(owed.subject.path, '/basket?date=2026-12-14');

  // The day after the due day (Riga time) it is overdue; then VSAA records the training held.
  ctx.clock.set('2027-01-15T08:00:00Z');
  ministry = await login(ctx.app, emails.ministry);
  vsaaCoordinator = await login(ctx.app, emails.vsaa);
  const later = await ministry.request('POST', '/api/v1/basket/versions/impact', await reworded('2027-01-20'));
  assert.equal(later.json.owed[0].overdue, true);
  const done = await vsaaCoordinator.request('POST', `/api/v1/obligations/${open[0]!.id}/record`, {
    doneOn: '2027-01-12',
    note: 'Mācības centru darbiniekiem attālināti',
  });
  assert.equal(done.status, 200, done.body);
  const [row] = await trainings();
  assert.equal(row!.status, 'fulfilled_on_time');
  const after = await ministry.request('POST', '/api/v1/basket/versions/impact', await reworded('2027-01-20'));
  assert.deepEqual(after.json.owed, []);
});
