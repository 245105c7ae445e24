import type { CustomerInput } from '../../contacts/index.js';
import { FileError } from './csv-source.js';
import { genericCustomers, shopifyCustomers } from './customers.mappers.js';
import type { ImportFormat, ImportType } from './import.types.js';
import { type FormatDefinition, missingColumns, normaliseColumn } from './import-format.js';
import { genericOrders, type OrderUnit, shopifyOrders } from './orders.mappers.js';

/** Every format by import type; the first that recognises a header wins `--format auto`. */
export const FORMATS = {
  orders: [shopifyOrders, genericOrders],
  customers: [shopifyCustomers, genericCustomers],
} as const satisfies {
  orders: ReadonlyArray<FormatDefinition<OrderUnit>>;
  customers: ReadonlyArray<FormatDefinition<CustomerInput>>;
};

export function formatDefinition(type: ImportType, format: ImportFormat): FormatDefinition<unknown> {
  const found = (FORMATS[type] as ReadonlyArray<FormatDefinition<unknown>>).find((d) => d.format === format);
  if (!found) throw new FileError(`there is no ${format} format for ${type}`);
  return found;
}

/**
 * The format of a file from its header, and a check that the header has every column the
 * format needs: a missing column fails the import before anything is written.
 */
export function chooseFormat(
  type: ImportType,
  requested: ImportFormat | 'auto',
  header: readonly string[],
): FormatDefinition<unknown> {
  const columns = new Set(header.map(normaliseColumn));
  const candidates = FORMATS[type] as ReadonlyArray<FormatDefinition<unknown>>;
  const definition =
    requested === 'auto'
      ? candidates.find((candidate) => candidate.recognises(columns))
      : formatDefinition(type, requested);
  if (!definition) {
    throw new FileError(
      `cannot tell the format of this ${type} file from its header (${header.slice(0, 6).join(', ')}…); ` +
        `pass --format ${candidates.map((c) => c.format).join(' or ')}`,
    );
  }
  const missing = missingColumns(definition, header);
  if (missing.length > 0) {
    throw new FileError(
      `the header lacks required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ` +
        `(${definition.format} ${type} format); nothing was imported`,
    );
  }
  return definition;
}
