import { rm } from 'node:fs/promises';
import { dirname, extname, basename as fileBase, join, resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { IMPORT_FORMATS, type ImportProgress, type ImportType, type ReadOptions } from '../commerce/index.js';
import { loadConfig } from '../platform/config.js';
import { createTrustloopCore } from '../trustloop.js';
import { resolveChannel } from './channel-option.js';
import { followUp } from './follow-up.js';
import { progressReporter } from './progress.js';

interface ImportOptions {
  channel?: string;
  account?: string;
  format: ReadOptions['format'];
  encoding: string;
  delimiter: string;
  decimalComma?: boolean;
  batchSize: number;
  /** False with --no-wait: end once the rows are committed. */
  wait: boolean;
}

const DELIMITERS: Record<string, ReadOptions['delimiter']> = {
  auto: 'auto',
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
};

function parseDelimiter(value: string): string {
  if (!(value in DELIMITERS)) throw new InvalidArgumentError('use auto, ",", ";" or tab');
  return value;
}

function parseBatchSize(value: string): number {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 10_000) throw new InvalidArgumentError('use 1 to 10000');
  return size;
}

/** `orders.csv` → `orders.rejected.csv`, next to the file. */
export function reportPathOf(file: string): string {
  return join(dirname(file), `${fileBase(file, extname(file))}.rejected.csv`);
}

function registerType(parent: Command, type: ImportType) {
  parent
    .command(type)
    .description(
      `Import ${type} from a CSV file (Shopify export or the generic format of docs/csv-import.md)`,
    )
    .argument('<file>', 'the CSV file')
    .option('--channel <id>', 'the channel to import into (needed when the account has several)')
    .option('--account <id>', 'the account (default: the first one)')
    .addOption(
      new Option('--format <format>', 'the file format; auto reads it from the header')
        .choices(['auto', ...IMPORT_FORMATS])
        .default('auto'),
    )
    .option(
      '--encoding <encoding>',
      'auto (UTF-8, else windows-1250), utf-8, windows-1250, iso-8859-2, …',
      'auto',
    )
    .option('--delimiter <delimiter>', 'auto, ",", ";" or tab', parseDelimiter, 'auto')
    .option('--decimal-comma', 'amounts are written with a decimal comma (12,50 or 1.234,56)')
    .option('--batch-size <n>', 'rows of work per committed checkpoint', parseBatchSize, 100)
    .option('--no-wait', 'end once the rows are committed, without counting down the follow-up processing')
    .action(async (file: string, options: ImportOptions) => {
      const path = resolve(file);
      // Storage and the domains only: an import serves no HTTP.
      const trustloop = await createTrustloopCore({ config: loadConfig() });
      try {
        const channel = await resolveChannel(trustloop, options);
        const service = trustloop.commerce.imports;
        const { record, outcome } = await service.prepare({
          accountId: channel.accountId,
          channelId: channel.id,
          type,
          path,
          read: {
            format: options.format,
            encoding: options.encoding,
            delimiter: DELIMITERS[options.delimiter] ?? 'auto',
            decimalComma: options.decimalComma ?? false,
          },
        });
        const how = `${record.format} format, ${record.encoding}, delimiter ${JSON.stringify(record.delimiter)}`;
        if (outcome === 'resumed') {
          console.log(`resuming import ${record.id} of ${file} after line ${record.checkpointLine} (${how})`);
        } else if (outcome === 'rerun') {
          console.log(`${file} was imported before (import ${record.id}); checking every row again (${how})`);
        } else {
          console.log(
            `importing ${type} from ${file} into channel ${channel.name} as import ${record.id} (${how})`,
          );
        }
        const reporter = progressReporter(type, (p: ImportProgress) => ({
          done: p.bytesRead,
          total: p.bytesTotal,
          detail: `line ${p.line} · imported ${p.imported}, unchanged ${p.unchanged}, rejected ${p.rejected}`,
        }));
        let done: Awaited<ReturnType<typeof service.run>>;
        try {
          done = await service.run(record.id, { batchSize: options.batchSize, onProgress: reporter.update });
        } finally {
          reporter.stop();
        }
        console.log(
          `done: imported ${done.imported}, unchanged ${done.unchanged}, rejected ${done.rejected}`,
        );
        await followUp(trustloop, channel.accountId, options.wait);
        const report = reportPathOf(path);
        if (done.rejected > 0) {
          const rows = await service.writeRejectedReport(done.id, report);
          console.log(`rejected rows (${rows}) with line numbers and reasons: ${report}`);
        } else {
          await rm(report, { force: true });
        }
      } finally {
        await trustloop.stop();
      }
    });
}

export function registerImportCommands(program: Command) {
  const command = program
    .command('import')
    .description('Backfill order and customer history from CSV files; resumable, and safe to run again');
  registerType(command, 'orders');
  registerType(command, 'customers');
}
