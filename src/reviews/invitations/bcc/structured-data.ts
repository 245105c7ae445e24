import { Parser } from 'htmlparser2';

/** What an order confirmation's markup says about the order, when it says anything. */
export interface StructuredOrder {
  email?: string;
  name?: string;
  orderNumber?: string;
  locale?: string;
  products: Array<{
    title: string;
    sku: string | null;
    gtin: string | null;
    productUrl: string | null;
    imageUrl: string | null;
  }>;
}

const MAX_SCRIPT_CHARS = 200_000;

function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 300) : undefined;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function typeIs(node: Record<string, unknown>, type: string): boolean {
  return asArray(node['@type']).some((t) => typeof t === 'string' && t.replace(/^.*[/:]/, '') === type);
}

function objects(value: unknown): Record<string, unknown>[] {
  return asArray(value).filter(
    (v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v),
  );
}

/** Trustpilot's AFS snippet: `<script type="application/json+trustpilot">`. */
function fromTrustpilotSnippet(json: unknown, into: StructuredOrder): void {
  for (const snippet of objects(json)) {
    into.email ??= str(snippet['recipientEmail']);
    into.name ??= str(snippet['recipientName']);
    into.orderNumber ??= str(snippet['referenceId']);
    into.locale ??= str(snippet['locale']);
    for (const product of objects(snippet['products'])) {
      const title = str(product['name']) ?? str(product['sku']);
      if (!title) continue;
      into.products.push({
        title,
        sku: str(product['sku']) ?? null,
        gtin: str(product['gtin']) ?? null,
        productUrl: str(product['productUrl']) ?? null,
        imageUrl: str(product['imageUrl']) ?? null,
      });
    }
  }
}

/** schema.org `Order` in JSON-LD (also inside `@graph`). */
function fromJsonLd(json: unknown, into: StructuredOrder): void {
  const nodes = objects(json).flatMap((node) => [node, ...objects(node['@graph'])]);
  for (const order of nodes.filter((node) => typeIs(node, 'Order'))) {
    into.orderNumber ??= str(order['orderNumber']) ?? str(order['confirmationNumber']);
    for (const customer of objects(order['customer'])) {
      into.email ??= str(customer['email'])?.replace(/^mailto:/i, '');
      into.name ??=
        str(customer['name']) ??
        ([str(customer['givenName']), str(customer['familyName'])].filter(Boolean).join(' ') || undefined);
    }
    const items = [
      ...objects(order['acceptedOffer']).flatMap((offer) => objects(offer['itemOffered'])),
      ...objects(order['orderedItem']),
    ];
    for (const item of items) {
      const inner = typeIs(item, 'OrderItem') ? (objects(item['orderedItem'])[0] ?? item) : item;
      const title = str(inner['name']) ?? str(inner['sku']);
      if (!title) continue;
      into.products.push({
        title,
        sku: str(inner['sku']) ?? null,
        gtin:
          str(inner['gtin13']) ?? str(inner['gtin']) ?? str(inner['gtin8']) ?? str(inner['gtin14']) ?? null,
        productUrl: str(inner['url']) ?? null,
        imageUrl: str(asArray(inner['image'])[0]) ?? null,
      });
    }
  }
}

/**
 * Reads the structured data an order confirmation may carry: Trustpilot's AFS snippet,
 * schema.org `Order` as JSON-LD, or as microdata (`itemprop="orderNumber"`, `customer`).
 * Broken markup or JSON is skipped, never thrown.
 */
export function readStructuredOrder(html: string): StructuredOrder {
  const found: StructuredOrder = { products: [] };
  let script: { type: string; text: string } | undefined;
  // Microdata: a stack of open elements, each remembering the itemprop it captures.
  const stack: Array<{ name: string; prop?: string; text: string; customer: boolean }> = [];
  const inCustomer = () => stack.some((entry) => entry.customer);

  const capture = (prop: string, value: string, customer: boolean) => {
    const text = value.replace(/\s+/g, ' ').trim();
    if (!text) return;
    if (prop === 'orderNumber') found.orderNumber ??= text.slice(0, 100);
    else if (customer && prop === 'email') found.email ??= text.replace(/^mailto:/i, '');
    else if (customer && prop === 'name') found.name ??= text.slice(0, 200);
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') {
          script = { type: (attributes['type'] ?? '').toLowerCase().trim(), text: '' };
          return;
        }
        const prop = attributes['itemprop'];
        const customer = prop === 'customer';
        if (prop && !customer) {
          const direct =
            attributes['content'] ?? (name === 'a' && prop === 'email' ? attributes['href'] : undefined);
          if (direct !== undefined) {
            capture(prop, direct, inCustomer());
            stack.push({ name, text: '', customer: false });
            return;
          }
        }
        stack.push({ name, ...(prop && !customer ? { prop } : {}), text: '', customer });
      },
      ontext(text) {
        if (script) {
          if (script.text.length < MAX_SCRIPT_CHARS) script.text += text;
          return;
        }
        for (const entry of stack) if (entry.prop) entry.text += text;
      },
      onclosetag(name) {
        if (name === 'script' && script) {
          const body = script.text.replace(/^\s*<!--/, '').replace(/-->\s*$/, '');
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {
            json = undefined;
          }
          if (json !== undefined && script.type === 'application/json+trustpilot')
            fromTrustpilotSnippet(json, found);
          if (json !== undefined && script.type === 'application/ld+json') fromJsonLd(json, found);
          script = undefined;
          return;
        }
        const index = stack.map((entry) => entry.name).lastIndexOf(name);
        if (index < 0) return;
        const closed = stack.splice(index);
        for (const entry of closed.reverse()) {
          if (entry.prop) capture(entry.prop, entry.text, inCustomer());
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}
