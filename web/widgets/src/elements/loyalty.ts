/**
 * <trustloop-loyalty token="…" [login-url="…"]>: the loyalty launcher and panel (W2, L9), with
 * the states of seed 002: a visitor who is not signed in gets a sign-in prompt; a signed-in
 * shopper with no points an empty bar and "join"; a member their tier, points, best or next
 * reward, progress, rewards to redeem, coupons to apply, referral link and ways to earn; an
 * excluded customer only their coupons. `token` is the shopper token the shop signs (or a JWT).
 *
 * The panel is a native modal <dialog> (showModal): the browser makes the page behind it inert
 * (so focus stays in the panel), closes it on Escape and returns focus to the launcher.
 */
import { escapeHtml as e, type Locale, read, type WidgetConfig, WidgetElement } from '../shared';
import { type LoyaltyWords, WORDS } from './loyalty-messages';

interface Reward {
  rewardId: string;
  name: string;
  pointsCost: number;
  locked: boolean;
  affordable: boolean;
}
interface Coupon {
  /** Null while the shop creates the code. */
  code: string | null;
  name: string;
  applyUrl: string | null;
}
interface HubView {
  state: 'anonymous' | 'not_member' | 'no_points' | 'member' | 'excluded';
  texts: Record<string, string | null>;
  member: { points: number; tier: { name: string; iconUrl: string | null } | null } | null;
  progress: {
    fraction: number;
    bestReward: { text: string } | null;
    nextReward: { text: string } | null;
  } | null;
  rewards: Reward[];
  coupons: Coupon[];
  referralUrl: string | null;
  waysToEarn: Array<{ id: string; description: string }>;
  tierProgress: { text: string } | null;
}

const CSS =
  ':host{display:contents}' +
  '.launch{position:fixed;right:var(--tl-launcher-right,20px);bottom:var(--tl-launcher-bottom,20px);z-index:2147483000;' +
  'height:48px;padding:0 20px;border:0;border-radius:24px;background:var(--tl-accent);color:#fff;font-weight:600;box-shadow:0 4px 14px #0003}' +
  'dialog{width:min(420px,calc(100vw - 32px));max-height:85vh;padding:0;border:0;border-radius:12px;background:var(--tl-bg);color:var(--tl-text);box-shadow:0 12px 40px #0004}' +
  'dialog::backdrop{background:#0006}' +
  'header{display:flex;justify-content:space-between;align-items:center;padding:14px 20px;background:var(--tl-accent);color:#fff}' +
  'h2{margin:0;font-size:18px}h3{font-size:15px;margin:18px 0 8px}' +
  '.x{border:0;background:none;color:#fff;font-size:24px;line-height:24px;width:36px;height:36px}' +
  '.in{padding:16px 20px 20px}.big{font-size:24px;font-weight:700;margin:8px 0}' +
  '.tier{display:flex;align-items:center;gap:8px;font-weight:600}.tier img{width:28px;height:28px}' +
  '.bar{height:10px;border-radius:5px;background:var(--tl-border);overflow:hidden;margin:8px 0}' +
  '.bar i{display:block;height:100%;background:var(--tl-accent)}' +
  'ul{list-style:none;margin:0;padding:0}li{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:8px 0;border-top:1px solid var(--tl-border)}' +
  '.btn{display:inline-block;padding:8px 14px;border-radius:6px;border:1px solid var(--tl-accent);background:var(--tl-accent);color:#fff;font-weight:600;text-decoration:none;white-space:nowrap}' +
  '.btn.alt{background:var(--tl-bg);color:var(--tl-accent)}.btn:disabled{opacity:.5;cursor:default}' +
  '.muted{color:var(--tl-muted);font-size:13px}code{font-weight:700}' +
  '.ref{display:flex;gap:6px}.ref input{flex:1;min-width:0;font:inherit;padding:6px;border:1px solid var(--tl-muted);border-radius:6px}' +
  'details{margin-top:16px}summary{font-weight:600;cursor:pointer}.err{color:#b91c1c;font-weight:600}';

class TrustloopLoyalty extends WidgetElement {
  private words!: LoyaltyWords;
  private locale!: Locale;
  private settings!: WidgetConfig;
  private dialog!: HTMLDialogElement;
  private launcher!: HTMLButtonElement;

  static observedAttributes = ['token'];

