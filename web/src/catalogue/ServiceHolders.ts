// The holders whose services the caller describes (SR-8): the organisations of its org_admin and
// institution_coordinator roles; every institution, other holder and municipality for a maintainer.
import { useMemo } from 'react';
import { sortByName } from '../shared/format.ts';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';
import type { Named } from './CatalogueShared.tsx';

const DESCRIBERS = ['org_admin', 'institution_coordinator'];
const HOLDER_KINDS = ['institution', 'holder', 'municipality'];

export function useDescribedHolders(): { holders: Named[]; everywhere: boolean; loading: boolean } {
  const { me, roles } = useSession();
  const everywhere = roles.includes('maintainer');
  const all = useGet(everywhere ? '/api/v1/organisations' : null);
  const holders = useMemo(() => {
    if (everywhere)
      return sortByName(
        (all.data?.items ?? []).filter((o) => HOLDER_KINDS.includes(o.kind)),
        (o) => o.name,
      ).map((o) => ({ id: o.id, name: o.name }));
    const mine = new Map<string, Named>();
    for (const g of me?.grants ?? [])
      if (DESCRIBERS.includes(g.role) && g.centreId === null)
        mine.set(g.organisationId, { id: g.organisationId, name: g.organisationName });
    return sortByName([...mine.values()], (h) => h.name);
  }, [everywhere, all.data, me]);
  return { holders, everywhere, loading: everywhere && all.loading };
}
