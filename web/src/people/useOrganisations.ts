// The organisations (with their centres) in which the current user may grant roles or create tokens:
// every organisation for a maintainer, otherwise those where the user is the organisation's admin.
import { useMemo } from 'react';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';

export function useGrantableOrganisations() {
  const { me, roles } = useSession();
  const loaded = useGet('/api/v1/organisations');
  const items = useMemo(() => {
    const all = loaded.data?.items ?? [];
    if (roles.includes('maintainer')) return all;
    const mine = new Set((me?.grants ?? []).filter((g) => g.role === 'org_admin').map((g) => g.organisationId));
    return all.filter((o) => mine.has(o.id));
  }, [loaded.data, me, roles]);
  return { organisations: items, error: loaded.error, loading: loaded.loading };
}
