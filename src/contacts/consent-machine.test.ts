import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConsentChange,
  type ConsentState,
  decideConsent,
  PROTECTED_OPT_IN_MS,
  UNKNOWN_CONSENT,
} from './consent-machine.js';
import type { ConsentSource, ConsentStatus } from './contacts.events.js';

const REGISTERED = '2026-03-02T10:00:00.000Z';
const at = (minutes: number, seconds = 0) =>
  new Date(Date.parse(REGISTERED) + minutes * 60_000 + seconds * 1000).toISOString();

const state = (
  status: ConsentStatus,
  source: ConsentSource | null,
  changedAt: string | null,
  registeredAt: string | null = REGISTERED,
): ConsentState => ({ status, source, changedAt, registeredAt });

const change = (
  status: ConsentChange['status'],
  source: ConsentSource,
  changedAt: string,
  doubleOptIn?: boolean,
): ConsentChange => ({ status, source, changedAt, ...(doubleOptIn === undefined ? {} : { doubleOptIn }) });

const espOptIn = state('subscribed', 'esp', at(-60 * 24));

describe('consent transitions', () => {
  const settable = ['pending', 'subscribed', 'unsubscribed'] as const;
  const all = ['unknown', ...settable] as const;
  // Every (from, to) pair with a newer change from a source other than the shop.
  const expected: Record<(typeof all)[number], Record<(typeof settable)[number], boolean>> = {
    unknown: { pending: true, subscribed: true, unsubscribed: true },
    pending: { pending: false, subscribed: true, unsubscribed: true },
    subscribed: { pending: false, subscribed: false, unsubscribed: true },
    unsubscribed: { pending: true, subscribed: true, unsubscribed: false },
  };
  for (const from of all) {
    for (const to of settable) {
      const applies = expected[from][to];
      it(`${from} → ${to} ${applies ? 'applies' : 'changes nothing'}`, () => {
        const current =
          from === 'unknown' ? { ...UNKNOWN_CONSENT, registeredAt: null } : state(from, 'api', at(0));
        const decision = decideConsent(current, change(to, 'admin', at(1)));
        if (applies) {
          expect(decision).toMatchObject({
            applied: true,
            previous: from,
            next: { status: to, source: 'admin' },
          });
        } else {
          expect(decision).toMatchObject({ applied: false, reason: 'no_change' });
        }
      });
    }
  }
});

describe('later changes win', () => {
  it('ignores a change older than the current one', () => {
    const current = state('unsubscribed', 'esp', at(10));
    expect(decideConsent(current, change('subscribed', 'shop', at(5)))).toEqual({
      applied: false,
      reason: 'older_than_current',
    });
  });

  it('applies a change newer than the current one and records its time and source', () => {
    const decision = decideConsent(
      state('unsubscribed', 'esp', at(10)),
      change('subscribed', 'widget', at(11)),
    );
    expect(decision).toEqual({
      applied: true,
      previous: 'unsubscribed',
      doubleOptIn: false,
      next: { status: 'subscribed', source: 'widget', changedAt: at(11), registeredAt: REGISTERED },
    });
  });

  it('at the same instant lets the opt-out win over the opt-in, whichever arrives first', () => {
    const optIn = change('subscribed', 'api', at(3));
    const optOut = change('unsubscribed', 'esp', at(3));
    expect(decideConsent(state('subscribed', 'api', at(3)), optOut)).toMatchObject({ applied: true });
    expect(decideConsent(state('unsubscribed', 'esp', at(3)), optIn)).toEqual({
      applied: false,
      reason: 'older_than_current',
    });
  });

  it('remembers the time of a newer report of the same status, so an older change cannot override it', () => {
    const current = state('subscribed', 'esp', at(1));
    expect(decideConsent(current, change('subscribed', 'shop', at(5)))).toEqual({
      applied: false,
      reason: 'no_change',
      confirmedAt: at(5),
    });
  });

  it('treats the same change delivered again as no change', () => {
    const current = state('subscribed', 'esp', at(3));
    expect(decideConsent(current, change('subscribed', 'esp', at(3)))).toEqual({
      applied: false,
      reason: 'no_change',
    });
  });
});

