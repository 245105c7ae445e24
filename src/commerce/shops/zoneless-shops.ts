/**
 * What the shops that write zone-less wall-clock times share (PrestaShop and Shoper,
 * reference/shops.md §4.2, §5): a time-zone setting that places their times, a merchant's map of
 * status ids to milestones, rows read field by field (an unreadable one becomes a dead letter),
 * pulls that leave the last seconds for the next pull, and a "refunded" status that returns what
 * is left of an order. Each platform's folder keeps only its own API and field names.
 */

import { isTimeZone } from '../../platform/time-zones.js';
import type { OrderInput } from '../commerce.inputs.js';
import type { CommerceDb } from '../orders.service.js';
import { instantToLocal, localToInstant } from './local-time.js';
import type {
  OrderMilestoneName,
  PulledRecord,
  ShopSettingField,
  ShopSettings,
  ShopWriters,
  VerifyResult,
} from './shop-connector.js';

export const DEFAULT_TIME_ZONE = 'Europe/Warsaw';

/** A row as the shop's API sent it. */
export type ShopRow = Record<string, unknown>;

/** A row the shop sent that cannot be read: the pull keeps it as a dead letter, a webhook answers 422. */
export class UnreadableRow extends Error {}

/** The channel a connection writes to, with the shop's clock and the merchant's status map. */
export interface ZonelessTarget {
  accountId: string;
  channelId: string;
  timeZone: string;
  /** Status id → milestone; what a status not in it means is the platform's rule. */
  statusMap: Readonly<Record<string, OrderMilestoneName>>;
}

/** A field as text: '' when absent or null. */
export function text(row: ShopRow | undefined, field: string): string {
  const value = row?.[field];
  return value === null || value === undefined ? '' : String(value);
}

/** A wall-clock field ("2025-03-02 10:15:00") as an ISO instant in the shop's zone. */
export function rowInstant(row: ShopRow, field: string, timeZone: string): string {
  const value = localToInstant(text(row, field), timeZone);
  if (!value) throw new UnreadableRow(`${field} "${text(row, field)}" is not a time "YYYY-MM-DD HH:MM:SS"`);
  return value;
}

/** A connection field that holds text ('' when unset). */
export function settingText(settings: ShopSettings, key: string): string {
  const found = settings.values[key];
  return typeof found === 'string' ? found : '';
}

export const timeZoneOf = (settings: ShopSettings) => settingText(settings, 'timeZone') || DEFAULT_TIME_ZONE;

/** The mapping's target: the channel, the connection's zone, and its status map over `defaults`. */
export function zonelessTarget(
  settings: ShopSettings,
  target: { accountId: string; channelId: string },
  defaults: Readonly<Record<string, OrderMilestoneName>> = {},
): ZonelessTarget {
  return {
    accountId: target.accountId,
    channelId: target.channelId,
    timeZone: timeZoneOf(settings),
    statusMap: {
      ...defaults,
      ...((settings.values['statusMap'] ?? {}) as Record<string, OrderMilestoneName>),
    },
  };
}

/** The connection field that places the shop's times. */
export function timeZoneSetting(platform: string): ShopSettingField {
  return {
    key: 'timeZone',
    section: 'connection',
    label: 'Shop time zone',
    type: 'string',
    required: false,
    secret: false,
    default: DEFAULT_TIME_ZONE,
    maxLength: 64,
    description: `${platform} writes times without a zone: the zone its clock runs in (IANA, e.g. Europe/Warsaw).`,
  };
}

/** A time zone this runtime does not know, as the live check's verdict; null when it is one. */
export function timeZoneVerdict(settings: ShopSettings): VerifyResult | null {
  if (isTimeZone(timeZoneOf(settings))) return null;
  return {
    ok: false,
    field: 'timeZone',
    message: `"${timeZoneOf(settings)}" is not a time zone such as Europe/Warsaw`,
    code: 'shop.timeZone',
    params: { zone: String(timeZoneOf(settings)) },
  };
}

/**
 * Changes of the last seconds are left for the next pull: the times have whole seconds, so a
 * change made later in the same second as the last record read would otherwise sort before the
 * cursor and never be read.
 */
export const SETTLE_MS = 2_000;

/** The newest change a pull reads now, as the shop's wall clock. */
export const settledUntil = (timeZone: string) =>
  instantToLocal(new Date(Date.now() - SETTLE_MS).toISOString(), timeZone);

type Apply = (trx: CommerceDb, writers: ShopWriters) => Promise<void>;

/** A pulled record, or its dead letter when reading it throws `UnreadableRow`. */
export function readRecord(
  row: ShopRow,
  id: string,
  updatedAt: () => string,
  build: () => Apply,
): PulledRecord {
  let at = '';
  try {
    at = updatedAt();
    return { id, updatedAt: at, apply: build() };
  } catch (error) {
    if (!(error instanceof UnreadableRow)) throw error;
    return { id, updatedAt: at, invalid: error.message, payload: row };
  }
}

/**
 * Records the order; when its status means refunded (`refundId`: the refund's external id), also
 * returns what is left of it: these shops may mark an order refunded without a refund record.
 */
export function orderEffect(input: OrderInput, refundId: string | null): Apply {
  return async (trx, writers) => {
    await writers.orders.recordOrderIn(trx, input);
    if (refundId === null) return;
    const row = await writers.orders.lockOrder(trx, input.channelId, input.source, input.externalId);
    const left = row ? row.total - row.refunded_total : 0;
    if (left > 0)
      await writers.refunds.recordRefundIn(trx, {
        accountId: input.accountId,
        channelId: input.channelId,
        source: input.source,
        orderExternalId: input.externalId,
        externalId: refundId,
        amount: left,
        createdAt: input.sourceUpdatedAt,
      });
  };
}
