// Complaints in the browser (CR-17.13, CR-19.7): a centre employee registers a complaint about an institution's service
// from the keyboard; it is routed to the institution (CR-19.7) at level 2 (SR-19.2) with its due date; the
// institution's coordinator finds it in its list and answers it; the centre sees the answer. axe on every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, demoLogin, login, settled, startE2E, type E2E } from './support.ts';
import { lv } from '../../web/src/i18n/lv.ts';
import { fill } from '../../web/src/i18n/messages.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { anonymous, type Actor } from '../../src/platform/access/actor.ts';
import { registerCase } from '../../src/feedback/register-service.ts';

let e2e: E2E;
let serviceId = '';
let vidName = '';
const f = lv.feedback;
const SERVICE = 'Nodokļu deklarāciju iesniegšana';

before(async () => {
  e2e = await startE2E();
  const db = e2e.server.database.db;
  const vid = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('short_name', '=', 'VID')
    .executeTakeFirstOrThrow();
  vidName = vid.name;
  serviceId = (
    await db
      .insertInto('services')
      .values({
        identifier: 'PK-990001',
        holder_id: vid.id,
        external_id: null,
        name_lv: SERVICE,
        status: 'published',
        last_verified_on: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
after(() => e2e?.close());

test('CR-17.13 CR-19.7 SR-19 a complaint answered by the institution: registered at the centre, routed to VID, answered there, read at the centre', async () => {
  const centre = await e2e.newPage();
  const employee = demoLogin(e2e, 'centre_employee');
  await login(centre, employee.email, employee.password);
  await centre.getByRole('navigation', { name: lv.layout.nav }).getByRole('link', { name: lv.nav.feedback }).click();
  await settled(centre);
  assert.equal(await centre.locator('h1').textContent(), f.title);
  await checkA11y(centre, 'feedback list');

  await centre.getByRole('link', { name: f.registerLink }).click();
  await centre.waitForURL((url) => url.pathname === '/feedback/new');
  await settled(centre);
  await checkA11y(centre, 'feedback form');

  // Sent empty: the API names the fields, the summary links to them.
  await centre.getByRole('button', { name: f.register }).click();
  const summary = centre.getByRole('alert');
  await summary.getByRole('link', { name: new RegExp(`^${f.fields.name}:`) }).waitFor();
  await checkA11y(centre, 'feedback form with errors');

  await centre.getByLabel(f.fields.kind).selectOption('complaint');
  await centre.getByLabel(f.fields.serviceSearch).fill('deklaraciju');
  await centre.getByText(fill(f.servicesFound, { total: 1 })).waitFor();
  await centre.getByLabel(f.fields.service).selectOption(serviceId);
  assert.ok(
    await centre.getByRole('radio', { name: `${f.addressees.holder}: ${vidName}` }).isChecked(),
    'an institution’s service goes to the institution',
  );
  await centre.getByLabel(f.fields.replyAddress).fill('klients@example.lv');
  await centre.getByLabel(f.fields.text).fill('Deklarācija netika pieņemta, lai gan iesniedzu visus dokumentus.');
  await centre.getByLabel(f.fields.name).fill('Jānis Bērziņš');
  // From the keyboard: Enter in a field sends the form.
  await centre.getByLabel(f.fields.name).press('Enter');
  await centre.waitForURL((url) => /^\/feedback\/[0-9a-f-]{36}$/.test(url.pathname));
  await settled(centre);
  const heading = (await centre.locator('h1').textContent()) ?? '';
  assert.match(heading, new RegExp(`^${f.kinds.complaint} Nr\\. \\d+$`));
  const facts = (await centre.getByRole('region', { name: f.facts, exact: true }).textContent()) ?? '';
  assert.ok(facts.includes(`${f.addressees.holder}: ${vidName}`), facts);
  assert.ok(facts.includes(f.levels['2']), 'a complaint is examined at level 2');
  assert.ok(((await centre.getByRole('region', { name: f.dueTitle }).textContent()) ?? '').includes('IL-5.1'));
  assert.ok(
    ((await centre.getByRole('region', { name: f.answerTitle, exact: true }).textContent()) ?? '').includes(f.noAnswer),
  );
  await checkA11y(centre, 'feedback case at the centre');
  const casePath = new URL(centre.url()).pathname;

  const institution = await e2e.newPage();
  const coordinator = demoLogin(e2e, 'institution_coordinator');
  await login(institution, coordinator.email, coordinator.password);
  await institution
    .getByRole('navigation', { name: lv.layout.nav })
    .getByRole('link', { name: lv.nav.feedback })
    .click();
  await settled(institution);
  await institution.getByRole('link', { name: heading }).click();
  await institution.waitForURL((url) => url.pathname === casePath);
  await settled(institution);
  assert.ok(
    ((await institution.getByRole('region', { name: f.facts, exact: true }).textContent()) ?? '').includes(
      'klients@example.lv',
    ),
    'the institution reads where to answer',
  );
  await checkA11y(institution, 'feedback case at the institution');
  const answer = institution.getByRole('form', { name: f.saveAnswer });
  await answer.getByLabel(f.answerText).fill('Deklarācija pieņemta; atvainojamies par kļūdu.');
  await answer.getByLabel(f.answerChannel).selectOption('email');
  await answer.getByRole('button', { name: f.saveAnswer }).click();
  await institution.getByRole('status').filter({ hasText: f.answered }).waitFor();
  await institution.getByRole('form', { name: f.saveAnswer }).waitFor({ state: 'detached' });
  assert.equal(await institution.getByRole('form', { name: f.saveAnswer }).count(), 0, 'answered once');
  await checkA11y(institution, 'feedback case answered');

  await centre.reload();
  await settled(centre);
  const seen = (await centre.getByRole('region', { name: f.answerTitle, exact: true }).textContent()) ?? '';
  assert.ok(seen.includes('Deklarācija pieņemta; atvainojamies par kļūdu.'), seen);
  assert.ok(seen.includes('Kārlis Koordinators'), seen);
  await centre.getByRole('link', { name: f.title, exact: true }).click();
  await settled(centre);
  await centre.getByLabel(f.status).selectOption('answered');
  await centre.getByRole('button', { name: f.apply }).click();
  await centre.waitForURL((url) => url.searchParams.get('status') === 'answered');
  await centre.getByRole('link', { name: heading }).waitFor();
  await checkA11y(centre, 'feedback list, answered');
  await centre.context().close();
  await institution.context().close();
});

/** Cases of the Balvi centre registered through the service, as the demo head of centre would at the counter. */
async function registerAsHead(kind: 'question' | 'complaint', text: string): Promise<{ id: string; number: number }> {
  const db = e2e.server.database.db;
  const head = await db
    .selectFrom('users')
    .select(['id', 'name', 'organisation_id'])
    .where('email', '=', demoLogin(e2e, 'centre_head').email)
    .executeTakeFirstOrThrow();
  const grant = await db
    .selectFrom('role_grants')
    .select('centre_id')
    .where('user_id', '=', head.id)
    .executeTakeFirstOrThrow();
  const actor: Actor = {
    ...anonymous,
    kind: 'user',
    userId: head.id,
    label: head.name,
    organisationId: head.organisation_id,
    grants: [{ role: 'centre_head', organisationId: head.organisation_id, centreId: grant.centre_id }],
  };
  const deps = { db, config: loadConfig({ NODE_ENV: 'test' }), now: () => new Date() };
  const created = await registerCase(
    deps,
    {
      kind,
      centreId: grant.centre_id!,
      channel: 'in_person',
      submitter: { name: 'Ilze Ozola', replyChannel: 'in_person' },
      text,
    },
    { actor },
  );
  return { id: created.id, number: created.number };
}

test('SR-19.2 BV-4.2 the head of the centre escalates a non-standard question and records the first stage of contesting with its decision', async () => {
  const question = await registerAsHead('question', 'Vai varu iesniegt iesniegumu citas personas vārdā?');
  const complaint = await registerAsHead('complaint', 'Darbinieks atteicās pieņemt manu iesniegumu.');
  const page = await e2e.newPage();
  const head = demoLogin(e2e, 'centre_head');
  await login(page, head.email, head.password);

  await page.goto(`/feedback/${question.id}`);
  await settled(page);
  await checkA11y(page, 'question with the escalation form');
  const escalate = page.getByRole('form', { name: f.escalateTitle });
  await escalate.getByLabel(f.reason).fill('Nestandarta situācija: pilnvarojums');
  await escalate.getByRole('button', { name: f.escalate }).click();
  await page.getByRole('status').filter({ hasText: f.escalated }).waitFor();
  await page.getByRole('region', { name: f.facts, exact: true }).getByText(f.levels['2']).first().waitFor();
  assert.ok(
    ((await page.getByRole('region', { name: f.facts, exact: true }).textContent()) ?? '').includes(f.levels['2']),
  );
  assert.ok(
    ((await page.getByRole('region', { name: f.historyTitle }).textContent()) ?? '').includes(
      'Nestandarta situācija: pilnvarojums',
    ),
  );
  assert.equal(await page.getByRole('form', { name: f.escalateTitle }).count(), 0, 'escalated once');

  await page.goto(`/feedback/${complaint.id}`);
  await settled(page);
  const contest = page.getByRole('region', { name: f.contest.title });
  assert.ok(((await contest.textContent()) ?? '').includes(f.contest.none));
  await checkA11y(page, 'complaint with the contest form');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date());
  await contest.getByLabel(f.contest.subject).selectOption('employee_action');
  await contest.getByLabel(f.contest.lodgedOn).fill(today);
  await contest.getByLabel(f.contest.grounds).fill('Atteikums pieņemt iesniegumu');
  await contest.getByRole('button', { name: f.contest.lodge }).click();
  await page.getByRole('status').filter({ hasText: f.contest.lodged }).waitFor();
  await contest.getByText(f.contest.waiting).waitFor();
  await checkA11y(page, 'contest waiting for its decision');
  const decide = page.getByRole('form', {
    name: fill(f.contest.decideTitle, { body: f.contest.bodies.head_of_centre }),
  });
  await decide.getByLabel(f.contest.decision, { exact: true }).selectOption('rejected');
  await decide.getByLabel(f.contest.decidedOn).fill(today);
  await decide.getByLabel(f.contest.decisionText).fill('Vadītāja lēmums Nr. 1');
  await decide.getByRole('button', { name: f.contest.decide }).click();
  await page.getByRole('status').filter({ hasText: f.contest.decidedSaved }).waitFor();
  // The next stage, the executive director, may now be recorded.
  await page
    .getByRole('form', { name: fill(f.contest.lodgeTitle, { body: f.contest.bodies.executive_director }) })
    .waitFor();
  assert.ok(((await contest.textContent()) ?? '').includes('Vadītāja lēmums Nr. 1'));
  await checkA11y(page, 'contest after the first decision');
  await page.context().close();
});