  constructor() {
    super(CSS);
  }

  /** A token set or replaced later (e.g. fetched from the shop's app proxy) redraws the panel. */
  attributeChangedCallback(): void {
    if (this.dialog) this.refresh().catch(() => this.fail());
  }

  private get token(): string | null {
    return this.getAttribute('token') || null;
  }

  private headers(json = false): HeadersInit {
    return {
      ...(this.token ? { authorization: `Shopper ${this.token}` } : {}),
      ...(json ? { 'content-type': 'application/json' } : {}),
    };
  }

  protected async load(settings: WidgetConfig, locale: Locale): Promise<void> {
    this.settings = settings;
    this.locale = locale;
    this.words = WORDS[locale];
    this.body.innerHTML =
      // Shown once the hub answered, with its final text: a fixed button that appears shifts
      // nothing, one that changes its width would.
      `<button type="button" class="launch" part="launcher" aria-haspopup="dialog" hidden>${e(this.words.open)}</button>` +
      '<dialog part="panel" aria-labelledby="tl-title"></dialog>';
    this.launcher = this.root.querySelector('.launch')!;
    this.dialog = this.root.querySelector('dialog')!;
    this.launcher.onclick = () => this.dialog.showModal();
    // A click on the backdrop (outside the panel's box) closes it too.
    this.dialog.onclick = (event) => {
      if (event.target === this.dialog) {
        const box = this.dialog.getBoundingClientRect();
        const { clientX: x, clientY: y } = event as MouseEvent;
        if (x < box.left || x > box.right || y < box.top || y > box.bottom) this.dialog.close();
      }
    };
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const view = await read<HubView>(`hub?locale=${this.locale}`, { headers: this.headers() });
    const { texts, member } = view;
    this.launcher.textContent =
      member && view.state === 'member'
        ? `${texts['title']} · ${this.words.points.replace('{points}', new Intl.NumberFormat(this.locale).format(member.points))}`
        : (texts['title'] ?? this.words.open);
    this.launcher.hidden = false;
    this.dialog.innerHTML = this.panel(view);
    this.wire(view);
  }

