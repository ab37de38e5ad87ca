// Documents: one mechanism for every capability's files. Type by content, not by name; size limit; kept
// in the database with its SHA-256 and read back byte for byte; downloads audited where personal data may be in
// them; scope (the organisation's people and the network's readers, 404 for others); checkDocuments for other
// capabilities naming the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { buildUser } from '../../test/support/factories.ts';
import { login, type Session } from '../../test/support/http.ts';
import { ValidationError } from '../platform/errors.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { checkDocuments, detectDocumentType, documentsById, readDocument, storeDocument } from './index.ts';
import { ASICE, DOCX, ODT, PDF, PNG } from './detect.ts';
import { asiceBytes, docxBytes, EXE_BYTES, HTML_BYTES, pdfBytes, PNG_BYTES, zipOf } from './test-fixtures.ts';

const LIMIT = 4096;
let ctx: TestContext;
let balvi: Session;
let balviOrg: string;
let other: Session;
let auditor: Session;

before(async () => {
  ctx = await testContext({ DOCUMENTS_MAX_BYTES: String(LIMIT) });
  ctx.clock.set('2026-12-02T10:00:00Z');
  const head = await buildUser(ctx, { role: 'centre_head', organisation: 'Balvu novads' });
  balviOrg = head.organisationId;
  balvi = await login(ctx.app, head.email);
  other = await login(ctx.app, (await buildUser(ctx, { role: 'org_admin', organisation: 'VID' })).email);
  auditor = await login(ctx.app, (await buildUser(ctx, { role: 'auditor' })).email);
});
after(() => ctx.close());

async function upload(session: Session | null, bytes: Buffer, filename?: string, type = 'application/octet-stream') {
  const res = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/documents${filename === undefined ? '' : `?filename=${encodeURIComponent(filename)}`}`,
    headers: {
      'content-type': type,
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
    },
    payload: bytes,
  });
  return { status: res.statusCode, json: res.json(), headers: res.headers };
}

const download = (session: Session, id: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/documents/${id}/content`, headers: { cookie: session.cookie } });

const counts = async () => {
  const documents = await ctx.db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const audit = await ctx.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return [Number(documents.n), Number(audit.n)];
};

const auditOf = (id: string, action: string) =>
  ctx.db
    .selectFrom('audit_events')
    .select(['action', 'after'])
    .where('entity_id', '=', id)
    .where('action', '=', action)
    .execute();

test('a PDF is stored and read back byte-identical with its SHA-256; upload audited, download audited (personal data)', async () => {
  const bytes = pdfBytes('Iesniegums');
  const res = await upload(balvi, bytes, 'iesniegums ārā.pdf');
  assert.equal(res.status, 201, JSON.stringify(res.json));
  const meta = res.json;
  const sha = createHash('sha256').update(bytes).digest('hex');
  assert.deepEqual(
    [meta.filename, meta.mediaType, meta.size, meta.sha256],
    ['iesniegums ārā.pdf', PDF, bytes.length, sha],
  );
  assert.equal(res.headers.location, `/api/v1/documents/${meta.id}`);
  assert.ok(!Number.isNaN(Date.parse(meta.uploadedAt)));
  assert.equal((await auditOf(meta.id, 'document.upload')).length, 1);

  const described = await balvi.request('GET', `/api/v1/documents/${meta.id}`);
  assert.equal(described.status, 200);
  assert.deepEqual(described.json, meta);

  assert.equal((await auditOf(meta.id, 'document.download')).length, 0);
  const got = await download(balvi, meta.id);
  assert.equal(got.statusCode, 200);
  assert.ok(got.rawPayload.equals(bytes), 'the same bytes');
  assert.equal(createHash('sha256').update(got.rawPayload).digest('hex'), sha);
  assert.equal(got.headers['content-type'], PDF);
  assert.equal(got.headers['x-content-type-options'], 'nosniff');
  assert.equal(
    got.headers['content-disposition'],
    `attachment; filename="iesniegums _r_.pdf"; filename*=UTF-8''iesniegums%20%C4%81r%C4%81.pdf`,
  );
  const audited = await auditOf(meta.id, 'document.download');
  assert.equal(audited.length, 1, 'the download of a document that may hold personal data is in the trail');
  assert.deepEqual(audited[0]!.after, { sha256: sha });

  const read = await readDocument(ctx.db, meta.id);
  assert.ok(read?.content.equals(bytes));
  assert.deepEqual((await documentsById(ctx.db, [meta.id, '00000000-0000-4000-8000-000000000000'])).get(meta.id), meta);
});

