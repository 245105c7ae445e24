import { unwrap } from './client';
import { resource } from './resource';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type WidgetSettings = Json<paths['/api/v1/channels/{id}/widget-settings']['get']['responses'][200]>;
export type WidgetSettingsPatch = NonNullable<
  paths['/api/v1/channels/{id}/widget-settings']['patch']['requestBody']
>['content']['application/json'];
export type WidgetConfig = Json<
  paths['/public/v1/channels/{publicId}/widget-config']['get']['responses'][200]
>;

/** The channel's stored theme, double opt-in, and what to paste into the shop. */
const widgetSettings = resource({
  key: (channelId: string) => ['widget-settings', channelId],
  fetch: async (api, channelId: string) =>
    unwrap(
      await api.client.GET('/api/v1/channels/{id}/widget-settings', { params: { path: { id: channelId } } }),
    ),
});

export function useWidgetSettings(channelId: string) {
  return widgetSettings.useRead([channelId]);
}

export function useSaveWidgetSettings(channelId: string) {
  return widgetSettings.useReplace([channelId], async (api, body: WidgetSettingsPatch) =>
    unwrap(
      await api.client.PATCH('/api/v1/channels/{id}/widget-settings', {
        params: { path: { id: channelId } },
        body,
      }),
    ),
  );
}

/** What every element reads: the channel's name, language and logo (the public answer). */
const widgetConfig = resource({
  key: (publicId: string) => ['widget-config', publicId],
  fetch: async (api, publicId: string) =>
    unwrap(
      await api.client.GET('/public/v1/channels/{publicId}/widget-config', {
        params: { path: { publicId } },
      }),
    ),
});

export function useWidgetConfig(publicId: string) {
  return widgetConfig.useRead([publicId]);
}
