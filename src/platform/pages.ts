/** Newest first (by id, which is time-ordered to the millisecond); `nextCursor` is absent on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/**
 * The page of `rows` read with `limit + 1` (the extra row only says that more follow): the first
 * `limit` mapped to items, and the last item's cursor when more follow.
 */
export function keysetPage<R, T>(
  rows: readonly R[],
  limit: number,
  toItem: (row: R) => T,
  cursorOf: (item: T) => string,
): Page<T> {
  const items = rows.slice(0, limit).map((row) => toItem(row));
  const last = items[items.length - 1];
  return rows.length > limit && last !== undefined ? { items, nextCursor: cursorOf(last) } : { items };
}
