import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSecretBox, keyFingerprint, SecretBoxError } from './secret-box.js';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function newKey(): Buffer {
  return randomBytes(32);
}

function openError(run: () => unknown): SecretBoxError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SecretBoxError);
    return error as SecretBoxError;
  }
  throw new Error('expected open() to throw');
}

describe('secret box', () => {
  it('opens what it sealed', () => {
    const box = createSecretBox({ masterKey: newKey() });
    const sealed = box.seal('pk_live_123', 'conn_1');
    expect(box.open(sealed, 'conn_1')).toBe('pk_live_123');
  });

  it('writes a versioned, url-safe envelope naming the key', () => {
    const key = newKey();
    const box = createSecretBox({ masterKey: key });
    const sealed = box.seal('secret');
    expect(sealed).toMatch(/^v1\.[0-9a-f]{8}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(sealed.split('.')[1]).toBe(keyFingerprint(key));
    expect(box.keyId).toBe(keyFingerprint(key));
  });

  it('uses a fresh IV for every seal, so equal secrets give different ciphertexts', () => {
    const box = createSecretBox({ masterKey: newKey() });
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  it('seals the empty string', () => {
    const box = createSecretBox({ masterKey: newKey() });
    expect(box.open(box.seal(''))).toBe('');
  });

  it('rejects a change to any single character of the sealed value', () => {
    const box = createSecretBox({ masterKey: newKey() });
    const sealed = box.seal('a connector password', 'conn_1');
    for (let i = 0; i < sealed.length; i++) {
      const original = sealed[i]!;
      const replacement = original === 'A' ? 'B' : original === '.' ? '_' : 'A';
      const tampered = sealed.slice(0, i) + replacement + sealed.slice(i + 1);
      openError(() => box.open(tampered, 'conn_1'));
    }
  });

  it('rejects a flipped bit in the ciphertext as an authentication failure', () => {
    const box = createSecretBox({ masterKey: newKey() });
    const parts = box.seal('a connector password').split('.');
    const ciphertext = Buffer.from(parts[4]!, 'base64url');
    ciphertext[0]! ^= 1;
    parts[4] = ciphertext.toString('base64url');
    expect(openError(() => box.open(parts.join('.'))).reason).toBe('authentication_failed');
  });

  it('rejects truncated, extended and garbage input as malformed', () => {
    const box = createSecretBox({ masterKey: newKey() });
    const sealed = box.seal('x');
    expect(openError(() => box.open(sealed.slice(0, sealed.lastIndexOf('.')))).reason).toBe('malformed');
    expect(openError(() => box.open(`${sealed}.${BASE64URL}`)).reason).toBe('malformed');
    expect(openError(() => box.open('not sealed at all')).reason).toBe('malformed');
    expect(openError(() => box.open(sealed.replace(/^v1/, 'v9'))).reason).toBe('unsupported_version');
  });

  it('does not open a secret with different associated data', () => {
    const box = createSecretBox({ masterKey: newKey() });
    const sealed = box.seal('token', 'conn_1');
    expect(openError(() => box.open(sealed, 'conn_2')).reason).toBe('authentication_failed');
    expect(openError(() => box.open(sealed)).reason).toBe('authentication_failed');
  });

  it('does not open a secret sealed under a key it does not hold', () => {
    const sealed = createSecretBox({ masterKey: newKey() }).seal('token');
    const error = openError(() => createSecretBox({ masterKey: newKey() }).open(sealed));
    expect(error.reason).toBe('unknown_key');
    expect(error.message).toContain('TRUSTLOOP_PREVIOUS_MASTER_KEYS');
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => createSecretBox({ masterKey: randomBytes(16) })).toThrow(/32-byte/);
    expect(() => createSecretBox({ masterKey: newKey(), previousKeys: [randomBytes(31)] })).toThrow(
      /previousKeys\[0\]/,
    );
  });

  it('refuses plaintext that UTF-8 cannot carry', () => {
    const box = createSecretBox({ masterKey: newKey() });
    expect(() => box.seal('half a pair \ud83d')).toThrow(TypeError);
  });

  it('round-trips arbitrary unicode strings and associated data', () => {
    const box = createSecretBox({ masterKey: newKey() });
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'grapheme' }),
        (plaintext, associatedData) => {
          expect(box.open(box.seal(plaintext, associatedData), associatedData)).toBe(plaintext);
        },
      ),
    );
  });
});

describe('secret box key rotation', () => {
  it('opens secrets sealed with a previous key', () => {
    const oldKey = newKey();
    const sealed = createSecretBox({ masterKey: oldKey }).seal('token', 'conn_1');
    const box = createSecretBox({ masterKey: newKey(), previousKeys: [oldKey] });
    expect(box.open(sealed, 'conn_1')).toBe('token');
  });

  it('knows which secrets are sealed under an older key', () => {
    const oldKey = newKey();
    const oldSealed = createSecretBox({ masterKey: oldKey }).seal('token');
    const box = createSecretBox({ masterKey: newKey(), previousKeys: [oldKey] });
    expect(box.needsRotation(oldSealed)).toBe(true);
    expect(box.needsRotation(box.seal('token'))).toBe(false);
  });

  it('re-seals an old secret under the current key, which then opens without the old one', () => {
    const oldKey = newKey();
    const currentKey = newKey();
    const oldSealed = createSecretBox({ masterKey: oldKey }).seal('token', 'conn_1');
    const rotated = createSecretBox({ masterKey: currentKey, previousKeys: [oldKey] }).rotate(
      oldSealed,
      'conn_1',
    );
    expect(rotated.split('.')[1]).toBe(keyFingerprint(currentKey));
    const withoutOldKey = createSecretBox({ masterKey: currentKey });
    expect(withoutOldKey.needsRotation(rotated)).toBe(false);
    expect(withoutOldKey.open(rotated, 'conn_1')).toBe('token');
  });

  it('returns a current secret unchanged from rotate(), after checking it', () => {
    const box = createSecretBox({ masterKey: newKey() });
    const sealed = box.seal('token', 'conn_1');
    expect(box.rotate(sealed, 'conn_1')).toBe(sealed);
    expect(() => box.rotate(sealed, 'conn_2')).toThrow(SecretBoxError);
  });

  it('accepts the current key repeated among the previous ones', () => {
    const key = newKey();
    const box = createSecretBox({ masterKey: key, previousKeys: [key] });
    expect(box.open(box.seal('token'))).toBe('token');
  });
});
