import type { PullCursor } from './shop-connector.js';

/** Records strictly after the cursor (a page may start with the last one already applied). */
export function isAfter(record: { updatedAt: string; id: string }, cursor: PullCursor | null): boolean {
  if (!cursor) return true;
  if (record.updatedAt !== cursor.updatedAt) return record.updatedAt > cursor.updatedAt;
  return compareIds(record.id, cursor.id) > 0;
}

/** Numeric ids in numeric order (Magento's entity ids), others as text. */
function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}