test('the type is told by the content, not the name: a PNG named x.pdf is image/png; an eDoc, a DOCX', async () => {
  const png = await upload(balvi, PNG_BYTES, 'x.pdf', 'application/pdf');
  assert.equal(png.status, 201, JSON.stringify(png.json));
  assert.deepEqual([png.json.filename, png.json.mediaType], ['x.pdf', PNG]);
  const edoc = await upload(balvi, asiceBytes(), 'līgums.edoc');
  assert.equal(edoc.json.mediaType, ASICE);
  const docx = await upload(balvi, docxBytes(), 'C:\\fakepath\\vēstule.docx');
  assert.deepEqual([docx.json.mediaType, docx.json.filename], [DOCX, 'vēstule.docx'], 'the path is not kept');
  // JSON or text sent as such is still a file here, judged by its content.
  const json = await upload(balvi, Buffer.from('{"a":1}'), 'dati.pdf', 'application/json');
  assert.deepEqual([json.status, json.json.errors?.[0]?.field], [400, '/body']);
});

test('a program or web page is refused whatever its name, naming /body; empty and nameless too; nothing written', async () => {
  const before = await counts();
  for (const [bytes, name] of [
    [EXE_BYTES, 'rēķins.pdf'],
    [HTML_BYTES, 'vestule.pdf'],
    [
      zipOf([
        ['mimetype', 'application/zip'],
        ['a.exe', EXE_BYTES],
      ]),
      'x.edoc',
    ],
  ] as const) {
    const res = await upload(balvi, bytes, name);
    assert.equal(res.status, 400, name);
    assert.deepEqual(
      res.json.errors.map((e: { field: string; in: string; code: string }) => [e.field, e.in, e.code]),
      [['/body', 'body', 'document_type_not_allowed']],
    );
  }
  const empty = await upload(balvi, Buffer.alloc(0), 'tukšs.pdf');
  assert.deepEqual(
    [empty.status, empty.json.errors[0].field, empty.json.errors[0].code],
    [400, '/body', 'document_empty'],
  );
  const nameless = await upload(balvi, pdfBytes());
  assert.deepEqual(
    [nameless.status, nameless.json.errors[0].field, nameless.json.errors[0].in],
    [400, '/filename', 'query'],
  );
  const blank = await upload(balvi, pdfBytes(), '   ');
  assert.deepEqual([blank.status, blank.json.errors[0].field], [400, '/filename']);
  const anonymous = await upload(null, pdfBytes(), 'a.pdf');
  assert.equal(anonymous.status, 401);
  assert.deepEqual(await counts(), before, 'nothing stored, nothing audited');
});

test('a file over DOCUMENTS_MAX_BYTES is refused: 413 document_too_large naming /body over HTTP, 400 from storeDocument', async () => {
  const before = await counts();
  const big = Buffer.concat([pdfBytes(), Buffer.alloc(LIMIT)]);
  const res = await upload(balvi, big, 'liels.pdf');
  assert.equal(res.status, 413);
  assert.equal(res.json.code, 'document_too_large');
  assert.match(res.json.title, /4 KiB/);
  assert.equal(res.json.errors[0].field, '/body');
  assert.equal(res.json.errors[0].code, 'document_too_large');
  assert.match(res.json.errors[0].message, /4 KiB/);
  await assert.rejects(
    inTransaction(ctx.db, (trx) =>
      storeDocument(trx, {
        bytes: big,
        filename: 'liels.pdf',
        organisationId: null,
        uploadedBy: null,
        maxBytes: LIMIT,
      }),
    ),
    (e: unknown) => e instanceof ValidationError && e.fields[0]?.code === 'document_too_large',
  );
  const exact = await upload(balvi, Buffer.concat([pdfBytes(), Buffer.alloc(LIMIT - pdfBytes().length)]), 'tieši.pdf');
  assert.equal(exact.status, 201, 'exactly the limit is allowed');
  const after = await counts();
  assert.deepEqual([after[0]! - before[0]!], [1]);
});

