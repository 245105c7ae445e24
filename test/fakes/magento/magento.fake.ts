import Fastify from 'fastify';
import { FailureQueue, type InjectedFailure } from '../fake-failures.js';

/**
 * Magento 2 REST (`/rest/<store>/V1`), answering as its documentation and issue tracker say:
 * - Auth: `Authorization: Bearer <integration access token>` (2.4.4+: only when the store allows
 *   access tokens as standalone Bearer tokens; https://developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/).
 *   Anything else is a 401 `{"message": "The consumer isn't authorized to access %resources.",
 *   "parameters": {"resources": "<ACL resource>"}}` (https://developer.adobe.com/commerce/webapi/get-started/gs-web-api-response/,
 *   the body as magento/magento2#5110 and DivanteLtd/magento2-review-api#46 show it).
 * - Errors: `{message, parameters}` with `%name` placeholders; 400 for validation (a required
 *   field: `"%fieldName" is required. Enter and try again.`), 404 for an unknown entity
 *   (`No such entity with %fieldName = %fieldValue`) (gs-web-api-response: 400 / 404 rows).
 * - Lists: `searchCriteria[filterGroups][g][filters][f][field|value|conditionType]` (groups
 *   ANDed, filters in a group ORed), `[sortOrders][i][field|direction]`, `[pageSize]`,
 *   `[currentPage]`, answering `{items, search_criteria, total_count}` (reference/shops.md §3.3).
 *   A `currentPage` past the end answers the LAST page again, not an empty one
 *   (magento/magento2#3787 for /V1/orders and /V1/customers/search; #26986).
 *   Input limiting is off by default (no page size cap; https://developer.adobe.com/commerce/webapi/get-started/api-security).
 * - Times are UTC "YYYY-MM-DD HH:MM:SS" (§3.3 example).
 * - Cart price rules: `POST /V1/salesRules {rule}` answers the rule with `rule_id`;
 *   `POST /V1/coupons {coupon}` (the sequence in magento/magento2#35298); `GET
 *   /V1/salesRules/search`, `/V1/coupons/search`; `DELETE /V1/salesRules/{id}` answers `true`
 *   and removes the rule's coupons. A coupon code already taken is refused with a 400 (the
 *   words "Coupon with the same code already exists." are from memory of the SalesRule module).
 * Docs silent → strict: an unknown condition type, sort field or rule property is a 400.
 */

export interface FakeMagentoOrder {
  entity_id: number;
  increment_id: string;
  created_at: string;
  updated_at: string;
  state: string;
  status: string;
  customer_email: string;
  customer_firstname: string;
  customer_lastname: string;
  customer_id: number | null;
  customer_is_guest: number;
  order_currency_code: string;
  subtotal: number;
  discount_amount: number;
  shipping_amount: number;
  tax_amount: number;
  grand_total: number;
  total_paid: number;
  coupon_code: string | null;
  items: Array<{
    item_id: number;
    product_id: number;
    sku: string;
    name: string;
    qty_ordered: number;
    price: number;
    parent_item_id: number | null;
  }>;
}

export interface FakeSalesRule {
  rule_id: number;
  name: string;
  simple_action: string;
  discount_amount: number;
  uses_per_coupon: number;
  uses_per_customer: number;
  simple_free_shipping?: string;
  to_date?: string | null;
  times_used: number;
  [property: string]: unknown;
}

export interface FakeCoupon {
  coupon_id: number;
  rule_id: number;
  code: string;
  usage_limit: number;
  usage_per_customer: number;
  times_used: number;
  is_primary: boolean;
  type: number;
}

type Row = Record<string, unknown> & { updated_at: string };

export interface MagentoFake {
  /** The store address to give Trustloop. */
  url: string;
  token: string;
  orders: Map<number, FakeMagentoOrder>;
  creditmemos: Map<number, Row>;
  shipments: Map<number, Row>;
  customers: Map<number, Row>;
  rules: Map<number, FakeSalesRule>;
  coupons: Map<number, FakeCoupon>;
  /** Places an order (state new); with a coupon code it counts the coupon's use as Magento does at checkout. */
  placeOrder(input: {
    email: string;
    total: number;
    couponCode?: string;
    currency?: string;
  }): FakeMagentoOrder;
  /** Invoices (processing), ships (a shipment, state complete) or refunds (a credit memo, state closed). */
  pay(orderId: number): void;
  ship(orderId: number): void;
  refund(orderId: number, amount: number): void;
  addCustomer(email: string, subscribed: boolean): number;
  /** Every write moves the fake's clock on by a second; `sameSecond` keeps it (many changes in one second). */
  sameSecond(on: boolean): void;
  /** While down, every request is a 503. */
  setDown(down: boolean): void;
  failNext(count: number, failure: InjectedFailure, path?: RegExp): void;
  /** List requests served so far, by resource path. */
  listCalls: Map<string, number>;
  /** Of those, the ones without any filter (a read from the very start). */
  unfilteredCalls: Map<string, number>;
  close(): Promise<void>;
}

