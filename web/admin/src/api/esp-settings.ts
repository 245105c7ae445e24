import { unwrap } from './client';
import { invitationSettings, patchInvitationSettings } from './invitations';
import { loyaltySettings } from './loyalty';

/**
 * The two channel settings an email platform's page switches (seed 004): the points-expiry
 * notice sent to the platform N days ahead (loyalty settings, `expiry.noticeDays`, 0 = off) and
 * "the platform sends the emails" (invitation settings, `espSends`). Both read and write the
 * same cache entries as the loyalty and invitation pages.
 */
export function useExpiryNotice(channelId: string) {
  return loyaltySettings.useRead([channelId], { select: (settings) => settings.expiry });
}

export function useSetExpiryNotice(channelId: string) {
  return loyaltySettings.useReplace([channelId], async (api, noticeDays: number) =>
    unwrap(
      await api.client.PATCH('/api/v1/channels/{channelId}/loyalty/settings', {
        params: { path: { channelId } },
        body: { expiry: { noticeDays } },
      }),
    ),
  );
}

export function useEspSends(channelId: string) {
  return invitationSettings.useRead([channelId], { select: (settings) => settings.espSends });
}

export function useSetEspSends(channelId: string) {
  return invitationSettings.useReplace([channelId], (api, espSends: boolean) =>
    patchInvitationSettings(api, channelId, { espSends }),
  );
}
