// HTTP for contacts at the counter (CR-17.x): registering (with Idempotency-Key), today's list, changing and
// undoing on the same day, answering written contacts (DR-25.1.7.3), revealing a client's code (audited), the
// centre's dashboard, the counter's services (most used, type-ahead) and the aggregate. Thin: parse → service →
// present; the services check the scope (404 outside it).
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { NETWORK_READERS } from '../platform/access/scope.ts';
import { auditContext } from '../platform/http/context.ts';
import { IfMatchHeaders, ifMatch, tagged } from '../platform/http/etag.ts';
import { Obj, OkSchema, ok } from '../platform/http/schema.ts';
import { READER_ROLES, STAFF_ROLES } from './policy.ts';
import { ClientCodeSchema, ContactSchema } from './presenters.ts';
import {
  AnswerBody,
  CentreParams,
  ContactParams,
  CreateContactBody,
  IdempotencyHeaders,
  ListContactsQuery,
  ServiceSearchQuery,
  UpdateContactBody,
} from './schemas.ts';
import { contactDashboard, counterServices, getContact, listContacts, OFFLINE_SERVICES_MAX } from './service.ts';
import { answerContact, createContact, deleteContact, revealClientCode, updateContact } from './write-service.ts';
import { contactStatsRoutes } from './stats-routes.ts';

const tags = ['contacts'];
/** Centre staff register, change and answer contacts of their centres. */
const staff = rolesRoute(...STAFF_ROLES);
/** …and institutions read those about their services, without the client. */
const readers = rolesRoute(...READER_ROLES);

const ListSchema = Obj({
  total: Type.Integer({ description: 'Matching contacts in all pages' }),
  items: Type.Array(ContactSchema, {
    description: 'Contacts, newest first (written ones waiting for an answer: by due date)',
  }),
});

const CounterServiceSchema = Obj({
  id: Type.String({ description: 'Service id', format: 'uuid' }),
  identifier: Type.String({ description: 'Service identifier (PK-000123)' }),
  name: Type.String({ description: 'Name in Latvian' }),
  holder: Obj(
    {
      id: Type.String({ description: 'Organisation id', format: 'uuid' }),
      name: Type.String({ description: 'Full name' }),
      shortName: Type.Union([Type.String(), Type.Null()], { description: 'Short name' }),
    },
    { description: 'The holder (the institution concerned by default)' },
  ),
  minimalBasket: Type.Boolean({
    description:
      'In the minimal basket (CR-8): at a regional or national centre CR-20.8 / CR-20.9 may refuse it while the institution receives clients',
  }),
  count: Type.Integer({ description: 'Contacts about it at the centre in the last 90 days' }),
});
const CounterServicesSchema = Obj({
  items: Type.Array(CounterServiceSchema, {
    description: 'Most used at the centre first, then by name (Latvian order)',
  }),
});

const DashboardSchema = Obj({
  date: Type.String({ description: 'Today in Riga', format: 'date' }),
  open: Type.Integer({ description: 'Written contacts waiting for their answer (overdue included)' }),
  overdue: Type.Integer({ description: 'Of those, past their due date (DR-25.1.7.3)' }),
  dueToday: Type.Integer({ description: 'Of those, due today' }),
  registeredToday: Type.Integer({ description: 'Contacts registered today at the centre' }),
  overdueItems: Type.Array(ContactSchema, { description: 'The overdue ones, longest overdue first (at most 100)' }),
});

