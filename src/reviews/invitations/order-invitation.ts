import type { OrderSnapshot } from '../../commerce/index.js';
import type { InvitationProduct } from './invitations.types.js';

/**
 * What an invitation takes from the order it is about: the shopper's name, the order's number
 * (the shop's, else its id there), the language and the products. Automatic invitations and the
 * ones an email platform asks for (connectors) read a held order alike.
 */
export function invitationFromOrder(order: OrderSnapshot) {
  return {
    name: [order.customer.firstName, order.customer.lastName].filter(Boolean).join(' ') || null,
    orderId: order.orderId,
    orderNumber: order.number || order.externalId,
    locale: order.customer.locale ?? order.locale,
    products: order.lineItems.map(
      (item): InvitationProduct => ({
        sku: item.sku,
        gtin: item.gtin,
        productId: item.productId,
        title: item.title,
        imageUrl: item.imageUrl,
        productUrl: item.productUrl,
      }),
    ),
  };
}
