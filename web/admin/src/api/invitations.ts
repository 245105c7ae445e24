import { useInfiniteQuery } from '@tanstack/react-query';
import { type Api, unwrap } from './client';
import { useApi } from './context';
import { resource, useChange } from './resource';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type Invitation =
  paths['/api/v1/invitations/{id}']['get']['responses']['200']['content']['application/json'];
export type InvitationState = Invitation['state'];
/** The list's filter: the states, and `opened` (sent, questionnaire opened, not answered). */
export type ListState = NonNullable<
  NonNullable<paths['/api/v1/invitations']['get']['parameters']['query']>['state']
>;
export type InvitationSettings =
  paths['/api/v1/channels/{id}/invitation-settings']['get']['responses']['200']['content']['application/json'];
export type SettingsPatch = NonNullable<
  paths['/api/v1/channels/{id}/invitation-settings']['patch']['requestBody']
>['content']['application/json'];
export type ImportReport =
  paths['/api/v1/channels/{id}/invitations/import']['post']['responses']['200']['content']['application/json'];
export type Suppression =
  paths['/api/v1/channels/{id}/invitation-suppressions']['get']['responses']['200']['content']['application/json']['data'][number];
export type NewInvitation = NonNullable<
  paths['/api/v1/channels/{id}/invitations']['post']['requestBody']
>['content']['application/json'];
export type MailTemplate = Schemas['InvitationTemplate'];
export type TemplateKind = MailTemplate['kind'];
export type TemplateLocale = MailTemplate['locale'];
export type TemplateDraft = Pick<
  MailTemplate,
  'subject' | 'intro' | 'buttonText' | 'logoUrl' | 'buttonColor' | 'buttonTextColor' | 'backgroundColor'
>;

const keys = {
  list: (channelId: string) => ['invitations', channelId] as const,
  settings: (channelId: string) => ['invitation-settings', channelId] as const,
  suppressions: (channelId: string) => ['invitation-suppressions', channelId] as const,
  template: (channelId: string, kind: string, locale: string) =>
    ['invitation-templates', channelId, kind, locale] as const,
};

/** A page size that keeps each request small; "Show more" asks for the next keyset page. */
const INVITATION_PAGE = 50;

/** The channel's invitations, newest first, a keyset page at a time (`nextCursor` → "Show more"). */
export function useInvitations(channelId: string | undefined, state?: ListState) {
  const api = useApi();
  const query = useInfiniteQuery({
    queryKey: [...keys.list(channelId ?? ''), state ?? 'all'],
    enabled: Boolean(channelId),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: { nextCursor?: string }) => last.nextCursor,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.client.GET('/api/v1/invitations', {
          params: {
            query: {
              channelId: channelId!,
              limit: INVITATION_PAGE,
              ...(state ? { state } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
  });
  return { ...query, rows: query.data?.pages.flatMap((page) => page.data) };
}

export function useCreateInvitation(channelId: string) {
  return useChange(
    async (api, body: NewInvitation) =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/invitations', {
          params: { path: { id: channelId } },
          body,
        }),
      ),
    keys.list(channelId),
  );
}

export function useImportInvitations(channelId: string) {
  return useChange(
    async (api, body: { csv: string; send: 'email' | 'link' }) =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/invitations/import', {
          params: { path: { id: channelId } },
          body,
        }),
      ),
    keys.list(channelId),
  );
}

export function useCancelInvitation(channelId: string) {
  return useChange(
    async (api, id: string) =>
      unwrap(await api.client.POST('/api/v1/invitations/{id}/cancel', { params: { path: { id } } })),
    keys.list(channelId),
  );
}

const suppressions = resource({
  key: keys.suppressions,
  fetch: async (api, channelId: string) =>
    unwrap(
      await api.client.GET('/api/v1/channels/{id}/invitation-suppressions', {
        params: { path: { id: channelId } },
      }),
    ).data,
});

export function useSuppressions(channelId: string) {
  return suppressions.useRead([channelId]);
}

