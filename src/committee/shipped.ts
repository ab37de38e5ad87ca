// Shipped data of the committee, loaded at start, each step adding only what is missing: the three associations CR-9
// names (organisations of kind 'association', through the organisations' shipped writes) and which is which; in demo
// mode, the ministry and the associations as members and a planned meeting, every text labelled "demo".
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { firstOrganisationOfKind, insertShippedOrganisation, organisationIdsByName } from '../organisations/index.ts';
import { systemActor } from '../platform/access/actor.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { ASSOCIATIONS } from './associations.ts';
import * as repo from './repository.ts';

const context = { actor: systemActor('seed') };

/** Makes sure the CR-9 associations exist and are known as such; returns their organisation ids by key. */
export async function loadCommitteeReference(db: Kysely<DB>): Promise<Map<string, string>> {
  return inTransaction(db, async (trx) => {
    const known = await repo.associationIds(trx);
    const byName = await organisationIdsByName(
      trx,
      ASSOCIATIONS.map((a) => a.name),
    );
    const added: string[] = [];
    for (const a of ASSOCIATIONS) {
      if (known.has(a.key)) continue;
      let id = byName.get(a.name);
      if (!id) {
        id = await insertShippedOrganisation(trx, {
          kind: 'association',
          name: a.name,
          short_name: a.shortName,
          website: a.website,
        });
        added.push(a.name);
      }
      await repo.insertAssociation(trx, a.key, id);
      known.set(a.key, id);
    }
    if (added.length > 0)
      await recordAudit(trx, context, {
        action: 'seed.committee_associations',
        entityType: 'organisation',
        organisationId: null,
        after: { added },
      });
    return known;
  });
}

/** Demo mode: the ministry and the three associations as members, and a planned meeting with its agenda. */
export async function loadCommitteeDemo(db: Kysely<DB>, now: Date = new Date()): Promise<void> {
  const associations = await loadCommitteeReference(db);
  const today = rigaDate(now);
  await inTransaction(db, async (trx) => {
    if (!(await repo.hasMembers(trx))) {
      const ministry = await firstOrganisationOfKind(trx, 'ministry');
      const members = [
        ...(ministry
          ? [{ id: ministry, name: 'Anna Paraugs (demo)', position: 'Komitejas priekšsēdētāja (demo)' }]
          : []),
        ...ASSOCIATIONS.map((a, i) => ({
          id: associations.get(a.key)!,
          name: ['Jānis Bērziņš (demo)', 'Līga Ozola (demo)', 'Pēteris Kalniņš (demo)'][i] ?? `${a.shortName} (demo)`,
          position: `${a.shortName} pārstāvis (demo)`,
        })),
      ];
      for (const m of members)
        await repo.insertMember(trx, {
          organisation_id: m.id,
          representative_name: m.name,
          representative_position: m.position,
          user_id: null,
          valid_from: `${today.slice(0, 4)}-01-01`,
          valid_until: null,
        });
    }
    if (!(await repo.hasDemoMeeting(trx))) {
      const meeting = await repo.insertMeeting(trx, {
        planned_on: addDays(today, 30),
        place: 'Ministrijas sēžu zāle (demo)',
        demo: true,
      });
      const items = [
        { title: 'Klientu apmierinātības aptaujas pārskats (demo)', subject_kind: 'survey_report' as const },
        { title: 'Centru darbības analīze un priekšlikumi (demo)', subject_kind: 'centres_analysis' as const },
      ];
      for (const item of items)
        await repo.insertAgendaItem(trx, { meeting_id: meeting.id, ...item, subject_id: null, document_id: null });
      await recordAudit(trx, context, {
        action: 'seed.committee_demo',
        entityType: 'committee_meeting',
        entityId: meeting.id,
        organisationId: null,
        after: { plannedOn: meeting.planned_on, demo: true },
      });
    }
  });
}
