import { keepPreviousData } from '@tanstack/react-query';
import { type Schemas, unwrap } from './client';
import { resource, useChange } from './resource';
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

const reviewList = resource({
  key: (query: ReviewQuery) => ['reviews', 'list', query],
  fetch: async (api, query: ReviewQuery) =>
    unwrap(await api.client.GET('/api/v1/reviews', { params: { query } })),
});

/** One page of the review list; the previous page stays on screen while the next loads. */
export function useReviewList(query: ReviewQuery, enabled = true) {
  return reviewList.useRead([query], { enabled, placeholderData: keepPreviousData });
}

const review = resource({
  key: (id: string) => ['reviews', id],
  fetch: async (api, id: string) =>
    unwrap(await api.client.GET('/api/v1/reviews/{id}', { params: { path: { id } } })),
});

export function useReview(id: string) {
  return review.useRead([id]);
}

const reviewAudit = resource({
  key: (id: string) => [...review.key(id), 'audit'],
  fetch: async (api, id: string) =>
    unwrap(await api.client.GET('/api/v1/reviews/{id}/audit', { params: { path: { id } } })).items,
});

export function useReviewAudit(id: string) {
  return reviewAudit.useRead([id]);
}

/** The reviews snippet rendered for a selection that is not saved yet. */
const snippetPreview = resource({
  key: (channelId: string, ids: string[], locale: string) => ['snippet-preview', channelId, ids, locale],
  fetch: async (api, channelId: string, ids: string[], locale: string) =>
    unwrap(
      await api.client.POST('/api/v1/channels/{id}/email-embeds/preview', {
        params: { path: { id: channelId }, query: { locale: locale as 'en' } },
        body: { selectedReviewIds: ids },
      }),
    ),
});

export function useSnippetPreview(channelId: string, ids: string[], locale: string) {
  return snippetPreview.useRead([channelId, ids, locale], { placeholderData: keepPreviousData });
}

/** Any change to reviews reloads the lists, each review with its audit trail, and snippet previews. */
const REVIEWS_CHANGED = [['reviews'], ['snippet-preview']];

export function useModerate(id: string) {
  return useChange(
    async (api, body: ModerationBody) =>
      unwrap(await api.client.POST('/api/v1/reviews/{id}/moderation', { params: { path: { id } }, body })),
    ...REVIEWS_CHANGED,
  );
}

export function useBulkModerate() {
  return useChange(
    async (api, body: ModerationBody & { ids: string[] }) =>
      unwrap(await api.client.POST('/api/v1/reviews/moderation', { body })).items,
    ...REVIEWS_CHANGED,
  );
}

export function useSetReply(id: string) {
  return useChange(
    async (api, text: string) =>
      unwrap(
        await api.client.PUT('/api/v1/reviews/{id}/reply', { params: { path: { id } }, body: { text } }),
      ),
    ...REVIEWS_CHANGED,
  );
}

export function useDeleteReply(id: string) {
  return useChange(
    async (api) =>
      unwrap(await api.client.DELETE('/api/v1/reviews/{id}/reply', { params: { path: { id } } })),
    ...REVIEWS_CHANGED,
  );
}

export function useEraseReviewer(channelId: string) {
  return useChange(
    async (api, email: string) =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/reviews/erasure', {
          params: { path: { id: channelId } },
          body: { email },
        }),
      ).erased,
    ...REVIEWS_CHANGED,
  );
}

/** Saves the reviews an email shows (the feed serves them from the next mail on). */
export function useSaveSnippetSelection(channelId: string) {
  return useChange(
    async (api, input: { selectedReviewIds: string[]; locale: string }) =>
      unwrap(
        await api.client.PATCH('/api/v1/channels/{id}/email-embeds', {
          params: { path: { id: channelId }, query: { locale: input.locale as 'en' } },
          body: { selectedReviewIds: input.selectedReviewIds },
        }),
      ),
    ['email-embeds', channelId],
  );
}

export function useImportReviews(channelId: string) {
  return useChange(
    async (api, file: Blob) =>
      unwrap(
        await api.client.POST('/api/v1/channels/{id}/reviews/import', {
          params: { path: { id: channelId } },
          // The file goes as it is (the server streams it), not as JSON.
          body: file as never,
          bodySerializer: (body: unknown) => body as Blob,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    ...REVIEWS_CHANGED,
  );
}
