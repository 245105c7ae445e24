import { useQuery } from '@tanstack/react-query';
import { unwrap } from './client';
import { useApi } from './context';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Dashboard = Json<paths['/api/v1/channels/{id}/dashboard']['get']['responses'][200]>;

/** How many weeks the dashboard's weekly charts show. */
export const DASHBOARD_WEEKS = 12;

/** A channel's dashboard (A7): weekly series, distribution, funnel, tiers and sync health. */
export function useDashboard(channelId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['dashboard', channelId],
    enabled: channelId !== undefined,
    queryFn: async () =>
      unwrap(
        await api.client.GET('/api/v1/channels/{id}/dashboard', {
          params: { path: { id: channelId! }, query: { weeks: DASHBOARD_WEEKS } },
        }),
      ),
  });
}
