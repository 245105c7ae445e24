import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Api, type Schemas, unwrap } from './client';
import { useApi } from './context';

export type Channel = Schemas['Channel'];
export type ChannelInput = Pick<Channel, 'name' | 'domain' | 'defaultLocale' | 'currency' | 'timeZone'>;

/** The account's channels (also read before a page loads, e.g. by the dashboard's route). */
export const channelsQuery = (api: Api) =>
  queryOptions({
    queryKey: ['channels'],
    queryFn: async () => unwrap(await api.client.GET('/api/v1/channels')).data,
  });

export function useChannels() {
  return useQuery(channelsQuery(useApi()));
}

export function useChannel(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['channels', id],
    queryFn: async () => unwrap(await api.client.GET('/api/v1/channels/{id}', { params: { path: { id } } })),
  });
}

export function useCreateChannel() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ChannelInput) => unwrap(await api.client.POST('/api/v1/channels', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['channels'] }),
  });
}

export function useUpdateChannel(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Partial<ChannelInput>) =>
      unwrap(await api.client.PATCH('/api/v1/channels/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['channels'] }),
  });
}

export function useDeleteChannel(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.client.DELETE('/api/v1/channels/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['channels'] }),
  });
}

/** The signing secret is fetched only when the merchant asks to reveal it. */
export function useRevealSigningSecret(id: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.client.GET('/api/v1/channels/{id}/signing-secret', { params: { path: { id } } }))
        .signingSecret,
  });
}

export function useRotateSigningSecret(id: string) {
  const api = useApi();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/signing-secret/rotate', { params: { path: { id } } }),
      ).signingSecret,
  });
}
