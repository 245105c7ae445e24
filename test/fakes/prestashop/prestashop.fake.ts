import Fastify from 'fastify';
import { parseDocument } from 'htmlparser2';
import { instantToLocal } from '../../../src/commerce/shops/local-time.js';
import { FailureQueue, type InjectedFailure } from '../fake-failures.js';
import { listRows, type Row, WebserviceError } from './prestashop.query.js';

/**
 * A PrestaShop 8 Webservice (`https://shop/api/<resource>`), answering as its documentation and
 * its dispatcher `classes/webservice/WebserviceRequest.php` do (shops.md §4.2):
 * - Auth: the key as the HTTP Basic user with an empty password, or `?ws_key=` (getting-started).
 *   No key: 401 code 16 "Please enter the authentication key as the login. No password
 *   required"; empty: 401 code 17; not 32 characters: 401 code 18 "Invalid authentication key
 *   format"; unknown or inactive: 401 code 20; a resource the key has no permission for: 401 code
 *   26; a method it may not use there: 405 code 25 (`authenticate`, `checkResource`, `checkHTTPMethod`).
 * - Errors in JSON are `{"errors":[{"code":N,"message":"..."}]}` with the HTTP status above.
 * - Lists: filters, sort, limit and display as in prestashop.query.ts; an unknown resource is
 *   400 code 27; a missing id is 404 code 87 "Id(s) not exists: N" (DELETE) or a bare 404 (GET).
 * - Writes take XML only (`saveEntityFromXml`: `<prestashop><cart_rule>…</cart_rule></prestashop>`);
 *   an `id` in a POST is 400 code 91; required fields of cart_rules (date_from, date_to, name)
 *   missing are a 400 (devdocs …/webservice/resources/cart_rules: "Required ✔️"); fields not in the
 *   resource are ignored, as `saveEntityFromXml` only reads the resource's own fields.
 * - No rate limit is documented (§4.2 "none found"): the fake has none.
 * Docs silent → strict: the fake speaks only JSON output (`output_format=JSON` or an
 * `Output-Format: JSON` header); a request asking for the default XML output is refused with a 400
 * saying so, so a client that forgets the option fails here instead of parsing XML by accident.
 */
export const PRESTASHOP_RESOURCES = {
  orders: {
    one: 'order',
    fields: [
      'id',
      'id_customer',
      'id_currency',
      'id_lang',
      'current_state',
      'reference',
      'valid',
      'total_paid_tax_incl',
      'total_paid_real',
      'total_products_wt',
      'total_shipping_tax_incl',
      'total_discounts_tax_incl',
      'date_add',
      'date_upd',
    ],
  },
  order_states: {
    one: 'order_state',
    fields: ['id', 'paid', 'shipped', 'delivery', 'logable', 'deleted', 'name'],
  },
  order_histories: {
    one: 'order_history',
    fields: ['id', 'id_order', 'id_order_state', 'id_employee', 'date_add'],
  },
  order_slip: {
    one: 'order_slip',
    fields: [
      'id',
      'id_order',
      'id_customer',
      'amount',
      'total_products_tax_incl',
      'total_shipping_tax_incl',
      'partial',
      'order_slip_type',
      'date_add',
      'date_upd',
    ],
  },
  order_discounts: {
    one: 'order_discount',
    fields: ['id', 'id_order', 'id_cart_rule', 'name', 'value', 'free_shipping'],
  },
  customers: {
    one: 'customer',
    fields: [
      'id',
      'email',
      'firstname',
      'lastname',
      'id_lang',
      'newsletter',
      'newsletter_date_add',
      'optin',
      'active',
      'date_add',
      'date_upd',
    ],
  },
  currencies: { one: 'currency', fields: ['id', 'iso_code', 'name'] },
  cart_rules: {
    one: 'cart_rule',
    fields: [
      'id',
      'id_customer',
      'date_from',
      'date_to',
      'description',
      'quantity',
      'quantity_per_user',
      'priority',
      'partial_use',
      'code',
      'minimum_amount',
      'free_shipping',
      'reduction_percent',
      'reduction_amount',
      'reduction_tax',
      'reduction_currency',
      'reduction_product',
      'gift_product',
      'gift_product_attribute',
      'highlight',
      'active',
      'date_add',
      'date_upd',
      'name',
    ],
  },
} as const;
export type PrestaResource = keyof typeof PRESTASHOP_RESOURCES;

