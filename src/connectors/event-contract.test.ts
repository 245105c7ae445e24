import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OrderEvent, OrderRefunded } from '../commerce/index.js';
import type { CustomerErased } from '../contacts/index.js';
import type { DomainEvent, Jobs, NewEvent } from '../platform/jobs/index.js';

/**
 * The event map is the contract between the domains: these cases are checked by the compiler
 * (`npx tsc --noEmit` fails when one stops holding); the runtime part only keeps vitest honest.
 */
describe('the domain event map', () => {
  it('gives a subscriber exactly the payloads of the types it lists', () => {
    const register = (jobs: Jobs) =>
      jobs.registerSubscriber({
        name: 'contract.check',
        eventTypes: ['order.paid', 'order.refunded', 'customer.erased'],
        async handle(event) {
          expectTypeOf(event.type).toEqualTypeOf<'order.paid' | 'order.refunded' | 'customer.erased'>();
          if (event.type === 'order.refunded') expectTypeOf(event.payload).toEqualTypeOf<OrderRefunded>();
          else if (event.type === 'order.paid') expectTypeOf(event.payload).toEqualTypeOf<OrderEvent>();
          else expectTypeOf(event.payload).toEqualTypeOf<CustomerErased>();
        },
      });
    expect(typeof register).toBe('function');
  });

  it('refuses to append a payload that does not match its type, or a type no domain declares', () => {
    const erased: CustomerErased = {
      channelId: 'ch_1',
      email: 'a@example.com',
      customerId: null,
      reason: 'admin',
    };
    const good: NewEvent = { type: 'customer.erased', accountId: 'acc_1', payload: erased };
    // @ts-expect-error an erasure is not an order event's payload
    const wrongPayload: NewEvent = { type: 'order.paid', accountId: 'acc_1', payload: erased };
    // @ts-expect-error no domain declares this type
    const unknownType: NewEvent = { type: 'order.teleported', accountId: 'acc_1', payload: erased };
    const subscriberOfUnknown = (jobs: Jobs) =>
      // @ts-expect-error a subscriber can only list declared types
      jobs.registerSubscriber({ name: 'x', eventTypes: ['order.teleported'], handle: async () => {} });
    expectTypeOf<DomainEvent<'order.paid'>['payload']>().toEqualTypeOf<OrderEvent>();
    expect([good, wrongPayload, unknownType, subscriberOfUnknown]).toHaveLength(4);
  });
});
