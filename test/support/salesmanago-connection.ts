import type { OrderEvent, OrderSnapshot } from '../../src/commerce/index.js';
import type { CustomerUpserted } from '../../src/contacts/index.js';
import type { SalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import type { Tenant, TestApp } from './app.js';

/** Connects the tenant's channel to a SALESmanago fake through the API; `extra` adds or overrides settings. */
export function connectSalesmanago(
  app: TestApp,
  tenant: Tenant,
  fake: SalesmanagoFake,
  extra: Record<string, unknown> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/connections',
    headers: tenant.auth,
    payload: {
      channelId: tenant.channelId,
      connectorId: 'salesmanago',
      settings: {
        clientId: fake.clientId,
        apiSecret: fake.apiSecret,
        endpoint: fake.url,
        owner: fake.owner,
        ...extra,
      },
    },
  });
}

/** A paid order of `email` as the commerce domain reports it (`order.paid`). */
export function order(
  email: string,
  orderId: string,
  paidAt: string,
  extra: Partial<OrderSnapshot> = {},
): OrderEvent {
  return {
    order: {
      orderId,
      channelId: 'ch',
      source: 'api',
      externalId: orderId,
      number: `#${orderId}`,
      customer: {
        customerId: null,
        email,
        firstName: 'Jana',
        lastName: 'Nováková',
        phone: null,
        locale: 'pl',
      },
      currency: 'PLN',
      subtotal: 10000,
      discountTotal: 0,
      shippingTotal: 0,
      taxTotal: 0,
      total: 10000,
      refundedTotal: 0,
      lineItems: [
        {
          lineId: '1',
          productId: 'p1',
          variantId: null,
          sku: 'SKU-1',
          gtin: null,
          title: 'Mug',
          quantity: 1,
          unitPrice: 10000,
          imageUrl: null,
          productUrl: null,
        },
      ],
      discountCodes: [],
      referralCode: null,
      shippingAddressHash: null,
      locale: 'pl',
      placedAt: paidAt,
      paidAt,
      fulfilledAt: null,
      deliveredAt: null,
      cancelledAt: null,
      ...extra,
    },
  };
}

/** A customer Trustloop first knew at `createdAt` (`customer.upserted`). */
export function customer(email: string, createdAt: string): CustomerUpserted {
  return {
    created: true,
    customer: {
      customerId: `cus_${email}`,
      channelId: 'ch',
      email,
      firstName: null,
      lastName: null,
      phone: null,
      locale: null,
      birthday: null,
      tags: [],
      externalIds: {},
      consent: 'unknown',
      registeredAt: null,
      createdAt,
      updatedAt: createdAt,
    },
  };
}
