/**
 * <trustloop-stars sku="MUG-1" [href="#reviews"]>: a product's stars and review count, linking
 * to its reviews; announced as "4.3 out of 5, 27 reviews" in the page's language. Without
 * `sku`, the shop's overall rating.
 */
import { MESSAGES, ratingLabel } from '../messages';
import {
  decimal,
  escapeHtml,
  type Locale,
  plural,
  read,
  type Summary,
  starsSvg,
  type WidgetConfig,
  WidgetElement,
} from '../shared';

const CSS =
  ':host{display:inline-block;height:24px;width:10.5em;vertical-align:middle;white-space:nowrap;overflow:hidden}' +
  'a,span.none{display:inline-flex;align-items:center;gap:6px;height:24px;text-decoration:none;color:inherit}' +
  '[part=count]{color:var(--tl-muted)}';

class TrustloopStars extends WidgetElement {
  constructor() {
    super(CSS);
  }

  protected async load(settings: WidgetConfig, locale: Locale): Promise<void> {
    const sku = this.getAttribute('sku');
    const m = MESSAGES[locale];
    let summary: Summary;
    try {
      summary = await read<Summary>(sku ? `products/${encodeURIComponent(sku)}/summary` : 'summary');
    } catch (status) {
      if (status !== 404) throw status;
      summary = { average: 0, count: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } };
    }
    if (!summary.count) {
      this.body.innerHTML = `<span class="none" part="count">${escapeHtml(m.none)}</span>`;
      return;
    }
    const average = decimal(locale, summary.average);
    const href = this.getAttribute('href') ?? (sku ? '#reviews' : settings.reviewPageUrl);
    this.body.innerHTML =
      // The name is the spoken sentence; the short visible text is hidden from assistive tech.
      `<a part="link" href="${escapeHtml(href)}"><span class="sr">${escapeHtml(ratingLabel(m, locale, average, summary.count, plural))}</span>` +
      `${starsSvg(summary.average)}<span part="count" aria-hidden="true">${average} (${new Intl.NumberFormat(locale).format(summary.count)})</span></a>`;
  }
}

customElements.define('trustloop-stars', TrustloopStars);
