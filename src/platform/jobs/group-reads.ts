/**
 * `read` called once per key (`keyOf` its arguments) for as long as the returned function is
 * kept: a `handleMany` subscriber keeps it for one group of events, which it handles in
 * milliseconds as if at one moment, so each channel's settings are read once per group instead
 * of once per event.
 */
export function readOncePerKey<A extends unknown[], V>(
  read: (...args: A) => Promise<V>,
  keyOf: (...args: A) => string,
): (...args: A) => Promise<V> {
  const reads = new Map<string, Promise<V>>();
  return (...args) => {
    const key = keyOf(...args);
    let value = reads.get(key);
    if (!value) {
      value = read(...args);
      reads.set(key, value);
    }
    return value;
  };
}
