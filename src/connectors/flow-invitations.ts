import type { CommerceService, OrderLookup, OrderSnapshot } from '../commerce/index.js';
import { invitationFromOrder, type ReviewsService } from '../reviews/index.js';
import type { InvitationRequester } from './connectors.service.js';

const SOURCES = ['shopify', 'woocommerce', 'api', 'import'] as const;

/**
 * ESP flow webhooks → invitations (R3, R5, M1). The flow names the order as the ESP knows it
 * (Klaviyo's `OrderId` is the shop platform's id; an order number may come with or without
 * `#`): the order Trustloop holds for that customer gives the invitation the same order
 * reference as the automatic trigger's — so the dedupe rule sees one order whichever arrives
 * first — and the products to ask about. Without such an order, the products the body
 * carries are used.
 */
export function flowInvitations(deps: {
  commerce: CommerceService;
  reviews: ReviewsService;
}): InvitationRequester {
  async function heldOrder(
    channelId: string,
    email: string,
    orderId: string | null,
    orderNumber: string | null,
  ): Promise<OrderSnapshot | undefined> {
    const lookups: OrderLookup[] = [];
    for (const ref of [orderNumber, orderId]) {
      if (!ref) continue;
      const bare = ref.replace(/^#\s*/, '');
      lookups.push({ number: ref }, { number: bare }, { number: `#${bare}` });
    }
    if (orderId) for (const source of SOURCES) lookups.push({ source, externalId: orderId });
    for (const lookup of lookups) {
      const order = await deps.commerce.findOrder(channelId, lookup);
      if (order && order.customer.email?.toLowerCase() === email) return order;
    }
    return undefined;
  }

  return {
    async requestInvitation(input) {
      const held = await heldOrder(input.channelId, input.email, input.orderId, input.orderNumber);
      const order = held ? invitationFromOrder(held) : null;
      const products = order
        ? order.products
        : input.products.map((product) => ({
            sku: product.sku,
            productId: product.productId,
            title: product.title ?? product.sku ?? product.productId ?? '',
            imageUrl: product.imageUrl,
            productUrl: product.productUrl,
          }));
      const { invitation } = await deps.reviews.invitations.create(input.accountId, {
        channelId: input.channelId,
        email: input.email,
        name: input.name ?? order?.name ?? null,
        orderId: order ? order.orderId : input.orderId,
        orderNumber: order ? order.orderNumber : input.orderNumber,
        locale: input.locale ?? order?.locale ?? null,
        ...(input.type ? { type: input.type } : {}),
        products,
        method: input.method,
        // "The ESP sends" (R5): Trustloop writes the link to the profile and mails nothing itself.
        delivery: 'esp',
      });
      if (invitation.state !== 'sent' && invitation.state !== 'scheduled') return undefined;
      return { link: invitation.link, linkExpiresAt: invitation.linkExpiresAt };
    },

    async reviewTypeOf(accountId, channelId) {
      return (await deps.reviews.invitations.settings(accountId, channelId)).reviewType;
    },
  };
}
