import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from './client';
import { useApi } from './context';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type BccMessage = Json<
  paths['/api/v1/channels/{id}/bcc-messages']['get']['responses'][200]
>['data'][number];
export type LinkKeys = Json<paths['/api/v1/channels/{id}/invitation-link-keys']['get']['responses'][200]>;

/** How often the BCC page looks for newly received mails. */
const LIVE_MS = 5_000;

/** The channel's BCC address (from its invitation settings). */
export function useBccAddress(channelId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['invitation-settings', channelId],
    queryFn: async () =>
      unwrap(
        await api.client.GET('/api/v1/channels/{id}/invitation-settings', {
          params: { path: { id: channelId } },
        }),
      ),
    select: (settings) => settings.bccAddress,
  });
}

/** The mails received at the BCC address, newest first, fetched again while the page shows them. */
export function useBccMessages(channelId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['bcc-messages', channelId],
    queryFn: async () =>
      unwrap(
        await api.client.GET('/api/v1/channels/{id}/bcc-messages', {
          params: { path: { id: channelId }, query: { limit: 50 } },
        }),
      ).data,
    refetchInterval: LIVE_MS,
  });
}

/** The channel's keys for business-generated links. */
export function useLinkKeys(channelId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['link-keys', channelId],
    queryFn: async () =>
      unwrap(
        await api.client.GET('/api/v1/channels/{id}/invitation-link-keys', {
          params: { path: { id: channelId } },
        }),
      ),
  });
}

/** New link keys: links built with the old ones stop opening. */
export function useRotateLinkKeys(channelId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/invitation-link-keys/rotate', {
          params: { path: { id: channelId } },
        }),
      ),
    onSuccess: (keys) => queryClient.setQueryData(['link-keys', channelId], keys),
  });
}
