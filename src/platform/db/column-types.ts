import type { ColumnDataType } from 'kysely';
import type { DialectKind } from './database.js';

/**
 * Column types that read back identically on both engines (see the pg type parsers in
 * database.ts): timestamps as ISO-8601 UTC strings, big integers as numbers, flags as 0/1,
 * JSON as text that the owning module parses.
 */
export interface PortableTypes {
  timestamp: ColumnDataType;
  bigint: ColumnDataType;
  flag: ColumnDataType;
  json: ColumnDataType;
}

export function portableTypes(kind: DialectKind): PortableTypes {
  return kind === 'postgres'
    ? { timestamp: 'timestamptz', bigint: 'bigint', flag: 'smallint', json: 'text' }
    : { timestamp: 'text', bigint: 'integer', flag: 'integer', json: 'text' };
}
