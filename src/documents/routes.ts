// HTTP for documents: upload a file as the raw body, read its description, download it. Thin: parse →
// call the service → present; the service checks type, size and scope.
import { Type, type Static } from 'typebox';
import type { FastifyError } from 'fastify';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { auditContext } from '../platform/http/context.ts';
import { buildProblem, sendProblem } from '../platform/http/problem.ts';
import { Obj, Str, Uuid } from '../platform/http/schema.ts';
import { ValidationError } from '../platform/errors.ts';
import { documentUsers } from './policy.ts';
import { DocumentMetaSchema } from './presenters.ts';
import { documentMeta, downloadDocument, sizeText, tooLarge, uploadDocument } from './service.ts';

const tags = ['documents'];
const BASE = '/api/v1/documents';

const UploadQuery = Obj({
  filename: Str(
    'The file name, e.g. vestule.pdf (shown and offered on download; the type is told by the content)',
    255,
    {
      minLength: 1,
    },
  ),
});
type UploadQueryIn = Static<typeof UploadQuery>;
const DocumentParams = Obj({ id: Uuid('The document') });
type DocumentParamsIn = Static<typeof DocumentParams>;

/** The raw file: whatever Content-Type the client sends, the body is read as bytes. */
const RawBody = {
  description: 'The file itself, as the raw request body (any Content-Type, e.g. application/octet-stream)',
  content: {
    'application/octet-stream': {
      schema: { description: 'The bytes of the file', format: 'binary' },
    },
  },
};

/** Not JSON: the bytes of the file, with its media type. */
const FileResponse = Type.Unsafe<Buffer>({
  description: 'The file, with its media type, as an attachment',
  content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary', description: 'The bytes' } } },
});

/** Content-Disposition of a download: the name in UTF-8 (RFC 6266/8187) and a plain ASCII fallback. */
export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export async function documentRoutes(app: App, deps: Deps): Promise<void> {
  const maxBytes = deps.config.documentsMaxBytes;

  // The raw body is read only on the upload route: in this scope every content type is taken as bytes.
  await app.register(async (plugin) => {
    const scope = plugin as App;
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    // A body over the limit is a document too large (413 naming /body), not the framework's generic payload_too_large.
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        const refusal = tooLarge(maxBytes);
        return sendProblem(
          reply,
          buildProblem(request, 413, 'document_too_large', refusal.fields[0]?.params, refusal.fields),
        );
      }
      // Every other error goes on to the app's one handler (problem.ts).
      throw error;
    });

    scope.post(
      BASE,
      {
        config: { policy: documentUsers },
        bodyLimit: maxBytes,
        schema: {
          operationId: 'createDocument',
          summary: "Store a document (a letter, statute, minutes, signed eDoc) for one's organisation",
          description:
            'the raw file as the body, its name in `?filename=`. Its type is told by its content, not its ' +
            `name: PDF, eDoc/ASiC-E, PNG, JPEG, DOCX, ODT (400 document_type_not_allowed naming /body); empty → 400 ` +
            `document_empty; larger than DOCUMENTS_MAX_BYTES (default ${sizeText(10 * 1024 * 1024)}) → 413 ` +
            'document_too_large naming /body. Kept in the database with its SHA-256; the upload is audited ' +
            '(document.upload). Other capabilities then refer to it by id.',
          tags,
          querystring: UploadQuery,
          body: RawBody,
          response: { 201: DocumentMetaSchema },
        },
      },
      async (request, reply) => {
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) throw ValidationError.field('/body', 'document_empty');
        const meta = await uploadDocument(deps, body, (request.query as UploadQueryIn).filename, auditContext(request));
        return reply.code(201).header('location', `${BASE}/${meta.id}`).send(meta);
      },
    );
  });

  app.get(
    `${BASE}/:id`,
    {
      config: { policy: documentUsers },
      schema: {
        operationId: 'getDocument',
        summary: "A document's description: name, type, size, SHA-256",
        description:
          "for the document's organisation's people and the network's readers (maintainer, ministry " +
          'supervisor, auditor, committee member); 404 for anyone else.',
        tags,
        params: DocumentParams,
        response: { 200: DocumentMetaSchema },
      },
    },
    async (request) => documentMeta(deps, (request.params as DocumentParamsIn).id, request.actor),
  );

  app.get(
    `${BASE}/:id/content`,
    {
      config: { policy: documentUsers },
      schema: {
        operationId: 'getDocumentContent',
        summary: 'Download a document: its bytes as an attachment; audited when it may hold personal data',
        description:
          'the bytes with their media type, Content-Disposition attachment (the name in UTF-8) and ' +
          'X-Content-Type-Options: nosniff. A download of a document that may hold personal data is audited ' +
          '(document.download). Who may: as GET /api/v1/documents/{id}; 404 for anyone else.',
        tags,
        params: DocumentParams,
        response: { 200: FileResponse },
      },
    },
    async (request, reply) => {
      const { meta, content } = await downloadDocument(
        deps,
        (request.params as DocumentParamsIn).id,
        auditContext(request),
      );
      return reply
        .type(meta.mediaType)
        .header('content-disposition', attachmentHeader(meta.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(content);
    },
  );
}