test('another organisation gets 404; the network readers read; a download without personal data is not audited', async () => {
  const mine = (await upload(balvi, pdfBytes('Statūti'), 'statūti.pdf')).json;
  for (const url of [`/api/v1/documents/${mine.id}`, `/api/v1/documents/${mine.id}/content`]) {
    const res = await other.request('GET', url);
    assert.equal(res.status, 404, url);
  }
  assert.equal((await other.request('GET', '/api/v1/documents/00000000-0000-4000-8000-000000000000')).status, 404);
  assert.equal((await auditor.request('GET', `/api/v1/documents/${mine.id}`)).status, 200, 'an auditor reads');
  const theirs = await download(auditor, mine.id);
  assert.equal(theirs.statusCode, 200);
  assert.equal((await auditOf(mine.id, 'document.download')).length, 1, "the auditor's download is in the trail");
  const anonymous = await ctx.app.inject({ method: 'GET', url: `/api/v1/documents/${mine.id}/content` });
  assert.equal(anonymous.statusCode, 401);

  // A file the system made (committee minutes) belongs to no organisation: the network readers only.
  const minutes = await inTransaction(ctx.db, (trx) =>
    storeDocument(trx, {
      bytes: pdfBytes('Protokols'),
      filename: 'protokols.pdf',
      organisationId: null,
      uploadedBy: null,
      personalData: false,
    }),
  );
  assert.equal((await balvi.request('GET', `/api/v1/documents/${minutes.id}`)).status, 404);
  assert.equal((await download(auditor, minutes.id)).statusCode, 200);
  assert.equal((await auditOf(minutes.id, 'document.download')).length, 0, 'no personal data: not audited');
  const row = await ctx.db
    .selectFrom('documents')
    .select('organisation_id')
    .where('id', '=', mine.id)
    .executeTakeFirstOrThrow();
  assert.equal(row.organisation_id, balviOrg);
});

test('checkDocuments names every field whose id is no stored document (document_unknown)', async () => {
  const known = (await upload(balvi, pdfBytes(), 'zināms.pdf')).json.id as string;
  await checkDocuments(ctx.db, [known, null, undefined], ['/letterId', '/statuteId', '/minutesId']);
  await assert.rejects(
    checkDocuments(
      ctx.db,
      [known, '00000000-0000-4000-8000-000000000000', 'not-a-uuid'],
      ['/letterId', '/statuteId', '/items/0/documentId'],
    ),
    (e: unknown) =>
      e instanceof ValidationError &&
      JSON.stringify(e.fields) ===
        JSON.stringify([
          { field: '/statuteId', code: 'document_unknown' },
          { field: '/items/0/documentId', code: 'document_unknown' },
        ]),
  );
});

test('detectDocumentType reads magic bytes: PDF, PNG, JPEG, ASiC-E, ODT, DOCX; a plain ZIP, HTML, a program → null', () => {
  assert.equal(detectDocumentType(pdfBytes()), PDF);
  assert.equal(detectDocumentType(PNG_BYTES), PNG);
  assert.equal(detectDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), 'image/jpeg');
  assert.equal(detectDocumentType(asiceBytes()), ASICE);
  assert.equal(
    detectDocumentType(
      zipOf([
        ['mimetype', ODT],
        ['content.xml', '<x/>'],
      ]),
    ),
    ODT,
  );
  assert.equal(detectDocumentType(docxBytes()), DOCX);
  assert.equal(detectDocumentType(zipOf([['a.txt', 'a']])), null);
  assert.equal(
    detectDocumentType(
      zipOf([
        ['a.txt', 'a'],
        ['mimetype', ASICE],
      ]),
    ),
    null,
    'mimetype must come first',
  );
  assert.equal(detectDocumentType(HTML_BYTES), null);
  assert.equal(detectDocumentType(EXE_BYTES), null);
  assert.equal(detectDocumentType(Buffer.from('PK\x03\x04', 'latin1')), null, 'a broken ZIP');
  assert.equal(detectDocumentType(Buffer.alloc(0)), null);
});