const CONDITIONS = new Set(['eq', 'neq', 'gt', 'gteq', 'lt', 'lteq', 'in', 'like']);
const RULE_PROPERTIES = new Set([
  'name',
  'description',
  'website_ids',
  'customer_group_ids',
  'is_active',
  'coupon_type',
  'use_auto_generation',
  'uses_per_coupon',
  'uses_per_customer',
  'stop_rules_processing',
  'discount_qty',
  'discount_step',
  'from_date',
  'to_date',
  'simple_action',
  'discount_amount',
  'apply_to_shipping',
  'simple_free_shipping',
  'is_rss',
  'store_labels',
  'sort_order',
  'is_advanced',
  'condition',
  'action_condition',
]);
const SIMPLE_ACTIONS = new Set(['by_percent', 'by_fixed', 'cart_fixed', 'buy_x_get_y']);

const fail = (message: string, parameters?: Record<string, unknown>) => ({
  message,
  ...(parameters ? { parameters } : {}),
});
const required = (fieldName: string) => fail('"%fieldName" is required. Enter and try again.', { fieldName });

interface Criteria {
  groups: Array<Array<{ field: string; value: string; conditionType: string }>>;
  sort: Array<{ field: string; direction: string }>;
  pageSize: number;
  currentPage: number;
}

/** searchCriteria from a query string (Fastify's parser keeps the bracketed keys flat). */
function criteriaOf(query: Record<string, string>): Criteria | { error: string } {
  const groups: Criteria['groups'] = [];
  const sort: Criteria['sort'] = [];
  for (const [key, value] of Object.entries(query)) {
    let m =
      /^searchCriteria\[filter_?[gG]roups\]\[(\d+)\]\[filters\]\[(\d+)\]\[(field|value|condition_?[tT]ype)\]$/.exec(
        key,
      );
    if (m) {
      const groupAt = Number(m[1]);
      const group = groups[groupAt] ?? [];
      groups[groupAt] = group;
      const filterAt = Number(m[2]);
      const filter = group[filterAt] ?? { field: '', value: '', conditionType: 'eq' };
      group[filterAt] = filter;
      const part = m[3]?.startsWith('condition') ? 'conditionType' : (m[3] as 'field' | 'value');
      filter[part] = value;
      continue;
    }
    m = /^searchCriteria\[sort_?[oO]rders\]\[(\d+)\]\[(field|direction)\]$/.exec(key);
    if (m) {
      const orderAt = Number(m[1]);
      const order = sort[orderAt] ?? { field: '', direction: 'ASC' };
      sort[orderAt] = order;
      order[m[2] as 'field' | 'direction'] = value;
      continue;
    }
    if (/^searchCriteria\[(pageSize|page_size|currentPage|current_page)\]$/.test(key)) continue;
    return { error: `"${key}" is not a searchCriteria field` };
  }
  for (const group of groups)
    for (const filter of group ?? [])
      if (!CONDITIONS.has(filter.conditionType))
        return { error: `condition type "${filter.conditionType}" is unknown` };
  const pageSize = Number(query['searchCriteria[pageSize]'] ?? query['searchCriteria[page_size]'] ?? 0);
  const currentPage = Math.max(
    1,
    Number(query['searchCriteria[currentPage]'] ?? query['searchCriteria[current_page]'] ?? 1),
  );
  return { groups: groups.filter(Boolean), sort: sort.filter(Boolean), pageSize, currentPage };
}

function matches(
  row: Record<string, unknown>,
  filter: { field: string; value: string; conditionType: string },
): boolean {
  const actual = row[filter.field];
  const text = actual === null || actual === undefined ? '' : String(actual);
  const numeric = typeof actual === 'number';
  const cmp = numeric
    ? Number(text) - Number(filter.value)
    : text < filter.value
      ? -1
      : text > filter.value
        ? 1
        : 0;
  switch (filter.conditionType) {
    case 'eq':
      return cmp === 0;
    case 'neq':
      return cmp !== 0;
    case 'gt':
      return cmp > 0;
    case 'gteq':
      return cmp >= 0;
    case 'lt':
      return cmp < 0;
    case 'lteq':
      return cmp <= 0;
    case 'in':
      return filter.value.split(',').includes(text);
    default:
      return text.includes(filter.value.replaceAll('%', ''));
  }
}

