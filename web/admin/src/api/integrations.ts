import { type Schemas, unwrap } from './client';
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

const connectors = resource({
  key: () => ['connectors'],
  fetch: async (api) => unwrap(await api.client.GET('/api/v1/connectors')).connectors,
  // They change only with a new build.
  staleTime: Number.POSITIVE_INFINITY,
});

export function useConnectors() {
  return connectors.useRead([]);
}

const connections = resource({
  key: (channelId: string | undefined) => ['connections', channelId],
  fetch: async (api, channelId: string | undefined) =>
    unwrap(await api.client.GET('/api/v1/connections', { params: { query: { channelId: channelId! } } }))
      .connections,
});

export function useConnections(channelId: string | undefined) {
  return connections.useRead([channelId], { enabled: channelId !== undefined });
}

/** Every change to a connection reloads everything cached of connections. */
const CONNECTIONS: readonly ['connections'] = ['connections'];

export function useConnect() {
  return useChange(
    async (api, body: { channelId: string; connectorId: string; settings: Record<string, unknown> }) =>
      unwrap(await api.client.POST('/api/v1/connections', { body })),
    CONNECTIONS,
  );
}

export function useUpdateConnection(id: string) {
  return useChange(
    async (api, body: { settings?: Record<string, unknown>; eventTypes?: '*' | string[] }) =>
      unwrap(await api.client.PATCH('/api/v1/connections/{id}', { params: { path: { id } }, body })),
    CONNECTIONS,
  );
}

export function useDisconnect(id: string) {
  return useChange(
    async (api) => unwrap(await api.client.DELETE('/api/v1/connections/{id}', { params: { path: { id } } })),
    CONNECTIONS,
  );
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
  return useChange(
    async (
      api,
      body: { consent?: string; from?: string; to?: string; tags?: string; transactions?: boolean },
    ) =>
      unwrap(await api.client.POST('/api/v1/connections/{id}/exports', { params: { path: { id } }, body })),
  );
}

const exportRun = resource({
  key: (id: string, exportId: string | undefined) => ['connections', id, 'exports', exportId],
  fetch: async (api, id: string, exportId: string | undefined) =>
    unwrap(
      await api.client.GET('/api/v1/connections/{id}/exports/{exportId}', {
        params: { path: { id, exportId: exportId! } },
      }),
    ),
});

/** An export's progress, fetched every second until it finishes. */
export function useExportRun(id: string, exportId: string | undefined) {
  return exportRun.useRead([id, exportId], {
    enabled: exportId !== undefined,
    refetchInterval: (query) => (query.state.data?.finishedAt ? false : 1_000),
  });
}

const emailEmbeds = resource({
  key: (channelId: string) => ['email-embeds', channelId],
  fetch: async (api, channelId: string) =>
    unwrap(
      await api.client.GET('/api/v1/channels/{id}/email-embeds', { params: { path: { id: channelId } } }),
    ),
});

export function useEmailEmbeds(channelId: string) {
  return emailEmbeds.useRead([channelId]);
}

export type ListChoice = Json<
  paths['/api/v1/connections/{id}/lists']['get']['responses'][200]
>['lists'][number];

/** The platform account's lists for credentials not saved yet (checked live; a refused key is a 422). */
export function useListChoices(connectorId: string) {
  return useChange(
    async (api, settings: Record<string, unknown>) =>
      unwrap(
        await api.client.POST('/api/v1/connectors/{connectorId}/lists', {
          params: { path: { connectorId } },
          body: { settings },
        }),
      ).lists,
  );
}

const connectionLists = resource({
  key: (id: string | undefined) => ['connections', id, 'lists'],
  fetch: async (api, id: string | undefined) =>
    unwrap(await api.client.GET('/api/v1/connections/{id}/lists', { params: { path: { id: id! } } })).lists,
});

/** The lists of a connected account, to switch the connection to another one. */
export function useConnectionLists(id: string | undefined) {
  return connectionLists.useRead([id], { enabled: id !== undefined, retry: false });
}

/** Sends one signed test event to an outbound webhook endpoint now; answers what it said. */
export function useSendTestEvent(id: string) {
  return useChange(async (api) =>
    unwrap(await api.client.POST('/api/v1/connections/{id}/test-event', { params: { path: { id } } })),
  );
}
