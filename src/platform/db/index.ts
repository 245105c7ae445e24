export { type PortableTypes, portableTypes } from './column-types.js';
export {
  type Database,
  type DatabaseOptions,
  type DialectKind,
  isReachable,
  isUniqueViolation,
  openDatabase,
} from './database.js';
export { migrateToLatest, migrateUpTo, type PortableMigration } from './migrator.js';
export { type Param, preparedQuery } from './prepared-queries.js';
export { insertRows } from './row-inserts.js';
export { lockingRows } from './row-locks.js';
export { commitMark } from './sqlite-commits.js';
export { runCompiled } from './sqlite-direct.js';
export {
  type BatchedWrites,
  collectingDeferredRows,
  createBatchedWrites,
  type DeferredRows,
  deferRows,
  deferredRowsOf,
  insertDeferredRows,
  keepDeferredRows,
} from './write-batches.js';
