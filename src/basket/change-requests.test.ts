// DR-15, the procedure of changing the basket, through the API: each step opens and fulfils its duty (due dates on
// the working-day calendar from the test's clock), the notices go through the outbox, every step is audited, a step
// out of order is refused with 409 naming its rule, bad input with 400 naming the field and nothing written. Then
// the impact of a draft version per centre and CR-2.6: every centre's scope holds the whole basket in force.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, firstCentreId, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { loadShippedCatalogue } from '../seed/index.ts';
import { loadBasketChangeDemo } from './index.ts';

let ctx: TestContext;
const CENTRE_MAIL = 'centrs.dr15@test.vienuviet.lv';
const HOLDER_MAIL = 'vsaa.dr15@test.vienuviet.lv';
let vsaa: string;
let emails: string[] = [];
let holder: Session;
let otherHolder: Session;
let ministry: Session;
let maintainer: Session;

async function loginAll() {
  const all = await Promise.all(emails.map((e) => login(ctx.app, e)));
  [holder, otherHolder, ministry, maintainer] = all as [Session, Session, Session, Session];
}

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T09:30:00Z'); // Monday
  await loadShippedCatalogue(ctx.db, { demo: false }, ctx.clock.now());
  vsaa = await organisationId(ctx.db, 'VSAA');
  await ctx.db.updateTable('organisations').set({ email: HOLDER_MAIL }).where('id', '=', vsaa).execute();
  // Two more centres beside the directory's: one with its own e-mail (the notice goes there), one without.
  const withMail = await buildCentre(ctx.db);
  await ctx.db.updateTable('centres').set({ email: CENTRE_MAIL }).where('id', '=', withMail.centreId).execute();
  await buildCentre(ctx.db);
  const email = async (role: Parameters<typeof buildUser>[1]) => (await buildUser(ctx, role)).email;
  emails = [
    await email({ role: 'institution_coordinator', organisation: 'VSAA' }),
    await email({ role: 'institution_coordinator', organisation: 'VID' }),
    await email({ role: 'ministry_supervisor' }),
    await email({ role: 'maintainer' }),
  ];
  await loginAll();
});
after(() => ctx.close());

const request = (overrides: Record<string, unknown> = {}) => ({
  kind: 'change',
  annexItem: '6.19',
  title: 'Pozīcijas 6.19 precizēšana',
  justification: 'Likuma redakcija mainījusies',
  ...overrides,
});

function duties(id: string) {
  return ctx.db
    .selectFrom('obligations')
    .select(['rule_id', 'organisation_id', 'start_date', 'due_date', 'status', 'fulfilled_on'])
    .where('subject_type', '=', 'basket_change_request')
    .where('subject_id', '=', id)
    .orderBy('rule_id')
    .execute();
}

const requestCount = async () => (await ctx.db.selectFrom('basket_change_requests').select('id').execute()).length;

type BasketItem = {
  annexItem: string;
  name: { lv: string; en: string };
  institution: { id: string } | null;
  services: string[];
};

const basketNotices = async () =>
  (
    await ctx.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('subject', 'like', 'Aktualizēts pakalpojumu grozs%')
      .execute()
  ).length;

/** The basket in force as the body of a new version taking effect on the day, with item 6.19 reworded. */
async function versionBody(effectiveFrom: string, drop: string[] = []) {
  const basket = (await ctx.app.inject({ method: 'GET', url: '/api/v1/public/basket' })).json();
  return {
    effectiveFrom,
    note: 'DR-15 pieprasījums',
    items: (basket.items as BasketItem[])
      .filter((i) => i.institution && !drop.includes(i.annexItem))
      .map((i) => ({
        annexItem: i.annexItem,
        nameLv: i.annexItem === '6.19' ? `${i.name.lv} (precizēts)` : i.name.lv,
        nameEn: i.name.en,
        institutionId: i.institution!.id,
        serviceIds: i.services,
      })),
  };
}

test('DR-15 the demo request: PMLP asked three days ago, the ministry agreed yesterday, its DR-15.3 open; added once', async () => {
  await loadBasketChangeDemo(ctx.deps);
  await loadBasketChangeDemo(ctx.deps);
  const rows = await ctx.db.selectFrom('basket_change_requests').selectAll().execute();
  assert.equal(rows.length, 1);
  const demo = rows[0]!;
  assert.equal(demo.state, 'approved');
  assert.match(demo.title, /demonstrācija/);
  assert.equal(demo.holder_id, await organisationId(ctx.db, 'PMLP'));
  assert.equal(demo.received_on, '2026-11-20');
  assert.deepEqual(
    (await duties(demo.id)).map((d) => [d.rule_id, d.status]),
    [
      ['DR-15.2', 'fulfilled_on_time'],
      ['DR-15.3', 'open'],
    ],
  );
});

