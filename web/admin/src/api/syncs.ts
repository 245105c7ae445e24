import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from './client';
import { useApi } from './context';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type ExportRunView = Json<
  paths['/api/v1/connections/{id}/exports']['get']['responses'][200]
>['exports'][number];
export type DeadLetter = Json<
  paths['/api/v1/connections/{id}/dead-letters']['get']['responses'][200]
>['deadLetters'][number];

/** Live views poll at most every 2 s while work runs (A6), and every 10 s when all is quiet. */
const BUSY_MS = 2_000;
const QUIET_MS = 10_000;

export function useConnectionExports(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['syncs', id, 'exports'],
    queryFn: async () =>
      unwrap(await api.client.GET('/api/v1/connections/{id}/exports', { params: { path: { id } } })).exports,
    refetchInterval: (query) => (query.state.data?.some((run) => !run.finishedAt) ? BUSY_MS : QUIET_MS),
  });
}

export function useConnectionHealth(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['syncs', id, 'health'],
    queryFn: async () =>
      unwrap(await api.client.GET('/api/v1/connections/{id}/health', { params: { path: { id } } })),
    refetchInterval: (query) =>
      query.state.data && query.state.data.counts.pending > 0 ? BUSY_MS : QUIET_MS,
  });
}

export function useConnectionDeadLetters(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['syncs', id, 'dead-letters'],
    queryFn: async () =>
      unwrap(await api.client.GET('/api/v1/connections/{id}/dead-letters', { params: { path: { id } } }))
        .deadLetters,
    refetchInterval: BUSY_MS,
  });
}

/** Sends one dead letter again. */
export function useReplayDeadLetter(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (jobId: string) =>
      unwrap(
        await api.client.POST('/api/v1/connections/{id}/dead-letters/{jobId}/replay', {
          params: { path: { id, jobId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['syncs'] }),
  });
}

/** Sends every dead letter of one kind of this connection again (never another connection's). */
export function useReplayKind(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (kind: DeadLetter['kind']) =>
      unwrap(
        await api.client.POST('/api/v1/connections/{id}/dead-letters/replay', {
          params: { path: { id } },
          body: { kind: kind as 'connectors.deliver' | 'connectors.export' },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['syncs'] }),
  });
}
