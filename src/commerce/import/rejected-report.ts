import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Rejection } from './import.types.js';

const PAGE = 1000;

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes the rejected rows as CSV (`line,reason,raw`), page by page from `pageAfter`, so a
 * report of a million rows never sits in memory. Returns how many rows it wrote.
 */
export async function writeRejectedReport(
  pageAfter: (afterLine: number, limit: number) => Promise<Rejection[]>,
  path: string,
): Promise<number> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  let count = 0;
  try {
    await write('line,reason,raw\n');
    let after = 0;
    for (;;) {
      const page = await pageAfter(after, PAGE);
      for (const rejection of page) {
        await write(`${rejection.line},${cell(rejection.reason)},${cell(rejection.raw)}\n`);
      }
      count += page.length;
      if (page.length < PAGE) break;
      after = page.at(-1)!.line;
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return count;
}
