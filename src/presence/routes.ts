// HTTP for institutions' officers at centres (CR-19.1 … CR-19.5, CR-20.4 … CR-20.6, DR-26.1.9, CR-5.3, CR-6.3) and
// the public "who receives" (JSON and iCalendar). Thin: parse → call the service → present.
import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { auditContext } from '../platform/http/context.ts';
import { Nullable, Obj } from '../platform/http/schema.ts';
import { centreConflicts, monthlyCompliance } from './checks.ts';
import { centreLeads, complianceReaders, noticeReaders, noticeWriters, presencePublic } from './policy.ts';
import { NoticeListSchema, NoticeSchema } from './presenters.ts';
import { receivingAtCentre, receivingOfInstitution, toICal } from './public-service.ts';
import {
  BriefingBody,
  CentreParams,
  InstitutionParams,
  MonthQuery,
  NoticeBody,
  NoticeParams,
  RangeQuery,
  type BriefingIn,
  type NoticeIn,
  type RangeIn,
} from './schemas.ts';
import { listNotices, publishNotice, recordBriefing, recordNotice } from './service.ts';
import { headRoutes } from './heads-routes.ts';

const tags = ['presence'];
const text = (description: string) => Type.String({ description });
const uuid = (description: string) => Type.String({ format: 'uuid', description });
const day = (description: string) => Type.String({ format: 'date', description });
const PersonOut = Obj(
  { position: text('Position'), name: text('Name'), surname: text('Surname') },
  { description: 'A person' },
);
const EntrySchema = Obj({
  date: day('The day'),
  centreId: uuid('The centre'),
  centreName: text('The centre’s name'),
  institutionId: uuid('The institution'),
  institutionName: text('The institution’s name (and short name)'),
  status: text('receiving, substituted (a substitute receives) or absent (nobody receives)'),
  intervals: Type.Array(Obj({ opens: text('HH:MM'), closes: text('HH:MM') }), { description: 'Reception hours' }),
  officers: Type.Array(PersonOut, { description: 'The officers assigned (CR-19.1)' }),
  substitute: Nullable(PersonOut),
  absenceReason: Nullable(text('CR-19.3: why nobody substitutes')),
});
const ReceivingSchema = Obj({
  from: day('First day'),
  to: day('Last day'),
  centreId: Type.Optional(uuid('The centre (per centre)')),
  centreName: Type.Optional(text('The centre’s name')),
  institutionId: Type.Optional(uuid('The institution (per institution)')),
  institutionName: Type.Optional(text('The institution’s name')),
  head: Type.Optional(
    Nullable(
      Obj(
        { name: text('Name'), surname: text('Surname'), from: day('In office from') },
        { description: 'CR-20.3: the head of centre on the first day (per centre)' },
      ),
    ),
  ),
  entries: Type.Array(EntrySchema, { description: 'Day by day, institution by institution' }),
});
const ConflictSchema = Obj({
  date: day('The day'),
  institutionId: uuid('The institution'),
  kind: text('officer_two_centres, outside_opening_hours, public_holiday, transferred_day_off, working_saturday'),
  otherCentreId: Nullable(uuid('The other centre (officer_two_centres)')),
  officer: Nullable(text('The officer (officer_two_centres)')),
  hours: text('The reception hours concerned (outside_opening_hours: only the part when the centre is closed)'),
});
const ComplianceSchema = Obj({
  month: text('YYYY-MM'),
  centres: Type.Array(
    Obj({
      centreId: uuid('The centre'),
      centreName: text('The centre’s name'),
      kind: text('regional or national'),
      rule: text('CR-5.3 or CR-6.3'),
      threshold: Type.Integer({ description: 'Institutions needed' }),
      below: Type.Boolean({ description: 'Below the threshold in some week of the month' }),
      weeks: Type.Array(
        Obj({
          weekOf: day('The week’s Monday'),
          workingDays: Type.Integer({
            description: 'Working days of the week (the whole ISO week, also days of the next or previous month)',
          }),
          institutions: Type.Array(text('Short name'), { description: 'Institutions that received enough' }),
          count: Type.Integer({ description: 'How many' }),
          below: Type.Boolean({ description: 'Fewer than the threshold' }),
        }),
        { description: 'Week by week' },
      ),
    }),
    { description: 'Operating regional and national centres' },
  ),
});
const ICS = { 200: { description: 'iCalendar (RFC 5545)', content: { 'text/calendar': { schema: Type.String() } } } };
const ics = (reply: FastifyReply, body: string) =>
  reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', 'inline; filename="pienemsana.ics"')
    .send(body);

