/**
 * Reward codes as Shoper promotion codes (REST resource `promotion-codes`, named by the official
 * SDK's `Resource\PromotionCode`). The resource's fields are not in the stored documentation
 * (shops.md §5): Trustloop sends `code`, `name`, `discount` with `discount_type` (`1` an amount
 * in the shop's currency, `2` a percentage), `free_shipping`, `uses_limit` 1 (single use),
 * `date_from` / `date_to` in the shop's time and `active` 1 — check them on a trial shop before
 * relying on them. A free product is not offered (no documented field for it). A retried create
 * whose code the shop already holds looks it up, so the shop never holds it twice.
 */

import { instantToLocal } from '../local-time.js';
import {
  decimalAmount,
  type ShopDiscountClient,
  ShopDiscountError,
  type ShopDiscountRequest,
} from '../shop-discount.types.js';
import type { ShoperRestClient } from './shoper-rest.js';

function discount(request: ShopDiscountRequest): Record<string, unknown> {
  switch (request.kind) {
    case 'amount_off':
      return { discount: decimalAmount(request.value, request.currency), discount_type: 1 };
    case 'percent_off':
      return { discount: String(request.value), discount_type: 2 };
    case 'free_shipping':
      return { discount: '0', discount_type: 1, free_shipping: 1 };
    case 'free_product':
      throw new ShopDiscountError(
        'refused',
        'Shoper promotion codes cannot give a free product; choose another reward kind',
      );
  }
}

export function shoperPromotionCodes(
  rest: ShoperRestClient,
  timeZone: string,
): ShopDiscountClient & {
  checkAccess(): Promise<void>;
} {
  async function existing(code: string): Promise<string | null> {
    const { list } = await rest.list('promotion-codes', { filters: { code }, limit: 1, page: 1 });
    return list[0] ? String(list[0]['code_id']) : null;
  }
  return {
    async create(request) {
      const known = await existing(request.code);
      if (known) return { shopDiscountId: known };
      const id = await rest.create('promotion-codes', {
        code: request.code,
        name: request.title,
        ...discount(request),
        uses_limit: 1,
        active: 1,
        date_from: instantToLocal(request.startsAt, timeZone),
        ...(request.expiresAt ? { date_to: instantToLocal(request.expiresAt, timeZone) } : {}),
      });
      return { shopDiscountId: id };
    },
    remove: (shopDiscountId) => rest.remove('promotion-codes', shopDiscountId),
    async checkAccess() {
      await rest.list('promotion-codes', { limit: 1, page: 1 });
    },
  };
}
