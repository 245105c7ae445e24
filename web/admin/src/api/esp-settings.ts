import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from './client';
import { useApi } from './context';

/**
 * The two channel settings an email platform's page switches (seed 004): the points-expiry
 * notice sent to the platform N days ahead (loyalty settings, `expiry.noticeDays`, 0 = off) and
 * "the platform sends the emails" (invitation settings, `espSends`).
 */
export function useExpiryNotice(channelId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['loyalty-settings', channelId],
    queryFn: async () =>
      unwrap(
        await api.client.GET('/api/v1/channels/{channelId}/loyalty/settings', {
          params: { path: { channelId } },
        }),
      ),
    select: (settings) => settings.expiry,
  });
}

export function useSetExpiryNotice(channelId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (noticeDays: number) =>
      unwrap(
        await api.client.PATCH('/api/v1/channels/{channelId}/loyalty/settings', {
          params: { path: { channelId } },
          body: { expiry: { noticeDays } },
        }),
      ),
    onSuccess: (settings) => queryClient.setQueryData(['loyalty-settings', channelId], settings),
  });
}

export function useEspSends(channelId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['invitation-settings', channelId],
    queryFn: async () =>
      unwrap(
        await api.client.GET('/api/v1/channels/{id}/invitation-settings', {
          params: { path: { id: channelId } },
        }),
      ),
    select: (settings) => settings.espSends,
  });
}

export function useSetEspSends(channelId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (espSends: boolean) =>
      unwrap(
        await api.client.PATCH('/api/v1/channels/{id}/invitation-settings', {
          params: { path: { id: channelId } },
          body: { espSends },
        }),
      ),
    onSuccess: (settings) => queryClient.setQueryData(['invitation-settings', channelId], settings),
  });
}