export interface PrestaShopFake {
  /** The shop's base URL; the Webservice is under `/api`. */
  url: string;
  /** A 32-character key with GET on every resource and POST/DELETE on cart_rules. */
  key: string;
  rows: Record<PrestaResource, Map<number, Row>>;
  /** Adds (or replaces) a row; `date_add`/`date_upd` default to the fake's clock. */
  put(resource: PrestaResource, row: Row): Row;
  /** Adds a key with GET permission on `resources` only. */
  addKey(key: string, resources: PrestaResource[], methods?: string[]): void;
  failNext(count: number, failure: InjectedFailure, path?: RegExp): void;
  requests: Array<{ method: string; url: string }>;
  /**
   * The shop's own side of an order, as its checkout and back office write it: an order in state
   * 10 (awaiting bank wire) with its history; a code applied as an `order_discounts` row named
   * like its cart rule, whose `quantity` drops by one; `setState` adds a history row and moves
   * `current_state` and `date_upd`; `addSlip` a credit slip. The shop's clock (Europe/Warsaw,
   * whole seconds) starts an hour back and ticks one second per change, so every change has its
   * own second and is already settled for a pull.
   */
  placeOrder(input: { email: string; total: number; couponCode?: string }): number;
  setState(orderId: number, state: number): void;
  addSlip(orderId: number, amount: number): void;
  /** Lists of `resource` read without a `date_upd` filter (from the very start). */
  readsFromStart(resource: PrestaResource): number;
  close(): Promise<void>;
}

const problem = (code: number, message: string) => ({ errors: [{ code, message }] });

/** `<prestashop><cart_rule><name><language id="1">X</language></name>…` → a flat row. */
function xmlEntity(xml: string, one: string): Record<string, unknown> {
  const document = parseDocument(xml, { xmlMode: true });
  const root = document.children.find((node) => 'name' in node && node.name === 'prestashop');
  const entity =
    root && 'children' in root ? root.children.find((n) => 'name' in n && n.name === one) : undefined;
  if (!entity || !('children' in entity)) throw new WebserviceError(500, 127, 'XML error : no entity');
  const text = (node: { children?: unknown[] }): string =>
    (node.children ?? [])
      .map((child) => {
        const c = child as { data?: string; children?: unknown[] };
        return c.data ?? text(c);
      })
      .join('');
  const row: Record<string, unknown> = {};
  for (const node of entity.children) {
    if (!('name' in node) || !('children' in node)) continue;
    const languages = node.children.filter((c) => 'name' in c && c.name === 'language');
    row[node.name] = languages.length > 0 ? text(languages[0] as never) : text(node as never);
  }
  return row;
}

