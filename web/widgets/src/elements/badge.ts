/**
 * <trustloop-badge>: the shop's trust badge (W1): logo or name, the average and review count,
 * linking to the public review page. The "certified" mark shows only where Trustloop granted
 * it to the channel (the same flag as the email badge, R8).
 */
import { MESSAGES, ratingLabel } from '../messages';
import {
  decimal,
  escapeHtml as e,
  type Locale,
  plural,
  read,
  type Summary,
  starsSvg,
  type WidgetConfig,
  WidgetElement,
} from '../shared';

const CSS =
  ':host{display:inline-block;height:112px;width:220px;vertical-align:top}' +
  'a{display:flex;flex-direction:column;justify-content:center;gap:4px;height:112px;padding:10px 14px;border:1px solid var(--tl-border);' +
  'border-radius:var(--tl-radius);background:var(--tl-bg);color:inherit;text-decoration:none;overflow:hidden}' +
  '.top{display:flex;align-items:center;gap:8px;height:28px;font-weight:700;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}' +
  'img{max-height:28px;max-width:120px}.avg{font-weight:700}.count{color:var(--tl-muted);font-size:13px}' +
  '.mark{font-size:12px;line-height:16px;color:var(--tl-accent);font-weight:700}';

class TrustloopBadge extends WidgetElement {
  constructor() {
    super(CSS);
  }

  protected async load(settings: WidgetConfig, locale: Locale): Promise<void> {
    const m = MESSAGES[locale];
    const summary = await read<Summary>('summary');
    const average = decimal(locale, summary.average);
    const label = summary.count ? ratingLabel(m, locale, average, summary.count, plural) : m.none;
    this.body.innerHTML =
      `<a part="badge" href="${e(settings.reviewPageUrl)}"><span class="sr">${e(`${settings.name}: ${label}${settings.certified ? `. ${m.certified}` : ''}`)}</span>` +
      `<span class="top" aria-hidden="true">${settings.logoUrl ? `<img part="logo" src="${e(settings.logoUrl)}" alt="">` : e(settings.name)}</span>` +
      `<span aria-hidden="true">${starsSvg(summary.average)} <span class="avg">${summary.count ? `${average}/5` : ''}</span></span>` +
      `<span class="count" aria-hidden="true">${e(summary.count ? plural(locale, summary.count, m.basedOn) : m.none)}</span>` +
      (settings.certified
        ? `<span class="mark" part="certified" aria-hidden="true">✔ ${e(m.certified)}</span>`
        : '') +
      '</a>';
  }
}

customElements.define('trustloop-badge', TrustloopBadge);
