// HTTP for SR-11's law changes of a service: list them with their state, record one, remove one recorded by
// mistake. Thin: parse → call law-changes.ts, which checks the scope (404 outside it) and audits.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { anyUser, rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { IsoDate, Instant, Nullable, Obj, OkSchema, ok, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { Link } from './content.ts';
import { LAW_CHANGE_STATES, listLawChanges, recordLawChange, removeLawChange } from './law-changes.ts';
import { ServiceParams } from './schemas.ts';

const tags = ['catalogue'];
/** SR-8: the holder's describers; the ministry's supervisors oversee the catalogue (law-changes.ts). */
const recorders = rolesRoute('maintainer', 'org_admin', 'institution_coordinator', 'ministry_supervisor');

const LawChangeBody = Obj({
  title: Str('The amending act, e.g. "Grozījumi Komerclikumā" with its publication', 500, { minLength: 1 }),
  url: Type.Optional(Nullable(Link('Where to read it, e.g. on likumi.lv (http or https)'))),
  effectiveOn: IsoDate(
    'The day the change takes effect (YYYY-MM-DD): the description is to be published updated by the end of it in Riga',
  ),
});

const LawChangeParams = Obj({ id: Uuid('Service id'), changeId: Uuid('Law change id') });

const LawChangeSchema = Obj(
  {
    id: Uuid('Law change id'),
    title: Type.String({ description: 'The amending act' }),
    url: Nullable(Type.String({ description: 'Where to read it' })),
    effectiveOn: Type.String({ description: 'The day it takes effect', format: 'date' }),
    state: StringEnum(
      LAW_CHANGE_STATES,
      'pending: no version published since it was recorded, its day not yet passed; met: a version published after it was recorded, by the end of its day (Riga); late: published after the day; overdue: not updated and the day has passed; void: the service is withdrawn',
    ),
    publishedAt: Nullable(Instant('The first publication after it was recorded')),
    recordedAt: Instant('When it was recorded'),
    recordedBy: Obj(
      {
        name: Type.String({ description: 'Who recorded it' }),
        organisation: Nullable(Type.String({ description: 'Their organisation' })),
      },
      { description: 'Who recorded it' },
    ),
    canDelete: Type.Boolean({ description: 'The caller may delete it now (recorded by mistake; only while pending)' }),
  },
  { description: 'A law change the description is to be updated for (SR-11)', title: 'ServiceLawChange' },
);

const LawChangeListSchema = Obj({
  items: Type.Array(LawChangeSchema, { description: 'The changes, latest effective day first' }),
  canRecord: Type.Boolean({ description: 'The caller may record a change for this service' }),
});

export async function lawChangeRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/services/:id/law-changes',
    {
      config: { policy: anyUser },
      schema: {
        summary: "A service's law changes with their state (SR-11); for those who read its drafts",
        tags,
        params: ServiceParams,
        response: { 200: LawChangeListSchema },
      },
    },
    async (request) => listLawChanges(deps, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/services/:id/law-changes',
    {
      config: { policy: recorders },
      schema: {
        summary: 'Record a law change the description is to be updated for by the day it takes effect (SR-11)',
        tags,
        params: ServiceParams,
        body: LawChangeBody,
        response: { 201: LawChangeSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordLawChange(deps, request.params.id, request.body, auditContext(request))),
  );

  app.delete(
    '/api/v1/services/:id/law-changes/:changeId',
    {
      config: { policy: recorders },
      schema: {
        summary: 'Delete a law change recorded by mistake, while it is pending (SR-11)',
        tags,
        params: LawChangeParams,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      await removeLawChange(deps, request.params.id, request.params.changeId, auditContext(request));
      return ok;
    },
  );
}
