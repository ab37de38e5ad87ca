// Loads one API resource for a page: the data, the error, and a way to load it again after a change.
//   useGet('/api/v1/users/{id}', { params: { path: { id } } })   typed by the schema (preferred)
//   useApi<T>('/api/v1/…?…')                                       a path filled in by hand, T named at the call
import { useCallback, useEffect, useState } from 'react';
import { api, client } from './api/client.ts';
import type { OperationAt, PathsWith, SuccessOf } from './api/types.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** Runs `load` whenever `key` changes (never while it is null) and keeps the latest answer. */
function useLoad<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(key !== null);
  const [round, setRound] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for everything `load` reads.
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setLoading(true);
    load()
      .then((value) => {
        if (!live) return;
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, loading, reload };
}

export function useApi<T>(path: string | null): Loaded<T> {
  return useLoad(path, () => api.get<T>(path ?? ''));
}

type GetInit<P extends PathsWith<'get'>> = Parameters<typeof client.GET<P>>[1];

/** GET of a schema path (null: nothing to load yet), reloaded when the path or its parameters change. */
export function useGet<P extends PathsWith<'get'>>(
  path: P | null,
  init?: GetInit<P>,
): Loaded<SuccessOf<OperationAt<P, 'get'>>> {
  const key = path === null ? null : JSON.stringify([path, init ?? {}]);
  return useLoad(key, () =>
    (client.GET as (path: P, init?: GetInit<P>) => ReturnType<typeof client.GET<P>>)(path!, init),
  );
}
