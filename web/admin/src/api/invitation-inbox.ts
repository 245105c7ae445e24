import { unwrap } from './client';
import { invitationSettings } from './invitations';
import { resource } from './resource';
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
  return invitationSettings.useRead([channelId], { select: (settings) => settings.bccAddress });
}

const bccMessages = resource({
  key: (channelId: string) => ['bcc-messages', channelId],
  fetch: async (api, channelId: string) =>
    unwrap(
      await api.client.GET('/api/v1/channels/{id}/bcc-messages', {
        params: { path: { id: channelId }, query: { limit: 50 } },
      }),
    ).data,
});

/** The mails received at the BCC address, newest first, fetched again while the page shows them. */
export function useBccMessages(channelId: string) {
  return bccMessages.useRead([channelId], { refetchInterval: LIVE_MS });
}

const linkKeys = resource({
  key: (channelId: string) => ['link-keys', channelId],
  fetch: async (api, channelId: string) =>
    unwrap(
      await api.client.GET('/api/v1/channels/{id}/invitation-link-keys', {
        params: { path: { id: channelId } },
      }),
    ),
});

/** The channel's keys for business-generated links. */
export function useLinkKeys(channelId: string) {
  return linkKeys.useRead([channelId]);
}

/** New link keys: links built with the old ones stop opening. */
export function useRotateLinkKeys(channelId: string) {
  return linkKeys.useReplace([channelId], async (api) =>
    unwrap(
      await api.client.POST('/api/v1/channels/{id}/invitation-link-keys/rotate', {
        params: { path: { id: channelId } },
      }),
    ),
  );
}
