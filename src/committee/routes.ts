// HTTP for the supervisory committee (CR-9, CR-10, CR-11): members with the composition check and the statute,
// meetings with agendas, decisions with votes and the minutes. Thin: parse → call the service → present.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { auditContext } from '../platform/http/context.ts';
import { IfMatchHeaders, ifMatch, tagged } from '../platform/http/etag.ts';
import { IsoDate, Obj, Uuid } from '../platform/http/schema.ts';
import { editAgendaItem, editMeeting, removeAgendaItem } from './meeting-edits-service.ts';
import { addMember, approveStatute, endMember, getCommittee } from './members-service.ts';
import {
  addAgendaItem,
  agendaCandidates,
  getMeeting,
  holdMeeting,
  listMeetings,
  planMeeting,
  recordDecision,
} from './meetings-service.ts';
import { approveMinutes, minutesDocument } from './minutes-service.ts';
import { committeeReaders, committeeWriters } from './policy.ts';
import { CommitteeSchema, MeetingDetailSchema, MeetingSummarySchema, MemberSchema } from './presenters.ts';
import {
  AgendaItemBody,
  AgendaItemPatchBody,
  type AgendaItemPatchIn,
  ApproveMinutesBody,
  type ApproveMinutesIn,
  CommitteeQuery,
  type CommitteeQueryIn,
  DecisionBody,
  type DecisionIn,
  EndMemberBody,
  type EndMemberIn,
  HeldBody,
  type HeldIn,
  IdParams,
  type IdIn,
  ItemParams,
  type ItemIn,
  MeetingBody,
  type MeetingIn,
  MeetingPatchBody,
  type MeetingPatchIn,
  MemberBody,
  type MemberIn,
  StatuteBody,
  type StatuteIn,
  type AgendaItemIn,
} from './schemas.ts';

const tags = ['committee'];
const BASE = '/api/v1/committee';
/** Not JSON: the bytes of the PDF. */
const PdfResponse = Type.Unsafe<Buffer>({
  description: 'The minutes as a PDF in Latvian',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary', description: 'The PDF' } } },
});
const Detail = { 200: MeetingDetailSchema };

