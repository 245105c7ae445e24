import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, unwrap } from './client';
import { useApi } from './context';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type ConnectionPath = paths['/api/v1/channels/{channelId}/shop-connections/{platform}'];

/** A shop platform's descriptor: its settings form (secret fields marked) and what it can do. */
export type ShopDescriptor = Json<
  paths['/api/v1/shop-connectors']['get']['responses'][200]
>['connectors'][number];
export type ShopSetting = ShopDescriptor['settings'][number];
export type ShopPlatform = ConnectionPath['get']['parameters']['path']['platform'];
export type ShopConnection = Json<ConnectionPath['get']['responses'][200]>;
export type ShopConnectionInput = NonNullable<
  ConnectionPath['put']['requestBody']
>['content']['application/json'];
export type PullState = Json<
  paths['/api/v1/channels/{channelId}/shop-connections/{platform}/pull']['get']['responses'][200]
>;

/** How often a shop's pull state is fetched again while its page shows it. */
const LIVE_MS = 5_000;

/** Every shop platform the server connects to, as descriptors (they change only with a new build). */
export function useShopConnectors() {
  const api = useApi();
  return useQuery({
    queryKey: ['shop-connectors'],
    queryFn: async () => unwrap(await api.client.GET('/api/v1/shop-connectors')).connectors,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The shop's connection, or `null` when the shop is not connected yet (a 404). */
export function useShopConnection(channelId: string, platform: ShopPlatform) {
  const api = useApi();
  return useQuery({
    queryKey: ['shop-connections', channelId, platform],
    queryFn: async () => {
      try {
        return unwrap(
          await api.client.GET('/api/v1/channels/{channelId}/shop-connections/{platform}', {
            params: { path: { channelId, platform } },
          }),
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Connects the shop or changes its settings; the answer is the connection as it is now. */
export function usePutShopConnection(channelId: string, platform: ShopPlatform) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ShopConnectionInput) =>
      unwrap(
        await api.client.PUT('/api/v1/channels/{channelId}/shop-connections/{platform}', {
          params: { path: { channelId, platform } },
          body,
        }),
      ),
    onSuccess: (connection) => {
      queryClient.setQueryData(['shop-connections', channelId, platform], connection);
      return queryClient.invalidateQueries({ queryKey: ['shop-pull', channelId, platform] });
    },
  });
}

export function useDeleteShopConnection(channelId: string, platform: ShopPlatform) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.client.DELETE('/api/v1/channels/{channelId}/shop-connections/{platform}', {
          params: { path: { channelId, platform } },
        }),
      ),
    onSuccess: () => queryClient.setQueryData(['shop-connections', channelId, platform], null),
  });
}

/** How pulling from the shop stands (last pull, cursors, failures), fetched again every few seconds. */
export function useShopPullState(channelId: string, platform: ShopPlatform) {
  const api = useApi();
  return useQuery({
    queryKey: ['shop-pull', channelId, platform],
    queryFn: async () =>
      unwrap(
        await api.client.GET('/api/v1/channels/{channelId}/shop-connections/{platform}/pull', {
          params: { path: { channelId, platform } },
        }),
      ),
    refetchInterval: LIVE_MS,
  });
}
