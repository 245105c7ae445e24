import { describe, expect, it } from 'vitest';
import { payloadText } from './job-admin.js';

describe('payloadText', () => {
  it('reads a text field of an object payload', () => {
    expect(payloadText({ payload: { connectionId: 'con_1', page: 2 } }, 'connectionId')).toBe('con_1');
  });

  it('answers undefined for a missing or non-text field, and for a payload that is no object', () => {
    expect(payloadText({ payload: { page: 2 } }, 'connectionId')).toBeUndefined();
    expect(payloadText({ payload: { connectionId: 7 } }, 'connectionId')).toBeUndefined();
    expect(payloadText({ payload: null }, 'connectionId')).toBeUndefined();
    expect(payloadText({ payload: 'con_1' }, 'connectionId')).toBeUndefined();
  });
});
