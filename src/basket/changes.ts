// What changed between two versions of the basket (AM-1.6 … AM-1.10 as the ministry reads them): items added,
// removed, and, by their Annex 1 number, renamed, moved to another institution, or provided by other services.
import { Type, type Static } from 'typebox';
import { IsoDate, Nullable, Obj } from '../platform/http/schema.ts';
import { ItemSchema, type ItemOut } from './presenters.ts';

const VersionRef = Obj({
  number: Type.Integer({ description: 'The version number' }),
  effectiveFrom: IsoDate('The day it took effect'),
});

export const ChangesSchema = Obj({
  from: Nullable(VersionRef),
  to: Nullable(VersionRef),
  added: Type.Array(ItemSchema, { description: 'Items in the later version only' }),
  removed: Type.Array(ItemSchema, { description: 'Items in the earlier version only' }),
  changed: Type.Array(
    Obj({
      annexItem: Type.String({ description: 'The item number in Annex 1' }),
      before: { ...ItemSchema, description: 'The item in the earlier version' },
      after: { ...ItemSchema, description: 'The item in the later version' },
      renamed: Type.Boolean({ description: 'Its wording (Latvian or English) changed' }),
      institutionChanged: Type.Boolean({ description: 'It belongs to another institution' }),
      servicesAdded: Type.Array(Type.String({ description: 'PK-…' }), { description: 'Services now linked' }),
      servicesRemoved: Type.Array(Type.String({ description: 'PK-…' }), { description: 'Services no longer linked' }),
    }),
    { description: 'Items in both versions that differ' },
  ),
  unchanged: Type.Integer({ description: 'How many items are the same in both' }),
});
export type ChangesOut = Static<typeof ChangesSchema>;

type Ref = { number: number; effectiveFrom: string } | null;

const byAnnex = (a: ItemOut, b: ItemOut) => {
  const x = a.annexItem.split('.').map(Number);
  const y = b.annexItem.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
};

/** The difference from the earlier item list to the later one, by Annex 1 number, in annex order. */
export function diffItems(from: Ref, before: readonly ItemOut[], to: Ref, after: readonly ItemOut[]): ChangesOut {
  const old = new Map(before.map((i) => [i.annexItem, i]));
  const now = new Map(after.map((i) => [i.annexItem, i]));
  const changes: ChangesOut = { from, to, added: [], removed: [], changed: [], unchanged: 0 };
  for (const item of [...after].sort(byAnnex)) {
    const was = old.get(item.annexItem);
    if (!was) {
      changes.added.push(item);
      continue;
    }
    const renamed = was.name.lv !== item.name.lv || was.name.en !== item.name.en;
    const institutionChanged = (was.institution?.id ?? null) !== (item.institution?.id ?? null);
    const servicesAdded = item.services.filter((s) => !was.services.includes(s));
    const servicesRemoved = was.services.filter((s) => !item.services.includes(s));
    if (renamed || institutionChanged || servicesAdded.length > 0 || servicesRemoved.length > 0)
      changes.changed.push({
        annexItem: item.annexItem,
        before: was,
        after: item,
        renamed,
        institutionChanged,
        servicesAdded,
        servicesRemoved,
      });
    else changes.unchanged++;
  }
  changes.removed = [...before].filter((i) => !now.has(i.annexItem)).sort(byAnnex);
  return changes;
}
