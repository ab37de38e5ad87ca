// The dashboards' answers as TypeBox schemas (the service's objects are already the answer's shape: counts only).
import { Type } from 'typebox';
import { IsoDate, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import { SCOPES } from './policy.ts';

const Count = (description: string) => Type.Integer({ description, minimum: 0 });

const Totals = (description: string) =>
  Obj(
    {
      contacts: Count('Contacts registered (CR-17)'),
      applications: Count('Applications accepted at the counter (SR-21.1)'),
      eservicesFiled: Count("E-services filed on a client's behalf (SR-21.1, DR-29)"),
      delayed: Count('Written contacts answered after their due day or open past it (DR-25.1.7.3)'),
      complaints: Count('Complaints received (SR-21.4)'),
    },
    { description },
  );

const PeriodRowSchema = Obj({
  period: IsoDate('First day of the month or ISO week'),
  contacts: Count('Contacts'),
  applications: Count('Applications accepted'),
  eservicesFiled: Count('E-services filed for clients'),
  delayed: Count('Delayed written contacts'),
  complaints: Count('Complaints'),
});

const KeyCountSchema = Obj({
  key: Type.String({ description: 'Channel or type of contact', maxLength: 40 }),
  count: Count('In the period'),
  previous: Count('In the previous period'),
});

export const ScopeSchema = StringEnum(SCOPES, 'Level of the dashboard');

export const DashboardSchema = Obj({
  scope: ScopeSchema,
  id: Nullable(Uuid('The municipality, centre or institution (null for the network)')),
  name: Type.String({ description: 'Name of what the figures are about' }),
  from: IsoDate('First day (Riga)'),
  to: IsoDate('Last day (Riga)'),
  by: StringEnum(['month', 'week'] as const, 'Bucket of the series'),
  previous: Obj(
    { from: IsoDate('First day of the previous period'), to: IsoDate('Its last day') },
    { description: 'The period before, of the same number of days' },
  ),
  totals: Totals('The figures of the period'),
  previousTotals: Totals('The same figures of the previous period'),
  series: Type.Array(PeriodRowSchema, { description: 'By month or week, empty buckets as zero' }),
  previousSeries: Type.Array(PeriodRowSchema, { description: 'The previous period, by the same buckets' }),
  byChannel: Type.Array(KeyCountSchema, { description: 'By channel, most first' }),
  byType: Type.Array(KeyCountSchema, { description: 'By type, most first' }),
  byService: Type.Array(
    Obj({
      id: Uuid('Service'),
      identifier: Type.String({ description: 'Catalogue identifier PK-…' }),
      name: Type.String({ description: 'Name in Latvian' }),
      count: Count('Contacts about it'),
    }),
    { description: 'The 20 services most contacts were about' },
  ),
});

export const ScopeOptionsSchema = Obj({
  items: Type.Array(
    Obj({
      scope: ScopeSchema,
      id: Nullable(Uuid('Id (null for the network)')),
      name: Type.String({ description: 'Name' }),
    }),
    { description: 'The dashboards the viewer may open, the widest first' },
  ),
});
