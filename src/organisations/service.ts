// Reading the directory. Everybody logged in may read organisations and centres: they are public facts
// (DR-20.1 publishes institutions and centres with their remote contact channels).
import type { Kysely } from 'kysely';
import type { DB, Deps, Tx } from '../db.ts';
import { NotFoundError } from '../platform/errors.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import * as repo from './repository.ts';
import { presentOrganisation, type OrganisationOut } from './presenters.ts';

export async function listOrganisations(deps: Deps): Promise<OrganisationOut[]> {
  const [organisations, centres, contacts] = await Promise.all([
    repo.listOrganisations(deps.db),
    repo.listCentres(deps.db),
    repo.listContacts(deps.db),
  ]);
  return organisations.sort((a, b) => lvCompare(a.name, b.name)).map((o) => presentOrganisation(o, centres, contacts));
}

/** One organisation as the API shows it (inside a transaction: pass it as `q`). */
export async function loadOrganisation(q: Kysely<DB> | Tx, id: string): Promise<OrganisationOut | undefined> {
  const organisation = await repo.findOrganisation(q, id);
  if (!organisation) return undefined;
  const centres = await repo.listCentres(q, [id]);
  centres.sort((a, b) => lvCompare(a.name, b.name));
  return presentOrganisation(organisation, centres, await repo.listContacts(q, [id]));
}

export async function getOrganisation(deps: Deps, id: string): Promise<OrganisationOut> {
  const organisation = await loadOrganisation(deps.db, id);
  if (!organisation) throw new NotFoundError();
  return organisation;
}
