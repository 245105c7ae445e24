import { describe, expect, it } from 'vitest';
import type { Clock } from '../platform/clock.js';
import { failureOfStatus, fieldErrorsOf } from './connector-failure.js';
import { klaviyoClient } from './klaviyo/klaviyo.client.js';

const context = (platform: string, body?: unknown) => ({
  platform,
  retryAfter: null,
  now: new Date('2026-12-03T10:00:00Z'),
  authMessage: 'refused',
  ...(body === undefined ? {} : { body }),
});

describe('a platform’s 422 keeps the fields it named', () => {
  it('reads Laravel’s errors object (Ecomail)', () => {
    const body = {
      message: 'The given data was invalid.',
      errors: { name: ['The name field is required.'], from_email: ['The from email must be an email.'] },
    };
    const failure = failureOfStatus(422, 'The given data was invalid.', context('Ecomail', body));
    expect(failure.kind).toBe('permanent');
    expect(failure.fieldErrors).toEqual([
      { field: 'name', message: 'The name field is required.' },
      { field: 'from_email', message: 'The from email must be an email.' },
    ]);
    expect(failure.message).toBe(
      'Ecomail refused the request (422): The given data was invalid. (name: The name field is required.; from_email: The from email must be an email.)',
    );
  });

  it('reads JSON:API errors with source pointers (Klaviyo)', () => {
    const body = {
      errors: [
        {
          status: 400,
          code: 'invalid',
          title: 'Invalid input.',
          detail: 'Invalid email address',
          source: { pointer: '/data/attributes/email' },
        },
      ],
    };
    expect(fieldErrorsOf(body)).toEqual([
      { field: 'data.attributes.email', message: 'Invalid email address' },
    ]);
  });

  it('reads a list of messages given as the JSON text of the body (SALESmanago)', () => {
    const detail = JSON.stringify({ success: false, message: ['Contact email is not valid'] });
    const failure = failureOfStatus(400, detail, context('SALESmanago'));
    expect(failure.fieldErrors).toEqual([{ field: null, message: 'Contact email is not valid' }]);
    expect(failure.message).toBe('SALESmanago refused the request (400): Contact email is not valid');
  });

  it('keeps the plain summary when the platform named nothing', () => {
    const failure = failureOfStatus(422, 'no details', context('Ecomail', 'Unprocessable'));
    expect(failure.fieldErrors).toEqual([]);
    expect(failure.message).toBe('Ecomail refused the request (422): no details');
  });
});

describe('every connector’s refusal goes through the generic layer with its field errors', () => {
  it('Klaviyo’s client keeps every JSON:API error, not only the first one’s detail', () => {
    const client = klaviyoClient({
      baseUrl: 'http://127.0.0.1:1',
      privateKey: 'pk_test',
      clock: { now: () => new Date('2026-12-03T10:00:00Z') } as Clock,
    });
    const failure = client.fail({
      status: 400,
      headers: new Headers(),
      body: {
        errors: [
          { detail: 'Invalid email address', source: { pointer: '/data/attributes/email' } },
          { detail: 'Invalid phone number', source: { pointer: '/data/attributes/phone_number' } },
        ],
      },
    });
    expect(failure.fieldErrors).toEqual([
      { field: 'data.attributes.email', message: 'Invalid email address' },
      { field: 'data.attributes.phone_number', message: 'Invalid phone number' },
    ]);
  });
});
