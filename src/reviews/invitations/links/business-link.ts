import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Business-generated links, the scheme Trustpilot documents: the JSON payload is encrypted
 * with AES-256-CBC (PKCS#7, random 16-byte IV) under the encrypt key, then
 * HMAC-SHA256(auth key, IV ‖ ciphertext) is appended, and `IV ‖ ciphertext ‖ MAC` is
 * base64-encoded into the `p` query parameter. Both keys are 32 bytes, exchanged in base64.
 * https://support.trustpilot.com/hc/en-us/articles/115004145087
 */
export interface BusinessLinkPayload {
  email: string;
  name: string;
  /** The order (reference) number. */
  ref: string;
  skus?: string[];
  locale?: string;
}

export type OpenResult =
  | { ok: true; payload: BusinessLinkPayload }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'bad_payload' };

const IV_BYTES = 16;
const MAC_BYTES = 32;
const MAX_BLOB_BYTES = 8192;

function key(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== 32) throw new RangeError('business-link keys are 32 bytes, base64-encoded');
  return bytes;
}

/** Builds the `p` value (standard base64; URL-encode it into the query). The IV is random unless given. */
export function sealBusinessLink(
  payload: BusinessLinkPayload,
  keys: { encryptKey: string; authKey: string },
  iv: Buffer = randomBytes(IV_BYTES),
): string {
  const cipher = createCipheriv('aes-256-cbc', key(keys.encryptKey), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  const mac = createHmac('sha256', key(keys.authKey))
    .update(Buffer.concat([iv, ciphertext]))
    .digest();
  return Buffer.concat([iv, ciphertext, mac]).toString('base64');
}

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && value.length <= max ? value.trim() : undefined;
}

/**
 * Verifies the MAC (constant time) before decrypting anything, then decrypts and checks the
 * payload's shape. Accepts standard or url-safe base64, and `+` turned into a space by a
 * link that was not URL-encoded.
 */
export function openBusinessLink(p: string, keys: { encryptKey: string; authKey: string }): OpenResult {
  // Spaces become `+` before trimming: a link starting or ending with `+` must keep it.
  const normalized = p.replace(/ /g, '+').trim().replace(/-/g, '+').replace(/_/g, '/');
  if (normalized.length > MAX_BLOB_BYTES * 2 || !/^[A-Za-z0-9+/]+=*$/.test(normalized)) {
    return { ok: false, reason: 'malformed' };
  }
  const blob = Buffer.from(normalized, 'base64');
  const cipherLength = blob.length - IV_BYTES - MAC_BYTES;
  if (cipherLength < 16 || cipherLength % 16 !== 0) return { ok: false, reason: 'malformed' };
  const iv = blob.subarray(0, IV_BYTES);
  const ciphertext = blob.subarray(IV_BYTES, IV_BYTES + cipherLength);
  const mac = blob.subarray(IV_BYTES + cipherLength);
  const expected = createHmac('sha256', key(keys.authKey))
    .update(blob.subarray(0, IV_BYTES + cipherLength))
    .digest();
  if (!timingSafeEqual(mac, expected)) return { ok: false, reason: 'bad_signature' };
  let parsed: unknown;
  try {
    const decipher = createDecipheriv('aes-256-cbc', key(keys.encryptKey), iv);
    parsed = JSON.parse(Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8'));
  } catch {
    return { ok: false, reason: 'bad_payload' };
  }
  if (!parsed || typeof parsed !== 'object') return { ok: false, reason: 'bad_payload' };
  const raw = parsed as Record<string, unknown>;
  const email = text(raw['email'], 254);
  const name = text(raw['name'], 200);
  const ref = text(raw['ref'], 100);
  if (!email || !name || !ref) return { ok: false, reason: 'bad_payload' };
  const payload: BusinessLinkPayload = { email, name, ref };
  if (Array.isArray(raw['skus'])) {
    payload.skus = raw['skus']
      .filter((sku): sku is string => typeof sku === 'string' && sku !== '')
      .slice(0, 50);
  }
  const locale = text(raw['locale'], 35);
  if (locale) payload.locale = locale;
  return { ok: true, payload };
}
