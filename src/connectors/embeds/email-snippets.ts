/**
 * Email-safe HTML for Klaviyo templates (R8): tables and inline styles only, no scripts, no
 * external CSS. Values come from the channel's web feed at send time (`feeds.<name>.…`), so a
 * snippet pasted once stays current.
 */

export const EMBED_LOCALES = ['en', 'pl', 'cs', 'sv', 'de'] as const;
export type EmbedLocale = (typeof EMBED_LOCALES)[number];

const LABELS: Record<
  EmbedLocale,
  { reviews: string; outOf: string; verified: string; trusted: string; excellent: string }
> = {
  en: {
    reviews: 'reviews',
    outOf: 'out of 5',
    verified: 'Verified buyer',
    trusted: 'Certified shop',
    excellent: 'What our customers say',
  },
  pl: {
    reviews: 'opinii',
    outOf: 'na 5',
    verified: 'Zweryfikowany zakup',
    trusted: 'Certyfikowany sklep',
    excellent: 'Co mówią nasi klienci',
  },
  cs: {
    reviews: 'hodnocení',
    outOf: 'z 5',
    verified: 'Ověřený nákup',
    trusted: 'Certifikovaný obchod',
    excellent: 'Co říkají naši zákazníci',
  },
  sv: {
    reviews: 'omdömen',
    outOf: 'av 5',
    verified: 'Verifierat köp',
    trusted: 'Certifierad butik',
    excellent: 'Vad våra kunder säger',
  },
  de: {
    reviews: 'Bewertungen',
    outOf: 'von 5',
    verified: 'Verifizierter Kauf',
    trusted: 'Zertifizierter Shop',
    excellent: 'Das sagen unsere Kunden',
  },
};

export function embedLocale(locale: string | null | undefined): EmbedLocale {
  const language = (locale ?? 'en').slice(0, 2).toLowerCase();
  return (EMBED_LOCALES as readonly string[]).includes(language) ? (language as EmbedLocale) : 'en';
}

/** Klaviyo addresses a feed by its name; names with spaces or dashes need `|lookup`. */
function feedRef(feedName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(feedName) ? `feeds.${feedName}` : `feeds|lookup:'${feedName}'`;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const STAR = (filled: string) =>
  `<td style="padding:0 1px;${FONT}font-size:20px;line-height:20px;color:${filled};">&#9733;</td>`;

/** Five stars, the filled count taken from the feed's rounded rating (Django-style template logic). */
function starsRow(feed: string): string {
  const cells = [1, 2, 3, 4, 5]
    .map(
      (n) =>
        `{% if ${feed}.rating.rounded >= ${n} %}${STAR('#f5a623')}{% else %}${STAR('#d8d8d8')}{% endif %}`,
    )
    .join('');
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>${cells}</tr></table>`;
}

export interface SnippetContext {
  feedName: string;
  locale: EmbedLocale;
  certified: boolean;
}

/** Trust badge + aggregate rating: only for a certified channel (as the seeds require). */
export function badgeSnippet(context: SnippetContext): string | null {
  if (!context.certified) return null;
  const feed = feedRef(context.feedName);
  const l = LABELS[context.locale];
  return [
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">',
    '<tr>',
    `<td style="padding:8px 12px;border:2px solid #1a7f37;border-radius:6px;${FONT}font-size:14px;font-weight:bold;color:#1a7f37;">&#10003; ${l.trusted}</td>`,
    `<td style="padding:8px 12px;">${starsRow(feed)}</td>`,
    `<td style="padding:8px 0;${FONT}font-size:14px;color:#333333;"><strong>{{ ${feed}.rating.average }}</strong> ${l.outOf} &middot; {{ ${feed}.rating.count }} ${l.reviews}</td>`,
    '</tr>',
    '</table>',
  ].join('');
}

/** "Extended stars": the stars with average and count, for any channel. */
export function starsSnippet(context: SnippetContext): string {
  const feed = feedRef(context.feedName);
  const l = LABELS[context.locale];
  return [
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">',
    `<tr><td style="padding:4px 0;">${starsRow(feed)}</td>`,
    `<td style="padding:4px 8px;${FONT}font-size:14px;color:#333333;"><strong>{{ ${feed}.rating.average }}</strong> ${l.outOf} ({{ ${feed}.rating.count }} ${l.reviews})</td></tr>`,
    '</table>',
  ].join('');
}

/** The reviews the merchant selected, from the feed, three at most per email. */
export function reviewsSnippet(context: SnippetContext): string {
  const feed = feedRef(context.feedName);
  const l = LABELS[context.locale];
  return [
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">',
    `<tr><td style="padding:8px 0;${FONT}font-size:16px;font-weight:bold;color:#333333;">${l.excellent}</td></tr>`,
    `{% for review in ${feed}.reviews|slice:":3" %}`,
    '<tr><td style="padding:8px 0;border-top:1px solid #eeeeee;">',
    `<div style="${FONT}font-size:16px;color:#f5a623;">{{ review.stars }}</div>`,
    `<div style="${FONT}font-size:14px;font-weight:bold;color:#333333;">{{ review.title|default:'' }}</div>`,
    `<div style="${FONT}font-size:14px;color:#555555;">{{ review.text|default:''|truncatechars:280 }}</div>`,
    `<div style="${FONT}font-size:12px;color:#888888;">{{ review.displayName|default:'' }}{% if review.verifiedBuyer %} &middot; ${l.verified}{% endif %}</div>`,
    '</td></tr>',
    '{% endfor %}',
    '</table>',
  ].join('');
}
