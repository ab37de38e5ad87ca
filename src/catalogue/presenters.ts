// The shapes in which services and their versions leave the API; rows become JSON only here.
import { Type, type Static } from 'typebox';
import { Instant, Nullable, Obj, StringEnum, Uuid } from '../platform/http/schema.ts';
import type { ServiceStatus } from './tables.ts';
import { ServiceContent, type ServiceContentIn } from './content.ts';
import { SERVICE_STATUSES, SERVICE_TARGETS, type ServiceTarget } from './lifecycle.ts';
import type { ServiceRight } from './policy.ts';
import type { ServiceRow, VersionRow } from './repository.ts';
import { verificationOf } from './verification.ts';

const Text = (description: string) => Type.String({ description });

export const VerificationSchema = Obj(
  {
    lastVerifiedOn: Nullable(
      Type.String({ description: 'Last day the holder confirmed the description', format: 'date' }),
    ),
    currentQuarter: Text('The current quarter in Riga, e.g. 2026-Q4'),
    verified: Type.Boolean({ description: 'Confirmed in the current quarter; false: flagged (SR-11)' }),
  },
  { description: 'Quarterly verification (SR-11)' },
);

const HolderSchema = Obj(
  { id: Uuid('Holder organisation id'), name: Text('Name of the holder') },
  { description: 'The holder (SR-4)' },
);

export const VersionSchema = Obj(
  {
    number: Type.Integer({ description: 'Version number within the service (1, 2, …)' }),
    state: StringEnum(
      ['draft', 'in_force', 'past'] as const,
      'draft: being edited; in_force: the published version now; past: published before',
    ),
    content: ServiceContent,
    createdAt: Instant('When the version was started'),
    updatedAt: Instant('When it was last changed'),
    publishedFrom: Nullable(Instant('When it was published')),
    publishedTo: Nullable(Instant('When another version replaced it or the service was withdrawn')),
  },
  { description: 'A version of the description', title: 'ServiceVersion' },
);
export type VersionOut = Static<typeof VersionSchema>;

const Status = StringEnum(SERVICE_STATUSES, 'draft: never published; published: a version is in force; withdrawn');

/** What the list and the detail both show of a service. */
const serviceFields = {
  id: Uuid('Service id'),
  identifier: Text('Service identifier, assigned at registration (SR-9), e.g. PK-000123'),
  holder: HolderSchema,
  externalId: Nullable(Text("The holder's own id of the service")),
  status: Status,
  verification: VerificationSchema,
  updatedAt: Instant('Last changed at'),
};

export const ServiceDetailSchema = Obj({
  ...serviceFields,
  version: Type.Integer({
    description:
      'Counts every change of the service and its versions; also the ETag ("3"): send it in If-Match to replace the draft',
  }),
  draft: Nullable(VersionSchema),
  published: Nullable(VersionSchema),
  rights: Type.Array(StringEnum(['edit', 'publish', 'verify'] as const, 'A right'), {
    description: "The caller's rights over the service",
  }),
  transitions: Type.Array(StringEnum(SERVICE_TARGETS, 'A status'), {
    description: 'Statuses the caller may move the service to now',
  }),
  createdAt: Instant('Registered at'),
});
export type ServiceDetailOut = Static<typeof ServiceDetailSchema>;

export const ServiceSummarySchema = Obj({ ...serviceFields, nameLv: Text('Name in Latvian (of the newest version)') });
export type ServiceSummaryOut = Static<typeof ServiceSummarySchema>;

export function presentVersion(v: VersionRow): VersionOut {
  return {
    number: v.number,
    state: v.published_from === null ? 'draft' : v.published_to === null ? 'in_force' : 'past',
    content: v.content as ServiceContentIn,
    createdAt: v.created_at.toISOString(),
    updatedAt: v.updated_at.toISOString(),
    publishedFrom: v.published_from?.toISOString() ?? null,
    publishedTo: v.published_to?.toISOString() ?? null,
  };
}

export function presentServiceSummary(row: ServiceRow, today: string): ServiceSummaryOut {
  return {
    id: row.id,
    identifier: row.identifier,
    holder: { id: row.holder_id, name: row.holder_name },
    externalId: row.external_id,
    status: row.status as ServiceStatus,
    nameLv: row.name_lv,
    verification: verificationOf(row.last_verified_on, today),
    updatedAt: row.updated_at.toISOString(),
  };
}

export interface DetailParts {
  row: ServiceRow;
  draft: VersionRow | undefined;
  published: VersionRow | undefined;
  rights: ServiceRight[];
  transitions: ServiceTarget[];
}

export function presentServiceDetail(p: DetailParts, today: string): ServiceDetailOut {
  const { nameLv: _n, ...summary } = presentServiceSummary(p.row, today);
  return {
    ...summary,
    version: p.row.version,
    draft: p.draft ? presentVersion(p.draft) : null,
    published: p.published ? presentVersion(p.published) : null,
    rights: p.rights,
    transitions: p.transitions,
    createdAt: p.row.created_at.toISOString(),
  };
}
