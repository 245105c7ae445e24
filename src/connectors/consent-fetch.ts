import type { ConsentStatus } from '../contacts/index.js';
import { withinProtectedWindow } from '../contacts/index.js';
import type { DomainEvent } from '../platform/jobs/index.js';
import type { ConnectionTarget, Connector } from './connector.js';

/**
 * Records an opt-in the platform holds as the contact's consent (source `esp`, given by
 * `changedAt`) through the contacts domain; answers the contact's consent after it.
 */
export type PlatformOptIn = (input: {
  accountId: string;
  channelId: string;
  email: string;
  changedAt: string;
}) => Promise<ConsentStatus>;

/**
 * "Pobieranie statusu zgody" (seed 001 §6 [6]): when a contact registers in the shop, the
 * platform is asked for the consent it holds. An opt-in there becomes the contact's consent
 * (source `esp`) as of the registration, so the consent machine's 15-minute rule applies: a
 * shop opt-out in the 15 minutes after registration (the unticked newsletter box) does not
 * override it, a later one does and is sent (`forceOptOut`).
 *
 * Two deliveries ask, because they run concurrently and in any order:
 * - the registration (`customer.upserted`, created) when the shop said nothing of consent;
 * - an early shop opt-out (`consent.changed`): it must not reach the platform before the
 *   question does, or it would destroy the very opt-in it is about. Returns true when the
 *   platform holds an opt-in that now stands, i.e. this opt-out must not be sent.
 */
export async function askPlatformConsent(
  connector: Connector,
  target: ConnectionTarget,
  event: DomainEvent,
  optIn: PlatformOptIn,
): Promise<{ skipConsent: boolean }> {
  const keep = { skipConsent: false };
  if (!connector.fetchConsent || target.settings['fetchConsent'] === false || !event.channelId) return keep;
  const scope = { accountId: event.accountId, channelId: event.channelId };
  if (event.type === 'customer.upserted') {
    const { customer, created } = event.payload;
    // An opt-out the shop reported comes as its own consent.changed (below), which asks when
    // it is an early one; any other opt-out stands and is sent.
    if (!created || customer.consent !== 'unknown') return keep;
    if ((await connector.fetchConsent(target, customer.email)) === 'subscribed') {
      await optIn({
        ...scope,
        email: customer.email,
        changedAt: customer.registeredAt ?? customer.createdAt,
      });
    }
    return keep;
  }
  if (event.type === 'consent.changed') {
    const change = event.payload;
    const registeredAt = change.registeredAt ?? null;
    if (
      change.status !== 'unsubscribed' ||
      change.source !== 'shop' ||
      registeredAt === null ||
      !withinProtectedWindow(registeredAt, change.changedAt)
    )
      return keep;
    if ((await connector.fetchConsent(target, change.email)) !== 'subscribed') return keep;
    const now = await optIn({ ...scope, email: change.email, changedAt: registeredAt });
    return { skipConsent: now === 'subscribed' };
  }
  return keep;
}
