// The centres whose staff the caller keeps or reads: the web's choice of centre (a head usually has one).
import { Type, type Static } from 'typebox';
import type { Deps } from '../db.ts';
import type { Actor } from '../platform/access/actor.ts';
import { listCentresOf } from '../centres/lookups.ts';
import { Obj, Uuid } from '../platform/http/schema.ts';
import { readsNetwork } from '../platform/access/scope.ts';
import { keepsStaff, readsStaff } from './policy.ts';

export const StaffCentresSchema = Obj({
  items: Type.Array(
    Obj({
      id: Uuid('The centre'),
      name: Type.String({ description: 'Its name' }),
      keeps: Type.Boolean({ description: 'You may change its staff list and absences' }),
    }),
    { description: 'Your own centres first, then by name' },
  ),
});
export type StaffCentresOut = Static<typeof StaffCentresSchema>;

export async function staffCentres(deps: Deps, actor: Actor): Promise<StaffCentresOut> {
  const municipalities = readsNetwork(actor) ? undefined : [...new Set(actor.grants.map((g) => g.organisationId))];
  const centres = (await listCentresOf(deps.db, municipalities)).filter((c) => readsStaff(actor, c));
  const items = centres.map((c) => ({ id: c.id, name: c.name, keeps: keepsStaff(actor, c) }));
  items.sort((a, b) => Number(b.keeps) - Number(a.keeps) || a.name.localeCompare(b.name, 'lv'));
  return { items };
}
