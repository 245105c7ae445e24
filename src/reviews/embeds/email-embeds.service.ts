import type { Kysely } from 'kysely';
import type { ModuleContext } from '../../accounts/index.js';
import { randomToken } from '../../platform/crypto/index.js';
import { AppError } from '../../platform/errors.js';
import { type Locale, resolveLocale } from '../../platform/i18n/index.js';
import type { ReviewQueries } from '../core/review-queries.js';
import { badgeSnippet, reviewsSnippet, starsSnippet } from './email-snippets.js';
import type { EmbedsTables } from './embeds.tables.js';
import { feedNameOf } from './feed-name.js';
import { ratingTexts, reviewDates, starIcons } from './feed-texts.js';
import { renderKlaviyoTemplate } from './snippet-template.js';
import { createTrustMarks, type TrustMarkEntry } from './trust-marks.js';

/** How many reviews one snippet shows; a longer selection is refused, never cut short. */
export const MAX_SELECTED = 20;

const SELECTION_FIELD = '/body/selectedReviewIds';

/** Email embeds per channel (R8): the web feed ESPs pull at send time, and the snippets that read it. */
export function createEmailEmbeds(deps: { ctx: ModuleContext; queries: ReviewQueries }) {
  const { ctx, queries } = deps;
  const db = ctx.database.db as Kysely<EmbedsTables>;

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

  const trustMarks = createTrustMarks({
    db,
    clock: ctx.clock,
    channelById: ctx.accounts.channels.byId,
    ensureRow: row,
  });

  async function describe(accountId: string, channelId: string, locale?: Locale) {
    const embed = await row(accountId, channelId);
    const channel = await ctx.accounts.channels.get(accountId, channelId);
    const history = await trustMarks.history(channelId);
    const lastGrant = embed.certified === 1 ? history.find((entry) => entry.action === 'granted') : undefined;
    const context = {
      feedName: feedNameOf(channel.name),
      locale: locale ?? resolveLocale(channel.defaultLocale),
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
      certification: lastGrant
        ? { grantedAt: lastGrant.createdAt, grantedBy: lastGrant.actor, reference: lastGrant.reference }
        : null,
      locale: context.locale,
      selectedReviewIds: JSON.parse(embed.selected_review_ids) as string[],
      snippets: {
        badge: badgeSnippet(context),
        stars: starsSnippet(context),
        reviews: reviewsSnippet(context),
      },
    };
  }

  /** Every id must name a published review of this channel; the refusal lists each one that does not. */
  async function checkSelection(channelId: string, ids: string[]) {
    if (ids.length > MAX_SELECTED)
      throw AppError.invalid(
        SELECTION_FIELD,
        `at most ${MAX_SELECTED} reviews can be shown in an email; ${ids.length} were selected`,
      );
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    const found = await queries.byIds(channelId, ids);
    const details = [
      ...ids
        .map((id, index) => ({ id, index }))
        .filter(({ id }) => !found.has(id))
        .map(({ id, index }) => ({
          field: `${SELECTION_FIELD}/${index}`,
          message: `no review ${id} in this channel`,
          reviewId: id,
        })),
      ...ids
        .map((id, index) => ({ id, index, review: found.get(id) }))
        .filter(({ review }) => review !== undefined && review.status !== 'published')
        .map(({ id, index, review }) => ({
          field: `${SELECTION_FIELD}/${index}`,
          message: `review ${id} is ${review?.status}, only published reviews can be shown`,
          reviewId: id,
        })),
      ...[...new Set(duplicates)].map((id) => ({
        field: SELECTION_FIELD,
        message: `review ${id} is selected twice`,
        reviewId: id,
      })),
    ];
    if (details.length > 0) {
      throw new AppError(
        'validation_failed',
        `selectedReviewIds: ${details.map((detail) => detail.message).join('; ')}`,
        { details },
      );
    }
  }

  /** The JSON an ESP reads: the rating with its wording, and the selected reviews still published. */
  async function feedOf(
    embed: { account_id: string; channel_id: string; certified: number },
    wanted: string[],
  ) {
    const channel = await ctx.accounts.channels.get(embed.account_id, embed.channel_id);
    const summary = await queries.summary(channel.id, 'all');
    const found = await queries.byIds(channel.id, wanted);
    return {
      name: feedNameOf(channel.name),
      channel: { name: channel.name, domain: channel.domain, locale: channel.defaultLocale },
      certified: embed.certified === 1,
      badge: embed.certified === 1,
      rating: {
        average: summary.average,
        rounded: Math.round(summary.average),
        count: summary.count,
        distribution: summary.distribution,
        stars: starIcons(summary.average),
        texts: ratingTexts(summary.average, summary.count),
      },
      reviews: wanted
        .map((id) => found.get(id))
        .filter((review) => review !== undefined && review.status === 'published')
        .map((review) => ({
          id: review!.id,
          rating: review!.rating,
          stars: '★'.repeat(review!.rating) + '☆'.repeat(5 - review!.rating),
          starIcons: starIcons(review!.rating),
          title: review!.title,
          text: review!.text,
          displayName: review!.displayName,
          verifiedBuyer: review!.verifiedBuyer,
          createdAt: review!.createdAt,
          dates: reviewDates(review!.createdAt, channel.timeZone),
        })),
    };
  }

  return {
    describe,
    trustMarks,

    async update(
      accountId: string,
      channelId: string,
      patch: { certified?: boolean; selectedReviewIds?: string[] },
      locale?: Locale,
    ) {
      if (patch.certified !== undefined) {
        throw new AppError(
          'forbidden',
          'certified: the trust mark cannot be set by the shop; the operator of this Trustloop instance grants it (trustloop trust-mark grant) after checking the certification',
          { details: [{ field: '/body/certified', message: 'only the instance operator can grant it' }] },
        );
      }
      await row(accountId, channelId);
      if (patch.selectedReviewIds) await checkSelection(channelId, patch.selectedReviewIds);
      await db
        .updateTable('connector_email_embeds')
        .set({
          ...(patch.selectedReviewIds
            ? { selected_review_ids: JSON.stringify(patch.selectedReviewIds) }
            : {}),
          updated_at: ctx.clock.now().toISOString(),
        })
        .where('channel_id', '=', channelId)
        .execute();
      return describe(accountId, channelId, locale);
    },

    /**
     * The public JSON feed, fetched by the ESP when it sends: the same for every caller, small and
     * fast. Selected reviews no longer published (rejected, erased) drop out.
     */
    async feed(token: string) {
      const embed = await db
        .selectFrom('connector_email_embeds')
        .selectAll()
        .where('feed_token', '=', token)
        .executeTakeFirst();
      if (!embed) throw AppError.notFound('the feed');
      return feedOf(embed, JSON.parse(embed.selected_review_ids) as string[]);
    },

    /**
     * The reviews snippet rendered as the email will show it, for a selection not saved yet
     * (checked as a saved one would be), with the channel's current rating.
     */
    async preview(accountId: string, channelId: string, selectedReviewIds: string[], locale?: Locale) {
      const embed = await row(accountId, channelId);
      await checkSelection(channelId, selectedReviewIds);
      const described = await describe(accountId, channelId, locale);
      const feed = await feedOf(embed, selectedReviewIds);
      const context = { feeds: { [described.feed.name]: feed } };
      return {
        locale: described.locale,
        html: renderKlaviyoTemplate(described.snippets.reviews, context),
        starsHtml: renderKlaviyoTemplate(described.snippets.stars, context),
        // Only a channel the operator certified has the trust mark to show (seed 000).
        badgeHtml:
          described.snippets.badge === null ? null : renderKlaviyoTemplate(described.snippets.badge, context),
      };
    },
  };
}

export type EmailEmbeds = ReturnType<typeof createEmailEmbeds>;
export type { TrustMarkEntry };
