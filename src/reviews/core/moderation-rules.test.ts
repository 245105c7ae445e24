import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, decideInitialStatus, type ModerationSettings } from './moderation-rules.js';

const now = new Date('2026-11-20T10:00:00.000Z');
const threshold: ModerationSettings = {
  publishMode: 'threshold',
  minRating: 4,
  delayHours: 48,
  filterEnabled: true,
};

describe('the status a new review starts in', () => {
  it('is published at once by default, whatever the rating', () => {
    for (const rating of [1, 2, 3, 4, 5]) {
      expect(decideInitialStatus(DEFAULT_SETTINGS, rating, [], now).status).toBe('published');
    }
  });

  it('under the threshold rule is published at once from minRating up, and pending with a publish time below it', () => {
    expect(decideInitialStatus(threshold, 4, [], now)).toEqual({
      status: 'published',
      publishAt: null,
      reason: null,
      note: null,
    });
    expect(decideInitialStatus(threshold, 3, [], now)).toEqual({
      status: 'pending',
      publishAt: new Date('2026-11-22T10:00:00.000Z'),
      reason: null,
      note: null,
    });
  });

  it('in manual mode is pending with no publish time', () => {
    expect(decideInitialStatus({ ...threshold, publishMode: 'manual' }, 5, [], now)).toMatchObject({
      status: 'pending',
      publishAt: null,
    });
  });

  it('is flagged with the filter’s findings whenever the filter is on, and ignores findings when it is off', () => {
    expect(decideInitialStatus(threshold, 5, ['email', 'profanity'], now)).toEqual({
      status: 'flagged',
      publishAt: null,
      reason: 'content_filter',
      note: 'email, profanity',
    });
    expect(decideInitialStatus({ ...threshold, filterEnabled: false }, 5, ['email'], now).status).toBe(
      'published',
    );
  });
});
