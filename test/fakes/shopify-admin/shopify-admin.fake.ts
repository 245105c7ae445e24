import Fastify from 'fastify';
import { FailureQueue, type InjectedFailure } from '../fake-failures.js';

/**
 * Shopify's GraphQL Admin API, as much of it as Trustloop's discount codes use, answering as the
 * documentation says (version 2025-01, https://shopify.dev/docs/api/admin-graphql/2025-01):
 * - `POST /admin/api/{version}/graphql.json` with `X-Shopify-Access-Token`; a missing or unknown
 *   token is a 401 `{"errors":"[API] Invalid API key or access token (unrecognized login or wrong
 *   password)"}` (https://shopify.dev/docs/api/usage/authentication, "Invalid API key or access token").
 * - a field the token's scopes do not cover is a GraphQL error with `extensions.code =
 *   ACCESS_DENIED` ("Access denied for … field. Required access: `write_discounts` access scope.").
 * - `currentAppInstallation { accessScopes { handle } }` lists the token's scopes.
 * - `discountCodeBasicCreate(basicCodeDiscount: DiscountCodeBasicInput!)` and
 *   `discountCodeFreeShippingCreate(freeShippingCodeDiscount: DiscountCodeFreeShippingInput!)`
 *   answer `{codeDiscountNode {id}, userErrors}`; a code already used is the user error
 *   `{field:["basicCodeDiscount","code"], code:"TAKEN", message:"Code must be unique. Please try a different code."}`
 *   (DiscountErrorCode TAKEN); the input objects take exactly their documented fields — any other
 *   is refused as GraphQL refuses an invalid variable (`INVALID_VARIABLE`).
 * - `codeDiscountNodeByCode(code:)` → the node or null; `discountCodeDelete(id:)` →
 *   `{deletedCodeDiscountId, userErrors}`.
 * - calculated query cost: each call reports `extensions.cost` (requestedQueryCost,
 *   actualQueryCost, throttleStatus {maximumAvailable, currentlyAvailable, restoreRate}); when the
 *   bucket cannot pay, the answer is `{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}]}`
 *   with the cost and no data (https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits).
 *   Mutations cost 10, queries 1 (objects cost 1 each; mutations 10, per the cost table). The bucket
 *   size is the fake's choice (the docs give restore rates per plan: Standard 100 points/s).
 * Docs silent → strict: any other operation is refused with an error naming it.
 */
export interface ShopifyDiscount {
  id: string;
  code: string;
  type: 'basic' | 'free_shipping';
  input: Record<string, unknown>;
}

export interface ShopifyAdminFake {
  /** The origin to give Trustloop as the Admin API URL. */
  url: string;
  accessToken: string;
  discounts: Map<string, ShopifyDiscount>;
  /** Adds a token with these scopes. */
  addToken(token: string, scopes: string[]): void;
  /** The next `count` calls answer with `failure` (e.g. 503 while the shop is down). */
  failNext(count: number, failure: InjectedFailure): void;
  /** Empties the cost bucket: the next calls are throttled until it refills. */
  drainBucket(): void;
  calls: Array<{ operation: string; variables: Record<string, unknown> }>;
  close(): Promise<void>;
}

const BASIC_FIELDS = new Set([
  'appliesOncePerCustomer',
  'code',
  'combinesWith',
  'customerGets',
  'customerSelection',
  'endsAt',
  'minimumRequirement',
  'recurringCycleLimit',
  'startsAt',
  'title',
  'usageLimit',
]);
const FREE_SHIPPING_FIELDS = new Set([
  'appliesOncePerCustomer',
  'appliesOnOneTimePurchase',
  'appliesOnSubscription',
  'code',
  'combinesWith',
  'customerSelection',
  'destination',
  'endsAt',
  'maximumShippingPrice',
  'minimumRequirement',
  'recurringCycleLimit',
  'startsAt',
  'title',
  'usageLimit',
]);
const OPERATIONS = {
  currentAppInstallation: { scope: null, cost: 1 },
  discountCodeBasicCreate: { scope: 'write_discounts', cost: 10 },
  discountCodeFreeShippingCreate: { scope: 'write_discounts', cost: 10 },
  discountCodeDelete: { scope: 'write_discounts', cost: 10 },
  codeDiscountNodeByCode: { scope: 'read_discounts', cost: 1 },
} as const;
type Operation = keyof typeof OPERATIONS;

