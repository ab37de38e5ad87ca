// Demo data of each centre's scope (CR-7.2, CR-7.3), loaded in demo mode only, after the demo catalogue: every centre
// of the directory offers the demo catalogue's services — its own municipality's as designated for the centre
// (CR-7.2), the institutions' and other holders' as other services (CR-7.3); another municipality's services are not
// in its scope. Each entry is labelled as demo data in its note. Adds only what is missing (a centre and service
// that already have an entry are left alone), so a municipality's later changes are kept.
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { listCentresOf } from '../centres/lookups.ts';
import { publishedServicesWithExternalPrefix } from '../catalogue/lookups.ts';
import { organisationKinds } from '../organisations/lookups.ts';
import { inTransaction } from '../platform/db/transaction.ts';

/** The demo entries' first day: before any demo contact, so the counter's demo registrations are in scope. */
export const DEMO_SCOPE_FROM = '2020-01-01';
export const DEMO_SCOPE_NOTE = 'Demonstrācijas dati (demo): ieraksts izveidots, ielādējot demonstrācijas katalogu.';

/** Adds the demo catalogue's services to every centre's scope; returns how many entries it added. */
export async function loadScopeDemo(db: Kysely<DB>): Promise<number> {
  const services = await publishedServicesWithExternalPrefix(db, ['demo-']);
  if (services.length === 0) return 0;
  const kinds = new Map(
    (
      await organisationKinds(
        db,
        services.map((s) => s.holder_id),
      )
    ).map((o) => [o.id, o.kind]),
  );
  const centres = await listCentresOf(db);
  return inTransaction(db, async (trx) => {
    const existing = new Set(
      (await trx.selectFrom('centre_scope_entries').select(['centre_id', 'service_id']).execute()).map(
        (e) => `${e.centre_id}|${e.service_id}`,
      ),
    );
    const rows = centres.flatMap((c) =>
      services.flatMap((s) => {
        if (existing.has(`${c.id}|${s.id}`)) return [];
        const own = s.holder_id === c.municipality_id;
        if (!own && kinds.get(s.holder_id) === 'municipality') return [];
        return [
          {
            centre_id: c.id,
            service_id: s.id,
            basis: own ? ('CR-7.2' as const) : ('CR-7.3' as const),
            valid_from: DEMO_SCOPE_FROM,
            valid_until: null,
            note: DEMO_SCOPE_NOTE,
            created_by: null,
          },
        ];
      }),
    );
    if (rows.length > 0) await trx.insertInto('centre_scope_entries').values(rows).execute();
    return rows.length;
  });
}
