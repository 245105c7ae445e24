import type { Kysely } from 'kysely';
import type { Channel } from '../../accounts/index.js';
import { randomToken } from '../../platform/crypto/index.js';
import { AppError } from '../../platform/errors.js';
import type { ModuleContext } from '../../platform/module.js';
import type { ReviewsService } from '../../reviews/index.js';
import type { ConnectorsTables } from '../connectors.tables.js';
import { badgeSnippet, embedLocale, reviewsSnippet, starsSnippet } from './email-snippets.js';

const MAX_SELECTED = 20;
const SCAN_PAGES = 10;

/** Email embeds per channel (R8): the web feed ESPs pull at send time, and the snippets that read it. */
export function createEmailEmbeds(deps: {
  ctx: ModuleContext;
  db: Kysely<ConnectorsTables>;
  reviews: ReviewsService;
}) {
  const { ctx, db, reviews } = deps;

  async function row(accountId: string, channelId: string) {
    await ctx.accounts.channels.get(accountId, channelId);
    await db
      .insertInto('connector_email_embeds')
      .values({
        channel_id: channelId,
        account_id: accountId,
        feed_token: randomToken(18),
        certified: 0,
        selected_review_ids: '[]',
        updated_at: ctx.clock.now().toISOString(),
      })
      .onConflict((oc) => oc.column('channel_id').doNothing())
      .execute();
    return db
      .selectFrom('connector_email_embeds')
      .selectAll()
      .where('channel_id', '=', channelId)
      .executeTakeFirstOrThrow();
  }

  const feedNameOf = (channel: Channel) =>
    `Trustloop_${channel.name.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'Reviews'}`;

  async function describe(accountId: string, channelId: string) {
    const embed = await row(accountId, channelId);
    const channel = await ctx.accounts.channels.get(accountId, channelId);
    const context = {
      feedName: feedNameOf(channel),
      locale: embedLocale(channel.defaultLocale),
      certified: embed.certified === 1,
    };
    return {
      feed: {
        name: context.feedName,
        url: `${ctx.config.http.publicUrl}/public/v1/email-feeds/${embed.feed_token}`,
        requestMethod: 'GET',
        contentType: 'JSON',
      },
      certified: context.certified,
      selectedReviewIds: JSON.parse(embed.selected_review_ids) as string[],
      snippets: {
        badge: badgeSnippet(context),
        stars: starsSnippet(context),
        reviews: reviewsSnippet(context),
      },
    };
  }

  return {
    describe,

    async update(
      accountId: string,
      channelId: string,
      patch: { certified?: boolean; selectedReviewIds?: string[] },
    ) {
      await row(accountId, channelId);
      if (patch.selectedReviewIds) {
        if (patch.selectedReviewIds.length > MAX_SELECTED)
          throw AppError.invalid('selectedReviewIds', `at most ${MAX_SELECTED} reviews can be selected`);
        // Ids are not checked against the reviews here: the feed shows only this channel's published ones.
      }
      await db
        .updateTable('connector_email_embeds')
        .set({
          ...(patch.certified === undefined ? {} : { certified: patch.certified ? 1 : 0 }),
          ...(patch.selectedReviewIds
            ? { selected_review_ids: JSON.stringify(patch.selectedReviewIds) }
            : {}),
          updated_at: ctx.clock.now().toISOString(),
        })
        .where('channel_id', '=', channelId)
        .execute();
      return describe(accountId, channelId);
    },

    /** The public JSON feed: the same for every caller, small and fast (Klaviyo re-fetches every 15 min). */
    async feed(token: string) {
      const embed = await db
        .selectFrom('connector_email_embeds')
        .selectAll()
        .where('feed_token', '=', token)
        .executeTakeFirst();
      if (!embed) throw AppError.notFound('the feed');
      const channel = await ctx.accounts.channels.get(embed.account_id, embed.channel_id);
      const summary = await reviews.queries.summary(channel.id, 'all');
      const wanted = new Set(JSON.parse(embed.selected_review_ids) as string[]);
      const picked = new Map<
        string,
        Awaited<ReturnType<typeof reviews.queries.listPublic>>['items'][number]
      >();
      let cursor: string | undefined;
      for (let page = 0; page < SCAN_PAGES && picked.size < wanted.size; page++) {
        const result = await reviews.queries.listPublic(
          channel.id,
          {},
          { sort: 'newest', limit: 100, ...(cursor ? { cursor } : {}) },
        );
        for (const review of result.items) if (wanted.has(review.id)) picked.set(review.id, review);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      return {
        name: feedNameOf(channel),
        channel: { name: channel.name, domain: channel.domain, locale: channel.defaultLocale },
        certified: embed.certified === 1,
        badge: embed.certified === 1,
        rating: {
          average: summary.average,
          rounded: Math.round(summary.average),
          count: summary.count,
          distribution: summary.distribution,
        },
        reviews: [...wanted]
          .map((id) => picked.get(id))
          .filter((review) => review !== undefined)
          .map((review) => ({
            id: review.id,
            rating: review.rating,
            stars: '★'.repeat(review.rating) + '☆'.repeat(5 - review.rating),
            title: review.title,
            text: review.text,
            displayName: review.displayName,
            verifiedBuyer: review.verifiedBuyer,
            createdAt: review.createdAt,
          })),
      };
    },
  };
}

export type EmailEmbeds = ReturnType<typeof createEmailEmbeds>;
