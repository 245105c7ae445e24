import { describe, expect, it } from 'vitest';
import { decideFailure } from './failure.js';
import { PermanentError, RetryableError } from './job-errors.js';

const now = new Date('2026-05-01T12:00:00.000Z');
const half = () => 0.5;

describe('decideFailure', () => {
  it('retries an ordinary error after a jittered exponential delay', () => {
    const outcome = decideFailure(new Error('boom'), 3, 10, now, half);
    expect(outcome).toMatchObject({ state: 'pending', runAt: new Date('2026-05-01T12:00:02.000Z') });
    expect(outcome.error).toContain('boom');
  });

  it('honours retryAfterMs exactly', () => {
    const outcome = decideFailure(new RetryableError('429', { retryAfterMs: 30_000 }), 1, 10, now, half);
    expect(outcome).toMatchObject({ state: 'pending', runAt: new Date('2026-05-01T12:00:30.000Z') });
  });

  it('dead-letters a PermanentError on the first attempt', () => {
    expect(decideFailure(new PermanentError('bad key'), 1, 10, now, half).state).toBe('dead');
  });

  it('dead-letters after the last attempt, even a retryable one', () => {
    expect(decideFailure(new RetryableError('later', { retryAfterMs: 5 }), 10, 10, now, half).state).toBe(
      'dead',
    );
  });

  it('keeps a readable message for non-Error throws', () => {
    expect(decideFailure('plain string', 1, 2, now, half).error).toBe('plain string');
  });
});
