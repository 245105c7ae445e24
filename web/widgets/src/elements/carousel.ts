/**
 * <trustloop-carousel [limit="10"]>: the reviews the merchant picked (widget settings), in their
 * order; without a pick the best recent reviews with text (highest rated first). One card per
 * step, scrolled with the previous/next buttons, arrow keys or a swipe.
 */
import { MESSAGES } from '../messages';
import {
  escapeHtml as e,
  type Locale,
  type ReviewPage,
  read,
  starsSvg,
  type WidgetConfig,
  WidgetElement,
} from '../shared';

const CSS =
  ':host{display:block;height:236px}' +
  'section{position:relative;height:236px}' +
  '.track{display:flex;gap:12px;overflow-x:auto;scroll-snap-type:x mandatory;list-style:none;margin:0;padding:0 44px;height:236px;scrollbar-width:none}' +
  '.slide{flex:0 0 min(300px,80%);scroll-snap-align:center;height:220px;margin-top:8px;padding:16px;border:1px solid var(--tl-border);border-radius:var(--tl-radius);background:var(--tl-bg);overflow:hidden}' +
  '.slide p{margin:8px 0 0;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:5;overflow:hidden}' +
  '.who{color:var(--tl-muted);font-size:13px;-webkit-line-clamp:1}' +
  'button{position:absolute;top:98px;width:36px;height:36px;border-radius:50%;border:1px solid var(--tl-border);background:var(--tl-bg);color:inherit;font-size:18px}' +
  '.prev{left:2px}.next{right:2px}';

class TrustloopCarousel extends WidgetElement {
  constructor() {
    super(CSS);
  }

  protected async load(_settings: WidgetConfig, locale: Locale): Promise<void> {
    const m = MESSAGES[locale];
    const limit = Math.min(20, Math.max(1, Number(this.getAttribute('limit')) || 10));
    const page = await read<ReviewPage>(`carousel?limit=${limit}`);
    if (!page.items.length) return;
    const cards = page.items
      .map(
        (review, i) =>
          `<div class="slide" part="review" role="group" aria-roledescription="slide" aria-label="${i + 1} / ${page.items.length}">` +
          `<span role="img" aria-label="${e(m.outOf.replace('{average}', String(review.rating)))}">${starsSvg(review.rating, 16)}</span>` +
          `<p>${e(review.title ? `${review.title}. ` : '')}${e(review.text ?? '')}</p>` +
          `<p class="who">${e(review.displayName ?? m.anonymous)}${review.verifiedBuyer ? ` · ✓ ${e(m.verified)}` : ''}</p></div>`,
      )
      .join('');
    this.body.innerHTML =
      `<section part="carousel" aria-roledescription="carousel" aria-label="${e(m.carousel)}">` +
      `<button type="button" class="prev" part="button"><span aria-hidden="true">‹</span><span class="sr">${e(m.previous)}</span></button>` +
      `<div class="track" tabindex="0" role="region" aria-label="${e(m.carousel)}">${cards}</div>` +
      `<button type="button" class="next" part="button"><span aria-hidden="true">›</span><span class="sr">${e(m.next)}</span></button></section>`;
    const list = this.root.querySelector<HTMLElement>('.track')!;
    const step = (direction: number) => () =>
      list.scrollBy({ left: direction * (list.firstElementChild?.clientWidth ?? 300), behavior: 'smooth' });
    this.root.querySelector<HTMLButtonElement>('.prev')!.onclick = step(-1);
    this.root.querySelector<HTMLButtonElement>('.next')!.onclick = step(1);
  }
}

customElements.define('trustloop-carousel', TrustloopCarousel);
