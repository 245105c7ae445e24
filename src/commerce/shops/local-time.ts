/**
 * PrestaShop and Shoper write times as the shop's wall clock ("2025-03-02 10:15:00", no zone;
 * shops.md §4.2, §5). This turns such a time into an instant, given the shop's IANA time zone,
 * and back (for the filters their APIs take).
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** The zone's offset from UTC at `instantMs`, in milliseconds. */
function offsetMs(timeZone: string, instantMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
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

/** "2025-03-02 10:15:00" in `timeZone` → ISO instant; null when the text is not such a time. */
export function localToInstant(value: string, timeZone: string): string | null {
  const match = LOCAL.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  // Two passes settle the offset across a DST change.
  let instant = wall - offsetMs(timeZone, wall);
  instant = wall - offsetMs(timeZone, instant);
  return new Date(instant).toISOString();
}

/** An instant as the shop's wall clock ("2025-03-02 10:15:00") in `timeZone`. */
export function instantToLocal(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const local = new Date(ms + offsetMs(timeZone, ms)).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 19)}`;
}

/** True when `timeZone` is a zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
