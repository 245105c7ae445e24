import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
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

/**
 * Live views follow the connection's server-sent events (`GET …/connections/{id}/live`, with the
 * session cookie): each `snapshot` puts the exports, health and dead letters in their cache
 * entries, so nothing polls while the stream is open. Should it drop (the browser reconnects by
 * itself), the views poll at most every 2 s while work runs (A6), every 10 s when all is quiet.
 */
const BUSY_MS = 2_000;
const QUIET_MS = 10_000;

const connectionExports = resource({
  key: (id: string) => ['connections', id, 'exports'],
  fetch: async (api, id: string) =>
    unwrap(await api.client.GET('/api/v1/connections/{id}/exports', { params: { path: { id } } })).exports,
});

type Health = Json<paths['/api/v1/connections/{id}/health']['get']['responses'][200]>;
interface LiveSnapshot {
  health: Health;
  exports: ExportRunView[];
  deadLetters: DeadLetter[];
}

/** Opens the connection's event stream while mounted; true while it is open. */
export function useConnectionLive(id: string): boolean {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/v1/connections/${encodeURIComponent(id)}/live`);
    source.addEventListener('snapshot', (event) => {
      const snapshot = JSON.parse((event as MessageEvent<string>).data) as LiveSnapshot;
      queryClient.setQueryData(connectionHealth.key(id), snapshot.health);
      queryClient.setQueryData(connectionExports.key(id), snapshot.exports);
      queryClient.setQueryData(connectionDeadLetters.key(id), snapshot.deadLetters);
      setLive(true);
    });
    source.addEventListener('gone', () => source.close());
    source.onerror = () => setLive(false);
    return () => {
      source.close();
      setLive(false);
    };
  }, [id, queryClient]);
  return live;
}

export function useConnectionExports(id: string, live = false) {
  return connectionExports.useRead([id], {
    refetchInterval: (query) =>
      live ? false : query.state.data?.some((run) => !run.finishedAt) ? BUSY_MS : QUIET_MS,
  });
}

export function useConnectionHealth(id: string, live = false) {
  return connectionHealth.useRead([id], {
    refetchInterval: (query) =>
      live ? false : query.state.data && query.state.data.counts.pending > 0 ? BUSY_MS : QUIET_MS,
  });
}

export function useConnectionDeadLetters(id: string, live = false) {
  return connectionDeadLetters.useRead([id], { refetchInterval: live ? false : BUSY_MS });
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