describe('double opt-in', () => {
  it('marks a subscription that confirms a pending request as a double opt-in', () => {
    const pending = state('pending', 'widget', at(1));
    expect(decideConsent(pending, change('subscribed', 'esp', at(2)))).toMatchObject({
      applied: true,
      previous: 'pending',
      doubleOptIn: true,
    });
  });

  it('marks a subscription the source reports as confirmed as a double opt-in', () => {
    const unknown = { ...UNKNOWN_CONSENT, registeredAt: null };
    expect(decideConsent(unknown, change('subscribed', 'esp', at(2), true))).toMatchObject({
      doubleOptIn: true,
    });
    expect(decideConsent(unknown, change('subscribed', 'esp', at(2)))).toMatchObject({ doubleOptIn: false });
  });

  it('does not send a subscribed customer back to pending', () => {
    expect(decideConsent(state('subscribed', 'esp', at(1)), change('pending', 'widget', at(2)))).toEqual({
      applied: false,
      reason: 'no_change',
    });
  });
});

describe('the 15-minute rule', () => {
  it('keeps the ESP opt-in against a shop opt-out at 14:59 after registration', () => {
    expect(decideConsent(espOptIn, change('unsubscribed', 'shop', at(14, 59)))).toEqual({
      applied: false,
      reason: 'protected_opt_in',
    });
  });

  it('applies a shop opt-out at exactly 15:00 after registration', () => {
    expect(decideConsent(espOptIn, change('unsubscribed', 'shop', at(15)))).toMatchObject({
      applied: true,
      next: { status: 'unsubscribed', source: 'shop' },
    });
  });

  it('applies a shop opt-out at 15:01 after registration', () => {
    expect(decideConsent(espOptIn, change('unsubscribed', 'shop', at(15, 1)))).toMatchObject({
      applied: true,
    });
  });

  it('protects only an opt-in the ESP holds, not one from another source', () => {
    const shopOptIn = state('subscribed', 'shop', at(-1));
    expect(decideConsent(shopOptIn, change('unsubscribed', 'shop', at(1)))).toMatchObject({ applied: true });
  });

  it('lets an early opt-out from any source but the shop through', () => {
    expect(decideConsent(espOptIn, change('unsubscribed', 'esp', at(1)))).toMatchObject({ applied: true });
    expect(decideConsent(espOptIn, change('unsubscribed', 'admin', at(1)))).toMatchObject({ applied: true });
  });

  it('does not apply without a registration time', () => {
    const current = state('subscribed', 'esp', at(-1), null);
    expect(decideConsent(current, change('unsubscribed', 'shop', at(1)))).toMatchObject({ applied: true });
  });

  it('restores an ESP opt-in given before an early shop opt-out that arrived first', () => {
    const earlyOptOut = state('unsubscribed', 'shop', at(2));
    const decision = decideConsent(earlyOptOut, change('subscribed', 'esp', at(-60)));
    expect(decision).toMatchObject({ applied: true, next: { status: 'subscribed', source: 'esp' } });
  });

  it('does not restore an older ESP opt-in over a shop opt-out made after the window', () => {
    const lateOptOut = state('unsubscribed', 'shop', at(20));
    expect(decideConsent(lateOptOut, change('subscribed', 'esp', at(-60)))).toEqual({
      applied: false,
      reason: 'older_than_current',
    });
  });

  it('uses a 15-minute window', () => {
    expect(PROTECTED_OPT_IN_MS).toBe(900_000);
  });
});

