import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from './client';
import { useApi } from './context';
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
export function useWidgetSettings(channelId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['widget-settings', channelId],
    queryFn: async () =>
      unwrap(
        await api.client.GET('/api/v1/channels/{id}/widget-settings', {
          params: { path: { id: channelId } },
        }),
      ),
  });
}

export function useSaveWidgetSettings(channelId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: WidgetSettingsPatch) =>
      unwrap(
        await api.client.PATCH('/api/v1/channels/{id}/widget-settings', {
          params: { path: { id: channelId } },
          body,
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(['widget-settings', channelId], saved),
  });
}

/** What every element reads: the channel's name, language and logo (the public answer). */
export function useWidgetConfig(publicId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['widget-config', publicId],
    queryFn: async () =>
      unwrap(
        await api.client.GET('/public/v1/channels/{publicId}/widget-config', {
          params: { path: { publicId } },
        }),
      ),
  });
}
