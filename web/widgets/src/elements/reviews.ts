/**
 * <trustloop-reviews [sku="MUG-1"] [type="service|product"] [page-size="5"]>: the review list
 * (W1): the average and its distribution (each row filters), sort, "show more", merchant
 * replies, the verified-buyer mark and the link to how reviews are collected (Omnibus).
 * Every box has a fixed height, so the reserved space is exactly what the first page fills.
 */
import { MESSAGES, type Messages, ratingLabel } from '../messages';
import {
  decimal,
  escapeHtml as e,
  type Locale,
  plural,
  type Review,
  type ReviewPage,
  read,
  type Summary,
  starsSvg,
  type WidgetConfig,
  WidgetElement,
} from '../shared';

// Heights: head 170 + tools 52 + cards 172 each + footer 56 = the loader's reservation.
const CSS =
  ':host{display:block;min-height:calc(278px + 172px * var(--tl-page-size,5))}' +
  '.head{display:flex;gap:24px;height:170px;align-items:center;border-bottom:1px solid var(--tl-border)}' +
  '.avg{font-size:40px;line-height:48px;font-weight:700}.total{color:var(--tl-muted)}' +
  '.dist{list-style:none;margin:0;padding:0;flex:1;max-width:320px}' +
  '.dist button{display:flex;align-items:center;gap:8px;width:100%;height:26px;border:0;background:none;color:inherit;padding:0 4px;border-radius:4px}' +
  '.dist button[aria-pressed=true]{background:var(--tl-border);font-weight:600}' +
  '.bar{flex:1;height:8px;background:var(--tl-border);border-radius:4px;overflow:hidden}' +
  '.bar i{display:block;height:100%;background:var(--tl-star,#e29a05)}' +
  '.tools{display:flex;justify-content:space-between;align-items:center;height:52px;gap:12px}' +
  'select{font:inherit;padding:4px;border:1px solid var(--tl-muted);border-radius:4px;background:var(--tl-bg);color:inherit}' +
  'ol{list-style:none;margin:0;padding:0}' +
  '.card{height:164px;margin-bottom:8px;padding:12px 16px;border:1px solid var(--tl-border);border-radius:var(--tl-radius);background:var(--tl-bg);overflow:hidden}' +
  '.card h3{margin:4px 0 0;font-size:15px;line-height:20px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}' +
  '.card p{margin:2px 0;display:-webkit-box;-webkit-box-orient:vertical;overflow:hidden}' +
  '.text{-webkit-line-clamp:2}.meta{color:var(--tl-muted);font-size:13px;-webkit-line-clamp:1}' +
  '.ok{color:var(--tl-accent);font-weight:600}' +
  '.reply{-webkit-line-clamp:1;border-left:3px solid var(--tl-border);padding-left:8px;color:var(--tl-muted)}' +
  '.foot{height:56px;display:flex;align-items:center;justify-content:center}' +
  '.more{height:40px;padding:0 20px;border:1px solid var(--tl-accent);background:var(--tl-bg);color:var(--tl-accent);border-radius:var(--tl-radius);font-weight:600}';

class TrustloopReviews extends WidgetElement {
  private m!: Messages;
  private locale!: Locale;
  private settings!: WidgetConfig;
  private rating: number | null = null;
  private sort = 'newest';
  private cursor: string | null = null;
  private list!: HTMLOListElement;
  private moreButton!: HTMLButtonElement;

  constructor() {
    super(CSS);
  }

  private get pageSize(): number {
    const size = Number(this.getAttribute('page-size') ?? 5);
    return Number.isInteger(size) && size > 0 && size <= 50 ? size : 5;
  }

  /** Where this list reads: a product's reviews, or the channel's (all, or one type). */
  private path(what: 'summary' | 'reviews'): string {
    const sku = this.getAttribute('sku');
    if (sku) return `products/${encodeURIComponent(sku)}/${what}`;
    const type = this.getAttribute('type');
    return type === 'service' || type === 'product' ? `${what}?type=${type}` : what;
  }

