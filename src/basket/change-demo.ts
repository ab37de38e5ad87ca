// Demo data (demo mode only): one DR-15 change request in progress, so the basket page shows the procedure — PMLP asks
// to reword Annex 1 item 3.13, its letter received three days ago, the ministry agreed yesterday, and PMLP's
// information to the maintainer (DR-15.3) is now due. Carried through the same steps as a real request (the
// duties opened and fulfilled by the engine, audited as the demo). Its title says (demonstrācija). Added once: a
// database that has any request is left as it is.
import type { Deps } from '../db.ts';
import { systemActor, type Actor } from '../platform/access/actor.ts';
import type { Role } from '../platform/access/roles.ts';
import { addDays, rigaDate } from '../platform/time.ts';
import { organisationsNamedFolded, organisationsOfKinds } from '../organisations/lookups.ts';
import { hasChangeRequests } from './change-repository.ts';
import { giveOpinion, requestChange } from './change-service.ts';
import { basketItemsInForce } from './lookups.ts';

const demoActor = (role: Role, organisationId: string): Actor => ({
  ...systemActor('demo'),
  grants: [{ role, organisationId, centreId: null }],
});

export async function loadBasketChangeDemo(deps: Deps): Promise<void> {
  if (await hasChangeRequests(deps.db)) return;
  const today = rigaDate(deps.now());
  const pmlp = (await organisationsNamedFolded(deps.db, ['pmlp']))[0]?.id;
  const ministry = (await organisationsOfKinds(deps.db, ['ministry']))[0]?.id;
  const inForce = await basketItemsInForce(deps.db, today);
  if (!pmlp || !ministry || !inForce.some((i) => i.annexItem === '3.13')) return;
  const request = await requestChange(
    deps,
    {
      holderId: pmlp,
      kind: 'change',
      annexItem: '3.13',
      title: 'Pozīcijas 3.13 formulējuma precizēšana (demonstrācija)',
      justification:
        'Demonstrācija: pozīcijas nosaukums jāsaskaņo ar Fizisko personu reģistra likuma redakciju. Šis nav īsts pieprasījums.',
      receivedOn: addDays(today, -3),
    },
    { actor: demoActor('institution_coordinator', pmlp) },
  );
  await giveOpinion(
    deps,
    request.id,
    {
      positive: true,
      opinion: 'Ministrija atbalsta precizējumu (demonstrācija).',
      givenOn: addDays(today, -1),
    },
    { actor: demoActor('ministry_supervisor', ministry) },
  );
}