function search(rows: Iterable<Record<string, unknown>>, criteria: Criteria) {
  let items = [...rows].filter((row) => criteria.groups.every((group) => group.some((f) => matches(row, f))));
  for (const order of [...criteria.sort].reverse()) {
    const field =
      order.field === 'entity_id'
        ? (row: Record<string, unknown>) => row['entity_id'] ?? row['id'] ?? row['rule_id']
        : (row: Record<string, unknown>) => row[order.field];
    items = items.sort((a, b) => {
      const x = field(a) as string | number;
      const y = field(b) as string | number;
      const c = x < y ? -1 : x > y ? 1 : 0;
      return order.direction.toUpperCase() === 'DESC' ? -c : c;
    });
  }
  const total = items.length;
  let page = items;
  if (criteria.pageSize > 0) {
    // Past the end: the last page again (magento/magento2#3787).
    const lastPage = Math.max(1, Math.ceil(total / criteria.pageSize));
    const current = Math.min(criteria.currentPage, lastPage);
    page = items.slice((current - 1) * criteria.pageSize, current * criteria.pageSize);
  }
  return {
    items: page,
    search_criteria: {
      filter_groups: criteria.groups,
      page_size: criteria.pageSize,
      current_page: criteria.currentPage,
    },
    total_count: total,
  };
}