export async function contactRoutes(app: App, deps: Deps): Promise<void> {
  app.post(
    '/api/v1/contacts',
    {
      config: { policy: staff },
      schema: {
        summary:
          'Register a contact at the counter (CR-17.1 … CR-17.4, CR-17.13); with Idempotency-Key at most once (a retry gets the first answer, or 410 contact_undone once that contact was undone); refused while the institution receives clients (CR-20.8, CR-20.9)',
        tags,
        headers: IdempotencyHeaders,
        body: CreateContactBody,
        response: { 201: ContactSchema },
      },
    },
    async (request, reply) => {
      const result = await createContact(deps, request.body, request.headers['idempotency-key'], auditContext(request));
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      // A replay answers with the stored status, which is always the first success's 201.
      return reply.code(result.status as 201).send(result.body);
    },
  );

  app.get(
    '/api/v1/contacts',
    {
      config: { policy: readers },
      schema: {
        summary:
          "Contacts in the caller's scope: centre staff their centres', institutions those about their services (without the client)",
        tags,
        querystring: ListContactsQuery,
        response: { 200: ListSchema },
      },
    },
    async (request) => listContacts(deps, request.actor, request.query),
  );

  await contactStatsRoutes(app, deps, [...NETWORK_READERS, ...READER_ROLES]);

  app.get(
    '/api/v1/contacts/:id',
    {
      config: { policy: readers },
      schema: {
        summary: 'A contact (an institution sees it without the client and the note)',
        tags,
        params: ContactParams,
        response: { 200: ContactSchema },
      },
    },
    async (request, reply) => tagged(reply, await getContact(deps, request.actor, request.params.id)),
  );

  app.patch(
    '/api/v1/contacts/:id',
    {
      config: { policy: staff },
      schema: {
        summary:
          'Change a contact on the day it was registered (Riga), by its employee or the head of centre; If-Match: the version read',
        tags,
        params: ContactParams,
        headers: IfMatchHeaders,
        body: UpdateContactBody,
        response: { 200: ContactSchema },
      },
    },
    async (request, reply) =>
      tagged(
        reply,
        await updateContact(deps, request.params.id, request.body, ifMatch(request), auditContext(request)),
      ),
  );

  app.delete(
    '/api/v1/contacts/:id',
    {
      config: { policy: staff },
      schema: {
        summary:
          'Undo a registration on the day it was made (Riga), by its employee or the head of centre; If-Match: the version read (one corrected since is not undone unseen)',
        tags,
        params: ContactParams,
        headers: IfMatchHeaders,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      await deleteContact(deps, request.params.id, ifMatch(request), auditContext(request));
      return ok;
    },
  );

  app.post(
    '/api/v1/contacts/:id/answer',
    {
      config: { policy: staff },
      schema: {
        summary: 'Record the answer to a written contact (DR-25.1.7.3: within 3 working days)',
        tags,
        params: ContactParams,
        body: AnswerBody,
        response: { 200: ContactSchema },
      },
    },
    async (request) => answerContact(deps, request.params.id, request.body, auditContext(request)),
  );

  app.get(
    '/api/v1/contacts/:id/client-code',
    {
      config: { policy: staff },
      schema: {
        summary: "Show the client's personal code in full: a deliberate action, recorded in the audit trail",
        tags,
        params: ContactParams,
        response: { 200: ClientCodeSchema },
      },
    },
    async (request) => revealClientCode(deps, request.params.id, auditContext(request)),
  );

  app.get(
    '/api/v1/centres/:id/contact-dashboard',
    {
      config: { policy: staff },
      schema: {
        summary: "The centre's written contacts waiting for an answer and the overdue ones (DR-25.1.7.3, Riga time)",
        tags,
        params: CentreParams,
        response: { 200: DashboardSchema },
      },
    },
    async (request) => contactDashboard(deps, request.actor, request.params.id),
  );

  app.get(
    '/api/v1/centres/:id/top-services',
    {
      config: { policy: staff },
      schema: {
        summary: "The centre's most used services in the last 90 days, for the counter's type-ahead order",
        tags,
        params: CentreParams,
        querystring: Obj({ limit: ServiceSearchQuery.properties.limit }),
        response: { 200: CounterServicesSchema },
      },
    },
    async (request) => ({
      items: await counterServices(deps, request.actor, request.params.id, { limit: request.query.limit }),
    }),
  );

  app.get(
    '/api/v1/centres/:id/counter-services',
    {
      config: { policy: staff },
      schema: {
        summary:
          "Type-ahead search of the services in the centre's scope today (CR-7) for the counter (diacritics ignored), the centre's most used first; basket services are marked",
        tags,
        params: CentreParams,
        querystring: ServiceSearchQuery,
        response: { 200: CounterServicesSchema },
      },
    },
    async (request) => ({ items: await counterServices(deps, request.actor, request.params.id, request.query) }),
  );

  app.get(
    '/api/v1/centres/:id/offline-services',
    {
      config: { policy: staff },
      schema: {
        summary: `The centre's whole scope (CR-7: its published services today, at most ${OFFLINE_SERVICES_MAX}), most used first: the counter keeps it in the browser to find services while the server cannot be reached`,
        tags,
        params: CentreParams,
        response: { 200: CounterServicesSchema },
      },
    },
    async (request) => ({
      items: await counterServices(deps, request.actor, request.params.id, { limit: OFFLINE_SERVICES_MAX, all: true }),
    }),
  );
}
