/**
 * What every widget needs to know about its channel (W4), read once per page by the elements:
 * name, language, logo, whether the reviews are certified, where the public review page and the
 * shop's sign-in page are, and the theme the merchant stored (widget-settings). Public (no secrets), cached for a minute.
 */
import type { Channel } from '../accounts/index.js';
import type { ConnectorsService } from '../connectors/index.js';
import type { LoyaltyService } from '../loyalty/index.js';
import type { ReviewsService } from '../reviews/index.js';
import type { WidgetSettingsService, WidgetTheme } from './widget-settings.js';

export interface WidgetConfig {
  name: string;
  locale: string;
  logoUrl: string | null;
  certified: boolean;
  reviewPageUrl: string;
  /** Where the loyalty panel sends a visitor to sign in (null: the element's `login-url`). */
  loginUrl: string | null;
  theme: WidgetTheme;
}

export interface WidgetConfigDeps {
  publicUrl: string;
  reviews: ReviewsService;
  connectors: ConnectorsService;
  loyalty: LoyaltyService;
  settings: WidgetSettingsService;
}

/**
 * The shop's sign-in page by platform: Shopify's customer accounts live at /account/login,
 * WooCommerce's at /my-account/ (its default "My account" page slug); elsewhere the shop says.
 */
export function loginUrlOf(platform: string, domain: string): string | null {
  const origin = /^https?:\/\//.test(domain) ? domain.replace(/\/+$/, '') : `https://${domain}`;
  if (platform === 'shopify') return `${origin}/account/login`;
  if (platform === 'woocommerce') return `${origin}/my-account/`;
  return null;
}

export async function widgetConfig(deps: WidgetConfigDeps, channel: Channel): Promise<WidgetConfig> {
  const [invitations, embeds, loyalty, stored] = await Promise.all([
    deps.reviews.invitations.settings(channel.accountId, channel.id),
    deps.reviews.embeds.describe(channel.accountId, channel.id),
    deps.loyalty.program.getSettings(channel.accountId, channel.id),
    deps.settings.read(channel.id),
  ]);
  return {
    name: channel.name,
    locale: channel.defaultLocale,
    logoUrl: invitations.logoUrl,
    certified: embeds.certified,
    reviewPageUrl: `${deps.publicUrl}/reviews/${encodeURIComponent(channel.publicId)}`,
    loginUrl: loginUrlOf(loyalty.coupons.platform, channel.domain),
    theme: stored.theme,
  };
}
