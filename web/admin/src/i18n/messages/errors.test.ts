import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../../../../src/platform/errors.js';
import { SUPPORTED_LOCALES } from '../../../../../src/platform/i18n/locales.js';
import { errorTexts } from './errors';

// Every code the server can put in `{ error: { code } }`: AppError's closed set (Fastify's own
// errors are mapped onto it by src/platform/http/error-handler.ts) and early-listen's `starting`.
const SERVER_CODES = [...Object.keys(ERROR_STATUS), 'starting'];

describe('the admin’s wording of the server’s error codes', () => {
  it.each(SUPPORTED_LOCALES)('words every code the server can answer in %s', (locale) => {
    const catalogue: Record<string, string> = errorTexts[locale];
    const missing = SERVER_CODES.filter((code) => !catalogue[`error.code.${code}`]?.trim());
    expect(missing).toEqual([]);
  });

  it('words no code the server cannot answer', () => {
    const worded = Object.keys(errorTexts.en).map((key) => key.replace(/^error\.code\./, ''));
    expect(worded.filter((code) => !SERVER_CODES.includes(code))).toEqual([]);
  });

  it('is told about early-listen’s own code, which lies outside AppError’s set', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(
      new URL('../../../../../src/platform/http/early-listen.ts', import.meta.url),
      'utf8',
    );
    const codes = [...source.matchAll(/code: '([a-z_]+)'/g)].map((match) => match[1]);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !SERVER_CODES.includes(code!))).toEqual([]);
  });
});
