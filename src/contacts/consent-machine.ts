/**
 * Newsletter consent as an explicit state machine (C2), free of storage and clocks so that
 * every rule is tested on its own.
 *
 *   unknown ──► pending (double opt-in requested) ──► subscribed (confirmed)
 *      │                    │                              │
 *      └────────────────────┴──────► unsubscribed ◄────────┘   (and back, by a later change)
 *
 * Rules, in the order they are checked:
 * 1. Later changes win by `changedAt`; an older change arriving late is ignored
 *    (`older_than_current`). At the same instant the more restrictive status wins
 *    (unsubscribed over subscribed over pending), so arrival order never matters.
 * 2. The 15-minute rule (SALESmanago): an opt-out from the shop made less than 15 minutes
 *    after the customer registered does not override an opt-in the ESP holds
 *    (`protected_opt_in`). Shops report "no newsletter box ticked" at sign-up; the ESP's
 *    earlier, explicit opt-in must survive it. An ESP opt-in that arrives after such an
 *    opt-out, but was given before it, restores the opt-in for the same reason.
 * 3. A change to the status already held changes nothing (`no_change`); so does a request for
 *    double opt-in from a customer who is already subscribed.
 *
 * Opt-ins and opt-outs end in the same status whatever order they arrive in. A double opt-in
 * request is the one exception: when it overtakes an older confirmed opt-in, the customer stays
 * pending until the next confirmation (the state keeps one status, not the whole history).
 */
import type { ConsentSource, ConsentStatus } from './contacts.events.js';

export const PROTECTED_OPT_IN_MS = 15 * 60 * 1000;

export interface ConsentState {
  status: ConsentStatus;
  /** Who set the current status; null while unknown. */
  source: ConsentSource | null;
  /** ISO-8601: when the current status was set at its source; null while unknown. */
  changedAt: string | null;
  /** ISO-8601: when the customer registered in the shop, if known. */
  registeredAt: string | null;
}

export interface ConsentChange {
  status: Exclude<ConsentStatus, 'unknown'>;
  source: ConsentSource;
  /** ISO-8601. */
  changedAt: string;
  doubleOptIn?: boolean;
}

export type ConsentRejection = 'older_than_current' | 'protected_opt_in' | 'no_change';

export type ConsentDecision =
  | { applied: true; next: ConsentState; previous: ConsentStatus; doubleOptIn: boolean }
  | {
      applied: false;
      reason: ConsentRejection;
      /**
       * A newer report of the status already held: nothing changes for anyone, but the state
       * remembers this later time so an older change arriving afterwards cannot override it.
       */
      confirmedAt?: string;
    };

export const UNKNOWN_CONSENT: Omit<ConsentState, 'registeredAt'> = {
  status: 'unknown',
  source: null,
  changedAt: null,
};

/** Ties at one instant go to the more restrictive status. */
const RANK: Record<ConsentStatus, number> = { unknown: 0, pending: 1, subscribed: 2, unsubscribed: 3 };

const ms = (iso: string) => new Date(iso).getTime();

/** True when a shop opt-out at `at` falls inside the 15 minutes after registration. */
export function withinProtectedWindow(registeredAt: string | null, at: string): boolean {
  if (registeredAt === null) return false;
  return ms(at) - ms(registeredAt) < PROTECTED_OPT_IN_MS;
}

function isEspOptIn(status: ConsentStatus, source: ConsentSource | null): boolean {
  return status === 'subscribed' && source === 'esp';
}

function isEarlyShopOptOut(state: ConsentState): boolean {
  return (
    state.status === 'unsubscribed' &&
    state.source === 'shop' &&
    state.changedAt !== null &&
    withinProtectedWindow(state.registeredAt, state.changedAt)
  );
}

function apply(current: ConsentState, change: ConsentChange): ConsentDecision {
  const doubleOptIn =
    change.status === 'subscribed' && (change.doubleOptIn === true || current.status === 'pending');
  return {
    applied: true,
    previous: current.status,
    doubleOptIn,
    next: {
      status: change.status,
      source: change.source,
      changedAt: new Date(change.changedAt).toISOString(),
      registeredAt: current.registeredAt,
    },
  };
}

/** Decides what `change` does to `current`: the next state, or why nothing happens. */
export function decideConsent(current: ConsentState, change: ConsentChange): ConsentDecision {
  const sameStatus = change.status === current.status;

  if (current.changedAt !== null) {
    const delta = ms(change.changedAt) - ms(current.changedAt);
    const older = delta < 0 || (delta === 0 && RANK[change.status] <= RANK[current.status]);
    if (older) {
      // An ESP opt-in given before an early shop opt-out that overtook it on the way here.
      if (isEspOptIn(change.status, change.source) && isEarlyShopOptOut(current)) {
        return apply(current, change);
      }
      return { applied: false, reason: sameStatus && delta === 0 ? 'no_change' : 'older_than_current' };
    }
  }

  if (
    change.source === 'shop' &&
    change.status === 'unsubscribed' &&
    isEspOptIn(current.status, current.source) &&
    withinProtectedWindow(current.registeredAt, change.changedAt)
  ) {
    return { applied: false, reason: 'protected_opt_in' };
  }

  if (sameStatus) {
    const newer = current.changedAt === null || ms(change.changedAt) > ms(current.changedAt);
    return newer
      ? { applied: false, reason: 'no_change', confirmedAt: new Date(change.changedAt).toISOString() }
      : { applied: false, reason: 'no_change' };
  }
  if (change.status === 'pending' && current.status === 'subscribed') {
    return { applied: false, reason: 'no_change' };
  }
  return apply(current, change);
}
