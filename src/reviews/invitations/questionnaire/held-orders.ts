import type { Selectable } from 'kysely';
import type { InvitationsTable } from '../invitations.tables.js';
import type { InvitationProduct } from '../invitations.types.js';

/** What the questionnaire needs from an order Trustloop holds (the commerce domain answers). */
export interface HeldOrder {
  number: string;
  firstName: string | null;
  lastName: string | null;
  lineItems: Array<{
    sku: string | null;
    gtin: string | null;
    productId: string | null;
    title: string;
    imageUrl: string | null;
  }>;
}

/** Read-only access to the orders Trustloop holds, by the references an invitation carries. */
export interface HeldOrders {
  /** The invitation's own order: by Trustloop's order id, the shop's id, or the order number. */
  find(
    accountId: string,
    channelId: string,
    ref: { orderId: string | null; orderNumber: string | null },
  ): Promise<HeldOrder | undefined>;
  /** The shopper's newest orders in the channel, for invitations that name no held order. */
  recentOf(accountId: string, channelId: string, email: string): Promise<HeldOrder[]>;
}

/** A product of the page: its title for people, or null when only a code (SKU, GTIN) is known. */
export type PageProduct = InvitationProduct & { displayTitle: string | null };

export interface OrderContext {
  /** The order number shown to the shopper ("#1001"), when known. */
  orderLabel: string | null;
  /** The name the shop gave (API, CSV, BGL, order), to prefill the display-name field. */
  name: string | null;
  products: PageProduct[];
}

/** A title is only a code when it is empty or just repeats the SKU, GTIN or product id. */
function isCode(product: InvitationProduct): boolean {
  const title = product.title.trim();
  return title === '' || title === product.sku || title === product.gtin || title === product.productId;
}

/**
 * The order, name and product titles for a questionnaire. Product titles come from the
 * invitation when it has real ones, otherwise from the line items of the orders Trustloop holds
 * (matched by SKU, then GTIN, then product id); a product known only by a code gets no title,
 * so the page never shows a raw SKU.
 */
export async function orderContext(
  row: Selectable<InvitationsTable>,
  products: InvitationProduct[],
  orders: HeldOrders,
): Promise<OrderContext> {
  const held = await orders.find(row.account_id, row.channel_id, {
    orderId: row.order_id,
    orderNumber: row.order_number,
  });
  const needsTitles = products.some(isCode);
  const sources = held ? [held] : [];
  if (needsTitles && !products.every((product) => !isCode(product) || matchIn(sources, product)))
    sources.push(...(await orders.recentOf(row.account_id, row.channel_id, row.email)));
  const heldName = held ? [held.firstName, held.lastName].filter(Boolean).join(' ') : '';
  return {
    orderLabel: row.order_number ?? held?.number ?? null,
    name: row.name ?? (heldName || null),
    products: products.map((product) => {
      if (!isCode(product)) return { ...product, displayTitle: product.title };
      const item = matchIn(sources, product);
      return {
        ...product,
        title: item?.title ?? '',
        imageUrl: product.imageUrl ?? item?.imageUrl ?? null,
        displayTitle: item?.title ?? null,
      };
    }),
  };
}

function matchIn(
  orders: HeldOrder[],
  product: InvitationProduct,
): HeldOrder['lineItems'][number] | undefined {
  const items = orders.flatMap((order) => order.lineItems).filter((item) => item.title.trim() !== '');
  return (
    (product.sku ? items.find((item) => item.sku === product.sku) : undefined) ??
    (product.gtin ? items.find((item) => item.gtin === product.gtin) : undefined) ??
    (product.productId ? items.find((item) => item.productId === product.productId) : undefined)
  );
}
