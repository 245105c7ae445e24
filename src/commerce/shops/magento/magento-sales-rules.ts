/**
 * Reward codes in Magento 2 as a cart price rule with one specific coupon:
 * `POST /V1/salesRules` `{rule: {name, website_ids, customer_group_ids, is_active, coupon_type:
 * "SPECIFIC_COUPON", use_auto_generation: false, uses_per_coupon: 1, uses_per_customer: 1,
 * simple_action, discount_amount, apply_to_shipping, simple_free_shipping, to_date, …}}`, then
 * `POST /V1/coupons` `{coupon: {rule_id, code, usage_limit: 1, usage_per_customer: 1, is_primary,
 * type: 0}}` (the sequence in magento/magento2#35298; SalesRule's RuleInterface / CouponInterface).
 * `simple_action`: `cart_fixed` (amount off the whole cart), `by_percent`; free shipping is
 * `simple_free_shipping` "2" (for the shipment). Core has no "free product" action that adds an
 * item, so that kind is not offered (capabilities). The rule's id is the shop's id for the code:
 * `DELETE /V1/salesRules/{id}` removes the rule with its coupons.
 * A retried call must not make a second rule: the rule is named after the code and looked up by
 * name first; a coupon code already taken is looked up by code.
 */
import {
  decimalAmount,
  type ShopDiscountClient,
  ShopDiscountError,
  type ShopDiscountRequest,
} from '../shop-discount.types.js';
import type { MagentoRest } from './magento-rest.js';

export interface MagentoRuleScope {
  websiteIds: number[];
  customerGroupIds: number[];
}

const ruleName = (code: string) => `Trustloop ${code}`;
/** Magento dates are days ("2026-12-31"): a code valid until a moment stays valid that whole day. */
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

function ruleBody(request: ShopDiscountRequest, scope: MagentoRuleScope): Record<string, unknown> {
  const common = {
    name: ruleName(request.code),
    description: request.title,
    website_ids: scope.websiteIds,
    customer_group_ids: scope.customerGroupIds,
    is_active: true,
    coupon_type: 'SPECIFIC_COUPON',
    use_auto_generation: false,
    uses_per_coupon: 1,
    uses_per_customer: 1,
    stop_rules_processing: false,
    discount_qty: 0,
    discount_step: 0,
    from_date: day(request.startsAt),
    ...(request.expiresAt ? { to_date: day(request.expiresAt) } : {}),
  };
  switch (request.kind) {
    case 'amount_off':
      return {
        ...common,
        simple_action: 'cart_fixed',
        discount_amount: Number(decimalAmount(request.value, request.currency)),
        apply_to_shipping: false,
      };
    case 'percent_off':
      return {
        ...common,
        simple_action: 'by_percent',
        discount_amount: request.value,
        apply_to_shipping: false,
      };
    case 'free_shipping':
      return {
        ...common,
        simple_action: 'by_percent',
        discount_amount: 0,
        apply_to_shipping: true,
        simple_free_shipping: '2',
      };
    case 'free_product':
      throw new ShopDiscountError(
        'refused',
        'Magento has no free-product cart rule in core: offer this reward as an amount or percent off',
      );
  }
}

const byField = (field: string, value: string) =>
  `searchCriteria[filterGroups][0][filters][0][field]=${field}&searchCriteria[filterGroups][0][filters][0][value]=${encodeURIComponent(value)}&searchCriteria[filterGroups][0][filters][0][conditionType]=eq`;

export function magentoSalesRules(
  rest: MagentoRest,
  scope: MagentoRuleScope,
): ShopDiscountClient & { checkAccess(): Promise<void> } {
  async function ruleIdFor(request: ShopDiscountRequest): Promise<number> {
    const found = await rest.get<{ items: Array<{ rule_id: number }> }>(
      `/salesRules/search?${byField('name', ruleName(request.code))}`,
    );
    const existing = found.items?.[0];
    if (existing) return existing.rule_id;
    const created = await rest.post<{ rule_id: number }>('/salesRules', { rule: ruleBody(request, scope) });
    return created.rule_id;
  }
  return {
    async create(request) {
      ruleBody(request, scope); // refuses what Magento cannot hold before any call
      const ruleId = await ruleIdFor(request);
      try {
        await rest.post('/coupons', {
          coupon: {
            rule_id: ruleId,
            code: request.code,
            usage_limit: 1,
            usage_per_customer: 1,
            is_primary: true,
            type: 0,
          },
        });
      } catch (error) {
        if (!(error instanceof ShopDiscountError) || error.outcome !== 'refused') throw error;
        // The code exists already: ours from a call whose answer was lost, if it hangs on our rule.
        const found = await rest.get<{ items: Array<{ rule_id: number }> }>(
          `/coupons/search?${byField('code', request.code)}`,
        );
        if (found.items?.[0]?.rule_id !== ruleId) throw error;
      }
      return { shopDiscountId: String(ruleId) };
    },
    async remove(shopDiscountId) {
      try {
        await rest.delete(`/salesRules/${encodeURIComponent(shopDiscountId)}`);
      } catch (error) {
        // A rule the shop no longer has counts as removed.
        if (error instanceof ShopDiscountError && /404|no such entity|doesn't exist/i.test(error.message))
          return;
        throw error;
      }
    },
    async checkAccess() {
      await rest.get(`/salesRules/search?searchCriteria[pageSize]=1`);
    },
  };
}