export async function presenceRoutes(app: App, deps: Deps): Promise<void> {
  await headRoutes(app, deps);
  app.post(
    '/api/v1/centres/:id/presence-notices',
    {
      config: { policy: noticeWriters, problems: [400, 404] },
      schema: {
        operationId: 'createPresenceNotice',
        summary: 'An institution’s notice to a regional or national centre about its officer',
        description:
          'CR-19.1 (officer assigned), CR-19.2 (new reception hours; `reason` invokes its exception), CR-19.3 (absence ' +
          'without a substitute), CR-19.4 (substitution). The sent time is kept (DR-15.4) and the notice period checked ' +
          'on the calendar of the centre’s municipality: a late notice is flagged and explained, never refused. Mailed to ' +
          'the centre; a change of hours or an absence opens the centre’s DR-26.1.9 duty. The centre’s head may enter it ' +
          'on the institution’s behalf (onBehalf).',
        tags,
        params: CentreParams,
        body: NoticeBody,
        response: { 201: NoticeSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordNotice(deps, request.params.id, request.body as NoticeIn, auditContext(request))),
  );

  app.get(
    '/api/v1/centres/:id/presence-notices',
    {
      config: { policy: noticeReaders, problems: [404] },
      schema: {
        operationId: 'listPresenceNotices',
        summary: 'The notices institutions sent the centre, newest first (an institution sees its own)',
        description:
          'CR-19.1 … CR-19.4, DR-15.4, DR-26.1.9: each with its sent time, notice-period check and publication.',
        tags,
        params: CentreParams,
        response: { 200: NoticeListSchema },
      },
    },
    async (request) => listNotices(deps, request.params.id, auditContext(request)),
  );

  app.post(
    '/api/v1/presence-notices/:id/publication',
    {
      config: { policy: centreLeads, problems: [404, 409] },
      schema: {
        operationId: 'createPresenceNoticePublication',
        summary: 'The centre publishes a change of reception hours or an absence and informs the ministry',
        description:
          'DR-26.1.9: fulfils the duty the notice opened (2 working days); a change of hours becomes the institution’s ' +
          'reception hours at the centre from its first day.',
        tags,
        params: NoticeParams,
        response: { 200: NoticeSchema },
      },
    },
    async (request) => publishNotice(deps, request.params.id, auditContext(request)),
  );

  app.post(
    '/api/v1/presence-notices/:id/briefing',
    {
      config: { policy: centreLeads, problems: [400, 404] },
      schema: {
        operationId: 'setPresenceBriefing',
        summary: 'The officer’s safety briefing and workplace needs',
        description: 'CR-19.5, CR-20.4: safety, fire and premises rules told; CR-20.5, CR-20.6: workplace needs noted.',
        tags,
        params: NoticeParams,
        body: BriefingBody,
        response: { 200: NoticeSchema },
      },
    },
    async (request) => recordBriefing(deps, request.params.id, request.body as BriefingIn, auditContext(request)),
  );

  app.get(
    '/api/v1/centres/:id/presence-conflicts',
    {
      config: { policy: noticeReaders, problems: [404] },
      schema: {
        operationId: 'listPresenceConflicts',
        summary: 'Conflicts of the coming weeks at the centre',
        description:
          'CR-19.1, CR-19.2: the same officer at two centres at overlapping times; reception hours outside the centre’s ' +
          'opening hours, on a public holiday, a transferred day off or a working Saturday. An institution’s people ' +
          'see their own institution’s; another centre’s staff none (404).',
        tags,
        params: CentreParams,
        querystring: RangeQuery,
        response: { 200: Type.Array(ConflictSchema, { description: 'Conflicts, day by day' }) },
      },
    },
    async (request) => {
      const q = request.query as RangeIn;
      return centreConflicts(deps, request.actor, request.params.id, q.from, q.days ?? 28);
    },
  );

  app.get(
    '/api/v1/presence/compliance',
    {
      config: { policy: complianceReaders, problems: [400] },
      schema: {
        operationId: 'getPresenceCompliance',
        summary: 'Regional and national centres against CR-5.3 / CR-6.3 in a month, from the presence recorded',
        description:
          'CR-5.3: at least three institutions receive at least one working day a week; CR-6.3: at least four on all ' +
          'working days. Reception hours less absences without a substitute, week by week: every ISO week that touches ' +
          'the month, judged whole.',
        tags,
        querystring: MonthQuery,
        response: { 200: ComplianceSchema },
      },
    },
    async (request) => monthlyCompliance(deps, (request.query as { month?: string }).month),
  );

  for (const [path, operationId, of] of [
    ['/api/v1/public/centres/:id/receiving', 'getPublicCentreReceiving', 'centre'],
    ['/api/v1/public/institutions/:id/receiving', 'getPublicInstitutionReceiving', 'institution'],
  ] as const) {
    app.get(
      path,
      {
        config: { policy: presencePublic, problems: [400, 404] },
        schema: {
          operationId,
          summary: `Who receives clients, day by day (per ${of})`,
          description:
            'CR-19.6, CR-20.8: the institutions’ officers receiving at regional and national centres: the published ' +
            'reception hours on the calendar, an absence without a substitute (nobody receives) and the substitute.',
          tags: ['public'],
          params: of === 'centre' ? CentreParams : InstitutionParams,
          querystring: RangeQuery,
          response: { 200: ReceivingSchema },
        },
      },
      async (request) => {
        const q = request.query as RangeIn;
        const id = (request.params as { id: string }).id;
        return of === 'centre'
          ? receivingAtCentre(deps, id, q.from, q.days)
          : receivingOfInstitution(deps, id, q.from, q.days);
      },
    );
    app.get(
      `${path}.ics`,
      {
        config: { policy: presencePublic, problems: [400, 404] },
        schema: {
          operationId: `${operationId}ICal`,
          summary: `Who receives clients, as an iCalendar feed (per ${of})`,
          description: 'RFC 5545: one event per reception interval; an absence as a cancelled event (CR-19.3).',
          tags: ['public'],
          params: of === 'centre' ? CentreParams : InstitutionParams,
          querystring: RangeQuery,
          response: ICS,
        },
      },
      async (request, reply) => {
        const q = request.query as RangeIn;
        const id = (request.params as { id: string }).id;
        const data =
          of === 'centre'
            ? await receivingAtCentre(deps, id, q.from, q.days ?? 14)
            : await receivingOfInstitution(deps, id, q.from, q.days ?? 14);
        const name = 'centreName' in data ? data.centreName : data.institutionName;
        return ics(reply as FastifyReply, toICal(name, data.entries, deps.now()));
      },
    );
  }
}