export async function committeeRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    BASE,
    {
      config: { policy: committeeReaders },
      schema: {
        operationId: 'getCommittee',
        summary: 'The committee: its members, the CR-9 composition check on a day and the statute in force',
        description:
          'CR-9: the committee includes the ministry, institutions, holders and the three associations; `composition` ' +
          'names those without a member on the day. The statute is the newest the ministry approved by then.',
        tags,
        querystring: CommitteeQuery,
        response: { 200: CommitteeSchema },
      },
    },
    async (request) => getCommittee(deps, (request.query as CommitteeQueryIn).date),
  );

  app.post(
    `${BASE}/members`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'createCommitteeMember',
        summary: 'Add a member organisation with its representative for a period (CR-9)',
        description:
          'CR-9: the ministry, an institution, a holder or an association. The representative’s user, when given, ' +
          'must work for the organisation.',
        tags,
        body: MemberBody,
        response: { 201: MemberSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addMember(deps, request.body as MemberIn, auditContext(request))),
  );

  app.post(
    `${BASE}/members/:id/end`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'setCommitteeMemberEnd',
        summary: 'End a membership on a day (CR-9)',
        description: 'CR-9: the membership’s last day; a new representative is a new membership.',
        tags,
        params: IdParams,
        body: EndMemberBody,
        response: { 200: MemberSchema },
      },
    },
    async (request) => endMember(deps, (request.params as IdIn).id, request.body as EndMemberIn, auditContext(request)),
  );

  app.post(
    `${BASE}/statutes`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'createCommitteeStatute',
        summary: 'Record the statute the ministry approved (CR-9): a stored document and its approval day',
        description: 'CR-9: every approval is kept; the newest approved on or before a day is in force.',
        tags,
        body: StatuteBody,
        response: { 201: CommitteeSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await approveStatute(deps, request.body as StatuteIn, auditContext(request))),
  );

  app.get(
    `${BASE}/meetings`,
    {
      config: { policy: committeeReaders },
      schema: {
        operationId: 'listCommitteeMeetings',
        summary: 'The committee’s meetings, the latest first (CR-11)',
        description: 'CR-11: the committee meets at least twice a year.',
        tags,
        response: { 200: Type.Array(MeetingSummarySchema, { description: 'Every meeting' }) },
      },
    },
    async () => listMeetings(deps),
  );

  app.post(
    `${BASE}/meetings`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'createCommitteeMeeting',
        summary: 'Plan a meeting (CR-11)',
        description: 'CR-11: the ministry organises the meetings.',
        tags,
        body: MeetingBody,
        response: { 201: MeetingDetailSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await planMeeting(deps, request.body as MeetingIn, auditContext(request))),
  );

  app.get(
    `${BASE}/agenda-candidates`,
    {
      config: { policy: committeeReaders },
      schema: {
        operationId: 'listCommitteeAgendaCandidates',
        summary: 'Proposals whose information is ready, waiting for the committee (CR-10.1)',
        description: 'CR-10.1, CR-13.3, CR-14.3: the committee meets within a month of the information being ready.',
        tags,
        response: {
          200: Type.Array(
            Obj({
              id: Uuid('The proposal'),
              title: Type.String({ description: 'What is proposed' }),
              filedOn: IsoDate('The day its letter was received'),
            }),
            { description: 'The proposals ready for the committee, the longest waiting first' },
          ),
        },
      },
    },
    async () => agendaCandidates(deps),
  );

  app.get(
    `${BASE}/meetings/:id`,
    {
      config: { policy: committeeReaders },
      schema: {
        operationId: 'getCommitteeMeeting',
        summary: 'A meeting with its members, agenda, decisions, votes and the minutes’ state',
        description: 'CR-10, CR-11.',
        tags,
        params: IdParams,
        response: Detail,
      },
    },
    async (request, reply) => tagged(reply, await getMeeting(deps, (request.params as IdIn).id)),
  );

  app.patch(
    `${BASE}/meetings/:id`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'updateCommitteeMeeting',
        summary: 'Edit a planned meeting: its day and place (CR-11). If-Match: the version read',
        description:
          'CR-11: until the meeting is held; the members taking part are those of the new day. 409 ' +
          'committee_meeting_frozen once it was held; 412 when someone changed the meeting since the version read.',
        tags,
        params: IdParams,
        headers: IfMatchHeaders,
        body: MeetingPatchBody,
        response: Detail,
      },
    },
    async (request, reply) =>
      tagged(
        reply,
        await editMeeting(
          deps,
          (request.params as IdIn).id,
          request.body as MeetingPatchIn,
          ifMatch(request),
          auditContext(request),
        ),
      ),
  );

  app.patch(
    `${BASE}/meetings/:id/agenda-items/:itemId`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'updateCommitteeAgendaItem',
        summary:
          'Rename an agenda item of a planned meeting or change its document (CR-10, CR-11). If-Match: the meeting’s version',
        description:
          'CR-11: until the meeting is held (409 committee_meeting_frozen after); what the item is about stays — ' +
          'remove it and add another for that. Counts the meeting’s version.',
        tags,
        params: ItemParams,
        headers: IfMatchHeaders,
        body: AgendaItemPatchBody,
        response: Detail,
      },
    },
    async (request, reply) => {
      const { id, itemId } = request.params as ItemIn;
      const body = request.body as AgendaItemPatchIn;
      return tagged(reply, await editAgendaItem(deps, id, itemId, body, ifMatch(request), auditContext(request)));
    },
  );

  app.delete(
    `${BASE}/meetings/:id/agenda-items/:itemId`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'deleteCommitteeAgendaItem',
        summary: 'Take an item off a planned meeting’s agenda (CR-10, CR-11). If-Match: the meeting’s version',
        description:
          'CR-11: until the meeting is held (409 committee_meeting_frozen after); the items after it move up. ' +
          'Answers the meeting.',
        tags,
        params: ItemParams,
        headers: IfMatchHeaders,
        response: Detail,
      },
    },
    async (request, reply) => {
      const { id, itemId } = request.params as ItemIn;
      return tagged(reply, await removeAgendaItem(deps, id, itemId, ifMatch(request), auditContext(request)));
    },
  );

  app.post(
    `${BASE}/meetings/:id/agenda-items`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'createCommitteeAgendaItem',
        summary: 'Add an agenda item linked to what it is about (CR-10.1 … CR-10.4)',
        description:
          'CR-10.1 a proposal (its id), CR-10.2 a quality evaluation, CR-10.3 an analysis of centres’ work, CR-10.4 ' +
          'the three-yearly survey report, a basket version (its id), or other. 409 once the minutes are final.',
        tags,
        params: IdParams,
        body: AgendaItemBody,
        response: { 201: MeetingDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addAgendaItem(deps, (request.params as IdIn).id, request.body as AgendaItemIn, auditContext(request)),
        ),
  );

  app.post(
    `${BASE}/meetings/:id/held`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'setCommitteeMeetingHeld',
        summary: 'Record that the meeting was held; fulfils the ministry’s CR-11 duty of the year',
        description: 'CR-11: the first meeting held in a year fulfils the period YYYY/1, the second YYYY/2.',
        tags,
        params: IdParams,
        body: HeldBody,
        response: Detail,
      },
    },
    async (request) => holdMeeting(deps, (request.params as IdIn).id, request.body as HeldIn, auditContext(request)),
  );

  app.post(
    `${BASE}/meetings/:id/decisions`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'createCommitteeDecision',
        summary: 'Record a decision on an agenda item with each member organisation’s vote (CR-10)',
        description:
          'CR-10: adopted when more members voted for than against. CR-10.1: a decision on a proposal reaches the ' +
          'proposal in the same transaction. Only after the meeting was held; 409 once the minutes are final.',
        tags,
        params: IdParams,
        body: DecisionBody,
        response: { 201: MeetingDetailSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordDecision(deps, (request.params as IdIn).id, request.body as DecisionIn, auditContext(request)),
        ),
  );

  app.get(
    `${BASE}/meetings/:id/minutes.pdf`,
    {
      config: { policy: committeeReaders },
      schema: {
        operationId: 'getCommitteeMinutes',
        summary: 'The minutes as a PDF in Latvian: a draft until approved, then the stored final document',
        description: 'CR-10, CR-11. 409 before the meeting was held.',
        tags,
        params: IdParams,
        response: { 200: PdfResponse },
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await minutesDocument(deps, (request.params as IdIn).id, auditContext(request));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.post(
    `${BASE}/meetings/:id/minutes/approval`,
    {
      config: { policy: committeeWriters },
      schema: {
        operationId: 'createCommitteeMinutesApproval',
        summary: 'Approve the minutes: the final PDF is stored and the meeting can no longer change',
        description: 'CR-10, CR-11: the approved minutes are final; later changes are refused with 409.',
        tags,
        params: IdParams,
        body: ApproveMinutesBody,
        response: Detail,
      },
    },
    async (request) =>
      approveMinutes(deps, (request.params as IdIn).id, request.body as ApproveMinutesIn, auditContext(request)),
  );
}
