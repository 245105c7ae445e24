import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas, unwrap } from './client';
import { useApi } from './context';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Review = Schemas['AdminReview'];
export type ReviewQuery = NonNullable<paths['/api/v1/reviews']['get']['parameters']['query']>;
export type AuditEntry = Json<paths['/api/v1/reviews/{id}/audit']['get']['responses'][200]>['items'][number];
export type ModerationBody = NonNullable<
  paths['/api/v1/reviews/{id}/moderation']['post']['requestBody']
>['content']['application/json'];
export type ModerationReason = NonNullable<ModerationBody['reason']>;
export type ImportReport = Json<paths['/api/v1/channels/{id}/reviews/import']['post']['responses'][200]>;
export type SnippetPreview = Json<
  paths['/api/v1/channels/{id}/email-embeds/preview']['post']['responses'][200]
>;

/** The content reasons the server accepts for reject and flag (no rating-based reason exists). */
export const MODERATION_REASONS: readonly ModerationReason[] = [
  'personal_data',
  'offensive',
  'illegal',
  'spam',
  'off_topic',
  'conflict_of_interest',
  'fake',
  'reported',
  'reviewer_request',
  'other',
];

/** One page of the review list; the previous page stays on screen while the next loads. */
export function useReviewList(query: ReviewQuery, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: ['reviews', 'list', query],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.client.GET('/api/v1/reviews', { params: { query } })),
  });
}

export function useReview(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['reviews', id],
    queryFn: async () => unwrap(await api.client.GET('/api/v1/reviews/{id}', { params: { path: { id } } })),
  });
}

export function useReviewAudit(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['reviews', id, 'audit'],
    queryFn: async () =>
      unwrap(await api.client.GET('/api/v1/reviews/{id}/audit', { params: { path: { id } } })).items,
  });
}

/** After any change to reviews: lists, the review, its audit trail and snippet previews reload. */
function useReviewsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['reviews'] }),
      queryClient.invalidateQueries({ queryKey: ['snippet-preview'] }),
    ]);
}

export function useModerate(id: string) {
  const api = useApi();
  const changed = useReviewsChanged();
  return useMutation({
    mutationFn: async (body: ModerationBody) =>
      unwrap(await api.client.POST('/api/v1/reviews/{id}/moderation', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useBulkModerate() {
  const api = useApi();
  const changed = useReviewsChanged();
  return useMutation({
    mutationFn: async (body: ModerationBody & { ids: string[] }) =>
      unwrap(await api.client.POST('/api/v1/reviews/moderation', { body })).items,
    onSuccess: changed,
  });
}

export function useSetReply(id: string) {
  const api = useApi();
  const changed = useReviewsChanged();
  return useMutation({
    mutationFn: async (text: string) =>
      unwrap(
        await api.client.PUT('/api/v1/reviews/{id}/reply', { params: { path: { id } }, body: { text } }),
      ),
    onSuccess: changed,
  });
}

export function useDeleteReply(id: string) {
  const api = useApi();
  const changed = useReviewsChanged();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.client.DELETE('/api/v1/reviews/{id}/reply', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

export function useEraseReviewer(channelId: string) {
  const api = useApi();
  const changed = useReviewsChanged();
  return useMutation({
    mutationFn: async (email: string) =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/reviews/erasure', {
          params: { path: { id: channelId } },
          body: { email },
        }),
      ).erased,
    onSuccess: changed,
  });
}

/** The reviews snippet rendered for a selection that is not saved yet. */
export function useSnippetPreview(channelId: string, ids: string[], locale: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['snippet-preview', channelId, ids, locale],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/email-embeds/preview', {
          params: { path: { id: channelId }, query: { locale: locale as 'en' } },
          body: { selectedReviewIds: ids },
        }),
      ),
  });
}

/** Saves the reviews an email shows (the feed serves them from the next mail on). */
export function useSaveSnippetSelection(channelId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { selectedReviewIds: string[]; locale: string }) =>
      unwrap(
        await api.client.PATCH('/api/v1/channels/{id}/email-embeds', {
          params: { path: { id: channelId }, query: { locale: input.locale as 'en' } },
          body: { selectedReviewIds: input.selectedReviewIds },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['email-embeds', channelId] }),
  });
}

export function useImportReviews(channelId: string) {
  const api = useApi();
  const changed = useReviewsChanged();
  return useMutation({
    mutationFn: async (file: Blob) =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/reviews/import', {
          params: { path: { id: channelId } },
          // The file goes as it is (the server streams it), not as JSON.
          body: file as never,
          bodySerializer: (body: unknown) => body as Blob,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    onSuccess: changed,
  });
}
