// What a draft version of the basket would change in each centre's scope before it is recorded (CR-7.1, CR-2.6: the
// basket is in every centre's scope, so a basket change reaches every centre). Per centre: the services the version
// adds to its scope and those it takes out — less those the centre's own entries (CR-7.2, CR-7.3) keep in it either
// way — and how many contacts the centre registered about the removed services in the last 90 days, so the
// ministry sees whom a removal touches. Beside it, the trainings and guidance the institutions still owe for earlier
// decisions and versions (CR-15.1, CR-15.2, DR-25.2.1): a new version adds to what is not yet done.
import { Type, type Static } from 'typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { listCentresOf } from '../centres/lookups.ts';
import { openDutiesOfRules } from '../obligations/index.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import { IsoDate, Nullable, Obj, Uuid } from '../platform/http/schema.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { scopeEntryServiceIdsOn } from '../scope/lookups.ts';
import { basketItemsInForce } from './lookups.ts';
import { contactsAboutByCentre, namedServices } from './impact-repository.ts';
import * as repo from './repository.ts';
import { previewVersion, type BasketVersionIn } from './service.ts';

/** How far back the counter's contacts about a removed service count: the last year. */
export const RECENT_CONTACT_DAYS = 365;

/** The duties of training and guidance after a decision or a change of the basket. */
export const TRAINING_RULES = ['CR-15.1', 'CR-15.2', 'DR-25.2.1'] as const;

const ServiceRefSchema = Obj({
  id: Uuid('The catalogue service'),
  identifier: Type.String({ description: 'Its identifier PK-…' }),
  name: Type.String({ description: 'Its name (Latvian)' }),
});

export const ImpactSchema = Obj({
  effectiveFrom: IsoDate('The day the draft version would take effect'),
  against: Nullable(
    Obj(
      {
        number: Type.Integer({ description: 'The version in force on that day' }),
        effectiveFrom: IsoDate('The day it took effect'),
      },
      { description: 'The version the draft is compared with (null: none in force)' },
    ),
  ),
  servicesAdded: Type.Array(ServiceRefSchema, { description: 'Services the draft brings into the basket' }),
  servicesRemoved: Type.Array(ServiceRefSchema, { description: 'Services the draft takes out of the basket' }),
  recentDays: Type.Integer({ description: 'How many days back `recentContacts` counts' }),
  centres: Type.Array(
    Obj({
      id: Uuid('The centre'),
      name: Type.String({ description: 'Its name' }),
      status: Type.String({ description: 'planned, operating or liquidation_decided (closed centres are left out)' }),
      added: Type.Array(Type.String({ description: 'PK-…' }), { description: 'Services its scope would gain' }),
      removed: Type.Array(Type.String({ description: 'PK-…' }), { description: 'Services its scope would lose' }),
      keptByOwnEntry: Type.Array(Type.String({ description: 'PK-…' }), {
        description: 'Removed from the basket but kept in its scope by its own entry (CR-7.2, CR-7.3)',
      }),
      recentContacts: Type.Integer({
        description: 'Contacts it registered about the services it would lose in the last `recentDays` days',
      }),
    }),
    { description: 'Every centre that is not closed, by name' },
  ),
  owed: Type.Array(
    Obj({
      id: Uuid('The obligation'),
      ruleId: Type.String({ description: 'CR-15.1 (training), CR-15.2 (guidance) or DR-25.2.1 (training)' }),
      organisationId: Uuid('Who owes it'),
      organisationName: Type.String({ description: 'Its name' }),
      dueDate: IsoDate('Its due date'),
      overdue: Type.Boolean({ description: 'The due date has passed (Riga time)' }),
      subject: Nullable(
        Obj({
          lv: Type.String({ description: 'What it is about (Latvian)' }),
          en: Type.String({ description: 'What it is about (English)' }),
          path: Nullable(Type.String({ description: 'Its web page' })),
        }),
      ),
    }),
    { description: 'Trainings and guidance still owed across the network (open duties), the oldest due first' },
  ),
});
export type ImpactOut = Static<typeof ImpactSchema>;

type Reader = { db: Kysely<DB>; now: () => Date };

/** CR-2.6, CR-7.1: the draft's changes to every centre's scope on its day (checks the draft; writes nothing). */
export async function versionImpact(deps: Reader, input: BasketVersionIn): Promise<ImpactOut> {
  const { items } = await previewVersion(deps, input);
  const day = input.effectiveFrom;
  const current = await repo.versionInForce(deps.db, day);
  const before = new Set((await basketItemsInForce(deps.db, day)).flatMap((i) => i.serviceIds));
  const after = new Set(items.flatMap((i) => i.serviceIds));
  const addedIds = [...after].filter((id) => !before.has(id));
  const removedIds = [...before].filter((id) => !after.has(id));
  const named = new Map((await namedServices(deps.db, [...addedIds, ...removedIds])).map((s) => [s.id, s]));
  const pk = (id: string) => named.get(id)?.identifier ?? id;
  const today = rigaDate(deps.now());
  const contacts = await contactsAboutByCentre(deps.db, removedIds, addDays(today, -RECENT_CONTACT_DAYS), today);
  const contactsOf = (centreId: string, lost: readonly string[]) =>
    contacts.filter((r) => r.centre_id === centreId && lost.includes(r.service_id)).reduce((n, r) => n + r.contacts, 0);
  const centres = (await listCentresOf(deps.db)).filter((c) => c.status !== 'closed');
  const rows = [];
  for (const c of centres) {
    const own = new Set(await scopeEntryServiceIdsOn(deps.db, c.id, day));
    const lost = removedIds.filter((id) => !own.has(id));
    rows.push({
      id: c.id,
      name: c.name,
      status: c.status,
      added: addedIds
        .filter((id) => !own.has(id))
        .map(pk)
        .sort(),
      removed: lost.map(pk).sort(),
      keptByOwnEntry: removedIds
        .filter((id) => own.has(id))
        .map(pk)
        .sort(),
      recentContacts: contactsOf(c.id, lost),
    });
  }
  const list = (ids: string[]) => ids.map((id) => named.get(id)!).filter(Boolean);
  return {
    effectiveFrom: day,
    against: current ? { number: current.number, effectiveFrom: current.effective_from } : null,
    servicesAdded: list(addedIds).sort((a, b) => a.identifier.localeCompare(b.identifier)),
    servicesRemoved: list(removedIds).sort((a, b) => a.identifier.localeCompare(b.identifier)),
    recentDays: RECENT_CONTACT_DAYS,
    centres: rows.sort((a, b) => lvCompare(a.name, b.name)),
    owed: await openDutiesOfRules(deps.db, TRAINING_RULES, today),
  };
}