  private panel(view: HubView): string {
    const { texts, member, progress, state } = view;
    const w = this.words;
    const fmt = (n: number) => new Intl.NumberFormat(this.locale).format(n);
    const text = (key: string, tag = 'p', cls = '') =>
      texts[key] ? `<${tag}${cls ? ` class="${cls}"` : ''}>${e(texts[key]!)}</${tag}>` : '';
    const parts: string[] = [
      `<header part="panel-header"><h2 id="tl-title">${e(texts['title'] ?? '')}</h2>` +
        `<button type="button" class="x" autofocus><span aria-hidden="true">×</span><span class="sr">${e(w.close)}</span></button></header><div class="in">`,
    ];
    if (state === 'member' && member) {
      if (member.tier)
        parts.push(
          `<p class="tier" part="tier">${member.tier.iconUrl ? `<img src="${e(member.tier.iconUrl)}" alt="">` : '★'} ${e(texts['tier'] ?? member.tier.name)}</p>`,
        );
      parts.push(text('balance', 'p', 'big'));
    }
    if (progress && state !== 'excluded') {
      const pct = Math.round(progress.fraction * 100);
      const label = progress.bestReward?.text ?? progress.nextReward?.text ?? texts['prompt'] ?? '';
      parts.push(
        `<div class="bar" part="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${pct}" aria-label="${e(label)}"><i style="width:${pct}%"></i></div>`,
      );
      if (state === 'member') {
        if (progress.bestReward) parts.push(`<p>${e(progress.bestReward.text)}</p>`);
        if (progress.nextReward) parts.push(`<p class="muted">${e(progress.nextReward.text)}</p>`);
      }
    }
    if (view.tierProgress)
      parts.push(`<p class="muted" part="tier-progress">${e(view.tierProgress.text)}</p>`);
    parts.push(text('prompt'));
    if (state === 'anonymous') {
      const login = this.getAttribute('login-url') ?? this.settings.loginUrl;
      if (login) parts.push(`<a class="btn" part="button" href="${e(login)}">${e(w.signIn)}</a>`);
    }
    if ((state === 'not_member' || state === 'no_points') && texts['cta'])
      parts.push(`<button type="button" class="btn join" part="button">${e(texts['cta'])}</button>`);
    parts.push('<p class="err" role="alert"></p>');
    if (state !== 'anonymous' && state !== 'excluded' && view.rewards.length) {
      parts.push(`<h3>${e(texts['rewardsTitle'] ?? '')}</h3><ul part="rewards">`);
      for (const reward of view.rewards)
        parts.push(
          `<li><span>${e(reward.name)}<br><span class="muted">${e(reward.locked ? w.locked : w.points.replace('{points}', fmt(reward.pointsCost)))}</span></span>` +
            `<button type="button" class="btn redeem" part="button" data-reward="${e(reward.rewardId)}"${reward.affordable ? '' : ' disabled'}>${e(texts['redeem'] ?? '')}</button></li>`,
        );
      parts.push('</ul>');
    }
    if (view.coupons.length) {
      parts.push(`<h3>${e(texts['couponsTitle'] ?? '')}</h3><ul part="coupons">`);
      for (const coupon of view.coupons)
        parts.push(
          coupon.code && coupon.applyUrl
            ? `<li><span>${e(coupon.name)}<br><code>${e(coupon.code)}</code></span><a class="btn alt" part="button" href="${e(coupon.applyUrl)}">${e(w.applyToCart)}</a></li>`
            : `<li><span>${e(coupon.name)}<br><span class="muted" role="status">${e(w.preparing)}</span></span></li>`,
        );
      parts.push('</ul>');
    }
    if (view.referralUrl) {
      parts.push(
        `<h3 id="tl-ref">${e(texts['referralTitle'] ?? '')}</h3><div class="ref" part="referral"><input readonly aria-labelledby="tl-ref" value="${e(view.referralUrl)}">` +
          `<button type="button" class="btn alt copy" part="button">${e(w.copy)}</button>` +
          ('share' in navigator
            ? `<button type="button" class="btn alt share" part="button">${e(w.share)}</button>`
            : '') +
          '</div>',
      );
    }
    if (view.waysToEarn.length) {
      parts.push(`<details part="ways"><summary>${e(texts['waysToEarnTitle'] ?? '')}</summary><ul>`);
      for (const way of view.waysToEarn) parts.push(`<li>${e(way.description)}</li>`);
      parts.push('</ul></details>');
    }
    parts.push('</div>');
    return parts.join('');
  }

  private wire(view: HubView): void {
    const $ = <T extends Element>(selector: string) => this.dialog.querySelector<T>(selector);
    const error = $<HTMLElement>('.err')!;
    const fail = () => {
      error.textContent = this.words.failed;
    };
    $<HTMLButtonElement>('.x')!.onclick = () => this.dialog.close();
    const join = $<HTMLButtonElement>('.join');
    if (join)
      join.onclick = async () => {
        join.disabled = true;
        try {
          await read('hub/join', { method: 'POST', headers: this.headers(true), body: '{}' });
          await this.refresh();
        } catch {
          join.disabled = false;
          fail();
        }
      };
    for (const button of this.dialog.querySelectorAll<HTMLButtonElement>('.redeem'))
      button.onclick = async () => {
        button.disabled = true;
        try {
          const { coupon } = await read<{ coupon: Coupon }>('hub/redeem', {
            method: 'POST',
            headers: this.headers(true),
            // One id per click: a retried request redeems once.
            body: JSON.stringify({ rewardId: button.dataset['reward'], requestId: crypto.randomUUID() }),
          });
          // Seed 002: a redeemed coupon goes straight into the cart (once the shop holds its code).
          if (coupon.applyUrl) location.assign(coupon.applyUrl);
          else await this.refresh();
        } catch {
          button.disabled = false;
          fail();
        }
      };
    const copy = $<HTMLButtonElement>('.copy');
    if (copy && view.referralUrl) {
      const url = view.referralUrl;
      copy.onclick = async () => {
        try {
          await navigator.clipboard.writeText(url);
        } catch {
          $<HTMLInputElement>('.ref input')!.select();
          document.execCommand('copy');
        }
        copy.textContent = this.words.copied;
      };
      const share = $<HTMLButtonElement>('.share');
      if (share) share.onclick = () => navigator.share({ url, title: this.settings.name }).catch(() => {});
    }
  }
}

customElements.define('trustloop-loyalty', TrustloopLoyalty);
