// Request and answer shapes of the basket's write routes (the public answers are in presenters.ts / changes.ts).
import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, Str, StringEnum, Uuid } from '../platform/http/schema.ts';
import { ChangesSchema } from './changes.ts';

const ServiceRef = Type.String({
  description: 'A catalogue service: its identifier PK-… or its id',
  maxLength: 36,
  pattern: '^(PK-[0-9]{1,12}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$',
});

export const ItemBody = Obj({
  annexItem: Str('The item number in Annex 1, such as 3.13', 11, { pattern: '^[0-9]{1,3}(\\.[0-9]{1,3})+$' }),
  nameLv: Str('The item in Latvian (the annex wording)', 500, { minLength: 1 }),
  nameEn: Str('The item in English', 500, { minLength: 1 }),
  institutionId: Uuid('The institution it belongs to: one of the seven of CR-8'),
  serviceIds: Type.Array(ServiceRef, { maxItems: 50, description: 'The catalogue services that provide it' }),
});

export const VersionBody = Obj({
  effectiveFrom: IsoDate(
    'The day it takes effect (Europe/Riga), today or later; a version of the same day is superseded',
  ),
  note: Type.Optional(Nullable(Str('A note: the regulation that changed Annex 1', 1000))),
  items: Type.Array(ItemBody, { minItems: 1, maxItems: 2000, description: 'The whole basket: every item' }),
});
export type VersionBodyIn = Static<typeof VersionBody>;

export const ImportQuery = Obj({
  format: StringEnum(['csv', 'json'] as const, 'csv (Content-Type: text/csv) or json (the body of POST /versions)'),
  dryRun: Type.Optional(Type.Boolean({ description: 'Check and show what would change; write nothing' })),
  effectiveFrom: Type.Optional(IsoDate('CSV only: the day the version takes effect (required for CSV)')),
  note: Type.Optional(Str('CSV only: a note', 1000)),
});
export type ImportQueryIn = Static<typeof ImportQuery>;

export const RecordResultSchema = Obj({
  dryRun: Type.Boolean({ description: 'True: nothing was written' }),
  version: Obj(
    {
      id: Nullable(Uuid('The recorded version (null in a dry run)')),
      number: Nullable(Type.Integer({ description: 'Its number (null in a dry run)' })),
      effectiveFrom: IsoDate('The day it takes effect'),
      note: Nullable(Type.String({ description: 'The note' })),
    },
    { description: 'The version recorded (or, in a dry run, that would be)' },
  ),
  supersedes: Nullable(Type.Integer({ description: 'The number of the version of the same day it replaces' })),
  changes: { ...ChangesSchema, description: 'What it changes against the version in force on its day' },
});

export const ChangesQuery = Obj({
  from: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'The earlier version by number' })),
  to: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'The later version by number' })),
  fromDate: Type.Optional(IsoDate('Or the earlier version as the one in force on this day')),
  toDate: Type.Optional(IsoDate('Or the later version as the one in force on this day')),
});
export type ChangesQueryIn = Static<typeof ChangesQuery>;

export const ReviewBody = Obj({
  heldOn: IsoDate('The day the review was held (not in the future); its year is the DR-16 period'),
  participants: Str('Who took part', 2000, { minLength: 1 }),
  decision: Str('What was decided', 4000, { minLength: 1 }),
  newVersionId: Type.Optional(Nullable(Uuid('The version the decision recorded, if any'))),
});
export type ReviewBodyIn = Static<typeof ReviewBody>;
