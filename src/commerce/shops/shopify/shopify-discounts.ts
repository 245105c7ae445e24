/**
 * Discount codes in a Shopify shop through the GraphQL Admin API (version 2025-01), with a custom
 * app's Admin API access token (`X-Shopify-Access-Token`) that has the `write_discounts` scope.
 * - amount off / percent off / free product: `discountCodeBasicCreate` (DiscountCodeBasicInput:
 *   code, title, startsAt, endsAt, customerSelection {all}, customerGets {value, items},
 *   usageLimit 1, appliesOncePerCustomer);
 * - free shipping: `discountCodeFreeShippingCreate` (destination {all});
 * - removal: `discountCodeDelete(id)`; a code already taken is looked up with `codeDiscountNodeByCode`.
 * Throttling: an answer whose errors carry `extensions.code = THROTTLED` (HTTP 200 or 429) is
 * retried after the time the cost report says the bucket needs
 * (https://shopify.dev/docs/api/usage/rate-limits, .../graphql-admin/rate-limits).
 */
import {
  decimalAmount,
  type ShopDiscountClient,
  ShopDiscountError,
  type ShopDiscountRequest,
  shopFetch,
  statusOutcome,
} from '../shop-discount.types.js';

export const SHOPIFY_API_VERSION = '2025-01';
const SCOPE = 'write_discounts';

interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: {
    cost?: {
      requestedQueryCost?: number;
      throttleStatus?: { currentlyAvailable: number; restoreRate: number };
    };
  };
}

interface UserError {
  field?: string[] | null;
  code?: string | null;
  message: string;
}

export function shopifyAdminUrl(shopDomain: string, adminApiUrl?: string | null): string {
  const origin = (adminApiUrl || `https://${shopDomain}`).replace(/\/+$/, '');
  return `${origin}/admin/api/${SHOPIFY_API_VERSION}/graphql.json`;
}

function throttleWaitMs(answer: GraphqlAnswer): number {
  const cost = answer.extensions?.cost;
  const status = cost?.throttleStatus;
  if (!cost?.requestedQueryCost || !status?.restoreRate) return 1_000;
  const missing = cost.requestedQueryCost - status.currentlyAvailable;
  return Math.max(1_000, Math.ceil((missing / status.restoreRate) * 1_000));
}

export function shopifyGraphql(endpoint: string, accessToken: string) {
  return async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await shopFetch('Shopify', endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-shopify-access-token': accessToken,
      },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (
      typeof answer.body === 'object' && answer.body !== null ? answer.body : {}
    ) as GraphqlAnswer;
    // A 401 (and Shopify's other HTTP errors) carries `errors` as a string, not a list.
    if (!Array.isArray(body.errors)) body.errors = undefined;
    if (body.errors?.some((error) => error.extensions?.code === 'THROTTLED')) {
      throw new ShopDiscountError('retry', 'Shopify throttled the call', throttleWaitMs(body));
    }
    if (answer.status === 401 || answer.status === 403) {
      throw ShopDiscountError.credentials(
        `Shopify refused the access token (${answer.status}): check the Admin API access token`,
      );
    }
    if (answer.status < 200 || answer.status >= 300) {
      const message = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      throw new ShopDiscountError(
        statusOutcome(answer.status),
        `Shopify answered ${answer.status}: ${message}`,
      );
    }
    if (body.errors?.length) {
      const message = body.errors.map((error) => error.message).join('; ');
      const denied = body.errors.some((error) => error.extensions?.code === 'ACCESS_DENIED');
      const text = `Shopify refused the call${denied ? ' (access denied)' : ''}: ${message}`;
      // ACCESS_DENIED: the token lacks a scope (write_discounts), which the merchant must grant.
      throw denied ? ShopDiscountError.credentials(text) : new ShopDiscountError('refused', text);
    }
    return body.data as T;
  };
}

