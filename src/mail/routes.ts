// HTTP for the mail outbox: reading it (how developers read mail without SMTP) and an operator's re-queue.
import { Type, type Static } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { Obj, PageQuery, Uuid } from '../platform/http/schema.ts';
import { MailMessageSchema, MailStatusSchema } from './presenters.ts';
import { listOutbox, retryMail } from './service.ts';

const maintainers = rolesRoute('maintainer');

const OutboxQuery = Obj({ status: Type.Optional(MailStatusSchema), ...PageQuery });
// The type provider infers with typebox 1.x, which cannot see through StringEnum's Unsafe: name the type here.
type OutboxQueryIn = Static<typeof OutboxQuery>;

export async function mailRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/mail/outbox',
    {
      config: { policy: maintainers },
      schema: {
        summary: 'Outgoing mail, newest first (bodies are hidden in production)',
        tags: ['mail'],
        querystring: OutboxQuery,
        response: {
          200: Obj({
            items: Type.Array(MailMessageSchema, { description: 'One page of messages' }),
            total: Type.Integer({ description: 'Messages matching the filter, on all pages' }),
          }),
        },
      },
    },
    async (request) => listOutbox(deps, request.query as OutboxQueryIn),
  );

  app.post(
    '/api/v1/mail/outbox/:id/retry',
    {
      config: { policy: maintainers },
      schema: {
        summary: 'Send a failed message, or one stuck in sending, again (the operator accepts a possible duplicate)',
        tags: ['mail'],
        params: Obj({ id: Uuid('Message id') }),
        response: { 200: MailMessageSchema },
      },
    },
    async (request) => retryMail(deps, request.params.id, auditContext(request)),
  );
}
