import { type Param, preparedQuery } from '../platform/db/index.js';
/** Per-channel contacts settings: the default tags given to every new customer (C3). */
import type { ContactsSettings } from './contacts.types.js';
import { normalizeTags } from './customer-fields.js';
import { type ContactsDb, type ContactsDeps, parseTags } from './customer-rows.js';

// Read for every customer created (an import creates thousands): compiled once.
const defaultTagsQuery = preparedQuery((db: ContactsDb, param: Param<{ channelId: string }>) =>
  db.selectFrom('contacts_settings').select('default_tags').where('channel_id', '=', param('channelId')),
);

/**
 * The default tags a transaction read, by channel, kept for the other customers it creates (an
 * import creates a thousand per transaction). Keyed weakly, so a finished transaction's entry
 * goes with it; a change of the settings committed meanwhile applies from the next transaction.
 */
const defaultsOfTransaction = new WeakMap<object, Map<string, string[]>>();

export async function defaultTagsOf(db: ContactsDb, channelId: string): Promise<string[]> {
  const known = db.isTransaction ? defaultsOfTransaction.get(db) : undefined;
  const cached = known?.get(channelId);
  if (cached) return cached;
  const [row] = await defaultTagsQuery(db, { channelId });
  const tags = row ? parseTags(row.default_tags) : [];
  if (db.isTransaction) {
    if (known) known.set(channelId, tags);
    else defaultsOfTransaction.set(db, new Map([[channelId, tags]]));
  }
  return tags;
}

export function createContactsSettings(deps: ContactsDeps) {
  const { db, clock } = deps;

  async function get(accountId: string, channelId: string): Promise<ContactsSettings> {
    const row = await db
      .selectFrom('contacts_settings')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('channel_id', '=', channelId)
      .executeTakeFirst();
    return row
      ? { channelId, defaultTags: parseTags(row.default_tags), updatedAt: row.updated_at }
      : { channelId, defaultTags: [], updatedAt: null };
  }

  async function update(
    accountId: string,
    channelId: string,
    settings: { defaultTags: string[] },
  ): Promise<ContactsSettings> {
    const defaultTags = normalizeTags(settings.defaultTags, 'defaultTags');
    const now = clock.now().toISOString();
    const json = JSON.stringify(defaultTags);
    await db
      .insertInto('contacts_settings')
      .values({ channel_id: channelId, account_id: accountId, default_tags: json, updated_at: now })
      .onConflict((conflict) =>
        conflict.column('channel_id').doUpdateSet({ default_tags: json, updated_at: now }),
      )
      .execute();
    return get(accountId, channelId);
  }

  return { get, update };
}
