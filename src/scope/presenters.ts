// A centre's scope as the API answers it: the entries the municipality keeps (CR-7.2, CR-7.3), the services in the
// scope on a day with the basis of each (the basket's annex item, CR-7.2 or CR-7.3), and what changes between days.
import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import type { ServiceFacts } from './repository.ts';
import type { ScopeEntryRow } from './tables.ts';

const ServiceRefSchema = Obj(
  {
    id: Uuid('The catalogue service'),
    identifier: Type.String({ description: 'Its identifier PK-… (SR-9)' }),
    name: Obj(
      {
        lv: Type.String({ description: 'Name in Latvian' }),
        en: Nullable(Type.String({ description: 'Name in English, where the description gives one' })),
      },
      { description: 'The service name' },
    ),
    holder: Obj(
      { id: Uuid('The holder'), name: Type.String({ description: "The holder's name" }) },
      { description: 'The institution, municipality or other holder that provides the service' },
    ),
    published: Type.Boolean({
      description: 'Whether the catalogue publishes it now (only a published service is provided)',
    }),
  },
  { description: 'The catalogue service' },
);

export const EntrySchema = Obj({
  id: Uuid('The entry'),
  centreId: Uuid('The centre'),
  service: ServiceRefSchema,
  basis: StringEnum(
    ['CR-7.2', 'CR-7.3'] as const,
    "CR-7.2: the municipality's service designated for the centre; CR-7.3: another service",
  ),
  validFrom: IsoDate('The first day the service is in the scope'),
  validUntil: Nullable(IsoDate('The last day it is (null: until further notice)')),
  note: Nullable(Type.String({ description: "The municipality's note (a decision, a reason)" })),
  createdAt: Type.String({ description: 'When the entry was added', format: 'date-time' }),
});
export type EntryOut = Static<typeof EntrySchema>;

export const EntriesSchema = Obj({
  centreId: Uuid('The centre'),
  canManage: Type.Boolean({ description: 'Whether the caller may add and end entries (CR-7.2, CR-7.3)' }),
  items: Type.Array(EntrySchema, { description: "The centre's entries, the newest period first" }),
});

export const ScopeBasisSchema = StringEnum(
  ['basket', 'CR-7.2', 'CR-7.3'] as const,
  "Why the service is in the scope: the minimal basket (CR-7.1), the municipality's designated service (CR-7.2) or another service (CR-7.3)",
);
export type ScopeItemBasis = Static<typeof ScopeBasisSchema>;

export const ScopeItemSchema = Obj({
  service: ServiceRefSchema,
  basis: ScopeBasisSchema,
  annexItem: Nullable(Type.String({ description: 'For a basket service: its item in Annex 1, e.g. 3.13' })),
  validFrom: IsoDate("The first day of the entry's period (for the basket: the day its version took effect)"),
  validUntil: Nullable(IsoDate('The last day of the period (null: until further notice)')),
});
export type ScopeItemOut = Static<typeof ScopeItemSchema>;

export const ScopeSchema = Obj({
  centreId: Uuid('The centre'),
  centreName: Type.String({ description: "The centre's name" }),
  date: IsoDate('The day asked about'),
  items: Type.Array(ScopeItemSchema, {
    description:
      'The published services in the scope on the day: the basket first in annex order, then the rest by name',
  }),
});
export type ScopeOut = Static<typeof ScopeSchema>;

export const ScopeChangesSchema = Obj({
  centreId: Uuid('The centre'),
  from: IsoDate('The first day compared'),
  to: IsoDate('The second day compared'),
  entering: Type.Array(ScopeItemSchema, { description: 'In the scope on the second day, not on the first' }),
  leaving: Type.Array(ScopeItemSchema, { description: 'In the scope on the first day, not on the second' }),
});
export type ScopeChangesOut = Static<typeof ScopeChangesSchema>;

export function presentService(id: string, s: ServiceFacts | undefined): EntryOut['service'] {
  return {
    id,
    identifier: s?.identifier ?? '',
    name: { lv: s?.name ?? '', en: s?.nameEn ?? null },
    holder: { id: s?.holderId ?? '', name: s?.holderName ?? '' },
    published: s?.status === 'published',
  };
}

export function presentEntry(row: ScopeEntryRow, service: ServiceFacts | undefined): EntryOut {
  return {
    id: row.id,
    centreId: row.centre_id,
    service: presentService(row.service_id, service),
    basis: row.basis,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    note: row.note,
    createdAt: row.created_at.toISOString(),
  };
}
