import { unwrap } from './client';
import { resource } from './resource';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Dashboard = Json<paths['/api/v1/channels/{id}/dashboard']['get']['responses'][200]>;

/** How many weeks the dashboard's weekly charts show. */
export const DASHBOARD_WEEKS = 12;

const dashboard = resource({
  key: (channelId: string | undefined) => ['dashboard', channelId],
  fetch: async (api, channelId: string | undefined) =>
    unwrap(
      await api.client.GET('/api/v1/channels/{id}/dashboard', {
        params: { path: { id: channelId! }, query: { weeks: DASHBOARD_WEEKS } },
      }),
    ),
});

/** A channel's dashboard (A7): weekly series, distribution, funnel, tiers and sync health. */
export function useDashboard(channelId: string | undefined) {
  return dashboard.useRead([channelId], { enabled: channelId !== undefined });
}
