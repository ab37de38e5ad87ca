// The written authorisation (AM-1.5 22.1³) as a PDF: read back with Mozilla's pdf.js the way a PDF reader extracts
// text, it is Latvian with every diacritic intact, has the centre's and the client's copy, embeds DejaVu Sans; its
// download is audited and only for the centre's staff.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { auditEvents } from '../people/test-fixtures.ts';
import { authorisationPdf } from './pdf.ts';
import { ADDRESS, buildService, CLIENT, pdfPages, start, takeSteps } from './test-fixtures.ts';

let ctx: TestContext;
let employee: Session;
let supervisor: Session;
let centreId: string;
let serviceId: string;

before(async () => {
  ctx = await testContext();
  ctx.clock.set('2026-11-23T10:00:00Z');
  const e = await buildUser(ctx, { role: 'centre_employee' });
  centreId = e.centreId!;
  employee = await login(ctx.app, e.email);
  supervisor = await login(ctx.app, (await buildUser(ctx, { role: 'ministry_supervisor' })).email);
  serviceId = (await buildService(ctx)).id;
});
after(() => ctx.close());

const download = (session: Session, id: string) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/authorised-eservices/${id}/authorisation.pdf`,
    headers: { cookie: session.cookie },
  });

test('AM-1.5 22.1³ the authorisation PDF is in Latvian with correct diacritics, with the centre’s and the client’s copy; each download audited', async () => {
  const id = await start(employee, centreId, serviceId);
  await takeSteps(employee, id, 'delivery', '2026-11-23');
  const res = await download(employee, id);
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.headers['content-type'], 'application/pdf');
  assert.match(
    String(res.headers['content-disposition']),
    /^inline; filename="pilnvarojums-PK-\d{6}-[0-9a-f]{8}\.pdf"$/,
  );
  assert.equal(res.headers['cache-control'], 'no-store');
  const bytes = res.rawPayload;
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(
    bytes.toString('latin1'),
    /\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/,
    'DejaVu Sans is embedded (as a subset)',
  );

  const pages = await pdfPages(bytes);
  assert.equal(pages.length, 2, 'one page per copy');
  assert.ok(pages[0]!.includes('1. eksemplārs — centra eksemplārs'), pages[0]);
  assert.ok(pages[0]!.includes('Glabā vienotais klientu apkalpošanas centrs atbilstoši Arhīvu likuma prasībām.'));
  assert.ok(pages[1]!.includes('2. eksemplārs — klienta eksemplārs'), pages[1]);
  for (const page of pages) {
    for (const words of [
      'PILNVAROJUMS',
      'pilnvarotā e-pakalpojuma pieteikšanai',
      CLIENT.name,
      `Personas kods: ${CLIENT.personalCode}`,
      'pase Nr. LV1234567, derīga līdz 31.05.2030.',
      'Pieteikums bērna kopšanas pabalstam',
      'Valsts sociālās apdrošināšanas aģentūra',
      'Test centre_employee',
      `☒ pa pastu: ${ADDRESS}`,
      'personas elektroniskās identifikācijas līdzekļi',
      'trīs mēnešus pēc e-pakalpojuma izpildes dienas',
      'Apliecinu, ka e-pakalpojuma pieteikumā ievadītie dati ir patiesi.',
      'Balvu novada pašvaldība, 23.11.2026.',
    ]) {
      assert.ok(page.replace(/\n/g, ' ').includes(words), `the page says "${words}":\n${page}`);
    }
    for (const letter of 'āčēģīķļņšūžĢĶŠŽ') assert.ok(page.includes(letter), `"${letter}" is on the page`);
  }

  await download(employee, id);
  const events = await auditEvents(ctx.db, 'authorised_eservice.authorisation_pdf', id);
  assert.equal(events.length, 2, 'each download is in the audit trail');
  assert.deepEqual((events[0]!.after as { copies: number }).copies, 2);
});

test('AM-1.5 22.1³ the PDF exists once the identity is verified; only the centre’s staff open it', async () => {
  const id = await start(employee, centreId, serviceId);
  const early = await download(employee, id);
  assert.equal(early.statusCode, 409);
  assert.equal(JSON.parse(early.body).code, 'eservice_identity_first');
  await takeSteps(employee, id, 'identity', '2026-11-23');
  assert.equal((await download(supervisor, id)).statusCode, 403);
  assert.equal((await download(employee, '00000000-0000-4000-8000-000000000000')).statusCode, 404);
  const pages = await pdfPages((await download(employee, id)).rawPayload);
  assert.ok(
    pages[0]!.includes('☐ oficiālajā elektroniskajā adresē') && pages[0]!.includes('☐ klātienē'),
    'no channel chosen yet: empty boxes to tick by hand',
  );
});

test('the PDF renders long names and addresses on one page per copy', async () => {
  const long = 'Ādažu Ķekavas Ļaudonas Ņukšu Šķilbēnu Žīguru '.repeat(6).trim();
  const bytes = await authorisationPdf({
    eserviceId: '00000000-0000-4000-8000-000000000001',
    date: '2026-11-23',
    generatedAt: new Date('2026-11-23T10:00:00Z'),
    centreName: 'Balvu novada valsts un pašvaldības vienotais klientu apkalpošanas centrs',
    municipalityName: 'Balvu novada pašvaldība',
    employeeName: 'Dace Darbiniece',
    client: {
      name: long.slice(0, 200),
      personalCode: CLIENT.personalCode,
      documentType: 'residence_permit',
      documentNumber: 'RP1234567',
      documentValidUntil: '2027-01-01',
      postalAddress: long.slice(0, 300),
    },
    service: { identifier: 'PK-000001', name: long, holderName: 'Valsts sociālās apdrošināšanas aģentūra' },
    deliveryChannel: 'post',
  });
  const pages = await pdfPages(bytes);
  assert.equal(pages.length, 2);
  assert.ok(pages[1]!.includes('uzturēšanās atļauja Nr. RP1234567'));
});