export async function startShopifyAdminFake(
  options: { accessToken?: string; scopes?: string[]; bucket?: number; restoreRate?: number } = {},
): Promise<ShopifyAdminFake> {
  const accessToken = options.accessToken ?? 'shpat_fake0123456789abcdef';
  const tokens = new Map<string, string[]>([
    [accessToken, options.scopes ?? ['read_discounts', 'write_discounts']],
  ]);
  const discounts = new Map<string, ShopifyDiscount>();
  const failures = new FailureQueue();
  const calls: ShopifyAdminFake['calls'] = [];
  const maximumAvailable = options.bucket ?? 1000;
  const restoreRate = options.restoreRate ?? 100;
  let available = maximumAvailable;
  let filledAt = Date.now();
  let nextId = 1;

  const refill = () => {
    const now = Date.now();
    available = Math.min(maximumAvailable, available + ((now - filledAt) / 1000) * restoreRate);
    filledAt = now;
  };
  const costReport = (requested: number, actual: number | null) => ({
    cost: {
      requestedQueryCost: requested,
      actualQueryCost: actual,
      throttleStatus: { maximumAvailable, currentlyAvailable: Math.floor(available), restoreRate },
    },
  });
  const invalidVariable = (type: string, field: string) => ({
    errors: [
      {
        message: `Variable $discount of type ${type}! was provided invalid value for ${field} (Field is not defined on ${type})`,
        extensions: { code: 'INVALID_VARIABLE' },
      },
    ],
  });

  function run(operation: Operation, variables: Record<string, unknown>): Record<string, unknown> {
    switch (operation) {
      case 'currentAppInstallation':
        return {};
      case 'discountCodeBasicCreate':
      case 'discountCodeFreeShippingCreate': {
        const input = (variables['discount'] ?? {}) as Record<string, unknown>;
        const code = String(input['code'] ?? '');
        const argument =
          operation === 'discountCodeBasicCreate' ? 'basicCodeDiscount' : 'freeShippingCodeDiscount';
        if ([...discounts.values()].some((d) => d.code.toLowerCase() === code.toLowerCase()))
          return {
            [operation]: {
              codeDiscountNode: null,
              userErrors: [
                {
                  field: [argument, 'code'],
                  code: 'TAKEN',
                  message: 'Code must be unique. Please try a different code.',
                },
              ],
            },
          };
        const id = `gid://shopify/DiscountCodeNode/${nextId++}`;
        discounts.set(id, {
          id,
          code,
          type: operation === 'discountCodeBasicCreate' ? 'basic' : 'free_shipping',
          input,
        });
        return { [operation]: { codeDiscountNode: { id }, userErrors: [] } };
      }
      case 'codeDiscountNodeByCode': {
        const code = String(variables['code'] ?? '').toLowerCase();
        const found = [...discounts.values()].find((d) => d.code.toLowerCase() === code);
        return { codeDiscountNodeByCode: found ? { id: found.id } : null };
      }
      case 'discountCodeDelete': {
        const id = String(variables['id'] ?? '');
        if (!discounts.delete(id))
          return {
            discountCodeDelete: {
              deletedCodeDiscountId: null,
              userErrors: [{ field: ['id'], code: 'INVALID', message: 'Discount does not exist' }],
            },
          };
        return { discountCodeDelete: { deletedCodeDiscountId: id, userErrors: [] } };
      }
    }
  }

  const app = Fastify({ logger: false });
  app.post<{ Params: { version: string } }>('/admin/api/:version/graphql.json', async (request, reply) => {
    const token = request.headers['x-shopify-access-token'];
    const scopes = typeof token === 'string' ? tokens.get(token) : undefined;
    if (!scopes)
      return reply
        .code(401)
        .send({ errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
    const failure = failures.take(request.url);
    if (failure) return reply.code(failure.status).send(failure.body ?? { errors: 'Service Unavailable' });
    const body = (request.body ?? {}) as { query?: string; variables?: Record<string, unknown> };
    const document = body.query ?? '';
    const variables = body.variables ?? {};
    const named = Object.keys(OPERATIONS).filter((name) => new RegExp(`\\b${name}\\s*[({]`).test(document));
    if (named.length !== 1)
      return {
        errors: [{ message: `the Shopify fake does not know this operation: ${document.slice(0, 80)}` }],
      };
    const operation = named[0] as Operation;
    calls.push({ operation, variables });
    const { scope, cost } = OPERATIONS[operation];
    refill();
    if (available < cost)
      return {
        errors: [
          {
            message: 'Throttled',
            extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
          },
        ],
        extensions: costReport(cost, null),
      };
    if (
      scope &&
      !scopes.includes(scope) &&
      !(scope === 'read_discounts' && scopes.includes('write_discounts'))
    )
      return {
        errors: [
          {
            message: `Access denied for ${operation} field. Required access: \`${scope}\` access scope.`,
            extensions: { code: 'ACCESS_DENIED' },
          },
        ],
      };
    if (operation === 'discountCodeBasicCreate' || operation === 'discountCodeFreeShippingCreate') {
      const fields = operation === 'discountCodeBasicCreate' ? BASIC_FIELDS : FREE_SHIPPING_FIELDS;
      const type =
        operation === 'discountCodeBasicCreate' ? 'DiscountCodeBasicInput' : 'DiscountCodeFreeShippingInput';
      const extra = Object.keys((variables['discount'] ?? {}) as object).find((field) => !fields.has(field));
      if (extra) return invalidVariable(type, extra);
    }
    available -= cost;
    const data =
      operation === 'currentAppInstallation'
        ? { currentAppInstallation: { accessScopes: scopes.map((handle) => ({ handle })) } }
        : run(operation, variables);
    return { data, extensions: costReport(cost, cost) };
  });
  const url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    url,
    accessToken,
    discounts,
    calls,
    addToken: (token, scopes) => void tokens.set(token, scopes),
    failNext: (count, failure) => failures.push(count, failure),
    drainBucket: () => {
      refill();
      available = 0;
    },
    close: () => app.close(),
  };
}
