import { AppError } from '../../platform/errors.js';
import type { FlowProduct, InboundMessage, InboundRequest } from '../connector.js';

/** The review types a flow may ask for (seed 000: service, product, service and product). */
export const FLOW_REVIEW_TYPES = ['service', 'product', 'both'] as const;
export type FlowReviewType = (typeof FLOW_REVIEW_TYPES)[number];

const MAX_ITEMS = 50;

const text = (value: unknown, max = 300): string | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed.slice(0, max);
};

/**
 * The review type of one flow: `review_type` in the JSON body, else `?review_type=` on the
 * destination URL, else null (the channel's type). Klaviyo renders a missing variable as an
 * empty string, which counts as not given. Anything else is refused with the allowed values,
 * so a typo never silently becomes a service invitation.
 */
function reviewTypeOf(body: Record<string, unknown>, query: InboundRequest['query']): FlowReviewType | null {
  const fromBody = text(body['review_type']);
  const given = fromBody ?? text(query['review_type']);
  if (given === null) return null;
  const normalized = given.toLowerCase();
  if ((FLOW_REVIEW_TYPES as readonly string[]).includes(normalized)) return normalized as FlowReviewType;
  const field = fromBody !== null ? '/body/review_type' : '/query/review_type';
  throw AppError.invalid(
    field,
    `"${given}" is not a review type; allowed values: ${FLOW_REVIEW_TYPES.join(', ')} (both = service and product)`,
  );
}

/**
 * Products the body carries: `items` as the setup body renders them from Klaviyo's Placed
 * Order event (`sku`, `product_id`, `title`, `url`, `image_url`; Klaviyo's own `SKU`,
 * `ProductID`, `ProductName`, `ProductURL`, `ImageURL` are read too), or `skus` as a list or
 * a comma-separated string.
 */
function productsOf(body: Record<string, unknown>): FlowProduct[] {
  const products: FlowProduct[] = [];
  const items = body['items'];
  if (Array.isArray(items)) {
    for (const raw of items.slice(0, MAX_ITEMS)) {
      if (!raw || typeof raw !== 'object') continue;
      const item = raw as Record<string, unknown>;
      const product: FlowProduct = {
        sku: text(item['sku'] ?? item['SKU'], 200),
        productId: text(item['product_id'] ?? item['ProductID'], 200),
        title: text(item['title'] ?? item['ProductName']),
        productUrl: text(item['url'] ?? item['ProductURL'], 2000),
        imageUrl: text(item['image_url'] ?? item['ImageURL'], 2000),
      };
      if (product.sku || product.productId || product.title) products.push(product);
    }
  }
  const skus = body['skus'];
  const list = Array.isArray(skus) ? skus : typeof skus === 'string' ? skus.split(',') : [];
  for (const sku of list.slice(0, MAX_ITEMS)) {
    const value = text(sku, 200);
    if (value && !products.some((p) => p.sku === value)) {
      products.push({ sku: value, productId: null, title: null, productUrl: null, imageUrl: null });
    }
  }
  return products.slice(0, MAX_ITEMS);
}

/** A Klaviyo flow webhook's rendered body as an invitation request (R3, M1). */
export function parseFlowRequest(request: InboundRequest): InboundMessage {
  const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<
    string,
    unknown
  >;
  const email = (text(body['email'], 254) ?? '').toLowerCase();
  if (!email.includes('@')) return { kind: 'ignored', reason: 'the flow webhook body has no email' };
  return {
    kind: 'invitation_request',
    email,
    name: text(body['first_name'], 200),
    orderId: text(body['order_id'], 100),
    orderNumber: text(body['order_number'], 100),
    locale: text(body['locale'], 35),
    reviewType: reviewTypeOf(body, request.query),
    products: productsOf(body),
    method: 'klaviyo_flow',
  };
}

const ITEMS_TEMPLATE =
  '[{% for item in event.Items %}{"sku": "{{ item.SKU|default:\'\' }}", ' +
  '"product_id": "{{ item.ProductID|default:\'\' }}", "title": "{{ item.ProductName|default:\'\' }}", ' +
  '"url": "{{ item.ProductURL|default:\'\' }}", "image_url": "{{ item.ImageURL|default:\'\' }}"}' +
  '{% if not forloop.last %},{% endif %}{% endfor %}]';

/**
 * The JSON body for a flow's Webhook action, in Klaviyo's template language, for one review
 * type. Product types also pass the Placed Order event's `Items` (Klaviyo's documented
 * property names for an order's products), for orders Trustloop does not hold itself.
 */
export function flowJsonBody(type: FlowReviewType): string {
  const lines = [
    '  "email": "{{ person.email }}"',
    `  "first_name": "{{ person.first_name|default:'' }}"`,
    `  "locale": "{{ person.locale|default:'' }}"`,
    `  "order_id": "{{ event.OrderId|default:'' }}"`,
    `  "order_number": "{{ event|lookup:'OrderNumber'|default:'' }}"`,
    `  "review_type": "${type}"`,
  ];
  if (type !== 'service') lines.push(`  "items": ${ITEMS_TEMPLATE}`);
  return `{\n${lines.join(',\n')}\n}`;
}

/** What setup shows for Klaviyo: the destination, its secret header and a body per review type. */
export function flowWebhookSetup(input: {
  inboundUrl: string;
  secret: string;
  channelReviewType: FlowReviewType;
  questionnaireProperty: string;
}) {
  return {
    destinationUrl: input.inboundUrl,
    headers: { 'X-Trustloop-Secret': input.secret },
    reviewType: input.channelReviewType,
    jsonBody: flowJsonBody(input.channelReviewType),
    reviewTypes: [...FLOW_REVIEW_TYPES],
    jsonBodies: Object.fromEntries(FLOW_REVIEW_TYPES.map((type) => [type, flowJsonBody(type)])),
    questionnaireLinkTag: `{{ person|lookup:'${input.questionnaireProperty}' }}`,
  };
}
