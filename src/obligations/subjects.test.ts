// The dashboards name what an obligation is about: DR-25.1.7.3 obligations of a written contact (src/contacts/)
// and of a feedback case (src/feedback/) are named by the contact's centre, day and channel and by the case's kind
// and number — never by the client's code, the submitter's name, address or text; a case links to its page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser, organisationId } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { buildCentre } from '../centres/test-fixtures.ts';
import { buildService, buildStaff, personalCode } from '../contacts/test-fixtures.ts';
import { registration } from '../feedback/test-fixtures.ts';
import { reminderMail } from './reminder-mail.ts';
import type { Candidate } from './reminders-repository.ts';
import { ruleById } from './rules.ts';
import { nameSubjects, subjectKey } from './subjects.ts';

let ctx: TestContext;
let employee: Session;
let supervisor: Session;
let centreId: string;
let contactId: string;
let caseIds: string[];
let caseNumbers: number[];
const CODE = personalCode('120190', 1, '234');
const SUBMITTER = { name: 'Anna Kalniņa', replyChannel: 'email', replyAddress: 'anna.kalnina@example.lv' };
const TEXT = 'Kāpēc mana iesnieguma atbilde kavējas?';

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-16T08:00:00Z');
  const centre = await buildCentre(ctx.db, { name: 'Subjektu testa centrs', hours: '08:00-17:00' });
  centreId = centre.centreId;
  const staff = await buildStaff(ctx.db, { municipalityId: centre.municipalityId, centreId });
  employee = await login(ctx.app, staff.email);
  supervisor = await login(
    ctx.app,
    (await buildUser(ctx, { role: 'ministry_supervisor', validFrom: '2020-01-01' })).email,
  );
  const service = (
    await buildService(ctx.db, { holderId: await organisationId(ctx.db, 'VID'), name: 'Subjektu testa pakalpojums' })
  ).id;

  const contact = await employee.request('POST', '/api/v1/contacts', {
    centreId,
    servicePointId: centre.pointId,
    channel: 'e_address',
    type: 'question',
    serviceIds: [service],
    client: { personalCode: CODE },
    note: 'Anna Kalniņa jautāja',
  });
  assert.equal(contact.status, 201, contact.body);
  contactId = contact.json.id;
  caseIds = [];
  caseNumbers = [];
  for (const kind of ['complaint', 'suggestion']) {
    const res = await employee.request(
      'POST',
      '/api/v1/feedback-cases',
      registration(centreId, { kind, channel: 'email', submitter: SUBMITTER, text: TEXT }),
    );
    assert.equal(res.status, 201, res.body);
    caseIds.push(res.json.id);
    caseNumbers.push(res.json.number);
  }
});
after(() => ctx.close());

const PERSONAL = [CODE, CODE.replace('-', ''), SUBMITTER.name, SUBMITTER.replyAddress, TEXT, 'Kalniņa'];

test('DR-25.1.7.3 the dashboard names a contact by its centre, day and channel and a feedback case by its kind and number, without personal data', async () => {
  const res = await supervisor.request('GET', `/api/v1/obligations?rule=DR-25.1.7.3&centreId=${centreId}`);
  assert.equal(res.status, 200, res.body);
  const bySubject = new Map(res.json.items.map((o: { subjectId: string }) => [o.subjectId, o]));
  assert.equal(bySubject.size, 3, 'one obligation for the written contact and one for each e-mailed case');
  assert.deepEqual(
    (({ subjectType, subjectName, subjectNameEn, subjectPath }) => ({
      subjectType,
      subjectName,
      subjectNameEn,
      subjectPath,
    }))(bySubject.get(contactId) as Record<string, unknown>),
    {
      subjectType: 'contact',
      subjectName: 'Kontakts: Subjektu testa centrs, 16.11.2026. (e-adrese)',
      subjectNameEn: 'Contact: Subjektu testa centrs, 2026-11-16 (e-address)',
      subjectPath: null,
    },
  );
  const [complaint, suggestion] = caseIds.map((id) => bySubject.get(id) as Record<string, unknown>);
  assert.deepEqual(
    [complaint?.subjectType, complaint?.subjectName, complaint?.subjectNameEn, complaint?.subjectPath],
    ['feedback_case', `Sūdzība Nr. ${caseNumbers[0]}`, `Complaint No. ${caseNumbers[0]}`, `/feedback/${caseIds[0]}`],
  );
  assert.deepEqual(
    [suggestion?.subjectName, suggestion?.subjectNameEn],
    [`Ierosinājums Nr. ${caseNumbers[1]}`, `Suggestion No. ${caseNumbers[1]}`],
  );
  for (const secret of PERSONAL) assert.ok(!res.body.includes(secret), `no personal data in the list: ${secret}`);

  const one = await employee.request('GET', `/api/v1/obligations/${(complaint as { id: string }).id}`);
  assert.equal(one.status, 200, one.body);
  assert.equal(one.json.subjectName, `Sūdzība Nr. ${caseNumbers[0]}`);
});

test('DR-25.1.7.3 subjects are named in one query per type; unknown or malformed ids stay unnamed rather than failing', async () => {
  const queries: string[] = [];
  const names = await nameSubjects(
    ctx.db.withPlugin({
      transformQuery: (a) => {
        queries.push(a.node.kind);
        return a.node;
      },
      transformResult: async (a) => a.result,
    }),
    [
      { subject_type: 'contact', subject_id: contactId },
      ...caseIds.map((id) => ({ subject_type: 'feedback_case', subject_id: id })),
      { subject_type: 'feedback_case', subject_id: 'not-a-uuid' },
      { subject_type: 'contact', subject_id: '00000000-0000-4000-8000-000000000000' },
      { subject_type: 'centre', subject_id: centreId },
    ],
  );
  assert.equal(queries.length, 3, 'one for contacts, one for feedback cases, one for centres');
  assert.deepEqual(
    [...names.keys()].sort(),
    [
      subjectKey('contact', contactId),
      ...caseIds.map((id) => subjectKey('feedback_case', id)),
      subjectKey('centre', centreId),
    ].sort(),
  );
  assert.deepEqual(names.get(subjectKey('centre', centreId)), {
    lv: 'Subjektu testa centrs',
    en: 'Subjektu testa centrs',
    path: `/centres/${centreId}`,
  });
  assert.equal(names.get(subjectKey('feedback_case', 'not-a-uuid')), undefined);
});

test('DR-25.1.7.3 the reminder e-mail names the case in Latvian and English, without the submitter', async () => {
  const obligation = await ctx.db
    .selectFrom('obligations')
    .selectAll()
    .where('subject_type', '=', 'feedback_case')
    .where('subject_id', '=', caseIds[0]!)
    .executeTakeFirstOrThrow();
  const candidate: Candidate = {
    ...obligation,
    organisation_name: 'Novads',
    organisation_email: null,
    centre_name: 'Subjektu testa centrs',
  };
  const names = await nameSubjects(ctx.db, [obligation]);
  const mail = reminderMail(
    'overdue',
    candidate,
    ruleById('DR-25.1.7.3')!,
    'https://vienuviet.test',
    names.get(subjectKey('feedback_case', caseIds[0]!)),
  );
  assert.match(mail.text, new RegExp(`Attiecas uz: Sūdzība Nr\\. ${caseNumbers[0]}\\n`));
  assert.match(mail.text, new RegExp(`About: Complaint No\\. ${caseNumbers[0]}\\n`));
  for (const secret of PERSONAL) assert.ok(!mail.text.includes(secret), `no personal data in the mail: ${secret}`);
});
