/**
 * Dates and wall-clock times in an IANA time zone: what a shop's zone-less times (PrestaShop,
 * Shoper), a CSV's times without an offset and a loyalty expiry day mean. One place that asks
 * `Intl` about a zone.
 */

const FIELDS = {
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  dateTime: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  },
} as const;
const formatters = {
  date: new Map<string, Intl.DateTimeFormat>(),
  dateTime: new Map<string, Intl.DateTimeFormat>(),
};

/**
 * One formatter per zone (building one costs far more than formatting): `formatToParts` gives an
 * instant's calendar date (`date`) or its wall clock to the second (`dateTime`) there. Throws
 * RangeError for a zone this runtime does not know.
 */
export function zoneFormatter(
  timeZone: string,
  fields: keyof typeof FIELDS = 'dateTime',
): Intl.DateTimeFormat {
  let found = formatters[fields].get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...FIELDS[fields] });
    formatters[fields].set(timeZone, found);
  }
  return found;
}

/** The zone's offset from UTC at `instantMs`, in milliseconds (throws RangeError for an unknown zone). */
export function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const parts = zoneFormatter(timeZone).formatToParts(new Date(instantMs));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant (epoch ms) of a wall-clock time in `timeZone`, the wall clock given as the epoch
 * ms its fields would have in UTC (`Date.UTC(y, m, d, h, mi, s)`).
 */
export function wallClockToInstant(wallMs: number, timeZone: string): number {
  // Two passes settle the offset across a DST change.
  const guess = wallMs - zoneOffsetMs(timeZone, wallMs);
  return wallMs - zoneOffsetMs(timeZone, guess);
}

/** True when `timeZone` is a zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    zoneFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}
