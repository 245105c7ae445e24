/**
 * PrestaShop and Shoper write times as the shop's wall clock ("2025-03-02 10:15:00", no zone;
 * shops.md §4.2, §5). This turns such a time into an instant, given the shop's IANA time zone,
 * and back (for the filters their APIs take).
 */
import { wallClockToInstant, zoneOffsetMs } from '../../platform/time-zones.js';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

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
  return new Date(wallClockToInstant(Date.UTC(y, mo - 1, d, h, mi, s), timeZone)).toISOString();
}

/** An instant as the shop's wall clock ("2025-03-02 10:15:00") in `timeZone`. */
export function instantToLocal(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const local = new Date(ms + zoneOffsetMs(timeZone, ms)).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 19)}`;
}
