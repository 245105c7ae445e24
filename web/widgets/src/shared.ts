/**
 * What the review elements share: the channel's widget settings, JSON reads from the public
 * API, the page's language, number and plural formatting through Intl, and the base element
 * (open shadow root, theme from the channel's settings as `:host` defaults, which the shop's
 * own CSS custom properties override).
 */
import { env } from './env';

export type Locale = 'en' | 'pl' | 'cs' | 'sv' | 'de';
const LOCALES: readonly string[] = ['en', 'pl', 'cs', 'sv', 'de'];

export interface WidgetConfig {
  name: string;
  locale: Locale;
  logoUrl: string | null;
  certified: boolean;
  reviewPageUrl: string;
  loginUrl: string | null;
  theme: {
    accent: string | null;
    star: string | null;
    text: string | null;
    background: string | null;
    radius: number | null;
  };
}

export interface Summary {
  average: number;
  count: number;
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

export interface Review {
  id: string;
  type: string;
  rating: number;
  title: string | null;
  text: string | null;
  displayName: string | null;
  verifiedBuyer: boolean;
  reply: { text: string } | null;
  createdAt: string;
  product: { title: string | null } | null;
}

export interface ReviewPage {
  items: Review[];
  nextCursor: string | null;
}

/** A GET under /public/v1/channels/{channel}/…; rejects with the HTTP status on failure. */
export async function read<T>(path: string, init?: RequestInit): Promise<T> {
  const { api, channel } = env();
  const response = await fetch(`${api}public/v1/channels/${encodeURIComponent(channel)}/${path}`, init);
  if (!response.ok) throw response.status;
  return response.json() as Promise<T>;
}

let config: Promise<WidgetConfig> | undefined;
/** The channel's widget settings, read once per page. */
export const widgetConfig = (): Promise<WidgetConfig> => {
  config ??= read<WidgetConfig>('widget-config');
  return config;
};

/** The page's language where we speak it (nearest `lang`), else the channel's. */
export function localeOf(element: Element, fallback: Locale): Locale {
  const lang = (element.closest('[lang]')?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  return (LOCALES.includes(lang) ? lang : fallback) as Locale;
}

/** One decimal, in the locale's digits and separator ("4,3" in Polish). */
export const decimal = (locale: Locale, value: number): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

/** Picks the plural form of `count` from `forms` (Intl.PluralRules categories, `other` required). */
export function plural(locale: Locale, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>>) {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other ?? '';
  return form.replace('#', new Intl.NumberFormat(locale).format(count));
}

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Five stars, the filled share clipped to the rating (decorative: the text says the rating). */
export function starsSvg(rating: number, size = 18): string {
  const path = 'M12 2l2.9 6.9 7.1.6-5.4 4.7 1.6 7-6.2-3.8-6.2 3.8 1.6-7L1.9 9.5l7.2-.6z';
  const row = (fill: string) =>
    `<svg width="${5 * size}" height="${size}" viewBox="0 0 120 24" fill="${fill}">${[0, 24, 48, 72, 96]
      .map((x) => `<path transform="translate(${x})" d="${path}"/>`)
      .join('')}</svg>`;
  const filled = (Math.max(0, Math.min(5, rating)) * size).toFixed(1);
  return (
    `<span part="stars" class="stars" aria-hidden="true" style="width:${5 * size}px;height:${size}px">` +
    `${row('var(--tl-star-empty,#d6d3d1)')}<span class="on" style="width:${filled}px">${row('var(--tl-star,#e29a05)')}</span></span>`
  );
}

const BASE_CSS =
  ':host{--tl-accent:#15803d;--tl-text:#1c1917;--tl-muted:#57534e;--tl-bg:#fff;--tl-border:#e7e5e4;' +
  '--tl-radius:8px;color:var(--tl-text);font:14px/20px var(--tl-font,system-ui,sans-serif);box-sizing:border-box}' +
  '*{box-sizing:border-box}a{color:var(--tl-accent)}' +
  'button{font:inherit;cursor:pointer}' +
  '.stars{position:relative;display:inline-block;vertical-align:middle;line-height:0}' +
  '.stars .on{position:absolute;left:0;top:0;height:100%;overflow:hidden}.stars svg{display:block;flex:none}' +
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}';

/** The base of every element: a shadow root with the shared and the element's own styles. */
export abstract class WidgetElement extends HTMLElement {
  protected root: ShadowRoot;
  protected body: HTMLElement;

  constructor(css: string) {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = BASE_CSS + css;
    this.body = document.createElement('div');
    this.body.setAttribute('part', 'body');
    this.root.append(style, this.body);
  }

  connectedCallback(): void {
    widgetConfig()
      .then((settings) => {
        this.applyTheme(settings);
        return this.load(settings, localeOf(this, settings.locale));
      })
      .catch(() => this.fail());
  }

  /** The channel's colours as the host's defaults; the shop's CSS on the element wins over them. */
  private applyTheme({ theme }: WidgetConfig): void {
    const vars = [
      ['--tl-accent', theme.accent],
      ['--tl-star', theme.star],
      ['--tl-text', theme.text],
      ['--tl-bg', theme.background],
      ['--tl-radius', theme.radius === null ? null : `${theme.radius}px`],
    ].filter(([, value]) => value !== null);
    if (!vars.length) return;
    const style = document.createElement('style');
    style.textContent = `:host{${vars.map(([name, value]) => `${name}:${value}`).join(';')}}`;
    this.root.append(style);
  }

  protected abstract load(settings: WidgetConfig, locale: Locale): Promise<void>;

  /** Nothing to show (unknown channel or product, network down): the reserved box stays empty. */
  protected fail(): void {
    this.body.textContent = '';
  }
}
