import { ApiError, unwrap } from './client';
import { resource, useChange } from './resource';
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

const shopConnectors = resource({
  key: () => ['shop-connectors'],
  fetch: async (api) => unwrap(await api.client.GET('/api/v1/shop-connectors')).connectors,
  // They change only with a new build.
  staleTime: Number.POSITIVE_INFINITY,
});

/** Every shop platform the server connects to, as descriptors. */
export function useShopConnectors() {
  return shopConnectors.useRead([]);
}

const shopConnection = resource({
  key: (channelId: string, platform: ShopPlatform) => ['shop-connections', channelId, platform],
  fetch: async (api, channelId: string, platform: ShopPlatform): Promise<ShopConnection | null> => {
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

const shopPullState = resource({
  key: (channelId: string, platform: ShopPlatform) => ['shop-pull', channelId, platform],
  fetch: async (api, channelId: string, platform: ShopPlatform) =>
    unwrap(
      await api.client.GET('/api/v1/channels/{channelId}/shop-connections/{platform}/pull', {
        params: { path: { channelId, platform } },
      }),
    ),
});

/** The shop's connection, or `null` when the shop is not connected yet (a 404). */
export function useShopConnection(channelId: string, platform: ShopPlatform) {
  return shopConnection.useRead([channelId, platform]);
}

/** Connects the shop or changes its settings; the answer is the connection as it is now. */
export function usePutShopConnection(channelId: string, platform: ShopPlatform) {
  return shopConnection.useReplace(
    [channelId, platform],
    async (api, body: ShopConnectionInput) =>
      unwrap(
        await api.client.PUT('/api/v1/channels/{channelId}/shop-connections/{platform}', {
          params: { path: { channelId, platform } },
          body,
        }),
      ),
    shopPullState.key(channelId, platform),
  );
}

export function useDeleteShopConnection(channelId: string, platform: ShopPlatform) {
  return shopConnection.useReplace([channelId, platform], async (api) => {
    unwrap(
      await api.client.DELETE('/api/v1/channels/{channelId}/shop-connections/{platform}', {
        params: { path: { channelId, platform } },
      }),
    );
    return null;
  });
}

/** How pulling from the shop stands (last pull, cursors, failures), fetched again every few seconds. */
export function useShopPullState(channelId: string, platform: ShopPlatform) {
  return shopPullState.useRead([channelId, platform], { refetchInterval: LIVE_MS });
}

/** Starts a pull now (`started` is false when one was started in the same second). */
export function usePullShopNow(channelId: string, platform: ShopPlatform) {
  return useChange(
    async (api) =>
      unwrap(
        await api.client.POST('/api/v1/channels/{channelId}/shop-connections/{platform}/pull', {
          params: { path: { channelId, platform } },
        }),
      ),
    shopPullState.key(channelId, platform),
  );
}
