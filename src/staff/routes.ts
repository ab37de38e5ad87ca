// HTTP of the centre's own staff (BV-3, CR-17.10, CR-17.11, CR-20.16, CR-20.17): the staff list, absences with
// their substitutes and the vacation schedule, the continuity check, the ministry's overview, and the head's
// morning page. Thin: parse → call the service → present; the services check the centre's scope (404 outside it).
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { auditContext } from '../platform/http/context.ts';
import { Obj, OkSchema, ok } from '../platform/http/schema.ts';
import { cancelAbsence, listCentreAbsences, nameSubstitute, recordAbsence } from './absences-service.ts';
import { centreContinuity, continuityOverview } from './continuity-service.ts';
import { addMember, changeMember, listStaff } from './members-service.ts';
import { morning, MorningSchema } from './morning.ts';
import { networkReaders, staffKeepers, staffReaders } from './policy.ts';
import { AbsenceSchema, ContinuitySchema, MemberSchema, OverviewSchema } from './presenters.ts';
import {
  AbsenceBody,
  AbsenceParams,
  CentreParams,
  MemberBody,
  MemberParams,
  MemberPatch,
  RangeQuery,
  SubstituteBody,
  type AbsenceIn,
  type MemberIn,
  type MemberPatchIn,
  type RangeIn,
  type SubstituteIn,
} from './schemas.ts';
import { staffCentres, StaffCentresSchema } from './centres-service.ts';

const tags = ['staff'];
type Id = { id: string };

