// HTTP for each centre's scope (CR-7): the public list of a centre's services on a day, what changes between two
// days, and the entries the municipality keeps (CR-7.2, CR-7.3). Thin: parse → call the service → present.
import { Type, type Static } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { auditContext } from '../platform/http/context.ts';
import { IsoDate, Nullable, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { entryReaders, scopeEditors, scopeReaders } from './policy.ts';
import { EntriesSchema, EntrySchema, ScopeChangesSchema, ScopeSchema } from './presenters.ts';
import { addEntry, endEntry, listEntries, scopeChanges, scopeOn } from './service.ts';

const tags = ['centres'];

const CentreParams = Obj({ id: Uuid('Centre id') });
const EntryParams = Obj({ id: Uuid('Centre id'), entryId: Uuid('Scope entry id') });
const DateQuery = Obj({
  date: Type.Optional(IsoDate('The day asked about, YYYY-MM-DD (default: today in Europe/Riga)')),
});
const ChangesQuery = Obj({
  from: IsoDate('The first day, YYYY-MM-DD'),
  to: IsoDate('The second day, YYYY-MM-DD (not before the first)'),
});
const AddEntryBody = Obj({
  serviceId: Uuid('A published catalogue service, not in the minimal basket in force on validFrom'),
  basis: StringEnum(
    ['CR-7.2', 'CR-7.3'] as const,
    "CR-7.2: the municipality's own service designated for the centre; CR-7.3: another service",
  ),
  validFrom: IsoDate('The first day the service is in the scope'),
  validUntil: Type.Optional(Nullable(IsoDate('The last day (omitted or null: until further notice)'))),
  note: Type.Optional(Nullable(Str("The municipality's note (its decision, a reason)", 1000))),
});
type AddEntryBodyIn = Static<typeof AddEntryBody>;
const EndEntryBody = Obj({ validUntil: IsoDate('The last day the service is in the scope (not before its first)') });

export async function scopeRoutes(app: App, deps: Deps): Promise<void> {
  app.get(
    '/api/v1/public/centres/:id/services',
    {
      config: { policy: scopeReaders },
      schema: {
        operationId: 'getPublicCentreServices',
        summary: "The services in a centre's scope on a day, each with its identifier, holder, basis and dates",
        description:
          "CR-7: the centre's scope is the minimal basket in force (CR-7.1, each service with its Annex 1 item), the " +
          "municipality's services designated for the centre (CR-7.2) and other services (CR-7.3), each with its " +
          'period. Only services the catalogue publishes are listed.',
        tags: ['public'],
        params: CentreParams,
        querystring: DateQuery,
        response: { 200: ScopeSchema },
      },
    },
    async (request) => scopeOn(deps, request.params.id, (request.query as Static<typeof DateQuery>).date),
  );

  app.get(
    '/api/v1/centres/:id/scope/changes',
    {
      config: { policy: scopeReaders },
      schema: {
        operationId: 'getCentreScopeChanges',
        summary: "What enters and leaves a centre's scope between two days",
        description:
          "CR-7, CR-7.1 … CR-7.3: the scope on `from` compared with the scope on `to` — the municipality's entries " +
          "starting and ending and the minimal basket's versions (an item's services entering or leaving). Services " +
          "are listed whatever the catalogue's status today. 400 scope_dates_order when `to` is before `from`.",
        tags,
        params: CentreParams,
        querystring: ChangesQuery,
        response: { 200: ScopeChangesSchema },
      },
    },
    async (request) => {
      const q = request.query as Static<typeof ChangesQuery>;
      return scopeChanges(deps, request.params.id, q.from, q.to);
    },
  );

  app.get(
    '/api/v1/centres/:id/scope',
    {
      config: { policy: entryReaders },
      schema: {
        operationId: 'listCentreScopeEntries',
        summary: "The entries of a centre's scope the municipality keeps (CR-7.2, CR-7.3), with their periods",
        description:
          'CR-7.2, CR-7.3: every entry, past, current and future, the newest period first; `canManage` says whether ' +
          "the caller may add and end them (the municipality's admin, the maintainer). The basket's part (CR-7.1) " +
          'is in GET /api/v1/public/centres/{id}/services.',
        tags,
        params: CentreParams,
        response: { 200: EntriesSchema },
      },
    },
    async (request) => listEntries(deps, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/centres/:id/scope',
    {
      config: { policy: scopeEditors },
      schema: {
        operationId: 'createCentreScopeEntry',
        summary: "Add a service to a centre's scope for a period (CR-7.2, CR-7.3)",
        description:
          "CR-7.2, CR-7.3: the municipality's admin (its centres) or the maintainer. 400 naming the field: " +
          'scope_service_unknown / scope_service_not_published / scope_service_in_basket (/serviceId: a basket ' +
          'service is already in every scope, CR-7.1), scope_not_municipal (/basis: CR-7.2 is for the ' +
          "municipality's own services), scope_dates_order (/validUntil), scope_service_excluded (/validFrom or " +
          '/validUntil: the period reaches into the service’s exclusion from the centres, CR-16). 409 ' +
          "scope_entry_overlaps: the service's " +
          'periods at one centre never overlap. 404 for a centre outside your municipality.',
        tags,
        params: CentreParams,
        body: AddEntryBody,
        response: { 201: EntrySchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addEntry(deps, auditContext(request), request.params.id, request.body as AddEntryBodyIn)),
  );

  app.post(
    '/api/v1/centres/:id/scope/:entryId/end',
    {
      config: { policy: scopeEditors },
      schema: {
        operationId: 'setCentreScopeEntryEnd',
        summary: "End an entry of a centre's scope: its last day (CR-7.2, CR-7.3)",
        description:
          "CR-7.2, CR-7.3: sets the entry's last day. 400 scope_dates_order (/validUntil) before its first day, " +
          'scope_service_excluded (/validUntil) on or after the service’s exclusion from the centres (CR-16); 409 ' +
          'scope_entry_overlaps when a later end would reach another period of the same service.',
        tags,
        params: EntryParams,
        body: EndEntryBody,
        response: { 200: EntrySchema },
      },
    },
    async (request) =>
      endEntry(
        deps,
        auditContext(request),
        request.params.id,
        request.params.entryId,
        (request.body as Static<typeof EndEntryBody>).validUntil,
      ),
  );
}
