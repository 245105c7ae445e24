/**
 * Reward codes as PrestaShop cart rules (Webservice `cart_rules`, devdocs …/webservice/resources/
 * cart_rules): `code`, `quantity` 1 and `quantity_per_user` 1 (single use), `date_from` and
 * `date_to` (both required; a code without expiry gets ten years), `partial_use` 0 (no remainder
 * voucher), and one of `reduction_amount` + `reduction_currency` + `reduction_tax` 1,
 * `reduction_percent`, `free_shipping` 1 or `gift_product`. The required, translated `name` is
 * the code itself: orders list their cart rules (`order_discounts`) by name only, so that is how
 * an order that used the code is recognised. It is written in language 1, the language a
 * PrestaShop install starts with. A retried create first looks the code up, so the shop never
 * holds it twice.
 */

import { instantToLocal } from '../local-time.js';
import {
  decimalAmount,
  type ShopDiscountClient,
  ShopDiscountError,
  type ShopDiscountRequest,
} from '../shop-discount.types.js';
import { type PrestaShopWebservice, xmlText } from './prestashop-webservice.js';

const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;

export function prestaShopCartRules(
  webservice: PrestaShopWebservice,
  timeZone: string,
): ShopDiscountClient & {
  checkAccess(): Promise<void>;
} {
  async function currencyId(iso: string): Promise<string> {
    const currencies = await webservice.list('currencies', { display: '[id,iso_code]' });
    const found = currencies.find((c) => String(c['iso_code']).toUpperCase() === iso.toUpperCase());
    if (!found)
      throw new ShopDiscountError('refused', `the shop has no currency ${iso} for an amount-off code`);
    return String(found.id);
  }

  async function action(request: ShopDiscountRequest): Promise<Record<string, string>> {
    switch (request.kind) {
      case 'amount_off':
        return {
          reduction_amount: decimalAmount(request.value, request.currency),
          reduction_currency: await currencyId(request.currency),
          reduction_tax: '1',
        };
      case 'percent_off':
        return { reduction_percent: String(request.value) };
      case 'free_shipping':
        return { free_shipping: '1' };
      case 'free_product':
        if (!request.product || !/^\d+$/.test(request.product))
          throw new ShopDiscountError(
            'refused',
            `a free-product reward needs the PrestaShop product id (a number), got "${request.product ?? ''}"`,
          );
        return { gift_product: request.product };
    }
  }

  async function existing(code: string): Promise<string | null> {
    const found = await webservice.list('cart_rules', { 'filter[code]': `[${code}]`, display: '[id,code]' });
    return found[0] ? String(found[0].id) : null;
  }

  return {
    async create(request) {
      const known = await existing(request.code);
      if (known) return { shopDiscountId: known };
      const expires =
        request.expiresAt ?? new Date(Date.parse(request.startsAt) + TEN_YEARS_MS).toISOString();
      const fields: Record<string, string> = {
        code: request.code,
        description: request.title,
        quantity: '1',
        quantity_per_user: '1',
        partial_use: '0',
        active: '1',
        date_from: instantToLocal(request.startsAt, timeZone),
        date_to: instantToLocal(expires, timeZone),
        ...(await action(request)),
      };
      const xml =
        Object.entries(fields)
          .map(([name, value]) => `<${name}>${xmlText(value)}</${name}>`)
          .join('') + `<name><language id="1">${xmlText(request.code)}</language></name>`;
      const created = await webservice.create('cart_rules', 'cart_rule', xml);
      return { shopDiscountId: String(created.id) };
    },
    remove: (shopDiscountId) => webservice.remove('cart_rules', shopDiscountId),
    async checkAccess() {
      await webservice.list('cart_rules', { limit: '1', display: '[id]' });
    },
  };
}