export async function staffRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/staff/centres',
    {
      config: { policy: staffReaders },
      schema: {
        operationId: 'listStaffCentres',
        summary: 'The centres whose staff you keep or read',
        description: 'BV-3.1: the head its centre, the municipality’s admin its centres, the ministry every centre.',
        tags,
        response: { 200: StaffCentresSchema },
      },
    },
    async (request) => staffCentres(deps, request.actor),
  );

  app.get(
    '/api/v1/centres/:id/staff',
    {
      config: { policy: staffReaders },
      schema: {
        operationId: 'listCentreStaff',
        summary: 'The centre’s staff list: position, user account, point and employment',
        description: 'BV-3.1, CR-20.3: the head first. 404 outside your scope.',
        tags,
        params: CentreParams,
        response: { 200: Obj({ items: Type.Array(MemberSchema, { description: 'The staff' }) }) },
      },
    },
    async (request) => listStaff(deps, auditContext(request), (request.params as Id).id),
  );

  app.post(
    '/api/v1/centres/:id/staff',
    {
      config: { policy: staffKeepers },
      schema: {
        operationId: 'createStaffMember',
        summary: 'Adds a person to the centre’s staff list',
        description:
          'BV-3.1: the head keeps the list; BV-3.2: only the executive director’s side (the municipality’s admin) ' +
          'marks the head (400 staff_head_set_by_director). A user must be one of the municipality’s.',
        tags,
        params: CentreParams,
        body: MemberBody,
        response: { 201: MemberSchema },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return addMember(deps, auditContext(request), (request.params as Id).id, request.body as MemberIn);
    },
  );

  app.patch(
    '/api/v1/staff/:id',
    {
      config: { policy: staffKeepers },
      schema: {
        operationId: 'updateStaffMember',
        summary: 'Changes a person of the staff list (position, point, employment end)',
        description: 'BV-3.1; BV-3.2: the head mark only by the director’s side.',
        tags,
        params: MemberParams,
        body: MemberPatch,
        response: { 200: MemberSchema },
      },
    },
    async (request) =>
      changeMember(deps, auditContext(request), (request.params as Id).id, request.body as MemberPatchIn),
  );

  app.get(
    '/api/v1/centres/:id/absences',
    {
      config: { policy: staffReaders },
      schema: {
        operationId: 'listStaffAbsences',
        summary: 'Absences of the centre’s staff touching a period, with their substitutes and flags',
        description:
          'BV-3.3, BV-3.9: the vacation schedule and other absences; flags: no substitute named, the head awaiting ' +
          'the director’s deputy (BV-3.4), the days on which the substitute is absent too.',
        tags,
        params: CentreParams,
        querystring: RangeQuery,
        response: {
          200: Obj({
            from: Type.String({ description: 'First day', format: 'date' }),
            to: Type.String({ description: 'Last day', format: 'date' }),
            items: Type.Array(AbsenceSchema, { description: 'By first day' }),
          }),
        },
      },
    },
    async (request) =>
      listCentreAbsences(deps, auditContext(request), (request.params as Id).id, request.query as RangeIn),
  );

  app.post(
    '/api/v1/centres/:id/absences',
    {
      config: { policy: staffKeepers },
      schema: {
        operationId: 'createStaffAbsence',
        summary: 'Records an absence (vacation, sick leave, training, business trip) with its substitute',
        description:
          'BV-3.9: agreed with the head, a substitute named; BV-3.4: the head’s deputy only by the municipality’s ' +
          'admin (400 staff_head_deputy_by_director). 409 staff_absence_overlaps when the person is already absent ' +
          'on one of the days. A substitute absent at the same time is flagged, not refused.',
        tags,
        params: CentreParams,
        body: AbsenceBody,
        response: { 201: AbsenceSchema },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return recordAbsence(deps, auditContext(request), (request.params as Id).id, request.body as AbsenceIn);
    },
  );

  app.put(
    '/api/v1/staff-absences/:id/substitute',
    {
      config: { policy: staffKeepers },
      schema: {
        operationId: 'setStaffAbsenceSubstitute',
        summary: 'Names (or removes) the substitute of an absence; for the head, the director’s deputy',
        description: 'BV-3.9; BV-3.4: for the head’s absence only the municipality’s admin (the executive director).',
        tags,
        params: AbsenceParams,
        body: SubstituteBody,
        response: { 200: AbsenceSchema },
      },
    },
    async (request) =>
      nameSubstitute(deps, auditContext(request), (request.params as Id).id, request.body as SubstituteIn),
  );

  app.delete(
    '/api/v1/staff-absences/:id',
    {
      config: { policy: staffKeepers },
      schema: {
        operationId: 'cancelStaffAbsence',
        summary: 'Cancels an absence recorded by mistake or not taken',
        description: 'BV-3.9. Audited with what it was.',
        tags,
        params: AbsenceParams,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      await cancelAbsence(deps, auditContext(request), (request.params as Id).id);
      return ok;
    },
  );

  app.get(
    '/api/v1/centres/:id/continuity',
    {
      config: { policy: staffReaders },
      schema: {
        operationId: 'getCentreContinuity',
        summary: 'The continuity check: opening hours of the centre’s points nobody of the staff covers',
        description:
          'CR-17.11, CR-20.17: for each day and each point open that day (its hours against the working-day ' +
          'calendar), somebody of the point’s staff is at work, or a substitute of an absent one is. Default period: ' +
          'four weeks from today; at most 92 days.',
        tags,
        params: CentreParams,
        querystring: RangeQuery,
        response: { 200: ContinuitySchema },
      },
    },
    async (request) =>
      centreContinuity(deps, auditContext(request), (request.params as Id).id, request.query as RangeIn),
  );

  app.get(
    '/api/v1/continuity/overview',
    {
      config: { policy: networkReaders },
      schema: {
        operationId: 'getContinuityOverview',
        summary: 'The ministry’s overview: centres with continuity gaps and the opening hours uncovered',
        description: 'CR-21.1 on CR-17.11 and CR-20.17: over the centres that keep a staff list.',
        tags,
        querystring: RangeQuery,
        response: { 200: OverviewSchema },
      },
    },
    async (request) => continuityOverview(deps, request.query as RangeIn),
  );

  app.get(
    '/api/v1/centres/:id/morning',
    {
      config: { policy: staffReaders },
      schema: {
        operationId: 'getCentreMorning',
        summary:
          'The head’s morning: staff in today, officers receiving, contacts, written answers due, overdue duties',
        description:
          'BV-3, CR-20.8, CR-17.1 … CR-17.4, DR-25.1.7.3, CR-17.11: today in Europe/Riga. 404 outside your scope.',
        tags,
        params: CentreParams,
        response: { 200: MorningSchema },
      },
    },
    async (request) => morning(deps, auditContext(request), (request.params as Id).id),
  );
}
