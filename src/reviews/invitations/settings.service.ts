import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { SecretBox } from '../../platform/crypto/index.js';
import { AppError } from '../../platform/errors.js';
import type { InvitationType } from '../reviews.events.js';
import type { InvitationSettingsTable, InvitationsTables } from './invitations.tables.js';
import type { CooldownScope, InvitationSettings, SettingsPatch, TriggerEvent } from './invitations.types.js';

export const SETTINGS_DEFAULTS = {
  triggerEvent: 'order.paid' as TriggerEvent,
  triggerWindowDays: 30,
  delayDays: 7,
  reviewType: 'service' as InvitationType,
  reminderDays: null,
  linkValidityDays: 180,
  cooldownDays: 30,
  cooldownScope: 'without_order' as CooldownScope,
} as const;

/** The two keys a shop builds business-generated links with, base64 (32 bytes each). */
export interface LinkKeys {
  encryptKey: string;
  authKey: string;
}

export interface SettingsDeps {
  db: Kysely<InvitationsTables>;
  clock: Clock;
  secrets: SecretBox;
  config: Config;
}

const keyAd = (channelId: string, which: 'encrypt' | 'auth') => `invitation-links:${channelId}:${which}`;

/** Per-channel invitation settings, the BCC address and the business-link keys (sealed at rest). */
export function createSettings({ db, clock, secrets, config }: SettingsDeps) {
  const mailDomain = new URL(config.http.publicUrl).hostname;

  function toSettings(row: InvitationSettingsTable): InvitationSettings {
    return {
      channelId: row.channel_id,
      automaticInvitations: row.automatic_enabled === 1,
      triggerEvent: row.trigger_event as TriggerEvent,
      triggerWindowDays: row.trigger_window_days,
      delayDays: row.delay_days,
      reviewType: row.review_type as InvitationType,
      reminderDays: row.reminder_days,
      linkValidityDays: row.link_validity_days,
      cooldownDays: row.cooldown_days,
      cooldownScope: row.cooldown_scope as CooldownScope,
      espSends: row.esp_sends === 1,
      explicitConsent: row.explicit_consent === 1,
      logoUrl: row.logo_url,
      senderName: row.sender_name,
      bccAddress: `${row.bcc_token}@${mailDomain}`,
      updatedAt: row.updated_at,
    };
  }

  /** The settings row of a channel, created with the defaults on first use. */
  async function row(accountId: string, channelId: string): Promise<InvitationSettingsTable> {
    const found = await db
      .selectFrom('invitation_settings')
      .selectAll()
      .where('channel_id', '=', channelId)
      .executeTakeFirst();
    if (found) return found;
    const now = clock.now().toISOString();
    // Channels that existed before the switch keep inviting; new ones wait for the merchant.
    const legacy = await db
      .selectFrom('invitation_legacy_channels')
      .select('channel_id')
      .where('channel_id', '=', channelId)
      .executeTakeFirst();
    await db
      .insertInto('invitation_settings')
      .values({
        channel_id: channelId,
        account_id: accountId,
        trigger_event: SETTINGS_DEFAULTS.triggerEvent,
        automatic_enabled: legacy ? 1 : 0,
        trigger_window_days: SETTINGS_DEFAULTS.triggerWindowDays,
        delay_days: SETTINGS_DEFAULTS.delayDays,
        review_type: SETTINGS_DEFAULTS.reviewType,
        reminder_days: SETTINGS_DEFAULTS.reminderDays,
        link_validity_days: SETTINGS_DEFAULTS.linkValidityDays,
        cooldown_days: SETTINGS_DEFAULTS.cooldownDays,
        cooldown_scope: SETTINGS_DEFAULTS.cooldownScope,
        esp_sends: 0,
        explicit_consent: 0,
        logo_url: null,
        sender_name: null,
        bcc_token: `reviews-${randomBytes(12).toString('hex')}`,
        link_encrypt_key: secrets.seal(randomBytes(32).toString('base64'), keyAd(channelId, 'encrypt')),
        link_auth_key: secrets.seal(randomBytes(32).toString('base64'), keyAd(channelId, 'auth')),
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('channel_id').doNothing())
      .execute();
    return db
      .selectFrom('invitation_settings')
      .selectAll()
      .where('channel_id', '=', channelId)
      .executeTakeFirstOrThrow();
  }

  function linkKeysOf(found: InvitationSettingsTable): LinkKeys {
    return {
      encryptKey: secrets.open(found.link_encrypt_key, keyAd(found.channel_id, 'encrypt')),
      authKey: secrets.open(found.link_auth_key, keyAd(found.channel_id, 'auth')),
    };
  }

  return {
    /** Settings of a channel the caller already proved to own (or an internal caller). */
    async get(accountId: string, channelId: string): Promise<InvitationSettings> {
      return toSettings(await row(accountId, channelId));
    },

    async update(accountId: string, channelId: string, patch: SettingsPatch): Promise<InvitationSettings> {
      await row(accountId, channelId);
      if (patch.logoUrl) {
        let url: URL | undefined;
        try {
          url = new URL(patch.logoUrl);
        } catch {
          url = undefined;
        }
        if (!url || !/^https?:$/.test(url.protocol)) {
          throw AppError.invalid('/body/logoUrl', 'must be an absolute http(s) URL');
        }
      }
      const set: Partial<InvitationSettingsTable> = { updated_at: clock.now().toISOString() };
      if (patch.automaticInvitations !== undefined)
        set.automatic_enabled = patch.automaticInvitations ? 1 : 0;
      if (patch.triggerEvent !== undefined) set.trigger_event = patch.triggerEvent;
      if (patch.triggerWindowDays !== undefined) set.trigger_window_days = patch.triggerWindowDays;
      if (patch.delayDays !== undefined) set.delay_days = patch.delayDays;
      if (patch.reviewType !== undefined) set.review_type = patch.reviewType;
      if (patch.reminderDays !== undefined) set.reminder_days = patch.reminderDays;
      if (patch.linkValidityDays !== undefined) set.link_validity_days = patch.linkValidityDays;
      if (patch.cooldownDays !== undefined) set.cooldown_days = patch.cooldownDays;
      if (patch.cooldownScope !== undefined) set.cooldown_scope = patch.cooldownScope;
      if (patch.espSends !== undefined) set.esp_sends = patch.espSends ? 1 : 0;
      if (patch.explicitConsent !== undefined) set.explicit_consent = patch.explicitConsent ? 1 : 0;
      if (patch.logoUrl !== undefined) set.logo_url = patch.logoUrl || null;
      if (patch.senderName !== undefined) set.sender_name = patch.senderName?.trim() || null;
      await db.updateTable('invitation_settings').set(set).where('channel_id', '=', channelId).execute();
      return toSettings(await row(accountId, channelId));
    },

    async linkKeys(accountId: string, channelId: string): Promise<LinkKeys> {
      return linkKeysOf(await row(accountId, channelId));
    },

    /** New keys at once: links built with the old ones stop opening. */
    async rotateLinkKeys(accountId: string, channelId: string): Promise<LinkKeys> {
      await row(accountId, channelId);
      const keys = {
        encryptKey: randomBytes(32).toString('base64'),
        authKey: randomBytes(32).toString('base64'),
      };
      await db
        .updateTable('invitation_settings')
        .set({
          link_encrypt_key: secrets.seal(keys.encryptKey, keyAd(channelId, 'encrypt')),
          link_auth_key: secrets.seal(keys.authKey, keyAd(channelId, 'auth')),
          updated_at: clock.now().toISOString(),
        })
        .where('channel_id', '=', channelId)
        .execute();
      return keys;
    },

    /** The channel a BCC address's local part names, if any (case-insensitive). */
    async channelOfBccToken(token: string): Promise<{ channelId: string; accountId: string } | undefined> {
      const found = await db
        .selectFrom('invitation_settings')
        .select(['channel_id', 'account_id'])
        .where('bcc_token', '=', token.toLowerCase())
        .executeTakeFirst();
      return found && { channelId: found.channel_id, accountId: found.account_id };
    },

    /** Re-encrypts link keys sealed under a previous master key; returns how many values changed. */
    async resealUnderCurrentKey(): Promise<number> {
      const rows = await db
        .selectFrom('invitation_settings')
        .select(['channel_id', 'link_encrypt_key', 'link_auth_key'])
        .execute();
      let count = 0;
      for (const found of rows) {
        const set: Partial<InvitationSettingsTable> = {};
        if (secrets.needsRotation(found.link_encrypt_key)) {
          set.link_encrypt_key = secrets.rotate(found.link_encrypt_key, keyAd(found.channel_id, 'encrypt'));
          count++;
        }
        if (secrets.needsRotation(found.link_auth_key)) {
          set.link_auth_key = secrets.rotate(found.link_auth_key, keyAd(found.channel_id, 'auth'));
          count++;
        }
        if (Object.keys(set).length > 0) {
          await db
            .updateTable('invitation_settings')
            .set(set)
            .where('channel_id', '=', found.channel_id)
            .execute();
        }
      }
      return count;
    },
  };
}

export type Settings = ReturnType<typeof createSettings>;