describe('consent properties', () => {
  const statuses = fc.constantFrom('pending', 'subscribed', 'unsubscribed' as const);
  const sources = fc.constantFrom<ConsentSource>(
    'shop',
    'esp',
    'questionnaire',
    'admin',
    'import',
    'api',
    'widget',
  );
  const minute = fc.integer({ min: -120, max: 120 });
  const changeArb = fc
    .record({ status: statuses, source: sources, minute })
    .map((c) => change(c.status as ConsentChange['status'], c.source, at(c.minute)));
  const start = (registeredAt: string | null): ConsentState => ({ ...UNKNOWN_CONSENT, registeredAt });
  const run = (initial: ConsentState, changes: readonly ConsentChange[]) => {
    let current = initial;
    for (const next of changes) {
      const decision = decideConsent(current, next);
      if (decision.applied) current = decision.next;
      else if (decision.confirmedAt) current = { ...current, changedAt: decision.confirmedAt };
    }
    return current;
  };

  it('never applies the same change twice in a row', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 8 }), changeArb, (history, repeated) => {
        const once = run(start(REGISTERED), [...history, repeated]);
        expect(decideConsent(once, repeated).applied).toBe(false);
      }),
    );
  });

  it('never applies a change to the status already held', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 8 }), changeArb, (history, next) => {
        const current = run(start(REGISTERED), history);
        const decision = decideConsent(current, next);
        if (decision.applied) expect(decision.next.status).not.toBe(current.status);
      }),
    );
  });

  it('ends in the same opt-in or opt-out whatever order the changes arrive in, when no registration is known', () => {
    const optInOrOut = fc
      .record({ status: fc.constantFrom('subscribed', 'unsubscribed' as const), source: sources, minute })
      .map((c) => change(c.status as ConsentChange['status'], c.source, at(c.minute)));
    fc.assert(
      fc.property(
        fc
          .array(optInOrOut, { minLength: 1, maxLength: 7 })
          .chain((changes) =>
            fc.tuple(fc.constant(changes), fc.shuffledSubarray(changes, { minLength: changes.length })),
          ),
        ([inOrder, shuffled]) => {
          expect(run(start(null), shuffled).status).toBe(run(start(null), inOrder).status);
        },
      ),
    );
  });

  it('moves time forward: an applied change is never older than the one it replaces, but for a restored ESP opt-in', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 8 }), changeArb, (history, next) => {
        const current = run(start(REGISTERED), history);
        const decision = decideConsent(current, next);
        if (!decision.applied || current.changedAt === null) return;
        const restored = next.source === 'esp' && next.status === 'subscribed' && current.source === 'shop';
        if (!restored)
          expect(Date.parse(next.changedAt)).toBeGreaterThanOrEqual(Date.parse(current.changedAt));
      }),
    );
  });

  it('never lets a shop opt-out inside the window replace an ESP opt-in', () => {
    fc.assert(
      fc.property(
        fc.array(changeArb, { maxLength: 8 }),
        fc.integer({ min: 0, max: 899 }),
        (history, second) => {
          const current = run(start(REGISTERED), history);
          if (current.status !== 'subscribed' || current.source !== 'esp') return;
          const optOut = change(
            'unsubscribed',
            'shop',
            new Date(Date.parse(REGISTERED) + second * 1000).toISOString(),
          );
          expect(decideConsent(current, optOut).applied).toBe(false);
        },
      ),
    );
  });

  it('ends subscribed whichever of an ESP opt-in and an early shop opt-out arrives first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 0 }),
        fc.integer({ min: 0, max: 899 }),
        (espSecond, shopSecond) => {
          const optIn = change(
            'subscribed',
            'esp',
            new Date(Date.parse(REGISTERED) + espSecond * 1000).toISOString(),
          );
          const optOut = change(
            'unsubscribed',
            'shop',
            new Date(Date.parse(REGISTERED) + shopSecond * 1000).toISOString(),
          );
          expect(run(start(REGISTERED), [optIn, optOut]).status).toBe('subscribed');
          expect(run(start(REGISTERED), [optOut, optIn]).status).toBe('subscribed');
        },
      ),
    );
  });
});