export async function startMagentoFake(options: { token?: string } = {}): Promise<MagentoFake> {
  const token = options.token ?? 'fake-magento-integration-token-0123456789';
  const orders = new Map<number, FakeMagentoOrder>();
  const creditmemos = new Map<number, Row>();
  const shipments = new Map<number, Row>();
  const customers = new Map<number, Row>();
  const rules = new Map<number, FakeSalesRule>();
  const coupons = new Map<number, FakeCoupon>();
  const failures = new FailureQueue();
  const listCalls = new Map<string, number>();
  const unfilteredCalls = new Map<string, number>();
  let down = false;
  let frozen = false;
  let seconds = Date.parse('2026-11-01T00:00:00Z') / 1000;
  let nextId = 1;
  const stamp = () => {
    if (!frozen) seconds++;
    return new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
  };

  const app = Fastify({ logger: false });
  app.addHook('onRequest', async (request, reply) => {
    if (down) return reply.code(503).send(fail('Service Unavailable'));
    if (request.headers.authorization !== `Bearer ${token}`)
      return reply.code(401).send(
        fail("The consumer isn't authorized to access %resources.", {
          resources: 'Magento_Sales::actions_view',
        }),
      );
    const failure = failures.take(request.url);
    if (failure) {
      if (failure.retryAfter) reply.header('retry-after', String(failure.retryAfter));
      return reply
        .code(failure.status)
        .send(failure.body ?? fail('Internal Error. Details are available in Magento log file.'));
    }
  });

  const list = (path: string, rows: () => Iterable<Record<string, unknown>>) =>
    app.get(`/rest/:store/V1${path}`, async (request, reply) => {
      const criteria = criteriaOf(request.query as Record<string, string>);
      if ('error' in criteria) return reply.code(400).send(fail(criteria.error));
      listCalls.set(path, (listCalls.get(path) ?? 0) + 1);
      if (criteria.groups.length === 0) unfilteredCalls.set(path, (unfilteredCalls.get(path) ?? 0) + 1);
      return search(rows(), criteria);
    });
  list('/orders', () => orders.values() as unknown as Iterable<Record<string, unknown>>);
  list('/creditmemos', () => creditmemos.values());
  list('/shipments', () => shipments.values());
  list('/customers/search', () => customers.values());
  list('/salesRules/search', () => rules.values());
  list('/coupons/search', () => coupons.values() as unknown as Iterable<Record<string, unknown>>);

  app.post('/rest/:store/V1/salesRules', async (request, reply) => {
    const rule = ((request.body ?? {}) as { rule?: Record<string, unknown> }).rule;
    if (!rule) return reply.code(400).send(required('rule'));
    const unknown = Object.keys(rule).find((key) => !RULE_PROPERTIES.has(key));
    if (unknown)
      return reply
        .code(400)
        .send(
          fail(
            'Property "%1" does not have accessor method in class "Magento\\SalesRule\\Api\\Data\\RuleInterface".',
            { 1: unknown },
          ),
        );
    for (const field of ['name', 'website_ids', 'customer_group_ids'])
      if (
        rule[field] === undefined ||
        (Array.isArray(rule[field]) && (rule[field] as unknown[]).length === 0)
      )
        return reply.code(400).send(required(field));
    if (!SIMPLE_ACTIONS.has(String(rule['simple_action'] ?? 'by_percent')))
      return reply.code(400).send(
        fail('Invalid value of "%value" provided for the %fieldName field.', {
          value: String(rule['simple_action']),
          fieldName: 'simple_action',
        }),
      );
    const created: FakeSalesRule = {
      ...(rule as Record<string, unknown>),
      rule_id: nextId++,
      name: String(rule['name']),
      simple_action: String(rule['simple_action'] ?? 'by_percent'),
      discount_amount: Number(rule['discount_amount'] ?? 0),
      uses_per_coupon: Number(rule['uses_per_coupon'] ?? 0),
      uses_per_customer: Number(rule['uses_per_customer'] ?? 0),
      times_used: 0,
    };
    rules.set(created.rule_id, created);
    return created;
  });
  app.post('/rest/:store/V1/coupons', async (request, reply) => {
    const coupon = ((request.body ?? {}) as { coupon?: Record<string, unknown> }).coupon;
    if (!coupon) return reply.code(400).send(required('coupon'));
    if (!rules.has(Number(coupon['rule_id'])))
      return reply.code(404).send(
        fail('No such entity with %fieldName = %fieldValue', {
          fieldName: 'rule_id',
          fieldValue: String(coupon['rule_id']),
        }),
      );
    const code = String(coupon['code'] ?? '');
    if (!code) return reply.code(400).send(required('code'));
    if ([...coupons.values()].some((c) => c.code.toLowerCase() === code.toLowerCase()))
      return reply.code(400).send(fail('Coupon with the same code already exists.'));
    const created: FakeCoupon = {
      coupon_id: nextId++,
      rule_id: Number(coupon['rule_id']),
      code,
      usage_limit: Number(coupon['usage_limit'] ?? 0),
      usage_per_customer: Number(coupon['usage_per_customer'] ?? 0),
      times_used: 0,
      is_primary: Boolean(coupon['is_primary']),
      type: Number(coupon['type'] ?? 0),
    };
    coupons.set(created.coupon_id, created);
    return created;
  });
  app.delete<{ Params: { id: string } }>('/rest/:store/V1/salesRules/:id', async (request, reply) => {
    const id = Number(request.params.id);
    if (!rules.delete(id))
      return reply.code(404).send(
        fail('No such entity with %fieldName = %fieldValue', {
          fieldName: 'rule_id',
          fieldValue: request.params.id,
        }),
      );
    for (const [couponId, coupon] of coupons) if (coupon.rule_id === id) coupons.delete(couponId);
    return true;
  });

  const touch = (order: FakeMagentoOrder, state: string) => {
    order.state = state;
    order.status = state;
    order.updated_at = stamp();
  };
  const url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    url,
    token,
    orders,
    creditmemos,
    shipments,
    customers,
    rules,
    coupons,
    listCalls,
    unfilteredCalls,
    placeOrder({ email, total, couponCode, currency = 'EUR' }) {
      const at = stamp();
      const id = nextId++;
      if (couponCode) {
        const coupon = [...coupons.values()].find((c) => c.code === couponCode);
        if (coupon) {
          coupon.times_used++;
          const rule = rules.get(coupon.rule_id);
          if (rule) rule.times_used++;
        }
      }
      const order: FakeMagentoOrder = {
        entity_id: id,
        increment_id: String(100000000 + id),
        created_at: at,
        updated_at: at,
        state: 'new',
        status: 'pending',
        customer_email: email,
        customer_firstname: 'Jan',
        customer_lastname: 'Kowalski',
        customer_id: null,
        customer_is_guest: 1,
        order_currency_code: currency,
        subtotal: total,
        discount_amount: 0,
        shipping_amount: 0,
        tax_amount: 0,
        grand_total: total,
        total_paid: 0,
        coupon_code: couponCode ?? null,
        items: [
          {
            item_id: nextId++,
            product_id: 93,
            sku: 'MUG-RED',
            name: 'Mug',
            qty_ordered: 1,
            price: total,
            parent_item_id: null,
          },
        ],
      };
      orders.set(id, order);
      return order;
    },
    pay(orderId) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`no order ${orderId}`);
      order.total_paid = order.grand_total;
      touch(order, 'processing');
    },
    ship(orderId) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`no order ${orderId}`);
      const at = stamp();
      const id = nextId++;
      shipments.set(id, { entity_id: id, order_id: orderId, created_at: at, updated_at: at });
      touch(order, 'complete');
    },
    refund(orderId, amount) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`no order ${orderId}`);
      const at = stamp();
      const id = nextId++;
      creditmemos.set(id, {
        entity_id: id,
        order_id: orderId,
        order_currency_code: order.order_currency_code,
        grand_total: amount,
        created_at: at,
        updated_at: at,
      });
      touch(order, 'closed');
    },
    addCustomer(email, subscribed) {
      const at = stamp();
      const id = nextId++;
      customers.set(id, {
        id,
        email,
        firstname: 'Ola',
        lastname: 'Nowak',
        created_at: at,
        updated_at: at,
        extension_attributes: { is_subscribed: subscribed },
      });
      return id;
    },
    sameSecond: (on) => {
      frozen = on;
    },
    setDown: (value) => {
      down = value;
    },
    failNext: (count, failure, path) => failures.push(count, failure, path),
    close: () => app.close(),
  };
}
