import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';

/** What one pass over the raw bytes tells: identity, size and whether the text is UTF-8. */
export interface FileScan {
  sha256: string;
  bytes: number;
  bom: 'utf-8' | 'utf-16le' | 'utf-16be' | null;
  validUtf8: boolean;
}

/** Hashes the file and checks it as UTF-8 in one streaming pass (constant memory). */
export async function scanFile(path: string): Promise<FileScan> {
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  let validUtf8 = true;
  let head: Buffer | undefined;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    head ??= chunk.subarray(0, 4);
    bytes += chunk.length;
    if (validUtf8) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        validUtf8 = false;
      }
    }
  }
  if (validUtf8) {
    try {
      decoder.decode();
    } catch {
      validUtf8 = false;
    }
  }
  let bom: FileScan['bom'] = null;
  if (head && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) bom = 'utf-8';
  else if (head && head[0] === 0xff && head[1] === 0xfe) bom = 'utf-16le';
  else if (head && head[0] === 0xfe && head[1] === 0xff) bom = 'utf-16be';
  return { sha256: hash.digest('hex'), bytes, bom, validUtf8 };
}

/** Thrown when the file cannot be read as asked (unknown encoding, no header, missing columns). */
export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileError';
  }
}

/**
 * `auto`: a byte-order mark decides; else UTF-8 when every byte decodes, else windows-1250
 * (what Polish and Czech shops on Windows export).
 */
export function resolveEncoding(requested: string, scan: FileScan): string {
  if (requested !== 'auto') {
    const name = requested.toLowerCase();
    if (!iconv.encodingExists(name)) {
      throw new FileError(`unknown encoding "${requested}"; use auto, utf-8, windows-1250, iso-8859-2, …`);
    }
    return name;
  }
  if (scan.bom) return scan.bom;
  return scan.validUtf8 ? 'utf-8' : 'windows-1250';
}

const SNIFF_BYTES = 64 * 1024;

/** The first line of the file, decoded; enough to pick the delimiter and the format. */
export async function readFirstLine(path: string, encoding: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const text = iconv.decode(buffer.subarray(0, bytesRead), encoding, { stripBOM: true });
    return text.split(/\r?\n/, 1)[0] ?? '';
  } finally {
    await handle.close();
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most often outside quotes in the header line; `,` when none is. */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  let best: ',' | ';' | '\t' = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = outsideQuotes.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** One record of the file, with the line it starts on and its text as written. */
export interface CsvRecord {
  kind: 'record';
  line: number;
  raw: string;
  cells: string[];
}

/** A stretch of the file that is not CSV (an unclosed quote, a stray quote). */
export interface CsvDefect {
  kind: 'defect';
  line: number;
  raw: string;
  message: string;
}

export interface CsvReader {
  /** The records in file order, the header first; pulled one at a time (backpressure). */
  records: AsyncIterable<CsvRecord | CsvDefect>;
  /** Raw bytes read from disk so far. */
  bytesRead(): number;
}

function startLine(endLine: number, raw: string): number {
  const text = raw
    .replace(/^(\r?\n)+/, '')
    .replace(/\r?\n$/, '')
    .replace(/\r$/, '');
  return endLine - (text.match(/\n/g)?.length ?? 0);
}

/** Streams a CSV file through the decoder and csv-parse; memory stays flat whatever its size. */
export function readCsv(path: string, options: { encoding: string; delimiter: string }): CsvReader {
  const file: ReadStream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const defects: CsvDefect[] = [];
  const parser = parse({
    delimiter: options.delimiter,
    info: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  parser.on('skip', (error: Error & { lines?: number; raw?: string }) => {
    const raw = error.raw ?? '';
    defects.push({
      kind: 'defect',
      line: startLine(error.lines ?? 0, raw),
      raw,
      message: error.message,
    });
  });
  const decoder = iconv.decodeStream(options.encoding, { stripBOM: true });
  file.on('error', (error) => parser.destroy(error));
  decoder.on('error', (error: Error) => parser.destroy(error));
  file.pipe(decoder).pipe(parser);

  async function* records(): AsyncGenerator<CsvRecord | CsvDefect> {
    try {
      for await (const item of parser as AsyncIterable<{
        record: string[];
        raw: string;
        info: { lines: number };
      }>) {
        const line = startLine(item.info.lines, item.raw);
        while (defects.length > 0 && (defects[0]?.line ?? 0) < line) yield defects.shift()!;
        yield {
          kind: 'record',
          line,
          raw: item.raw
            .replace(/^(\r?\n)+/, '')
            .replace(/\r?\n$/, '')
            .replace(/\r$/, ''),
          cells: item.record,
        };
      }
      yield* defects.splice(0);
    } finally {
      file.destroy();
      parser.destroy();
    }
  }

  return { records: records(), bytesRead: () => file.bytesRead };
}
