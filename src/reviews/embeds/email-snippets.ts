/**
 * Email-safe HTML for Klaviyo templates (R8): tables and inline styles only, no scripts, no
 * external CSS. The snippet is template code, not text: Klaviyo fetches the channel's web feed
 * when it sends each mail and fills `feeds.<name>.…` in (Django-style tags and filters:
 * https://developers.klaviyo.com/en/v2024-02-15/docs/glossary_of_variable_filters). Counts,
 * averages and dates come already localized from the feed (`rating.texts.<locale>`,
 * `review.dates.<locale>`), so a snippet pasted once stays true and correctly worded.
 */
import type { Locale } from '../../platform/i18n/index.js';

export interface SnippetContext {
  feedName: string;
  locale: Locale;
  certified: boolean;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const GOLD = '#f5a623';
const GREY = '#d8d8d8';

/** One star cell; a half star is the left half of a gold star beside the right half of a grey one. */
function starCells(iconsPath: string, size: number): string {
  const cell = (content: string) =>
    `<td style="padding:0 1px;${FONT}font-size:${size}px;line-height:${size}px;">${content}</td>`;
  const star = (color: string) => `<span style="color:${color};">&#9733;</span>`;
  const half = (color: string, rtl: boolean) =>
    `<span style="display:inline-block;width:${size / 2}px;overflow:hidden;white-space:nowrap;vertical-align:top;color:${color};${rtl ? 'direction:rtl;' : ''}">&#9733;</span>`;
  return [
    `{% for star in ${iconsPath} %}`,
    `{% if star == 'full' %}${cell(star(GOLD))}`,
    `{% elif star == 'half' %}${cell(half(GOLD, false) + half(GREY, true))}`,
    `{% else %}${cell(star(GREY))}{% endif %}`,
    '{% endfor %}',
  ].join('');
}

function starsTable(iconsPath: string, size: number): string {
  return `<table role="presentation" aria-hidden="true" cellpadding="0" cellspacing="0" border="0"><tr>${starCells(iconsPath, size)}</tr></table>`;
}

function ratingText(feed: string, locale: Locale, bracketCount: boolean): string {
  const texts = `${feed}.rating.texts.${locale}`;
  const count = `{{ ${texts}.count }}`;
  return `<strong>{{ ${texts}.average }}</strong> {{ ${texts}.outOf }} ${bracketCount ? `(${count})` : `&middot; ${count}`}`;
}

/** Trust mark + aggregate rating: only for a channel the operator certified. */
export function badgeSnippet(context: SnippetContext): string | null {
  if (!context.certified) return null;
  const feed = `feeds.${context.feedName}`;
  return [
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">',
    `{% if ${feed}.certified %}<tr>`,
    `<td style="padding:8px 12px;border:2px solid #1a7f37;border-radius:6px;${FONT}font-size:14px;font-weight:bold;color:#1a7f37;">&#10003; {{ ${feed}.rating.texts.${context.locale}.certified }}</td>`,
    `<td style="padding:8px 12px;">${starsTable(`${feed}.rating.stars`, 20)}</td>`,
    `<td style="padding:8px 0;${FONT}font-size:14px;color:#333333;">${ratingText(feed, context.locale, false)}</td>`,
    '</tr>{% endif %}',
    '</table>',
  ].join('');
}

/** "Extended stars": the stars with average and count, for any channel. */
export function starsSnippet(context: SnippetContext): string {
  const feed = `feeds.${context.feedName}`;
  return [
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">',
    `<tr><td style="padding:4px 0;">${starsTable(`${feed}.rating.stars`, 20)}</td>`,
    `<td style="padding:4px 8px;${FONT}font-size:14px;color:#333333;">${ratingText(feed, context.locale, true)}</td></tr>`,
    '</table>',
  ].join('');
}

/** Every review the merchant selected (at most MAX_SELECTED), in the order chosen, from the feed. */
export function reviewsSnippet(context: SnippetContext): string {
  const feed = `feeds.${context.feedName}`;
  const { locale } = context;
  return [
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">',
    `<tr><td style="padding:8px 0;${FONT}font-size:16px;font-weight:bold;color:#333333;">{{ ${feed}.rating.texts.${locale}.heading }}</td></tr>`,
    `{% for review in ${feed}.reviews %}`,
    '<tr><td style="padding:8px 0;border-top:1px solid #eeeeee;">',
    starsTable('review.starIcons', 16),
    `<div style="${FONT}font-size:14px;font-weight:bold;color:#333333;">{{ review.title|default:'' }}</div>`,
    `<div style="${FONT}font-size:14px;color:#555555;">{{ review.text|default:''|truncatechars:280 }}</div>`,
    `<div style="${FONT}font-size:12px;color:#888888;">{% if review.displayName %}{{ review.displayName }} &middot; {% endif %}{{ review.dates.${locale} }}{% if review.verifiedBuyer %} &middot; {{ ${feed}.rating.texts.${locale}.verified }}{% endif %}</div>`,
    '</td></tr>',
    '{% endfor %}',
    '</table>',
  ].join('');
}