/** A suppressed address also changes the invitations list (its scheduled invitations are suppressed). */
export function useAddSuppression(channelId: string) {
  return useChange(
    async (api, email: string) =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/invitation-suppressions', {
          params: { path: { id: channelId } },
          body: { email },
        }),
      ),
    keys.suppressions(channelId),
    keys.list(channelId),
  );
}

export function useRemoveSuppression(channelId: string) {
  return useChange(
    async (api, email: string) =>
      unwrap(
        await api.client.DELETE('/api/v1/channels/{id}/invitation-suppressions/{email}', {
          params: { path: { id: channelId, email } },
        }),
      ),
    keys.suppressions(channelId),
  );
}

/** The channel's invitation settings: the invitation pages, the BCC page and the ESP switches read them. */
export const invitationSettings = resource({
  key: keys.settings,
  fetch: async (api, channelId: string) =>
    unwrap(
      await api.client.GET('/api/v1/channels/{id}/invitation-settings', {
        params: { path: { id: channelId } },
      }),
    ),
});

/** Changes some invitation settings; the answer is the whole settings object. */
export async function patchInvitationSettings(api: Api, channelId: string, body: SettingsPatch) {
  return unwrap(
    await api.client.PATCH('/api/v1/channels/{id}/invitation-settings', {
      params: { path: { id: channelId } },
      body,
    }),
  );
}

export function useInvitationSettings(channelId: string | undefined) {
  return invitationSettings.useRead([channelId ?? ''], { enabled: Boolean(channelId) });
}

export function useUpdateInvitationSettings(channelId: string) {
  return invitationSettings.useReplace([channelId], (api, body: SettingsPatch) =>
    patchInvitationSettings(api, channelId, body),
  );
}

type TemplatePath = { id: string; kind: TemplateKind; locale: TemplateLocale };

const mailTemplate = resource({
  key: (channelId: string | undefined, kind: TemplateKind, locale: TemplateLocale) =>
    keys.template(channelId ?? '', kind, locale),
  fetch: async (api, channelId: string | undefined, kind: TemplateKind, locale: TemplateLocale) =>
    unwrap(
      await api.client.GET('/api/v1/channels/{id}/invitation-templates/{kind}/{locale}', {
        params: { path: { id: channelId!, kind, locale } },
      }),
    ),
});

export function useMailTemplate(channelId: string | undefined, kind: TemplateKind, locale: TemplateLocale) {
  return mailTemplate.useRead([channelId, kind, locale], { enabled: Boolean(channelId) });
}

export function useSaveMailTemplate(path: TemplatePath) {
  return mailTemplate.useReplace([path.id, path.kind, path.locale], async (api, body: TemplateDraft) =>
    unwrap(
      await api.client.PUT('/api/v1/channels/{id}/invitation-templates/{kind}/{locale}', {
        params: { path },
        body,
      }),
    ),
  );
}

export function useResetMailTemplate(path: TemplatePath) {
  return useChange(
    async (api) =>
      unwrap(
        await api.client.DELETE('/api/v1/channels/{id}/invitation-templates/{kind}/{locale}', {
          params: { path },
        }),
      ),
    mailTemplate.key(path.id, path.kind, path.locale),
  );
}

const mailPreview = resource({
  key: (path: TemplatePath, draft: TemplateDraft | undefined) => ['invitation-template-preview', path, draft],
  fetch: async (api, path: TemplatePath, draft: TemplateDraft | undefined) =>
    unwrap(
      await api.client.POST('/api/v1/channels/{id}/invitation-templates/{kind}/{locale}/preview', {
        params: { path },
        body: draft!,
      }),
    ),
});

/** The server-rendered mail of a draft (the real renderer), refreshed as the draft changes. */
export function useMailPreview(path: TemplatePath, draft: TemplateDraft | undefined) {
  return mailPreview.useRead([path, draft], {
    enabled: Boolean(draft),
    placeholderData: (previous) => previous,
    retry: false,
  });
}

export function useSendTestMail(path: TemplatePath) {
  return useChange(async (api, body: TemplateDraft) =>
    unwrap(
      await api.client.POST('/api/v1/channels/{id}/invitation-templates/{kind}/{locale}/test', {
        params: { path },
        body,
      }),
    ),
  );
}