  protected async load(settings: WidgetConfig, locale: Locale): Promise<void> {
    this.style.setProperty('--tl-page-size', String(this.pageSize));
    this.settings = settings;
    this.locale = locale;
    this.m = MESSAGES[locale];
    const summary = await read<Summary>(this.path('summary')).catch((status) => {
      if (status === 404) return { average: 0, count: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } };
      throw status;
    });
    this.renderFrame(summary);
    if (summary.count) await this.page(true);
  }

  private renderFrame(summary: Summary): void {
    const { m, locale } = this;
    const average = decimal(locale, summary.average);
    const count = (n: number) => new Intl.NumberFormat(locale).format(n);
    const rows = ([5, 4, 3, 2, 1] as const)
      .map((stars) => {
        const n = summary.distribution[stars];
        const share = summary.count ? Math.round((n / summary.count) * 100) : 0;
        const label = `${plural(locale, stars, m.starsFilter)}: ${plural(locale, n, m.reviews)}`;
        return `<li><button type="button" part="filter" data-rating="${stars}" aria-pressed="false"${n ? '' : ' disabled'}><span class="sr">${e(label)}</span><span aria-hidden="true">${stars}★</span><span class="bar"><i style="width:${share}%"></i></span><span aria-hidden="true">${count(n)}</span></button></li>`;
      })
      .join('');
    this.body.innerHTML =
      `<section aria-label="${e(m.title)}"><div class="head" part="summary">` +
      `<div><div class="avg" aria-hidden="true">${summary.count ? average : '–'}</div>${starsSvg(summary.average, 22)}` +
      `<div class="total">${summary.count ? e(ratingLabel(m, locale, average, summary.count, plural)) : e(m.none)}</div></div>` +
      `<ul class="dist" aria-label="${e(m.filterLabel)}">${rows}</ul></div>` +
      `<div class="tools"><label>${e(m.sortLabel)} <select part="sort"><option value="newest">${e(m.sortNewest)}</option><option value="rating">${e(m.sortRating)}</option></select></label>` +
      `<a part="disclosure" href="${e(this.settings.reviewPageUrl)}#disclosure" target="_blank" rel="noopener">${e(m.disclosure)}</a></div>` +
      `<ol part="list" aria-live="polite"></ol><div class="foot"><button type="button" part="more" class="more" hidden>${e(m.more)}</button></div></section>`;
    this.list = this.root.querySelector('ol')!;
    this.moreButton = this.root.querySelector('.more')!;
    this.moreButton.onclick = () => this.page(false);
    this.root.querySelector('select')!.onchange = (event) => {
      this.sort = (event.target as HTMLSelectElement).value;
      this.page(true);
    };
    for (const button of this.root.querySelectorAll<HTMLButtonElement>('.dist button')) {
      button.onclick = () => {
        const rating = Number(button.dataset['rating']);
        this.rating = this.rating === rating ? null : rating;
        for (const other of this.root.querySelectorAll('.dist button'))
          other.setAttribute('aria-pressed', String(other === button && this.rating !== null));
        this.page(true);
      };
    }
  }

  /** The first page again (after a filter or sort change), or the next one. */
  private async page(first: boolean): Promise<void> {
    const base = this.path('reviews');
    const query = new URLSearchParams({ limit: String(this.pageSize), sort: this.sort });
    if (this.rating) query.set('rating', String(this.rating));
    if (!first && this.cursor) query.set('cursor', this.cursor);
    const page = await read<ReviewPage>(`${base}${base.includes('?') ? '&' : '?'}${query}`);
    this.cursor = page.nextCursor;
    const html = page.items.map((review) => this.card(review)).join('');
    if (first) this.list.innerHTML = html;
    else this.list.insertAdjacentHTML('beforeend', html);
    this.moreButton.hidden = !page.nextCursor;
  }

  private card(review: Review): string {
    const { m, locale } = this;
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(review.createdAt));
    const name = review.displayName ?? m.anonymous;
    return (
      `<li class="card" part="review"><span role="img" aria-label="${e(m.outOf.replace('{average}', String(review.rating)))}">${starsSvg(review.rating, 16)}</span>` +
      (review.title ? `<h3>${e(review.title)}</h3>` : '') +
      (review.text ? `<p class="text">${e(review.text)}</p>` : '') +
      `<p class="meta">${e(name)} · <time datetime="${e(review.createdAt)}">${e(date)}</time>` +
      (review.verifiedBuyer ? ` · <span class="ok" part="verified">✓ ${e(m.verified)}</span>` : '') +
      '</p>' +
      (review.reply
        ? `<p class="reply" part="reply"><b>${e(m.reply.replace('{shop}', this.settings.name))}:</b> ${e(review.reply.text)}</p>`
        : '') +
      '</li>'
    );
  }
}

customElements.define('trustloop-reviews', TrustloopReviews);
