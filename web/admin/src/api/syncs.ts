import { unwrap } from './client';
import { connectionDeadLetters, connectionHealth } from './integrations';
import { resource, useChange } from './resource';
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

const connectionExports = resource({
  key: (id: string) => ['connections', id, 'exports'],
  fetch: async (api, id: string) =>
    unwrap(await api.client.GET('/api/v1/connections/{id}/exports', { params: { path: { id } } })).exports,
});

export function useConnectionExports(id: string) {
  return connectionExports.useRead([id], {
    refetchInterval: (query) => (query.state.data?.some((run) => !run.finishedAt) ? BUSY_MS : QUIET_MS),
  });
}

export function useConnectionHealth(id: string) {
  return connectionHealth.useRead([id], {
    refetchInterval: (query) =>
      query.state.data && query.state.data.counts.pending > 0 ? BUSY_MS : QUIET_MS,
  });
}

export function useConnectionDeadLetters(id: string) {
  return connectionDeadLetters.useRead([id], { refetchInterval: BUSY_MS });
}

/** Sends every dead letter of one kind of this connection again (never another connection's). */
export function useReplayKind(id: string) {
  return useChange(
    async (api, kind: DeadLetter['kind']) =>
      unwrap(
        await api.client.POST('/api/v1/connections/{id}/dead-letters/replay', {
          params: { path: { id } },
          body: { kind: kind as 'connectors.deliver' | 'connectors.export' },
        }),
      ),
    ['connections', id],
  );
}