test('DR-15 the whole procedure: each step fulfils its duty and opens the next on the working-day calendar; the version notifies every centre', async () => {
  const filed = await holder.request('POST', '/api/v1/basket/change-requests', request());
  assert.equal(filed.status, 201, filed.body);
  const id = filed.json.id as string;
  assert.equal(filed.json.state, 'awaiting_opinion');
  // DR-15.2: received Monday 23.11.2026, 5 working days → Monday 30.11.2026.
  assert.deepEqual(filed.json.duties.opinion, {
    ruleId: 'DR-15.2',
    due: '2026-11-30',
    doneOn: null,
    overdue: false,
    late: false,
  });

  const opinion = await ministry.request('POST', `/api/v1/basket/change-requests/${id}/opinion`, {
    positive: true,
    opinion: 'Atbalstām',
  });
  assert.equal(opinion.status, 200, opinion.body);
  assert.equal(opinion.json.state, 'approved');
  // DR-15.3: 10 working days from the opinion → Monday 07.12.2026.
  assert.equal(opinion.json.duties.information.due, '2026-12-07');
  const toHolder = await ctx.db
    .selectFrom('mail_outbox')
    .select('subject')
    .where('to_address', '=', HOLDER_MAIL)
    .execute();
  assert.ok(
    toHolder.some((m) => m.subject.startsWith('Ministrijas viedoklis')),
    'DR-15.2: the opinion goes to the holder',
  );

  const informed = await holder.request('POST', `/api/v1/basket/change-requests/${id}/information`, {
    information: 'Pozīcijas 6.19 jaunais nosaukums pielikumā',
  });
  assert.equal(informed.status, 200, informed.body);
  assert.equal(informed.json.state, 'information_sent');
  // DR-15.4: 2 working days → Wednesday 25.11.2026.
  assert.equal(informed.json.duties.publication.due, '2026-11-25');

  const before = await basketNotices();
  const published = await maintainer.request(
    'POST',
    `/api/v1/basket/change-requests/${id}/version`,
    await versionBody('2026-12-01'),
  );
  assert.equal(published.status, 201, published.body);
  assert.equal(published.json.request.state, 'published');
  assert.equal(published.json.result.changes.changed[0].annexItem, '6.19');
  const notified = published.json.request.centresNotified as number;
  assert.ok(notified > 0, 'the centres are notified');
  const sent = await basketNotices();
  assert.equal(sent - before, notified, 'one notice per centre, through the outbox');
  const toCentre = await ctx.db
    .selectFrom('mail_outbox')
    .select('subject')
    .where('to_address', '=', CENTRE_MAIL)
    .execute();
  assert.deepEqual(
    toCentre.map((m) => m.subject),
    [`Aktualizēts pakalpojumu grozs (versija Nr. ${published.json.result.version.number}) / The basket was updated`],
  );

  assert.deepEqual(
    (await duties(id)).map((d) => [d.rule_id, d.start_date, d.due_date, d.status, d.fulfilled_on]),
    [
      ['DR-15.2', '2026-11-23', '2026-11-30', 'fulfilled_on_time', '2026-11-23'],
      ['DR-15.3', '2026-11-23', '2026-12-07', 'fulfilled_on_time', '2026-11-23'],
      ['DR-15.4', '2026-11-23', '2026-11-25', 'fulfilled_on_time', '2026-11-23'],
    ],
  );
  const actions = async (entity: string) =>
    (
      await ctx.db.selectFrom('audit_events').select('action').where('entity_id', '=', entity).orderBy('seq').execute()
    ).map((a) => a.action);
  assert.deepEqual(await actions(id), [
    'basket.change.request',
    'basket.change.opinion',
    'basket.change.inform',
    'basket.change.publish',
  ]);
  assert.deepEqual(await actions(published.json.result.version.id), ['basket.version.record']);
});