export async function startPrestaShopFake(): Promise<PrestaShopFake> {
  const key = 'PSKEY0123456789ABCDEFGHIJKLMNOPQ';
  const keys = new Map<string, { resources: Set<string>; methods: Set<string> }>([
    [
      key,
      { resources: new Set(Object.keys(PRESTASHOP_RESOURCES)), methods: new Set(['GET', 'POST', 'DELETE']) },
    ],
  ]);
  const rows = Object.fromEntries(
    Object.keys(PRESTASHOP_RESOURCES).map((r) => [r, new Map<number, Row>()]),
  ) as Record<PrestaResource, Map<number, Row>>;
  const failures = new FailureQueue();
  const requests: Array<{ method: string; url: string }> = [];
  const now = () => new Date().toISOString().slice(0, 19).replace('T', ' ');
  let shopClock = Date.now() - 3_600_000;
  const tick = () => {
    shopClock += 1000;
    return instantToLocal(new Date(shopClock).toISOString(), 'Europe/Warsaw');
  };
  const unfiltered = new Map<string, number>();
  const nextId = (resource: PrestaResource) => Math.max(0, ...rows[resource].keys()) + 1;
  const put = (resource: PrestaResource, row: Row): Row => {
    const stored = { date_add: now(), date_upd: now(), ...row };
    rows[resource].set(row.id, stored);
    return stored;
  };

  const app = Fastify({ logger: false });
  app.addContentTypeParser('*', { parseAs: 'string' }, (_r, body, done) => done(null, body));
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof WebserviceError)
      return reply.code(error.status).send(problem(error.code, error.message));
    return reply.code(500).send(problem(0, (error as Error).message));
  });

  app.all('/api/*', async (request, reply) => {
    const url = new URL(request.url, 'http://fake');
    requests.push({ method: request.method, url: url.pathname + url.search });
    const query: Record<string, unknown> = { filter: {} };
    for (const [name, value] of url.searchParams) {
      const filter = /^filter\[(\w+)\]$/.exec(name);
      if (filter?.[1]) (query['filter'] as Record<string, string>)[filter[1]] = value;
      else query[name] = value;
    }
    const header = request.headers.authorization;
    const presented = header?.startsWith('Basic ')
      ? (Buffer.from(header.slice(6), 'base64').toString().split(':')[0] ?? '')
      : (url.searchParams.get('ws_key') ?? undefined);
    if (presented === undefined)
      throw new WebserviceError(
        401,
        16,
        'Please enter the authentication key as the login. No password required',
      );
    if (presented === '') throw new WebserviceError(401, 17, 'Authentication key is empty');
    if (presented.length !== 32) throw new WebserviceError(401, 18, 'Invalid authentication key format');
    const permissions = keys.get(presented);
    if (!permissions) throw new WebserviceError(401, 20, 'Authentification key is not active');
    const failure = failures.take(url.pathname + url.search);
    if (failure) {
      if (failure.retryAfter) reply.header('retry-after', String(failure.retryAfter));
      return reply.code(failure.status).send(failure.body ?? problem(0, 'Internal error'));
    }
    const format = String(query['output_format'] ?? request.headers['output-format'] ?? '');
    if (format.toUpperCase() !== 'JSON')
      throw new WebserviceError(400, 0, 'this fake answers JSON only: add output_format=JSON');

    const [, , resource = '', idText] = url.pathname.split('/');
    if (!(resource in PRESTASHOP_RESOURCES))
      throw new WebserviceError(400, 27, `Resource of type "${resource}" does not exists`);
    if (!permissions.resources.has(resource))
      throw new WebserviceError(
        401,
        26,
        `Resource of type "${resource}" is not allowed with this authentication key`,
      );
    if (!permissions.methods.has(request.method) || (resource !== 'cart_rules' && request.method !== 'GET'))
      throw new WebserviceError(
        405,
        25,
        `Method ${request.method} is not allowed for the resource ${resource} with this authentication key`,
      );
    const spec = PRESTASHOP_RESOURCES[resource as PrestaResource];
    const table = rows[resource as PrestaResource];
    const fields = new Set<string>(spec.fields);

    if (request.method === 'GET' && idText) {
      const row = table.get(Number(idText));
      if (!row) return reply.code(404).send('');
      return { [spec.one]: row };
    }
    if (request.method === 'GET') {
      // From the very start: no date filter, or one from the zero date.
      if (
        !url.searchParams
          .get('filter[date_upd]')
          ?.replace(/^\[0000-00-00[^,]*,/, '')
          .includes(',')
      )
        unfiltered.set(resource, (unfiltered.get(resource) ?? 0) + 1);
      const list = listRows(
        [...table.values()].sort((a, b) => a.id - b.id),
        query,
        fields,
      );
      // WebserviceOutputJSON renders an empty list as `[]`, not `{"orders":[]}` (a quirk clients
      // must take; seen in integrations, e.g. prestapyt's handling of empty results).
      if (list.length === 0) return [];
      const display = String(query['display'] ?? '');
      const picked = /^\[(.*)\]$/.exec(display)?.[1]?.split(',');
      const unknown = picked?.find((field) => !fields.has(field));
      if (unknown)
        throw new WebserviceError(
          400,
          35,
          `Unable to display this field "${unknown}". However, these are available: ${spec.fields.join(', ')}`,
        );
      if (display !== 'full' && !picked && display !== '')
        throw new WebserviceError(
          400,
          36,
          "The 'display' syntax is wrong. You can set 'full' or '[field_1,field_2,field_3,...]'",
        );
      const shown = (row: Row) =>
        display === 'full'
          ? row
          : picked
            ? Object.fromEntries(picked.map((f) => [f, row[f]]))
            : { id: row.id };
      return { [resource]: list.map(shown) };
    }
    if (request.method === 'DELETE') {
      if (!table.delete(Number(idText)))
        throw new WebserviceError(404, 87, `Id(s) not exists: ${idText ?? ''}`);
      return reply.code(200).send('');
    }
    if (request.method === 'POST') {
      const body = typeof request.body === 'string' ? request.body : '';
      if (!body.trim().startsWith('<'))
        throw new WebserviceError(500, 127, 'XML error : String could not be parsed as XML');
      const entity = xmlEntity(body, spec.one);
      if (entity['id'] !== undefined && entity['id'] !== '')
        throw new WebserviceError(400, 91, 'id is forbidden when adding a new resource');
      for (const required of ['date_from', 'date_to', 'name'])
        if (!entity[required])
          throw new WebserviceError(400, 41, `Validation error: "Property CartRule->${required} is empty"`);
      const id = Math.max(0, ...table.keys()) + 1;
      const row = put(resource as PrestaResource, {
        ...Object.fromEntries(Object.entries(entity).filter(([field]) => fields.has(field))),
        id,
      });
      return reply.code(201).send({ [spec.one]: row });
    }
    throw new WebserviceError(405, 23, `Method ${request.method} is not valid`);
  });

  const url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    url,
    key,
    rows,
    put,
    addKey: (newKey, resources, methods = ['GET']) =>
      void keys.set(newKey, { resources: new Set(resources), methods: new Set(methods) }),
    failNext: (count, failure, path) => failures.push(count, failure, path),
    requests,
    placeOrder(input) {
      const id = nextId('orders');
      const at = tick();
      let customer = [...rows.customers.values()].find((c) => c['email'] === input.email);
      customer ??= put('customers', {
        id: nextId('customers'),
        email: input.email,
        firstname: 'Test',
        lastname: 'Buyer',
        newsletter: '0',
        date_add: at,
        date_upd: at,
      });
      const total = input.total.toFixed(6);
      put('orders', {
        id,
        reference: `REF${id}`,
        id_customer: String(customer.id),
        id_currency: '1',
        current_state: '10',
        total_paid_tax_incl: total,
        total_shipping_tax_incl: '0.000000',
        total_discounts_tax_incl: '0.000000',
        date_add: at,
        date_upd: at,
        associations: {
          order_rows: [
            {
              id,
              product_id: '1',
              product_attribute_id: '0',
              product_quantity: '1',
              product_name: 'Item',
              product_reference: 'ITEM',
              unit_price_tax_incl: total,
            },
          ],
        },
      });
      put('order_histories', {
        id: nextId('order_histories'),
        id_order: String(id),
        id_order_state: '10',
        date_add: at,
      });
      if (input.couponCode) {
        const rule = [...rows.cart_rules.values()].find((r) => r['code'] === input.couponCode);
        put('order_discounts', {
          id: nextId('order_discounts'),
          id_order: String(id),
          id_cart_rule: String(rule?.id ?? 0),
          name: input.couponCode,
          value: '0',
        });
        if (rule) rule['quantity'] = String(Math.max(0, Number(rule['quantity']) - 1));
      }
      return id;
    },
    setState(orderId, state) {
      const order = rows.orders.get(orderId);
      if (!order) throw new Error(`no order ${orderId}`);
      const at = tick();
      put('order_histories', {
        id: nextId('order_histories'),
        id_order: String(orderId),
        id_order_state: String(state),
        date_add: at,
      });
      Object.assign(order, { current_state: String(state), date_upd: at });
    },
    addSlip(orderId, amount) {
      const order = rows.orders.get(orderId);
      if (!order) throw new Error(`no order ${orderId}`);
      const at = tick();
      put('order_slip', {
        id: nextId('order_slip'),
        id_order: String(orderId),
        id_customer: order['id_customer'],
        amount: amount.toFixed(6),
        total_products_tax_incl: amount.toFixed(6),
        total_shipping_tax_incl: '0.000000',
        partial: '1',
        date_add: at,
        date_upd: at,
      });
    },
    readsFromStart: (resource) => unfiltered.get(resource) ?? 0,
    close: () => app.close(),
  };
}
