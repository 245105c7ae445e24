import { type Schemas, unwrap } from './client';
import { resource, useChange } from './resource';

export type Channel = Schemas['Channel'];
export type ChannelInput = Pick<Channel, 'name' | 'domain' | 'defaultLocale' | 'currency' | 'timeZone'>;

/** The account's channels (also read before a page loads, e.g. by the dashboard's route). */
export const channelList = resource({
  key: () => ['channels'],
  fetch: async (api) => unwrap(await api.client.GET('/api/v1/channels')).data,
});

export function useChannels() {
  return channelList.useRead([]);
}

const channel = resource({
  key: (id: string) => [...channelList.key(), id],
  fetch: async (api, id: string) =>
    unwrap(await api.client.GET('/api/v1/channels/{id}', { params: { path: { id } } })),
});

export function useChannel(id: string) {
  return channel.useRead([id]);
}

// Every change to a channel reloads the list and each channel (their keys start with the list's).
export function useCreateChannel() {
  return useChange(
    async (api, body: ChannelInput) => unwrap(await api.client.POST('/api/v1/channels', { body })),
    channelList.key(),
  );
}

export function useUpdateChannel(id: string) {
  return useChange(
    async (api, body: Partial<ChannelInput>) =>
      unwrap(await api.client.PATCH('/api/v1/channels/{id}', { params: { path: { id } }, body })),
    channelList.key(),
  );
}

export function useDeleteChannel(id: string) {
  return useChange(
    async (api) => unwrap(await api.client.DELETE('/api/v1/channels/{id}', { params: { path: { id } } })),
    channelList.key(),
  );
}

/** The signing secret is fetched only when the merchant asks to reveal it. */
export function useRevealSigningSecret(id: string) {
  return useChange(
    async (api) =>
      unwrap(await api.client.GET('/api/v1/channels/{id}/signing-secret', { params: { path: { id } } }))
        .signingSecret,
  );
}

export function useRotateSigningSecret(id: string) {
  return useChange(
    async (api) =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/signing-secret/rotate', { params: { path: { id } } }),
      ).signingSecret,
  );
}
