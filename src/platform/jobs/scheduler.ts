import type { Kysely } from 'kysely';
import { dueOccurrence, nextOccurrence, validateCron } from './cron.js';
import { insertJob } from './job-queue.js';
import type { JobsTables } from './jobs.tables.js';
import type { ScheduleDefinition, ScheduleRecord } from './jobs.types.js';

/**
 * Stores (or updates) a recurring schedule. Safe to call at every start in every process:
 * the next occurrence is only recomputed when the cron expression or time zone changed.
 */
export async function upsertSchedule(
  db: Kysely<JobsTables>,
  definition: ScheduleDefinition,
  now: Date,
): Promise<void> {
  const { name, cron, timeZone, kind } = definition;
  if (!name) throw new Error('a schedule needs a name');
  if (!kind) throw new Error(`schedule "${name}" needs a job kind`);
  validateCron(cron, timeZone);
  const at = now.toISOString();
  const payload = JSON.stringify(definition.payload ?? null);
  const next = nextOccurrence(cron, timeZone, now).toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('schedules')
      .values({
        name,
        cron,
        time_zone: timeZone,
        kind,
        payload,
        next_run_at: next,
        last_run_at: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    await trx
      .updateTable('schedules')
      .set({ next_run_at: next, cron, time_zone: timeZone, updated_at: at })
      .where('name', '=', name)
      .where((eb) => eb.or([eb('cron', '<>', cron), eb('time_zone', '<>', timeZone)]))
      .execute();
    await trx
      .updateTable('schedules')
      .set({ kind, payload, updated_at: at })
      .where('name', '=', name)
      .where((eb) => eb.or([eb('kind', '<>', kind), eb('payload', '<>', payload)]))
      .execute();
  });
}

export async function deleteSchedule(db: Kysely<JobsTables>, name: string): Promise<boolean> {
  const result = await db.deleteFrom('schedules').where('name', '=', name).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function listSchedules(db: Kysely<JobsTables>): Promise<ScheduleRecord[]> {
  const rows = await db.selectFrom('schedules').selectAll().orderBy('name').execute();
  return rows.map((row) => ({
    name: row.name,
    cron: row.cron,
    timeZone: row.time_zone,
    kind: row.kind,
    payload: JSON.parse(row.payload) as unknown,
    nextRunAt: row.next_run_at,
    lastRunAt: row.last_run_at,
  }));
}

/**
 * Creates the job of every schedule whose occurrence is due, and moves the schedule on.
 * Any number of processes may tick at once: advancing `next_run_at` is a compare-and-set on
 * the value read, and the job's dedupe key `schedule:<name>:<occurrence>` makes a second
 * insert a no-op anyway. Returns how many jobs were created.
 */
export async function tickSchedules(db: Kysely<JobsTables>, now: Date, maxAttempts: number): Promise<number> {
  const due = await db
    .selectFrom('schedules')
    .selectAll()
    .where('next_run_at', '<=', now.toISOString())
    .execute();
  let created = 0;
  for (const schedule of due) {
    const { fire, next } = dueOccurrence(
      schedule.cron,
      schedule.time_zone,
      new Date(schedule.next_run_at),
      now,
    );
    const occurrence = fire.toISOString();
    created += await db.transaction().execute(async (trx) => {
      const advanced = await trx
        .updateTable('schedules')
        .set({ next_run_at: next.toISOString(), last_run_at: occurrence, updated_at: now.toISOString() })
        .where('name', '=', schedule.name)
        .where('next_run_at', '=', schedule.next_run_at)
        .executeTakeFirst();
      if (advanced.numUpdatedRows === 0n) return 0; // another process fired it
      const job = await insertJob(
        trx,
        {
          kind: schedule.kind,
          payload: JSON.parse(schedule.payload) as unknown,
          runAt: fire,
          dedupeKey: `schedule:${schedule.name}:${occurrence}`,
        },
        { now, maxAttempts },
      );
      return job.created ? 1 : 0;
    });
  }
  return created;
}
