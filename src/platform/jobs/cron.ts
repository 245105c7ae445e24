import { CronExpressionParser } from 'cron-parser';

// Bounds the catch-up walk after a long outage on a very frequent schedule.
const MAX_CATCH_UP_STEPS = 10_000;

/** Throws a readable error when `cron` or `timeZone` is not valid. */
export function validateCron(cron: string, timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`unknown IANA time zone "${timeZone}"`);
  }
  try {
    CronExpressionParser.parse(cron, { tz: timeZone, strict: false });
  } catch (error) {
    throw new Error(`invalid cron expression "${cron}": ${(error as Error).message}`);
  }
}

/**
 * The first occurrence strictly after `after`, evaluated in `timeZone` (DST-aware: a wall time
 * that does not exist on the spring-forward day fires once, after the gap; one that exists twice
 * in autumn fires once).
 */
export function nextOccurrence(cron: string, timeZone: string, after: Date): Date {
  return CronExpressionParser.parse(cron, { tz: timeZone, currentDate: after }).next().toDate();
}

/**
 * For a schedule whose stored occurrence `due` is at or before `now`: the occurrence to fire
 * (the latest one not after `now`; missed ones in between are coalesced into it) and the next
 * occurrence to store. Walks forward only: cron-parser's `prev()` disagrees with `next()` around
 * DST changes.
 */
export function dueOccurrence(
  cron: string,
  timeZone: string,
  due: Date,
  now: Date,
): { fire: Date; next: Date } {
  const expression = CronExpressionParser.parse(cron, { tz: timeZone, currentDate: due });
  let fire = due;
  for (let step = 0; step < MAX_CATCH_UP_STEPS; step++) {
    const candidate = expression.next().toDate();
    if (candidate.getTime() > now.getTime()) return { fire, next: candidate };
    fire = candidate;
  }
  return { fire, next: nextOccurrence(cron, timeZone, now) };
}
