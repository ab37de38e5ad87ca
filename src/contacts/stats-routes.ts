// HTTP for the aggregate of contacts: counts only, never a contact — what the ministry sees of the network, and
// what centres and institutions see of their own scope.
import { Type } from 'typebox';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import type { Role } from '../platform/access/roles.ts';
import { rolesRoute } from '../platform/access/route-policy.ts';
import { Obj, StringEnum } from '../platform/http/schema.ts';
import { StatsQuery } from './schemas.ts';
import { contactStats } from './service.ts';
import { CHANNELS, CONTACT_TYPES } from './vocabulary.ts';

const Count = Type.Integer({ description: 'Contacts' });

const StatsSchema = Obj({
  from: Type.String({ description: 'First day counted (Riga)', format: 'date' }),
  to: Type.String({ description: 'Last day counted (Riga)', format: 'date' }),
  total: Count,
  byCentre: Type.Array(
    Obj({
      id: Type.String({ description: 'Centre id', format: 'uuid' }),
      name: Type.String({ description: 'Centre' }),
      count: Count,
    }),
    { description: 'By centre, most first' },
  ),
  byType: Type.Array(Obj({ key: StringEnum(CONTACT_TYPES, 'Type'), count: Count }), {
    description: 'By type, most first',
  }),
  byChannel: Type.Array(Obj({ key: StringEnum(CHANNELS, 'Channel'), count: Count }), {
    description: 'By channel, most first',
  }),
  byService: Type.Array(
    Obj({
      id: Type.String({ description: 'Service id', format: 'uuid' }),
      identifier: Type.String({ description: 'Service identifier' }),
      name: Type.String({ description: 'Name in Latvian' }),
      count: Count,
    }),
    { description: 'By service (a contact about two services counts for each), the 100 most frequent' },
  ),
  byDay: Type.Array(Obj({ date: Type.String({ description: 'Day (Riga)', format: 'date' }), count: Count }), {
    description: 'By day, days without contacts left out',
  }),
});

export async function contactStatsRoutes(app: App, deps: Deps, roles: readonly Role[]): Promise<void> {
  app.get(
    '/api/v1/contacts/stats',
    {
      config: { policy: rolesRoute(...new Set(roles)) },
      schema: {
        summary:
          "Counts of contacts by centre, type, channel, service and day: the whole network for the ministry, auditors and maintainers; the caller's scope for others",
        tags: ['contacts'],
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (request) => contactStats(deps, request.actor, request.query),
  );
}
