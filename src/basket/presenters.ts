// The basket as the public API answers it.
import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj, Uuid } from '../platform/http/schema.ts';
import type { ItemRow, VersionRow } from './repository.ts';

export const BasketSchema = Obj({
  number: Type.Integer({ description: 'The version number of the basket' }),
  effectiveFrom: IsoDate('The day this version took effect (Europe/Riga)'),
  items: Type.Array(
    Obj({
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
    }),
    { description: 'The items in annex order' },
  ),
});
export type BasketOut = Static<typeof BasketSchema>;

export function presentBasket(version: VersionRow, items: readonly ItemRow[]): BasketOut {
  return {
    number: version.number,
    effectiveFrom: version.effective_from,
    items: items.map((i) => ({
      annexItem: i.annex_item,
      name: { lv: i.name_lv, en: i.name_en },
      institution: i.institution_id ? { id: i.institution_id, name: i.institution_name ?? '' } : null,
      services: [...i.identifiers].sort(),
    })),
  };
}
