import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Locale } from '../../../platform/i18n/index.js';
import type { InvitationsTables } from '../invitations.tables.js';
import type { Settings } from '../settings.service.js';
import { defaultTemplate, type MailTemplate, type TemplateKind, validateTemplate } from './templates.js';

/** A template as the admin sees it: the stored one or the defaults, and which it is. */
export interface StoredTemplate extends MailTemplate {
  kind: TemplateKind;
  locale: Locale;
  /** False while the catalogue's defaults apply (nothing stored). */
  custom: boolean;
  updatedAt: string | null;
}

export interface TemplatesDeps {
  db: Kysely<InvitationsTables>;
  clock: Clock;
  settings: Settings;
}

/** The merchant's invitation and reminder mails per channel and language (A4). */
export function createTemplates({ db, clock, settings }: TemplatesDeps) {
  async function find(channelId: string, kind: TemplateKind, locale: Locale) {
    return db
      .selectFrom('invitation_templates')
      .selectAll()
      .where('channel_id', '=', channelId)
      .where('kind', '=', kind)
      .where('locale', '=', locale)
      .executeTakeFirst();
  }

  /** The template the sending path uses: the stored one, else the catalogue's with the channel's logo. */
  async function get(
    accountId: string,
    channelId: string,
    kind: TemplateKind,
    locale: Locale,
  ): Promise<StoredTemplate> {
    const row = await find(channelId, kind, locale);
    if (!row) {
      const { logoUrl } = await settings.get(accountId, channelId);
      return { ...defaultTemplate(kind, locale, logoUrl), kind, locale, custom: false, updatedAt: null };
    }
    return {
      kind,
      locale,
      subject: row.subject,
      intro: row.intro,
      buttonText: row.button_text,
      logoUrl: row.logo_url,
      buttonColor: row.button_color,
      buttonTextColor: row.button_text_color,
      backgroundColor: row.background_color,
      custom: true,
      updatedAt: row.updated_at,
    };
  }

  return {
    get,

    /** Validates (refusing with the field named) and stores; saving the same template twice changes nothing more. */
    async save(
      accountId: string,
      channelId: string,
      kind: TemplateKind,
      locale: Locale,
      input: MailTemplate,
    ): Promise<StoredTemplate> {
      const template = validateTemplate(input);
      const values = {
        subject: template.subject,
        intro: template.intro,
        button_text: template.buttonText,
        logo_url: template.logoUrl,
        button_color: template.buttonColor,
        button_text_color: template.buttonTextColor,
        background_color: template.backgroundColor,
        updated_at: clock.now().toISOString(),
      };
      await db
        .insertInto('invitation_templates')
        .values({ channel_id: channelId, account_id: accountId, kind, locale, ...values })
        .onConflict((oc) => oc.columns(['channel_id', 'kind', 'locale']).doUpdateSet(values))
        .execute();
      return get(accountId, channelId, kind, locale);
    },

    /** Back to the catalogue's defaults; true when a stored template was removed. */
    async reset(accountId: string, channelId: string, kind: TemplateKind, locale: Locale): Promise<boolean> {
      const result = await db
        .deleteFrom('invitation_templates')
        .where('account_id', '=', accountId)
        .where('channel_id', '=', channelId)
        .where('kind', '=', kind)
        .where('locale', '=', locale)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type Templates = ReturnType<typeof createTemplates>;
