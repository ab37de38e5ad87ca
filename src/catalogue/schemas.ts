// Request shapes of the catalogue: the single source of validation, type and OpenAPI.
import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, PageQuery, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { contentProperties } from './content.ts';
import { SERVICE_STATUSES, SERVICE_TARGETS } from './lifecycle.ts';

export const ServiceParams = Obj({ id: Uuid('Service id') });

export const CreateServiceBody = Obj({
  holderId: Uuid('The holder organisation (an institution, another holder, or a municipality for its own services)'),
  externalId: Type.Optional(
    Nullable(Str("The holder's own id of the service (unique within the holder)", 100, { minLength: 1 })),
  ),
  ...contentProperties,
});
export type CreateServiceIn = Static<typeof CreateServiceBody>;

export const TransitionBody = Obj({
  to: StringEnum(
    SERVICE_TARGETS,
    'published: the draft becomes the version in force (SR-5); withdrawn: no longer offered',
  ),
});
export type TransitionIn = Static<typeof TransitionBody>;

export const PublishedQuery = Obj({
  date: IsoDate('The day (YYYY-MM-DD): the version in force at the end of that day in Riga'),
});

export const ListServicesQuery = Obj({
  holderId: Type.Optional(Uuid('Only services of this holder')),
  status: Type.Optional(StringEnum(SERVICE_STATUSES, 'Only services in this status')),
  q: Type.Optional(Str('Part of the Latvian name or the identifier (case and diacritics ignored)', 200)),
  ...PageQuery,
});
export type ListServicesIn = Static<typeof ListServicesQuery>;