const CREATE_BASIC = `mutation trustloopBasicCode($discount: DiscountCodeBasicInput!) {
  discountCodeBasicCreate(basicCodeDiscount: $discount) {
    codeDiscountNode { id }
    userErrors { field code message }
  }
}`;
const CREATE_FREE_SHIPPING = `mutation trustloopFreeShippingCode($discount: DiscountCodeFreeShippingInput!) {
  discountCodeFreeShippingCreate(freeShippingCodeDiscount: $discount) {
    codeDiscountNode { id }
    userErrors { field code message }
  }
}`;
const BY_CODE = `query trustloopCodeByCode($code: String!) {
  codeDiscountNodeByCode(code: $code) { id }
}`;
const DELETE = `mutation trustloopDeleteCode($id: ID!) {
  discountCodeDelete(id: $id) {
    deletedCodeDiscountId
    userErrors { field code message }
  }
}`;
const SCOPES = `query trustloopScopes {
  currentAppInstallation { accessScopes { handle } }
}`;

function productGid(product: string | null): string {
  if (product && /^gid:\/\/shopify\/Product\/\d+$/.test(product)) return product;
  if (product && /^\d+$/.test(product)) return `gid://shopify/Product/${product}`;
  throw new ShopDiscountError(
    'refused',
    `a free-product reward needs the Shopify product id (a number or gid://shopify/Product/…), got "${product ?? ''}"`,
  );
}

function basicInput(request: ShopDiscountRequest): Record<string, unknown> {
  const common = {
    title: request.title,
    code: request.code,
    startsAt: request.startsAt,
    endsAt: request.expiresAt,
    customerSelection: { all: true },
    usageLimit: 1,
    appliesOncePerCustomer: true,
  };
  if (request.kind === 'free_shipping') return { ...common, destination: { all: true } };
  const customerGets =
    request.kind === 'amount_off'
      ? {
          value: {
            discountAmount: {
              amount: decimalAmount(request.value, request.currency),
              appliesOnEachItem: false,
            },
          },
          items: { all: true },
        }
      : request.kind === 'percent_off'
        ? { value: { percentage: request.value / 100 }, items: { all: true } }
        : { value: { percentage: 1 }, items: { products: { productsToAdd: [productGid(request.product)] } } };
  return { ...common, customerGets };
}

function refusal(errors: UserError[]): ShopDiscountError {
  const text = errors
    .map((error) => `${(error.field ?? []).join('.') || 'input'}: ${error.message}`)
    .join('; ');
  return new ShopDiscountError('refused', `Shopify refused the discount: ${text}`);
}

export function shopifyDiscounts(
  endpoint: string,
  accessToken: string,
): ShopDiscountClient & {
  checkAccess(): Promise<void>;
} {
  const query = shopifyGraphql(endpoint, accessToken);
  return {
    async create(request) {
      const freeShipping = request.kind === 'free_shipping';
      const data = await query<
        Record<string, { codeDiscountNode: { id: string } | null; userErrors: UserError[] }>
      >(freeShipping ? CREATE_FREE_SHIPPING : CREATE_BASIC, { discount: basicInput(request) });
      const payload = data[freeShipping ? 'discountCodeFreeShippingCreate' : 'discountCodeBasicCreate'];
      if (payload?.codeDiscountNode) return { shopDiscountId: payload.codeDiscountNode.id };
      const errors = payload?.userErrors ?? [];
      // A retried call whose first answer was lost: the code is there already, it is ours.
      if (errors.some((error) => error.code === 'TAKEN' || error.code === 'DUPLICATE')) {
        const found = await query<{ codeDiscountNodeByCode: { id: string } | null }>(BY_CODE, {
          code: request.code,
        });
        if (found.codeDiscountNodeByCode) return { shopDiscountId: found.codeDiscountNodeByCode.id };
      }
      throw refusal(errors);
    },
    async remove(shopDiscountId) {
      const data = await query<{ discountCodeDelete: { userErrors: UserError[] } }>(DELETE, {
        id: shopDiscountId,
      });
      const errors = data.discountCodeDelete.userErrors;
      if (
        errors.length &&
        !errors.every((error) => error.code === 'INVALID' || /not exist|not found/i.test(error.message))
      )
        throw refusal(errors);
    },
    async checkAccess() {
      const data = await query<{ currentAppInstallation: { accessScopes: Array<{ handle: string }> } }>(
        SCOPES,
      );
      const scopes = data.currentAppInstallation.accessScopes.map((scope) => scope.handle);
      if (!scopes.includes(SCOPE))
        throw ShopDiscountError.credentials(
          `the access token lacks the ${SCOPE} scope (it has ${scopes.join(', ') || 'none'}); give the custom app "write_discounts" and install it again`,
        );
    },
  };
}
