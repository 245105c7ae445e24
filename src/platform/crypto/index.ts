/**
 * Cryptography for the rest of Trustloop: secrets at rest, the master key, password
 * hashing and token helpers. Everything is built on `node:crypto`; nothing else is
 * imported from inside this folder.
 *
 * @example
 * const master = await loadMasterKey({ envValue, previousEnvValues, dataDir });
 * const box = createSecretBox({ masterKey: master.key, previousKeys: master.previous });
 * const sealed = box.seal(apiKey, connectionId);
 */
export {
  type LoadMasterKeyOptions,
  loadMasterKey,
  type MasterKey,
  MasterKeyError,
  parseMasterKey,
} from './master-key.js';
export {
  hashPassword,
  type PasswordHashOptions,
  passwordNeedsRehash,
  passwordProblem,
  verifyPassword,
} from './passwords.js';
export {
  createSecretBox,
  keyFingerprint,
  type SecretBox,
  SecretBoxError,
  type SecretBoxErrorReason,
  type SecretBoxOptions,
} from './secret-box.js';
export { deriveKey, hmacMatches, hmacSha256, randomToken, safeEqual, sha256Hex } from './tokens.js';
