// HTTP for service points (their details, functions, weekly hours, exceptions) and institutions' reception hours.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { anyUser, rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { IfMatchHeaders, ifMatch, tagged } from '../platform/http/etag.ts';
import { Obj } from '../platform/http/schema.ts';
import { FunctionSchema, PointSchema, ReceptionSchema } from './presenters.ts';
import {
  CentreParams,
  CreatePointBody,
  ExceptionBody,
  ExceptionParams,
  HoursBody,
  PointParams,
  ReceptionBody,
  UpdatePointBody,
} from './schemas.ts';
import { addException, createPoint, removeException, setHours, updatePoint } from './points-service.ts';
import { setReception } from './reception-service.ts';
import { pointFunctions } from './functions.ts';

const tags = ['centres'];
/** The municipality's admin, a maintainer, and the head of centre for its own centre (CR-20.3). */
const editors = rolesRoute('maintainer', 'org_admin', 'centre_head');

export async function pointRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/point-functions',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'The functions a service point can offer (BV-2.1), shipped as data',
        tags,
        response: { 200: Obj({ items: Type.Array(FunctionSchema, { description: 'Functions, in the list order' }) }) },
      },
    },
    async () => ({ items: pointFunctions().map((f) => ({ code: f.code, nameLv: f.nameLv, nameEn: f.nameEn })) }),
  );

  app.post(
    '/api/v1/centres/:id/points',
    {
      config: { policy: editors },
      schema: {
        summary: 'Add a service point to a centre (BV-1.8)',
        tags,
        params: CentreParams,
        body: CreatePointBody,
        response: { 201: PointSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPoint(deps, request.params.id, request.body, auditContext(request))),
  );

  app.patch(
    '/api/v1/points/:id',
    {
      config: { policy: editors },
      schema: {
        summary:
          "Change a point's name, address, coordinates, contacts or functions; If-Match: the point's version read (412 when someone changed it since)",
        tags,
        params: PointParams,
        headers: IfMatchHeaders,
        body: UpdatePointBody,
        response: { 200: PointSchema },
      },
    },
    async (request, reply) =>
      tagged(reply, await updatePoint(deps, request.params.id, request.body, ifMatch(request), auditContext(request))),
  );

  app.put(
    '/api/v1/points/:id/hours',
    {
      config: { policy: editors },
      schema: {
        summary:
          "Replace a point's weekly hours: the default schedule and seasonal variants; If-Match: the point's version read",
        tags,
        params: PointParams,
        headers: IfMatchHeaders,
        body: HoursBody,
        response: { 200: PointSchema },
      },
    },
    async (request, reply) =>
      tagged(reply, await setHours(deps, request.params.id, request.body, ifMatch(request), auditContext(request))),
  );

  app.post(
    '/api/v1/points/:id/exceptions',
    {
      config: { policy: editors },
      schema: {
        summary: 'Close a point, or give special hours, on dates',
        tags,
        params: PointParams,
        body: ExceptionBody,
        response: { 201: PointSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addException(deps, request.params.id, request.body, auditContext(request))),
  );

  app.delete(
    '/api/v1/points/:id/exceptions/:exceptionId',
    {
      config: { policy: editors },
      // No If-Match: an exception is never edited, only added and removed, so removing one cannot undo a change
      // its remover did not see; a second removal is 404. The point's version counts details and hours only.
      schema: {
        summary: 'Remove a closure or special hours',
        tags,
        params: ExceptionParams,
        response: { 200: PointSchema },
      },
    },
    async (request) => removeException(deps, request.params.id, request.params.exceptionId, auditContext(request)),
  );

  app.post(
    '/api/v1/centres/:id/reception-hours',
    {
      config: { policy: editors },
      schema: {
        summary: "Set an institution's reception hours at the centre from a date (a new version; CR-19.2)",
        tags,
        params: CentreParams,
        body: ReceptionBody,
        response: {
          200: Obj({
            items: Type.Array(ReceptionSchema, {
              description: "The institution's versions at the centre, newest first",
            }),
          }),
        },
      },
    },
    async (request) => ({ items: await setReception(deps, request.params.id, request.body, auditContext(request)) }),
  );
}
