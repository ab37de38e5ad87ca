// HTTP for the working-day calendar. Thin: parse → call the service → present. The reads are public and stable
// (other state systems count their deadlines with them); the ministry enters the facts; a municipality sets its
// own choice about Cabinet transfers.
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { anyUser, publicRoute, rolesRoute } from '../platform/access/route-policy.ts';
import { auditContext } from '../platform/http/context.ts';
import { IfMatchHeaders, ifMatch, tagged } from '../platform/http/etag.ts';
import { OkSchema, ok } from '../platform/http/schema.ts';
import { pickLang } from '../platform/i18n/messages.ts';
import { CALENDAR_EDITORS, OPT_OUT_SETTERS } from './policy.ts';
import {
  AdditionsSchema,
  ConfirmedYearSchema,
  DeadlineSchema,
  HolidaySchema,
  OrganisationCalendarSchema,
  TransferSchema,
  WorkingDaysSchema,
  YearSchema,
} from './presenters.ts';
import {
  ConfirmBody,
  DeadlineQuery,
  HolidayBody,
  IdParams,
  OptOutBody,
  OrganisationParams,
  TransferBody,
  WorkingDaysQuery,
  YearParams,
  YearQuery,
} from './schemas.ts';
import { computeDeadline, countWorkingDays, yearView } from './service.ts';
import {
  addHoliday,
  addTransfer,
  confirmYear,
  listAdditions,
  removeHoliday,
  removeTransfer,
} from './additions-service.ts';
import { setOrganisationCalendar } from './opt-out-service.ts';

const tags = ['calendar'];
const editors = rolesRoute(...CALENDAR_EDITORS);

export async function calendarRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/calendar/deadline',
    {
      config: { policy: publicRoute },
      schema: {
        summary: 'The due date of "within N working days (or N months) after D", with the days it passed over and why',
        tags,
        querystring: DeadlineQuery,
        response: { 200: DeadlineSchema },
      },
    },
    async (request) => computeDeadline(deps, request.query, pickLang(request.headers['accept-language'])),
  );

  app.get(
    '/api/v1/calendar/working-days',
    {
      config: { policy: publicRoute },
      schema: {
        summary: 'The number of working days after one date up to and including another',
        tags,
        querystring: WorkingDaysQuery,
        response: { 200: WorkingDaysSchema },
      },
    },
    async (request) => countWorkingDays(deps, request.query, pickLang(request.headers['accept-language'])),
  );

  app.get(
    '/api/v1/calendar/additions',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'Transfers, one-off holidays and confirmed years entered at run time',
        tags,
        response: { 200: AdditionsSchema },
      },
    },
    async () => listAdditions(deps),
  );

  app.get(
    '/api/v1/calendar/:year',
    {
      config: { policy: publicRoute },
      schema: {
        summary: "A year's days off (with names), working Saturdays and shortened days",
        tags,
        params: YearParams,
        querystring: YearQuery,
        response: { 200: YearSchema },
      },
    },
    async (request) =>
      yearView(deps, request.params.year, request.query.organisation, pickLang(request.headers['accept-language'])),
  );

  app.post(
    '/api/v1/calendar/transfers',
    {
      config: { policy: editors },
      schema: {
        summary:
          'Enter a Cabinet transfer: a working day given off and the Saturday worked instead (Labour Law s.133(4))',
        tags,
        body: TransferBody,
        response: { 201: TransferSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await addTransfer(deps, request.body, auditContext(request))),
  );

  app.delete(
    '/api/v1/calendar/transfers/:id',
    {
      config: { policy: editors },
      // No If-Match here or for holidays: these facts are never edited, only entered and removed, so a removal cannot
      // undo a change its sender did not see (a second removal is 404). Versions are for editable resources.
      schema: { summary: 'Remove a transfer entered at run time', tags, params: IdParams, response: { 200: OkSchema } },
    },
    async (request) => {
      await removeTransfer(deps, request.params.id, auditContext(request));
      return ok;
    },
  );

  app.post(
    '/api/v1/calendar/holidays',
    {
      config: { policy: editors },
      schema: {
        summary: 'Enter a one-off public holiday declared by law',
        tags,
        body: HolidayBody,
        response: { 201: HolidaySchema },
      },
    },
    async (request, reply) => reply.code(201).send(await addHoliday(deps, request.body, auditContext(request))),
  );

  app.delete(
    '/api/v1/calendar/holidays/:id',
    {
      config: { policy: editors },
      schema: {
        summary: 'Remove a one-off holiday entered at run time',
        tags,
        params: IdParams,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      await removeHoliday(deps, request.params.id, auditContext(request));
      return ok;
    },
  );

  app.post(
    '/api/v1/calendar/years/:year/confirm',
    {
      config: { policy: editors },
      schema: {
        summary:
          "Confirm that the year's Cabinet order is entered (the year after the last confirmed one); its deadlines stop being provisional",
        tags,
        params: YearParams,
        body: ConfirmBody,
        response: { 200: ConfirmedYearSchema },
      },
    },
    async (request) => confirmYear(deps, request.params.year, request.body, auditContext(request)),
  );

  app.put(
    '/api/v1/organisations/:id/calendar',
    {
      config: { policy: rolesRoute(...OPT_OUT_SETTERS) },
      schema: {
        summary:
          "Set whether a municipality applies Cabinet transfers (maintainer; an organisation's admin for its own); If-Match: the organisation's version read",
        tags,
        params: OrganisationParams,
        headers: IfMatchHeaders,
        body: OptOutBody,
        response: { 200: OrganisationCalendarSchema },
      },
    },
    async (request, reply) =>
      tagged(
        reply,
        await setOrganisationCalendar(deps, request.params.id, request.body, ifMatch(request), auditContext(request)),
      ),
  );
}
