// The organisations (with their centres) in which the current user may grant roles or create tokens:
// every organisation for a maintainer, otherwise those where the user is the organisation's admin.
import { useMemo } from 'react';
import { useSession } from './session.tsx';
import type { OrganisationOut } from './types.ts';
import { useApi } from './useApi.ts';

export function useGrantableOrganisations() {
  const { me, roles } = useSession();
  const loaded = useApi<{ items: OrganisationOut[] }>('/api/v1/organisations');
  const items = useMemo(() => {
    const all = loaded.data?.items ?? [];
    if (roles.includes('maintainer')) return all;
    const mine = new Set((me?.grants ?? []).filter((g) => g.role === 'org_admin').map((g) => g.organisationId));
    return all.filter((o) => mine.has(o.id));
  }, [loaded.data, me, roles]);
  return { organisations: items, error: loaded.error, loading: loaded.loading };
}
