import {
  type QueryKey,
  queryOptions,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { Api } from './client';
import { useApi } from './context';

/** What a page may set on a read besides the key and the fetch: `select`, polling, `enabled`… */
export type ReadOptions<T, S> = Omit<UseQueryOptions<T, Error, S, QueryKey>, 'queryKey' | 'queryFn'>;

/**
 * One thing the admin reads from the API, declared once: its cache key and how it is fetched.
 * Every page that shows it reads the same cache entry (with its own `select` and polling), and a
 * change answered by its new value puts that value in the cache, so no page shows an older copy.
 */
export interface Resource<A extends readonly unknown[], T> {
  key: (...args: A) => QueryKey;
  /** The read as query options, for a route's loader (`queryClient.ensureQueryData`) or `useQuery`. */
  query(api: Api, ...args: A): UseQueryOptions<T, Error, T, QueryKey>;
  /** Reads the resource; `options.select` picks the part a page shows. */
  useRead<S = T>(args: A, options?: ReadOptions<T, S>): UseQueryResult<S, Error>;
  /**
   * A change whose answer is the resource's new value: the cache takes the answer as it is, and
   * what is cached under each of `stale` (other reads the change affects) is fetched again.
   */
  useReplace<V>(
    args: A,
    change: (api: Api, variables: V) => Promise<T>,
    ...stale: QueryKey[]
  ): UseMutationResult<T, Error, V>;
}

export function resource<A extends readonly unknown[], T>(definition: {
  key: (...args: A) => QueryKey;
  fetch: (api: Api, ...args: A) => Promise<T>;
  /** How long a read stays fresh for every page (default: TanStack's, refetched on mount). */
  staleTime?: number;
}): Resource<A, T> {
  const { key, fetch, staleTime } = definition;
  const fresh = staleTime === undefined ? {} : { staleTime };
  return {
    key,
    query: (api, ...args) =>
      queryOptions<T, Error, T, QueryKey>({
        ...fresh,
        queryKey: key(...args),
        queryFn: () => fetch(api, ...args),
      }),
    useRead<S = T>(args: A, options?: ReadOptions<T, S>) {
      const api = useApi();
      return useQuery<T, Error, S, QueryKey>({
        ...fresh,
        ...options,
        queryKey: key(...args),
        queryFn: () => fetch(api, ...args),
      });
    },
    useReplace<V>(args: A, change: (api: Api, variables: V) => Promise<T>, ...stale: QueryKey[]) {
      const api = useApi();
      const queryClient = useQueryClient();
      return useMutation<T, Error, V>({
        mutationFn: (variables) => change(api, variables),
        onSuccess: (value) => {
          queryClient.setQueryData(key(...args), value);
          return Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        },
      });
    },
  };
}

/**
 * A change after which everything cached under each of `stale` is fetched again (its answer is
 * not the resource). With no `stale`, nothing cached is touched.
 */
export function useChange<V, R>(change: (api: Api, variables: V) => Promise<R>, ...stale: QueryKey[]) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<R, Error, V>({
    mutationFn: (variables) => change(api, variables),
    onSuccess:
      stale.length > 0
        ? () => Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
        : undefined,
  });
}
