import type { Clock } from '../platform/clock.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import type { Jobs } from '../platform/jobs/index.js';
import { COMMERCE_EVENTS, type OrderRefunded, type RefundSnapshot } from './commerce.events.js';
import type { RecordResult, RefundInput } from './commerce.inputs.js';
import type { OrderRow, RefundRow } from './commerce.tables.js';
import { describeMoney } from './money.js';
import { toInstant, toRefundSnapshot, toSnapshot } from './order-rows.js';
import type { CommerceDb, Orders } from './orders.service.js';

export interface RefundsDeps {
  clock: Clock;
  jobs: Pick<Jobs, 'appendEvents'>;
  orders: Orders;
}

function unprocessable(field: string, message: string): AppError {
  return new AppError('unprocessable', `${field}: ${message}`, { details: [{ field, message }] });
}

/** The refund's lines and amount, checked against the order. */
function refundLines(input: RefundInput, order: OrderRow) {
  const lines = new Map(
    (JSON.parse(order.line_items) as Array<{ lineId: string; quantity: number; unitPrice: number }>).map(
      (line) => [line.lineId, line],
    ),
  );
  const lineItems: RefundSnapshot['lineItems'] = (input.lineItems ?? []).map((line, index) => {
    const field = `lineItems/${index}`;
    const ordered = lines.get(line.lineId);
    if (!ordered)
      throw unprocessable(`${field}/lineId`, `"${line.lineId}" is not a line of order ${order.number}`);
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 0) {
      throw AppError.invalid(`${field}/quantity`, 'must be a whole number ≥ 0');
    }
    if (line.quantity > ordered.quantity) {
      throw unprocessable(
        `${field}/quantity`,
        `the order has only ${ordered.quantity} of line ${line.lineId}`,
      );
    }
    const amount = line.amount ?? ordered.unitPrice * line.quantity;
    if (!Number.isSafeInteger(amount) || amount < 0) {
      throw AppError.invalid(`${field}/amount`, 'must be a whole number of minor units ≥ 0');
    }
    return { lineId: line.lineId, quantity: line.quantity, amount };
  });
  if (input.amount === undefined && lineItems.length === 0) {
    throw AppError.invalid('amount', 'give the amount, the refunded lines, or both');
  }
  const amount = input.amount ?? lineItems.reduce((sum, line) => sum + line.amount, 0);
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw AppError.invalid('amount', 'must be a whole number of minor units > 0');
  }
  return { amount, lineItems };
}

/** Refunds: idempotent by (order, refund external id); never more than what is left to refund. */
export function createRefunds(deps: RefundsDeps) {
  const { clock, jobs, orders } = deps;

  async function recordRefundIn(trx: CommerceDb, input: RefundInput): Promise<RecordResult<OrderRefunded>> {
    const externalId = typeof input.externalId === 'string' ? input.externalId.trim() : '';
    if (externalId === '' || externalId.length > 200) {
      throw AppError.invalid('externalId', 'is required (at most 200 characters)');
    }
    const createdAt = toInstant(input.createdAt, 'createdAt');
    const order = await orders.lockOrder(trx, input.channelId, input.source, input.orderExternalId);
    if (!order || order.account_id !== input.accountId)
      throw AppError.notFound(`order ${input.orderExternalId}`);

    const known = await trx
      .selectFrom('order_refunds')
      .selectAll()
      .where('order_id', '=', order.id)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    if (known) return { value: duplicateOf(order, known), created: false, changed: false, events: [] };

    const { amount, lineItems } = refundLines(input, order);
    const left = order.total - order.refunded_total;
    if (amount > left) {
      const money = (minor: number) => describeMoney(minor, order.currency);
      throw unprocessable(
        'amount',
        `a refund of ${money(amount)} is more than the ${money(left)} left to refund on order ${order.number}`,
      );
    }
    const row: RefundRow = {
      id: newId('rfd', clock.now().getTime()),
      order_id: order.id,
      external_id: externalId,
      amount,
      line_items: JSON.stringify(lineItems),
      created_at: createdAt,
      recorded_at: clock.now().toISOString(),
    };
    const inserted = await trx
      .insertInto('order_refunds')
      .values(row)
      .onConflict((conflict) => conflict.columns(['order_id', 'external_id']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) {
      throw new AppError('conflict', `refund ${externalId} is being recorded by another request; retry`);
    }
    const after: OrderRow = {
      ...order,
      refunded_total: order.refunded_total + amount,
      updated_at: row.recorded_at,
    };
    await trx
      .updateTable('orders')
      .set({ refunded_total: after.refunded_total, updated_at: after.updated_at })
      .where('id', '=', order.id)
      .execute();
    const value: OrderRefunded = {
      order: toSnapshot(after),
      refund: toRefundSnapshot(row, after, after.refunded_total),
    };
    await jobs.appendEvents(trx, [
      {
        type: COMMERCE_EVENTS.refunded,
        accountId: order.account_id,
        channelId: order.channel_id,
        occurredAt: createdAt,
        payload: value,
      },
    ]);
    return { value, created: true, changed: true, events: [COMMERCE_EVENTS.refunded] };
  }

  function duplicateOf(order: OrderRow, refund: RefundRow): OrderRefunded {
    return { order: toSnapshot(order), refund: toRefundSnapshot(refund, order, order.refunded_total) };
  }

  return { recordRefundIn };
}

export type Refunds = ReturnType<typeof createRefunds>;
