// The basket as the API answers it: a version with its items, the list of versions, what changed between two
// versions (changes.ts computes it) and the DR-16 reviews.
import { Type, type Static } from 'typebox';
import { Instant, IsoDate, Nullable, Obj, Uuid } from '../platform/http/schema.ts';
import type { ItemRow, VersionListRow, VersionRow } from './repository.ts';
import type { ReviewRow } from './reviews-repository.ts';

export const ItemSchema = Obj({
  annexItem: Type.String({ description: 'The item number in Annex 1 of Cabinet Regulation No. 401, e.g. 3.13' }),
  name: Obj(
    {
      lv: Type.String({ description: 'The item in Latvian (the annex wording)' }),
      en: Type.String({ description: 'The item in English' }),
    },
    { description: 'The item as Annex 1 words it, in Latvian and English' },
  ),
  institution: Nullable(
    Obj({
      id: Uuid('The institution (one of the seven of CR-8)'),
      name: Type.String({ description: 'Its name' }),
    }),
  ),
  services: Type.Array(Type.String({ description: 'A catalogue service identifier, PK-…' }), {
    description: 'The catalogue services that provide the item',
  }),
});
export type ItemOut = Static<typeof ItemSchema>;

export const BasketSchema = Obj({
  number: Type.Integer({ description: 'The version number of the basket' }),
  effectiveFrom: IsoDate('The day this version took effect (Europe/Riga)'),
  items: Type.Array(ItemSchema, { description: 'The items in annex order' }),
});
export type BasketOut = Static<typeof BasketSchema>;

export function presentItem(i: ItemRow): ItemOut {
  return {
    annexItem: i.annex_item,
    name: { lv: i.name_lv, en: i.name_en },
    institution: i.institution_id ? { id: i.institution_id, name: i.institution_name ?? '' } : null,
    services: [...i.identifiers].sort(),
  };
}

export function presentBasket(version: VersionRow, items: readonly ItemRow[]): BasketOut {
  return { number: version.number, effectiveFrom: version.effective_from, items: items.map(presentItem) };
}

export const VersionSummarySchema = Obj({
  id: Uuid('The version'),
  number: Type.Integer({ description: 'Its number (1, 2, …)' }),
  effectiveFrom: IsoDate('The day it takes effect (Europe/Riga)'),
  note: Nullable(Type.String({ description: "The ministry's note (the regulation that changed Annex 1)" })),
  superseded: Type.Boolean({ description: 'A correction recorded for the same day replaced it: it is never in force' }),
  supersededBy: Nullable(Type.Integer({ description: 'The number of the version that replaced it' })),
  items: Type.Integer({ description: 'How many items it holds' }),
  recordedAt: Instant('When it was recorded'),
});
export type VersionSummaryOut = Static<typeof VersionSummarySchema>;

export function presentVersionSummary(v: VersionListRow): VersionSummaryOut {
  return {
    id: v.id,
    number: v.number,
    effectiveFrom: v.effective_from,
    note: v.note,
    superseded: v.superseded_by_number !== null,
    supersededBy: v.superseded_by_number,
    items: v.items,
    recordedAt: new Date(v.created_at).toISOString(),
  };
}

export const ReviewSchema = Obj({
  id: Uuid('The review'),
  heldOn: IsoDate('The day it was held'),
  participants: Type.String({ description: 'Who took part' }),
  decision: Type.String({ description: 'What was decided' }),
  newVersion: Nullable(
    Obj({
      id: Uuid('The version the decision recorded'),
      number: Type.Integer({ description: 'Its number' }),
    }),
  ),
  organisation: Obj(
    { id: Uuid('The ministry'), name: Type.String({ description: 'Its name' }) },
    { description: 'The ministry that held it (owner of the DR-16 duty)' },
  ),
  recordedAt: Instant('When it was recorded'),
});
export type ReviewOut = Static<typeof ReviewSchema>;

export function presentReview(r: ReviewRow): ReviewOut {
  return {
    id: r.id,
    heldOn: r.held_on,
    participants: r.participants,
    decision: r.decision,
    newVersion:
      r.new_version_id && r.new_version_number !== null ? { id: r.new_version_id, number: r.new_version_number } : null,
    organisation: { id: r.organisation_id, name: r.organisation_name },
    recordedAt: new Date(r.created_at).toISOString(),
  };
}
