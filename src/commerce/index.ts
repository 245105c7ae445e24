/** The commerce domain's public door. */
export * from './commerce.events.js';
export type { OrderInput, RecordResult, RefundInput } from './commerce.inputs.js';
export { type CommerceService, createCommerceModule } from './commerce.module.js';
export type {
  DataRequest,
  ListOrdersQuery,
  OrderLookup,
  OrderMilestone,
  OrderRecord,
  Page,
  ShopConnection,
  ShopPlatform,
} from './commerce.types.js';
export { SHOP_PLATFORMS } from './commerce.types.js';
// S4 CSV import (src/commerce/import): the service the CLI drives, and the table types tests read.
export {
  createImportService,
  IMPORT_FORMATS,
  type ImportProgress,
  type ImportRecord,
  type ImportTables,
  type ImportType,
  type ReadOptions,
} from './import/index.js';
export { toMinorUnits } from './money.js';
export {
  type ShopDiscountClient,
  ShopDiscountError,
  type ShopDiscountRequest,
} from './shops/shop-discount.types.js';
export type { PullSummary } from './shops/shop-pull.js';
