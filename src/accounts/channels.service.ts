import type { Kysely } from 'kysely';
import { randomToken } from '../platform/crypto/index.js';
import { AppError } from '../platform/errors.js';
import { isCurrency, SUPPORTED_LOCALES } from '../platform/i18n/index.js';
import { newId } from '../platform/ids.js';
import { isTimeZone } from '../platform/time-zones.js';
import type { AccountsTables } from './accounts.tables.js';
import type { AccountsDeps, Channel } from './accounts.types.js';

export interface ChannelInput {
  name: string;
  domain: string;
  defaultLocale: string;
  currency: string;
  timeZone: string;
}

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Field-level checks JSON Schema cannot express; returns the normalised input. */
function validateChannel<T extends Partial<ChannelInput>>(input: T): T {
  const out = { ...input };
  if (out.domain !== undefined) {
    const domain = out.domain
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    if (!HOSTNAME.test(domain)) throw AppError.invalid('/body/domain', `"${out.domain}" is not a host name`);
    out.domain = domain;
  }
  if (out.currency !== undefined) {
    const currency = out.currency.toUpperCase();
    if (!isCurrency(currency)) {
      throw AppError.invalid('/body/currency', `"${out.currency}" is not an ISO 4217 currency code`);
    }
    out.currency = currency;
  }
  if (out.timeZone !== undefined && !isTimeZone(out.timeZone)) {
    throw AppError.invalid('/body/timeZone', `"${out.timeZone}" is not an IANA time zone`);
  }
  if (
    out.defaultLocale !== undefined &&
    !(SUPPORTED_LOCALES as readonly string[]).includes(out.defaultLocale)
  ) {
    throw AppError.invalid('/body/defaultLocale', `must be one of ${SUPPORTED_LOCALES.join(', ')}`);
  }
  if (out.name !== undefined && out.name.trim() === '')
    throw AppError.invalid('/body/name', 'must not be blank');
  return out;
}

