/**
 * A channel's widget settings (W4): the theme every element applies as its defaults (colours as
 * hex, corner radius in px) and the reviews the merchant picked for the carousel. Colours are
 * checked for contrast (WCAG 2.x, 4.5:1 for text) and a poor pair is reported as a warning,
 * not refused: the shop may still override the colours with its own CSS.
 */
import type { Kysely } from 'kysely';
import type { ModuleContext } from '../accounts/index.js';
import { AppError } from '../platform/errors.js';
import type { ReviewsService } from '../reviews/index.js';

export const THEME_COLOURS = ['accent', 'star', 'text', 'background'] as const;
export type ThemeColour = (typeof THEME_COLOURS)[number];

export type WidgetTheme = Record<ThemeColour, string | null> & {
  /** Corner radius of cards, buttons and the panel, in CSS px; null = the widgets' 8 px. */
  radius: number | null;
};

export interface WidgetSettings {
  theme: WidgetTheme;
  /** Published reviews shown by <trustloop-carousel>, in this order; empty = the best recent ones. */
  carouselReviewIds: string[];
  /** <trustloop-newsletter>: true = double opt-in (a confirmation email; the opt-in counts once confirmed). */
  newsletter: { doubleOptIn: boolean };
  /** Colour pairs that are hard to read, e.g. text on background under 4.5:1. */
  warnings: Array<{ field: string; message: string }>;
}

export type WidgetSettingsPatch = {
  theme?: Partial<WidgetTheme>;
  carouselReviewIds?: string[];
  newsletter?: { doubleOptIn: boolean };
};

export const MAX_CAROUSEL = 20;
const DEFAULT_THEME: WidgetTheme = { accent: null, star: null, text: null, background: null, radius: null };
/** The widgets' own defaults (web/widgets/src/shared.ts), for the contrast check of a partial theme. */
const BUILT_IN = { accent: '#15803d', text: '#1c1917', background: '#ffffff' };
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

interface WidgetSettingsTables {
  widget_settings: {
    channel_id: string;
    account_id: string;
    theme: string;
    carousel_review_ids: string;
    newsletter_double_opt_in: number;
    updated_at: string;
  };
}

/** Relative luminance of a #rgb / #rrggbb colour (WCAG 2.x definition). */
function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Pairs a shopper must read: text and accent (links, button fill behind white text) on the background. */
export function themeWarnings(theme: WidgetTheme): WidgetSettings['warnings'] {
  const background = theme.background ?? BUILT_IN.background;
  const warnings: WidgetSettings['warnings'] = [];
  for (const field of ['text', 'accent'] as const) {
    const colour = theme[field] ?? BUILT_IN[field];
    const ratio = contrastRatio(colour, background);
    if (ratio < 4.5 && (theme[field] !== null || theme.background !== null)) {
      warnings.push({
        field: `/body/theme/${field}`,
        message: `${field} ${colour} on background ${background} has a contrast of ${ratio.toFixed(2)}:1; text needs at least 4.5:1 to be readable`,
      });
    }
  }
  return warnings;
}

export function createWidgetSettings(ctx: ModuleContext, deps: { reviews: ReviewsService }) {
  const db = ctx.database.db as Kysely<WidgetSettingsTables>;

  async function read(channelId: string): Promise<Omit<WidgetSettings, 'warnings'>> {
    const row = await db
      .selectFrom('widget_settings')
      .select(['theme', 'carousel_review_ids', 'newsletter_double_opt_in'])
      .where('channel_id', '=', channelId)
      .executeTakeFirst();
    if (!row)
      return { theme: { ...DEFAULT_THEME }, carouselReviewIds: [], newsletter: { doubleOptIn: false } };
    return {
      theme: { ...DEFAULT_THEME, ...(JSON.parse(row.theme) as Partial<WidgetTheme>) },
      carouselReviewIds: JSON.parse(row.carousel_review_ids) as string[],
      newsletter: { doubleOptIn: Number(row.newsletter_double_opt_in) === 1 },
    };
  }

  function checkTheme(patch: Partial<WidgetTheme>) {
    for (const colour of THEME_COLOURS) {
      const value = patch[colour];
      if (value !== undefined && value !== null && !HEX.test(value))
        throw AppError.invalid(`/body/theme/${colour}`, 'must be a hex colour like #1a7f37 or #17a, or null');
    }
  }

  /** Each id a published review of this channel, none twice; the refusal names every bad one. */
  async function checkCarousel(channelId: string, ids: string[]) {
    const field = '/body/carouselReviewIds';
    if (ids.length > MAX_CAROUSEL)
      throw AppError.invalid(field, `at most ${MAX_CAROUSEL} reviews; ${ids.length} were picked`);
    const found = await deps.reviews.queries.byIds(channelId, ids);
    const details = ids.flatMap((id, index) => {
      const review = found.get(id);
      if (!review) return [{ field: `${field}/${index}`, message: `no review ${id} in this channel` }];
      if (review.status !== 'published')
        return [{ field: `${field}/${index}`, message: `review ${id} is ${review.status}, not published` }];
      if (ids.indexOf(id) !== index)
        return [{ field: `${field}/${index}`, message: `review ${id} is picked twice` }];
      return [];
    });
    if (details.length > 0)
      throw new AppError(
        'validation_failed',
        `carouselReviewIds: ${details.map((d) => d.message).join('; ')}`,
        {
          details,
        },
      );
  }

  return {
    async get(accountId: string, channelId: string): Promise<WidgetSettings> {
      await ctx.accounts.channels.get(accountId, channelId); // 404 for another account's channel
      const settings = await read(channelId);
      return { ...settings, warnings: themeWarnings(settings.theme) };
    },

    /** Theme keys given replace the stored ones (null = back to the default); the rest stay. */
    async update(accountId: string, channelId: string, patch: WidgetSettingsPatch): Promise<WidgetSettings> {
      const channel = await ctx.accounts.channels.get(accountId, channelId);
      if (patch.theme) checkTheme(patch.theme);
      if (patch.carouselReviewIds) await checkCarousel(channelId, patch.carouselReviewIds);
      const current = await read(channelId);
      const theme: WidgetTheme = { ...current.theme, ...patch.theme };
      const carouselReviewIds = patch.carouselReviewIds ?? current.carouselReviewIds;
      const newsletter = patch.newsletter ?? current.newsletter;
      const values = {
        theme: JSON.stringify(theme),
        carousel_review_ids: JSON.stringify(carouselReviewIds),
        newsletter_double_opt_in: newsletter.doubleOptIn ? 1 : 0,
        updated_at: ctx.clock.now().toISOString(),
      };
      await db
        .insertInto('widget_settings')
        .values({ channel_id: channelId, account_id: accountId, ...values })
        .onConflict((oc) => oc.column('channel_id').doUpdateSet(values))
        .execute();
      // The public widget-config answer is cached under this key (widgets.routes.ts).
      await ctx.cache.delete(`channel:${channel.publicId}:widget-config`);
      return { theme, carouselReviewIds, newsletter, warnings: themeWarnings(theme) };
    },

    /** What the public side reads: the theme, the picked ids, double opt-in (no account check: public id lookups). */
    read,
  };
}

export type WidgetSettingsService = ReturnType<typeof createWidgetSettings>;
