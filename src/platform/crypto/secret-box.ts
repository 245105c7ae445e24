import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Separates the secret box's AES key from any other use of the master key. */
const HKDF_INFO = 'trustloop secret-box v1 aes-256-gcm';
const KEY_ID_PATTERN = /^[0-9a-f]{8}$/;
const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;
// In a `u` regex a surrogate pair is one code point, so this only matches lone halves,
// which UTF-8 cannot carry and would silently turn into U+FFFD.
const LONE_SURROGATE = /\p{Cs}/u;

export type SecretBoxErrorReason =
  | 'malformed'
  | 'unsupported_version'
  | 'unknown_key'
  | 'authentication_failed';

/** A sealed secret could not be opened: it is malformed, was altered, or needs a key we do not hold. */
export class SecretBoxError extends Error {
  readonly reason: SecretBoxErrorReason;

  constructor(reason: SecretBoxErrorReason, message: string) {
    super(message);
    this.name = 'SecretBoxError';
    this.reason = reason;
  }
}

export interface SecretBoxOptions {
  /** The key new secrets are sealed with: 32 bytes. */
  masterKey: Buffer;
  /** Retired keys that can still open older secrets until they are rotated. */
  previousKeys?: readonly Buffer[];
}

/**
 * Authenticated encryption for secrets at rest (connector credentials and the like).
 *
 * `associatedData` binds a sealed value to its owner (for example a connection id):
 * it is not stored, but opening with different associated data fails, so a ciphertext
 * copied onto another row is useless. Omitting it is the same as passing `''`.
 *
 * @example
 * const box = createSecretBox({ masterKey, previousKeys });
 * const sealed = box.seal(apiKey, connectionId); // 'v1.3f9a0c1e.<iv>.<tag>.<ciphertext>'
 * box.open(sealed, connectionId); // apiKey
 * if (box.needsRotation(sealed)) save(box.rotate(sealed, connectionId));
 */
export interface SecretBox {
  /** Fingerprint of the current master key, as written into every sealed value. */
  readonly keyId: string;
  seal(plaintext: string, associatedData?: string): string;
  /** Throws `SecretBoxError` when the value is malformed, altered, bound to other data or sealed with an unknown key. */
  open(sealed: string, associatedData?: string): string;
  /** Whether the value was sealed with a key other than the current master key. Throws `SecretBoxError` if it is malformed. */
  needsRotation(sealed: string): boolean;
  /**
   * Opens the value and returns it sealed under the current master key. A value that is already
   * current is verified and returned unchanged, so callers can skip the write.
   */
  rotate(sealed: string, associatedData?: string): string;
}

interface KeyEntry {
  id: string;
  aesKey: Buffer;
}

interface Envelope {
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

/**
 * A short, stable fingerprint of a master key (8 hex characters) that names the key in
 * sealed values and in operator-facing messages without revealing it.
 */
export function keyFingerprint(key: Buffer): string {
  return createHash('sha256').update('trustloop key id\0').update(key).digest('hex').slice(0, 8);
}

function keyEntry(key: Buffer, label: string): KeyEntry {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new TypeError(`${label} must be a ${KEY_BYTES}-byte Buffer`);
  }
  const aesKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), HKDF_INFO, KEY_BYTES));
  return { id: keyFingerprint(key), aesKey };
}

function decodePart(part: string, name: string, bytes?: number): Buffer {
  const decoded = Buffer.from(part, 'base64url');
  // Buffer.from ignores stray characters and unused trailing bits; insisting on the
  // canonical encoding means any change to the text is detected, not just most.
  if (!BASE64URL_PATTERN.test(part) || decoded.toString('base64url') !== part) {
    throw new SecretBoxError('malformed', `sealed secret has an invalid ${name}`);
  }
  if (bytes !== undefined && decoded.length !== bytes) {
    throw new SecretBoxError('malformed', `sealed secret has an invalid ${name}`);
  }
  return decoded;
}

function parse(sealed: string): Envelope {
  if (typeof sealed !== 'string') {
    throw new SecretBoxError('malformed', 'sealed secret must be a string');
  }
  const parts = sealed.split('.');
  if (parts.length !== 5) {
    throw new SecretBoxError(
      'malformed',
      'sealed secret is not in the form v1.<keyId>.<iv>.<tag>.<ciphertext>',
    );
  }
  const [version, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  if (version !== VERSION) {
    throw new SecretBoxError(
      'unsupported_version',
      `sealed secret has unsupported version "${version.slice(0, 8)}"`,
    );
  }
  if (!KEY_ID_PATTERN.test(keyId)) {
    throw new SecretBoxError('malformed', 'sealed secret has an invalid key id');
  }
  return {
    keyId,
    iv: decodePart(iv, 'IV', IV_BYTES),
    tag: decodePart(tag, 'authentication tag', TAG_BYTES),
    ciphertext: decodePart(ciphertext, 'ciphertext'),
  };
}

/** The header is authenticated too, so the key id cannot be swapped without detection. */
function aad(keyId: string, associatedData: string | undefined): Buffer {
  return Buffer.from(`${VERSION}.${keyId}\0${associatedData ?? ''}`, 'utf8');
}

/** Creates a secret box over the current master key and any previous keys. */
export function createSecretBox(options: SecretBoxOptions): SecretBox {
  const current = keyEntry(options.masterKey, 'masterKey');
  const keys = new Map<string, KeyEntry>([[current.id, current]]);
  for (const [index, previous] of (options.previousKeys ?? []).entries()) {
    const entry = keyEntry(previous, `previousKeys[${index}]`);
    const known = keys.get(entry.id);
    if (known && !known.aesKey.equals(entry.aesKey)) {
      throw new TypeError(
        `previousKeys[${index}] has the same fingerprint as another key; generate a new key`,
      );
    }
    keys.set(entry.id, entry);
  }

  function seal(plaintext: string, associatedData?: string): string {
    if (typeof plaintext !== 'string') throw new TypeError('plaintext must be a string');
    if (LONE_SURROGATE.test(plaintext)) {
      throw new TypeError('plaintext contains an unpaired surrogate and cannot be stored as UTF-8');
    }
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', current.aesKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad(current.id, associatedData));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [VERSION, current.id, iv, tag, ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  function open(sealed: string, associatedData?: string): string {
    const envelope = parse(sealed);
    const key = keys.get(envelope.keyId);
    if (!key) {
      throw new SecretBoxError(
        'unknown_key',
        `sealed secret was made with master key ${envelope.keyId}, which is neither the current key ` +
          `(${current.id}) nor one of the previous keys (TRUSTLOOP_PREVIOUS_MASTER_KEYS)`,
      );
    }
    const decipher = createDecipheriv('aes-256-gcm', key.aesKey, envelope.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad(envelope.keyId, associatedData));
    decipher.setAuthTag(envelope.tag);
    try {
      return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError(
        'authentication_failed',
        'sealed secret failed authentication: it was altered or belongs to different associated data',
      );
    }
  }

  return {
    keyId: current.id,
    seal,
    open,
    needsRotation: (sealed) => parse(sealed).keyId !== current.id,
    rotate(sealed, associatedData) {
      const plaintext = open(sealed, associatedData);
      return parse(sealed).keyId === current.id ? sealed : seal(plaintext, associatedData);
    },
  };
}
