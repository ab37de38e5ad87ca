// Where the employee works today: the centre and its service point, chosen once and remembered in this browser
// (per user). By default the centre of the employee's own grant, and the centre's first point.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Option } from '../shared/Field.tsx';
import { collator } from '../shared/format.ts';
import { useSession } from '../app/session.tsx';
import { useGet } from '../useApi.ts';

const STAFF = ['centre_employee', 'centre_head'];
const storageKey = (userId: string) => `vienuviet.counter.place.${userId}`;

interface Stored {
  centreId: string;
  pointId: string;
  pointName?: string;
}

function readStored(userId: string | undefined): Stored | null {
  if (!userId) return null;
  try {
    const value = JSON.parse(localStorage.getItem(storageKey(userId)) ?? 'null') as Stored | null;
    return value && typeof value.centreId === 'string' && typeof value.pointId === 'string' ? value : null;
  } catch {
    return null;
  }
}

export interface Place {
  centres: Option[];
  centreId: string;
  points: Option[];
  pointId: string;
  /** The names for the summary line. */
  centreName: string;
  pointName: string;
  setCentre(id: string): void;
  setPoint(id: string): void;
  /** The centre's details are still loading. */
  loading: boolean;
  error: unknown;
}

export function usePlace(): Place {
  const { me } = useSession();
  const userId = me?.user?.id;
  const grants = useMemo(() => (me?.grants ?? []).filter((g) => STAFF.includes(g.role)), [me]);
  const municipalities = useMemo(
    () => [...new Set(grants.filter((g) => !g.centreId).map((g) => g.organisationId))],
    [grants],
  );
  // A grant for the whole municipality gives every centre of it; those come from the directory.
  const all = useGet(municipalities.length > 0 ? '/api/v1/centres' : null);

  const centres: Option[] = useMemo(() => {
    const byId = new Map<string, string>();
    for (const g of grants) if (g.centreId) byId.set(g.centreId, g.centreName ?? g.centreId);
    for (const c of all.data?.items ?? []) if (municipalities.includes(c.municipality.id)) byId.set(c.id, c.name);
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
  }, [grants, all.data, municipalities]);

  const [stored, setStored] = useState<Stored | null>(() => readStored(userId));
  const remember = useCallback(
    (next: Stored) => {
      setStored(next);
      if (!userId) return;
      try {
        localStorage.setItem(storageKey(userId), JSON.stringify(next));
      } catch {
        // not remembered: chosen again next time
      }
    },
    [userId],
  );

  const ownCentre = grants.find((g) => g.centreId)?.centreId ?? centres[0]?.value ?? '';
  const centreId = stored && centres.some((c) => c.value === stored.centreId) ? stored.centreId : ownCentre;
  const detail = useGet(centreId ? '/api/v1/centres/{id}' : null, { params: { path: { id: centreId } } });
  const loaded = detail.data?.id === centreId ? detail.data.points.map((p) => ({ value: p.id, label: p.name })) : [];
  // Without the directory (the server is not answering), the point remembered here still serves.
  const points: Option[] =
    loaded.length === 0 && stored?.centreId === centreId && stored.pointId
      ? [{ value: stored.pointId, label: stored.pointName ?? '' }]
      : loaded;
  const pointId =
    stored?.centreId === centreId && points.some((p) => p.value === stored.pointId)
      ? stored.pointId
      : (points[0]?.value ?? '');

  const pointName = points.find((p) => p.value === pointId)?.label ?? '';
  useEffect(() => {
    // The default is remembered as soon as the directory has given it, so it serves a later reload without it.
    if (pointId && loaded.length > 0 && (stored?.centreId !== centreId || stored.pointId !== pointId))
      remember({ centreId, pointId, pointName });
  }, [centreId, pointId, pointName, loaded.length, stored, remember]);

  return {
    centres,
    centreId,
    points,
    pointId,
    centreName: centres.find((c) => c.value === centreId)?.label ?? '',
    pointName,
    setCentre: (id) => remember({ centreId: id, pointId: '' }),
    setPoint: (id) => remember({ centreId, pointId: id, pointName: points.find((p) => p.value === id)?.label ?? '' }),
    loading:
      (municipalities.length > 0 && !all.data && !all.error) || (Boolean(centreId) && !detail.data && !detail.error),
    error: detail.error ?? all.error,
  };
}
