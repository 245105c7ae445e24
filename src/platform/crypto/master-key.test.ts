import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMasterKey, MasterKeyError, parseMasterKey } from './master-key.js';

const posixOnly = process.platform === 'win32' ? it.skip : it;

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'trustloop-master-key-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadMasterKey from the environment', () => {
  const key = randomBytes(32);

  it.each([
    ['base64', key.toString('base64')],
    ['base64url', key.toString('base64url')],
    ['hex', key.toString('hex')],
    ['upper-case hex with spaces around', `  ${key.toString('hex').toUpperCase()}\n`],
  ])('accepts a %s key', async (_encoding, envValue) => {
    const loaded = await loadMasterKey({ envValue, dataDir: root });
    expect(loaded.key.equals(key)).toBe(true);
    expect(loaded.source).toBe('env');
    expect(loaded.createdFile).toBe(false);
  });

  it('does not create a key file when the key comes from the environment', async () => {
    await loadMasterKey({ envValue: key.toString('base64'), dataDir: root });
    await expect(stat(join(root, 'master.key'))).rejects.toThrow(/ENOENT/);
  });

  it.each([
    ['too short', randomBytes(16).toString('base64')],
    ['too long', randomBytes(48).toString('base64')],
    ['not an encoding', 'correct horse battery staple!'],
  ])('rejects a key that is %s, naming TRUSTLOOP_MASTER_KEY', async (_problem, envValue) => {
    const loading = loadMasterKey({ envValue, dataDir: root });
    await expect(loading).rejects.toThrow(MasterKeyError);
    await expect(loading).rejects.toThrow(/TRUSTLOOP_MASTER_KEY must be 32 random bytes/);
  });

  it('never repeats the rejected value in the error', () => {
    const value = randomBytes(20).toString('hex');
    expect(() => parseMasterKey(value)).toThrow(MasterKeyError);
    try {
      parseMasterKey(value);
    } catch (error) {
      expect((error as Error).message).not.toContain(value);
    }
  });

  it('decodes previous keys and names a bad one by position', async () => {
    const old = randomBytes(32);
    const loaded = await loadMasterKey({
      envValue: key.toString('base64'),
      previousEnvValues: [old.toString('hex')],
      dataDir: root,
    });
    expect(loaded.previous.map((buffer) => buffer.toString('hex'))).toEqual([old.toString('hex')]);
    await expect(
      loadMasterKey({
        envValue: key.toString('base64'),
        previousEnvValues: [old.toString('hex'), 'short'],
        dataDir: root,
      }),
    ).rejects.toThrow(/TRUSTLOOP_PREVIOUS_MASTER_KEYS entry 2/);
  });
});

describe('loadMasterKey from the key file', () => {
  posixOnly('creates master.key with mode 0600 on first start, in a data dir it creates', async () => {
    const dataDir = join(root, 'nested', 'data');
    const loaded = await loadMasterKey({ dataDir });
    expect(loaded.source).toBe('file');
    expect(loaded.createdFile).toBe(true);
    expect(loaded.key).toHaveLength(32);
    const path = join(dataDir, 'master.key');
    expect(loaded.path).toBe(path);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(path, 'utf8')).trim(), 'base64').equals(loaded.key)).toBe(true);
  });

  it('reuses the key file on the next start', async () => {
    const first = await loadMasterKey({ dataDir: root });
    const second = await loadMasterKey({ dataDir: root });
    expect(second.createdFile).toBe(false);
    expect(second.key.equals(first.key)).toBe(true);
  });

  it('lets exactly one of several processes starting together create the key', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => loadMasterKey({ dataDir: root })));
    expect(results.filter((result) => result.createdFile)).toHaveLength(1);
    for (const result of results) expect(result.key.equals(results[0]!.key)).toBe(true);
  });

  posixOnly('refuses a key file other users can read, and says how to fix it', async () => {
    const path = join(root, 'master.key');
    await writeFile(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    await chmod(path, 0o644);
    const loading = loadMasterKey({ dataDir: root });
    await expect(loading).rejects.toThrow(MasterKeyError);
    await expect(loading).rejects.toThrow(`chmod 600 ${path}`);
  });

  it('refuses a key file that does not hold a 32-byte key', async () => {
    await writeFile(join(root, 'master.key'), 'hello\n', { mode: 0o600 });
    await expect(loadMasterKey({ dataDir: root })).rejects.toThrow(/master\.key must be 32 random bytes/);
  });
});
