import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const KEY_BYTES = 32;
const HEX_KEY = /^[0-9a-fA-F]{64}$/;
const BASE64_KEY = /^[A-Za-z0-9+/_-]+={0,2}$/;
const GENERATE_HINT = 'generate one with: openssl rand -base64 32';

/** The master key is missing, malformed or stored unsafely. The message says how to fix it. */
export class MasterKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MasterKeyError';
  }
}

export interface LoadMasterKeyOptions {
  /** `TRUSTLOOP_MASTER_KEY`: 32 bytes as base64, base64url or 64 hex characters. */
  envValue?: string | undefined;
  /** `TRUSTLOOP_PREVIOUS_MASTER_KEYS`: retired keys, still able to open old secrets. */
  previousEnvValues?: readonly string[] | undefined;
  /** Where `master.key` lives when no key comes from the environment. */
  dataDir: string;
}

export interface MasterKey {
  key: Buffer;
  previous: Buffer[];
  source: 'env' | 'file';
  /** True when this call generated `master.key` (first start). */
  createdFile: boolean;
  /** The key file used, when `source` is `'file'`. */
  path?: string;
}

/**
 * Decodes a 32-byte key written as base64, base64url or 64 hex characters. `name` is
 * used in the error message; the value itself never is.
 */
export function parseMasterKey(value: string, name = 'TRUSTLOOP_MASTER_KEY'): Buffer {
  const text = value.trim();
  let key: Buffer | undefined;
  if (HEX_KEY.test(text)) key = Buffer.from(text, 'hex');
  // Node's base64 decoder reads both the standard and the url-safe alphabet.
  else if (BASE64_KEY.test(text)) key = Buffer.from(text, 'base64');
  if (!key || key.length !== KEY_BYTES) {
    const got = key ? `it decodes to ${key.length} bytes` : 'it is not base64, base64url or hex';
    throw new MasterKeyError(
      `${name} must be ${KEY_BYTES} random bytes encoded as base64, base64url or 64 hex characters, ` +
        `but ${got}; ${GENERATE_HINT}`,
    );
  }
  return key;
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes((error as NodeJS.ErrnoException).code ?? '');
}

async function writeNew(path: string, contents: string): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(contents, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Creates `path` only if it does not exist yet, and never lets another process see it
 * half-written: the key is written to a private temporary file which is then hard-linked
 * into place (link fails rather than overwrites). Returns false when another process won.
 */
async function createKeyFile(path: string, contents: string): Promise<boolean> {
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeNew(temporary, contents);
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    // Some filesystems (certain network and container mounts) have no hard links.
    if (!isCode(error, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV')) throw error;
  } finally {
    await unlink(temporary).catch(() => {});
  }
  try {
    await writeNew(path, contents);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  }
}

async function readKeyFile(path: string): Promise<Buffer> {
  const info = await stat(path);
  if (!info.isFile()) throw new MasterKeyError(`${path} must be a regular file`);
  // Windows has no POSIX permission bits to check.
  if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
    const mode = (info.mode & 0o777).toString(8).padStart(4, '0');
    throw new MasterKeyError(
      `${path} is accessible to other users (mode ${mode}); it holds the master key for all stored ` +
        `secrets. Restrict it with: chmod 600 ${path}`,
    );
  }
  return parseMasterKey(await readFile(path, 'utf8'), path);
}

/**
 * Finds the master key that encrypts secrets at rest (spec P5): from `TRUSTLOOP_MASTER_KEY`
 * when set, otherwise from `<dataDir>/master.key`, which is generated (32 random bytes,
 * base64, mode 0600) on first start. Safe when several processes start at once: exactly
 * one creates the file and all use its key.
 *
 * @example
 * const { key, previous } = await loadMasterKey({
 *   envValue: config.secrets.masterKey,
 *   previousEnvValues: config.secrets.previousMasterKeys,
 *   dataDir: config.env.dataDir,
 * });
 * const box = createSecretBox({ masterKey: key, previousKeys: previous });
 */
export async function loadMasterKey(options: LoadMasterKeyOptions): Promise<MasterKey> {
  const previous = (options.previousEnvValues ?? []).map((value, index) =>
    parseMasterKey(value, `TRUSTLOOP_PREVIOUS_MASTER_KEYS entry ${index + 1}`),
  );
  if (options.envValue !== undefined && options.envValue.trim() !== '') {
    return { key: parseMasterKey(options.envValue), previous, source: 'env', createdFile: false };
  }

  const path = join(options.dataDir, 'master.key');
  let createdFile = false;
  try {
    await stat(path);
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
    await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
    createdFile = await createKeyFile(path, `${randomBytes(KEY_BYTES).toString('base64')}\n`);
  }
  return { key: await readKeyFile(path), previous, source: 'file', createdFile, path };
}
