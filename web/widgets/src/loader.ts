/**
 * The one script a shop adds (W1):
 *   <script src="{PUBLIC_URL}/widgets/v1/loader.js" data-channel="pub_…" async></script>
 * It remembers where Trustloop is and which channel the page belongs to, reserves every
 * element's box before its code arrives (no layout shift), and imports an element's code only
 * when that element is on the page. Nothing else: every byte here is paid on every page view.
 */
import type { Env } from './env';
import reserveCss from './reserve.css?raw';

const script = document.currentScript as HTMLScriptElement | null;
const env: Env = {
  // {PUBLIC_URL}/widgets/v1/loader.js → {PUBLIC_URL}/
  api: script ? new URL('../../', script.src).href : '/',
  channel: script?.dataset['channel'] ?? '',
};
(window as unknown as { trustloop: Env }).trustloop = env;

// Each element's box before its code and data arrive; the elements keep the same sizes. The same
// rules are served as widgets.css, for shops that link it so that they apply before first paint.
const reserve = document.createElement('style');
reserve.textContent = reserveCss;
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
