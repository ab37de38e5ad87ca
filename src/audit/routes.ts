// HTTP for the audit trail: search, the chains' check (the same check as `vienuviet verify-audit`), and the signed
// digest of the anchored chain heads that auditors keep outside the system.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { IsoDate, Obj, PageQuery, Str, Uuid } from '../platform/http/schema.ts';
import { AuditEventSchema, ChainReportSchema, SignedDigestSchema } from './presenters.ts';
import { anchorAudit, auditDigest, searchAudit, verifyAudit } from './service.ts';
import { auditContext } from '../platform/http/context.ts';

// Supervision and audit read the whole trail; the maintainer needs it to investigate incidents.
const trailReaders = rolesRoute('ministry_supervisor', 'auditor', 'maintainer');

const AuditQuery = Obj({
  from: Type.Optional(IsoDate('First day (YYYY-MM-DD), from 00:00 Europe/Riga')),
  to: Type.Optional(IsoDate('Last day (YYYY-MM-DD), until 24:00 Europe/Riga')),
  action: Type.Optional(
    Str('Start of the action, e.g. "grant." for grant.create and grant.revoke', 100, { minLength: 1 }),
  ),
  entityType: Type.Optional(Str('Kind of record, exactly (user, grant, api_token, mail …)', 100, { minLength: 1 })),
  entityId: Type.Optional(Str('Id of the record, exactly', 200, { minLength: 1 })),
  actor: Type.Optional(Str('Part of the actor label, any case', 200, { minLength: 1 })),
  organisationId: Type.Optional(Uuid('Only events concerning this organisation')),
  ...PageQuery,
});

export async function auditRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/audit-events',
    {
      config: { policy: trailReaders },
      schema: {
        summary: 'Search the audit trail, newest first; days are Riga calendar days',
        tags: ['audit'],
        querystring: AuditQuery,
        response: {
          200: Obj({
            items: Type.Array(AuditEventSchema, { description: 'One page of events' }),
            total: Type.Integer({ description: 'Events matching the filter, on all pages' }),
          }),
        },
      },
    },
    async (request) => searchAudit(deps, request.query),
  );

  app.get(
    '/api/v1/audit-events/verify',
    {
      config: { policy: trailReaders },
      schema: {
        summary:
          'Check the hash chain of the whole trail and name the first event that was changed or follows a deleted one',
        tags: ['audit'],
        response: { 200: ChainReportSchema },
      },
    },
    async () => verifyAudit(deps),
  );

  app.get(
    '/api/v1/audit-events/digest',
    {
      config: { policy: trailReaders },
      schema: {
        summary:
          "The signed digest of every chain's latest anchor, with the public key: keep it to check the trail later (verify-audit --anchors)",
        tags: ['audit'],
        response: { 200: SignedDigestSchema },
      },
    },
    async () => auditDigest(deps),
  );

  app.post(
    '/api/v1/audit-events/anchors',
    {
      config: { policy: trailReaders },
      schema: {
        summary: "Anchor every chain's head now (the job does it hourly) and return the signed digest",
        tags: ['audit'],
        response: { 200: SignedDigestSchema },
      },
    },
    async (request) => anchorAudit(deps, auditContext(request)),
  );
}
