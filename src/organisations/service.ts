// Reading the directory. Everybody logged in may read organisations and centres: they are public facts
// (DR-20.1 publishes institutions and centres with their remote contact channels).
import type { Deps } from '../platform/deps.ts';
import { NotFoundError } from '../platform/http/errors.ts';
import { lvCompare } from '../platform/i18n/collate.ts';
import * as repo from './repository.ts';
import { presentOrganisation, type OrganisationOut } from './presenters.ts';

export async function listOrganisations(deps: Deps): Promise<OrganisationOut[]> {
  const [organisations, centres] = await Promise.all([repo.listOrganisations(deps.db), repo.listCentres(deps.db)]);
  return organisations.sort((a, b) => lvCompare(a.name, b.name)).map((o) => presentOrganisation(o, centres));
}

export async function getOrganisation(deps: Deps, id: string): Promise<OrganisationOut> {
  const organisation = await repo.findOrganisation(deps.db, id);
  if (!organisation) throw new NotFoundError();
  return presentOrganisation(organisation, await repo.listCentres(deps.db, [id]));
}