function toChannel(row: AccountsTables['channels']): Channel {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    domain: row.domain,
    defaultLocale: row.default_locale,
    currency: row.currency,
    timeZone: row.time_zone,
    publicId: row.public_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Channels: every read and write is scoped by the caller's account id. */
export function createChannels({ db, clock, secrets }: AccountsDeps) {
  const secretAd = (channelId: string) => `channel:${channelId}:signing_secret`;

  async function row(accountId: string, channelId: string) {
    const found = await db
      .selectFrom('channels')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', channelId)
      .executeTakeFirst();
    if (!found) throw AppError.notFound('channel');
    return found;
  }

  return {
    async list(accountId: string): Promise<Channel[]> {
      const rows = await db
        .selectFrom('channels')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      return rows.map(toChannel);
    },

    async get(accountId: string, channelId: string): Promise<Channel> {
      return toChannel(await row(accountId, channelId));
    },

    /** For operator commands and jobs that hold only a channel's id: the account is read from it. */
    async byId(channelId: string): Promise<Channel | undefined> {
      const found = await db
        .selectFrom('channels')
        .selectAll()
        .where('id', '=', channelId)
        .executeTakeFirst();
      return found && toChannel(found);
    },

    /**
     * The public id of each channel in `claims` (a channel id and the account it must be), read in the
     * caller's transaction (`executor`): a write that must fail for a channel that is not its
     * account's checks it there. Any channel missing or another account's is a 404.
     */
    async publicIdsIn(
      // biome-ignore lint/suspicious/noExplicitAny: the caller's transaction, on its own domain's tables
      executor: Kysely<any>,
      claims: ReadonlyArray<{ channelId: string; accountId: string }>,
    ): Promise<Map<string, string>> {
      const rows = await (executor as Kysely<AccountsTables>)
        .selectFrom('channels')
        .select(['id', 'account_id', 'public_id'])
        .where('id', 'in', [...new Set(claims.map((claim) => claim.channelId))])
        .execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const { channelId, accountId } of claims)
        if (byId.get(channelId)?.account_id !== accountId) throw AppError.notFound('channel');
      return new Map(rows.map((row) => [row.id, row.public_id]));
    },

    /** For public routes: the channel behind a widget's public id, whatever the account. */
    async findByPublicId(publicId: string): Promise<Channel | undefined> {
      const found = await db
        .selectFrom('channels')
        .selectAll()
        .where('public_id', '=', publicId)
        .executeTakeFirst();
      return found && toChannel(found);
    },

    async create(accountId: string, input: ChannelInput): Promise<Channel> {
      const valid = validateChannel(input);
      const now = clock.now().toISOString();
      const id = newId('ch');
      const values = {
        id,
        account_id: accountId,
        name: valid.name.trim(),
        domain: valid.domain,
        default_locale: valid.defaultLocale,
        currency: valid.currency,
        time_zone: valid.timeZone,
        public_id: newId('pub'),
        signing_secret: secrets.seal(randomToken(32), secretAd(id)),
        created_at: now,
        updated_at: now,
      };
      await db.insertInto('channels').values(values).execute();
      return toChannel(values);
    },

    async update(accountId: string, channelId: string, patch: Partial<ChannelInput>): Promise<Channel> {
      const valid = validateChannel(patch);
      await row(accountId, channelId);
      await db
        .updateTable('channels')
        .set({
          ...(valid.name !== undefined ? { name: valid.name.trim() } : {}),
          ...(valid.domain !== undefined ? { domain: valid.domain } : {}),
          ...(valid.defaultLocale !== undefined ? { default_locale: valid.defaultLocale } : {}),
          ...(valid.currency !== undefined ? { currency: valid.currency } : {}),
          ...(valid.timeZone !== undefined ? { time_zone: valid.timeZone } : {}),
          updated_at: clock.now().toISOString(),
        })
        .where('account_id', '=', accountId)
        .where('id', '=', channelId)
        .execute();
      return toChannel(await row(accountId, channelId));
    },

    async remove(accountId: string, channelId: string): Promise<void> {
      const result = await db
        .deleteFrom('channels')
        .where('account_id', '=', accountId)
        .where('id', '=', channelId)
        .executeTakeFirst();
      if (result.numDeletedRows === 0n) throw AppError.notFound('channel');
    },

    /** The secret the shop signs customer tokens and links with. */
    async signingSecret(accountId: string, channelId: string): Promise<string> {
      const found = await row(accountId, channelId);
      return secrets.open(found.signing_secret, secretAd(found.id));
    },

    /** The signing secret by channel id alone, for verifying inbound signed requests. */
    async signingSecretOf(channelId: string): Promise<string | undefined> {
      const found = await db
        .selectFrom('channels')
        .select(['id', 'signing_secret'])
        .where('id', '=', channelId)
        .executeTakeFirst();
      return found && secrets.open(found.signing_secret, secretAd(found.id));
    },

    /** Re-encrypts signing secrets sealed under a previous master key; returns how many. */
    async resealUnderCurrentKey(): Promise<number> {
      const rows = await db.selectFrom('channels').select(['id', 'signing_secret']).execute();
      let count = 0;
      for (const found of rows) {
        if (!secrets.needsRotation(found.signing_secret)) continue;
        const resealed = secrets.rotate(found.signing_secret, secretAd(found.id));
        await db
          .updateTable('channels')
          .set({ signing_secret: resealed })
          .where('id', '=', found.id)
          .execute();
        count++;
      }
      return count;
    },

    async rotateSigningSecret(accountId: string, channelId: string): Promise<string> {
      await row(accountId, channelId);
      const secret = randomToken(32);
      await db
        .updateTable('channels')
        .set({
          signing_secret: secrets.seal(secret, secretAd(channelId)),
          updated_at: clock.now().toISOString(),
        })
        .where('account_id', '=', accountId)
        .where('id', '=', channelId)
        .execute();
      return secret;
    },
  };
}

export type Channels = ReturnType<typeof createChannels>;
