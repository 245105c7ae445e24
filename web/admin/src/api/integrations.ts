import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas, unwrap } from './client';
import { useApi } from './context';
import { resource, useChange } from './resource';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type ConnectorDescriptor = Json<
  paths['/api/v1/connectors']['get']['responses'][200]
>['connectors'][number];
export type Connection = Json<paths['/api/v1/connections/{id}']['get']['responses'][200]>;
export type Health = Json<paths['/api/v1/connections/{id}/health']['get']['responses'][200]>;
export type ExportRun = Json<paths['/api/v1/connections/{id}/exports/{exportId}']['get']['responses'][200]>;
export type { Schemas };

/** How often live status is fetched again while a page shows it. */
const LIVE_MS = 5_000;

export function useConnectors() {
  const api = useApi();
  return useQuery({
    queryKey: ['connectors'],
    queryFn: async () => unwrap(await api.client.GET('/api/v1/connectors')).connectors,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useConnections(channelId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['connections', channelId],
    enabled: channelId !== undefined,
    queryFn: async () =>
      unwrap(await api.client.GET('/api/v1/connections', { params: { query: { channelId: channelId! } } }))
        .connections,
  });
}

export function useConnect() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { channelId: string; connectorId: string; settings: Record<string, unknown> }) =>
      unwrap(await api.client.POST('/api/v1/connections', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['connections'] }),
  });
}

export function useUpdateConnection(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { settings?: Record<string, unknown>; eventTypes?: '*' | string[] }) =>
      unwrap(await api.client.PATCH('/api/v1/connections/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['connections'] }),
  });
}

export function useDisconnect(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.client.DELETE('/api/v1/connections/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['connections'] }),
  });
}

/** A connection's health: its event counts and last delivery. */
export const connectionHealth = resource({
  key: (id: string) => ['connections', id, 'health'],
  fetch: async (api, id: string) =>
    unwrap(await api.client.GET('/api/v1/connections/{id}/health', { params: { path: { id } } })),
});

/** The connection's deliveries that failed for good (dead letters). */
export const connectionDeadLetters = resource({
  key: (id: string) => ['connections', id, 'dead-letters'],
  fetch: async (api, id: string) =>
    unwrap(await api.client.GET('/api/v1/connections/{id}/dead-letters', { params: { path: { id } } }))
      .deadLetters,
});

const connectionSetup = resource({
  key: (id: string) => ['connections', id, 'setup'],
  fetch: async (api, id: string) =>
    unwrap(await api.client.GET('/api/v1/connections/{id}/setup', { params: { path: { id } } })),
});

export function useHealth(id: string) {
  return connectionHealth.useRead([id], { refetchInterval: LIVE_MS });
}

export function useSetup(id: string) {
  return connectionSetup.useRead([id]);
}

export function useDeadLetters(id: string) {
  return connectionDeadLetters.useRead([id], { refetchInterval: LIVE_MS });
}

/** Sends one dead letter again; everything shown of the connection is fetched again. */
export function useReplay(id: string) {
  return useChange(
    async (api, jobId: string) =>
      unwrap(
        await api.client.POST('/api/v1/connections/{id}/dead-letters/{jobId}/replay', {
          params: { path: { id, jobId } },
        }),
      ),
    ['connections', id],
  );
}

export function useStartExport(id: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async (body: {
      consent?: string;
      from?: string;
      to?: string;
      tags?: string;
      transactions?: boolean;
    }) =>
      unwrap(await api.client.POST('/api/v1/connections/{id}/exports', { params: { path: { id } }, body })),
  });
}

/** An export's progress, fetched every second until it finishes. */
export function useExportRun(id: string, exportId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['connections', id, 'exports', exportId],
    enabled: exportId !== undefined,
    queryFn: async () =>
      unwrap(
        await api.client.GET('/api/v1/connections/{id}/exports/{exportId}', {
          params: { path: { id, exportId: exportId! } },
        }),
      ),
    refetchInterval: (query) => (query.state.data?.finishedAt ? false : 1_000),
  });
}

export function useEmailEmbeds(channelId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['email-embeds', channelId],
    queryFn: async () =>
      unwrap(
        await api.client.GET('/api/v1/channels/{id}/email-embeds', { params: { path: { id: channelId } } }),
      ),
  });
}

export type ListChoice = Json<
  paths['/api/v1/connections/{id}/lists']['get']['responses'][200]
>['lists'][number];

/** The platform account's lists for credentials not saved yet (checked live; a refused key is a 422). */
export function useListChoices(connectorId: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async (settings: Record<string, unknown>) =>
      unwrap(
        await api.client.POST('/api/v1/connectors/{connectorId}/lists', {
          params: { path: { connectorId } },
          body: { settings },
        }),
      ).lists,
  });
}

/** The lists of a connected account, to switch the connection to another one. */
export function useConnectionLists(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['connections', id, 'lists'],
    enabled: id !== undefined,
    queryFn: async () =>
      unwrap(await api.client.GET('/api/v1/connections/{id}/lists', { params: { path: { id: id! } } })).lists,
    retry: false,
  });
}

/** Sends one signed test event to an outbound webhook endpoint now; answers what it said. */
export function useSendTestEvent(id: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.client.POST('/api/v1/connections/{id}/test-event', { params: { path: { id } } })),
  });
}