test('DR-15 a step out of order is refused with 409 naming its rule, and nothing is written', async () => {
  const filed = await holder.request('POST', '/api/v1/basket/change-requests', request({ annexItem: '3.13' }));
  assert.equal(filed.status, 201, filed.body);
  const id = filed.json.id as string;
  const early = await holder.request('POST', `/api/v1/basket/change-requests/${id}/information`, {
    information: 'Par agru',
  });
  assert.equal(early.status, 409, early.body);
  assert.match(early.body, /DR-15\.3/);
  const version = await maintainer.request(
    'POST',
    `/api/v1/basket/change-requests/${id}/version`,
    await versionBody('2026-12-02'),
  );
  assert.equal(version.status, 409, version.body);
  assert.match(version.body, /DR-15\.4/);
  const no = await ministry.request('POST', `/api/v1/basket/change-requests/${id}/opinion`, {
    positive: false,
    opinion: 'Neatbalstām',
  });
  assert.equal(no.status, 200, no.body);
  assert.equal(no.json.state, 'rejected');
  assert.equal(no.json.duties.information, null, 'a negative opinion opens no DR-15.3');
  const again = await ministry.request('POST', `/api/v1/basket/change-requests/${id}/opinion`, {
    positive: true,
    opinion: 'Tomēr',
  });
  assert.equal(again.status, 409);
  assert.match(again.body, /DR-15\.2/);
  assert.deepEqual(
    (await duties(id)).map((d) => [d.rule_id, d.status]),
    [['DR-15.2', 'fulfilled_on_time']],
  );
  const row = await ctx.db
    .selectFrom('basket_change_requests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.equal(row.opinion, 'Neatbalstām');
  assert.equal(row.informed_on, null);
});

test('DR-15 bad input is refused naming the field, and nothing is written', async () => {
  const count = await requestCount();
  const future = await holder.request('POST', '/api/v1/basket/change-requests', request({ receivedOn: '2026-11-24' }));
  assert.equal(future.status, 400);
  assert.match(future.body, /\/receivedOn/);
  const item = await holder.request('POST', '/api/v1/basket/change-requests', request({ annexItem: '9.99' }));
  assert.equal(item.status, 400);
  assert.match(item.body, /\/annexItem/);
  const include = await holder.request('POST', '/api/v1/basket/change-requests', request({ kind: 'include' }));
  assert.equal(include.status, 400);
  assert.match(include.body, /\/serviceId/);
  const blank = await holder.request('POST', '/api/v1/basket/change-requests', request({ title: '' }));
  assert.equal(blank.status, 400);
  assert.match(blank.body, /\/title/);
  const noHolder = await ministry.request('POST', '/api/v1/basket/change-requests', request());
  assert.equal(noHolder.status, 400);
  assert.match(noHolder.body, /\/holderId/);
  assert.equal(await requestCount(), count);

  const filed = await holder.request(
    'POST',
    '/api/v1/basket/change-requests',
    request({ annexItem: '3.14', receivedOn: '2026-11-20' }),
  );
  assert.equal(filed.status, 201, filed.body);
  const id = filed.json.id as string;
  const early = await ministry.request('POST', `/api/v1/basket/change-requests/${id}/opinion`, {
    positive: true,
    opinion: 'Atbalstām',
    givenOn: '2026-11-19',
  });
  assert.equal(early.status, 400);
  assert.match(early.body, /\/givenOn/);
  const row = await ctx.db
    .selectFrom('basket_change_requests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.equal(row.state, 'awaiting_opinion');
  assert.deepEqual(
    (await duties(id)).map((d) => [d.rule_id, d.status]),
    [['DR-15.2', 'open']],
  );
});

test("DR-15 parties: another holder's people neither see nor act on a request (404), a holder gives no opinion (403), files only for itself (403)", async () => {
  const filed = await holder.request('POST', '/api/v1/basket/change-requests', request({ annexItem: '3.15' }));
  const id = filed.json.id as string;
  const list = await otherHolder.request('GET', '/api/v1/basket/change-requests');
  assert.equal(list.status, 200);
  assert.ok(!list.json.items.some((r: { id: string }) => r.id === id));
  const other = await otherHolder.request('POST', `/api/v1/basket/change-requests/${id}/cancel`, { reason: 'x' });
  assert.equal(other.status, 404);
  const own = await holder.request('POST', `/api/v1/basket/change-requests/${id}/opinion`, {
    positive: true,
    opinion: 'Paši sev',
  });
  assert.equal(own.status, 403);
  const forOther = await holder.request(
    'POST',
    '/api/v1/basket/change-requests',
    request({ holderId: await organisationId(ctx.db, 'VID') }),
  );
  assert.equal(forOther.status, 403);
  const cancelled = await holder.request('POST', `/api/v1/basket/change-requests/${id}/cancel`, { reason: 'Atsaukts' });
  assert.equal(cancelled.status, 200, cancelled.body);
  assert.equal(cancelled.json.state, 'cancelled');
  assert.deepEqual(
    (await duties(id)).map((d) => [d.rule_id, d.status]),
    [['DR-15.2', 'cancelled']],
  );
});

test('CR-2.6 CR-7.1 the impact of a draft version: every centre loses a removed basket service unless its own entry keeps it', async () => {
  const body = await versionBody('2026-12-10', ['3.13']);
  const lost = (await ctx.app.inject({ method: 'GET', url: '/api/v1/public/basket' }))
    .json()
    .items.find((i: { annexItem: string }) => i.annexItem === '3.13').services as string[];
  const keeper = await firstCentreId(ctx.db, await organisationId(ctx.db, 'Balvu novads'));
  const service = await ctx.db
    .selectFrom('services')
    .select('id')
    .where('identifier', '=', lost[0]!)
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('centre_scope_entries')
    .values({ centre_id: keeper, service_id: service.id, basis: 'CR-7.3', valid_from: '2026-01-01' })
    .execute();
  const res = await ministry.request('POST', '/api/v1/basket/versions/impact', body);
  assert.equal(res.status, 200, res.body);
  assert.deepEqual(
    res.json.servicesRemoved.map((s: { identifier: string }) => s.identifier),
    [...lost].sort(),
  );
  const open = await ctx.db.selectFrom('centres').select('id').where('status', '<>', 'closed').execute();
  assert.ok(open.length >= 3);
  assert.equal(res.json.centres.length, open.length, 'every centre that is not closed');
  for (const c of res.json.centres) {
    if (c.id === keeper) {
      assert.deepEqual(c.keptByOwnEntry, [lost[0]]);
      assert.ok(!c.removed.includes(lost[0]));
    } else assert.deepEqual(c.removed, [...lost].sort());
  }
  const bad = await ministry.request('POST', '/api/v1/basket/versions/impact', {
    ...body,
    effectiveFrom: '2026-11-01',
  });
  assert.equal(bad.status, 400);
  assert.match(bad.body, /\/effectiveFrom/);
  const denied = await holder.request('POST', '/api/v1/basket/versions/impact', body);
  assert.equal(denied.status, 403);
});

test("CR-2.6 every centre's scope holds every item of the basket in force, before and after a DR-15 version", async () => {
  for (const date of ['2026-11-23', '2026-12-01']) {
    const basket = (await ctx.app.inject({ method: 'GET', url: `/api/v1/public/basket?date=${date}` })).json();
    const items = basket.items
      .filter((i: { services: string[] }) => i.services.length > 0)
      .map((i: { annexItem: string }) => i.annexItem)
      .sort();
    const centres = await ctx.db.selectFrom('centres').select('id').where('status', '<>', 'closed').execute();
    assert.ok(centres.length > 0);
    for (const c of centres) {
      const scope = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/public/centres/${c.id}/services?date=${date}`,
      });
      assert.equal(scope.statusCode, 200, scope.body);
      const held = new Set(scope.json().items.map((i: { annexItem: string | null }) => i.annexItem));
      assert.deepEqual(
        items.filter((a: string) => !held.has(a)),
        [],
        `centre ${c.id} on ${date}`,
      );
    }
  }
});

test('DR-15.2 the list marks a duty overdue once its due day has passed (Riga time)', async () => {
  const filed = await holder.request('POST', '/api/v1/basket/change-requests', request({ annexItem: '3.14' }));
  assert.equal(filed.status, 201, filed.body);
  ctx.clock.set('2026-12-01T08:00:00Z'); // Tuesday after Monday 30.11.2026, the due day
  await loginAll();
  const list = await ministry.request('GET', '/api/v1/basket/change-requests');
  const mine = list.json.items.find((r: { id: string }) => r.id === filed.json.id);
  assert.equal(mine.duties.opinion.due, '2026-11-30');
  assert.equal(mine.duties.opinion.overdue, true);
  assert.equal(mine.whoseMove, 'ministry');
});
