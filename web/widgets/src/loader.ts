/**
 * The one script a shop adds (W1):
 *   <script src="{PUBLIC_URL}/widgets/v1/loader.js" data-channel="pub_…" async></script>
 * It remembers where Trustloop is and which channel the page belongs to, reserves every
 * element's box before its code arrives (no layout shift), and imports an element's code only
 * when that element is on the page. Nothing else: every byte here is paid on every page view.
 */
import type { Env } from './env';

const script = document.currentScript as HTMLScriptElement | null;
const env: Env = {
  // {PUBLIC_URL}/widgets/v1/loader.js → {PUBLIC_URL}/
  api: script ? new URL('../../', script.src).href : '/',
  channel: script?.dataset['channel'] ?? '',
};
(window as unknown as { trustloop: Env }).trustloop = env;

// Each element's box before its code and data arrive; the elements keep the same sizes.
const reserve = document.createElement('style');
reserve.textContent =
  'trustloop-stars{display:inline-block;height:24px;width:10.5em;vertical-align:middle}' +
  'trustloop-badge{display:inline-block;height:112px;width:220px}' +
  'trustloop-carousel{display:block;height:236px}' +
  'trustloop-reviews{display:block;min-height:calc(278px + 172px * var(--tl-page-size,5))}' +
  '';
document.head.append(reserve);

// Each element's file under this loader's URL, written in at build time (vite.config.ts).
declare const __CHUNKS__: Record<string, string>;
const elements = __CHUNKS__;
const base = script?.src ?? location.href;

function scan(): void {
  for (const tag in elements) {
    if (document.querySelector(tag)) {
      import(new URL(elements[tag]!, base).href);
      delete elements[tag];
    }
  }
  if (!Object.keys(elements).length) observer.disconnect();
}
const observer = new MutationObserver(scan);
observer.observe(document.documentElement, { childList: true, subtree: true });
scan();
