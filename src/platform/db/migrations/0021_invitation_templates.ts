import type { PortableMigration } from '../migrator.js';

/**
 * Merchant-edited invitation and reminder mails (A4): one row per channel, kind and language
 * holding the texts and colours the merchant changed; a missing row means the catalogue's
 * defaults. The footer and its unsubscribe link are not stored: the renderer always adds them.
 *
 * Invitations also learn when their questionnaire was first opened (`opened_at`), so the
 * admin list and the funnel can tell "sent" from "opened".
 */
export const m0021InvitationTemplates: PortableMigration = {
  async up(db, t) {
    await db.schema
      .createTable('invitation_templates')
      .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('intro', 'text', (c) => c.notNull())
      .addColumn('button_text', 'text', (c) => c.notNull())
      .addColumn('logo_url', 'text')
      .addColumn('button_color', 'text', (c) => c.notNull())
      .addColumn('button_text_color', 'text', (c) => c.notNull())
      .addColumn('background_color', 'text', (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('invitation_templates_pk', ['channel_id', 'kind', 'locale'])
      .execute();
    await db.schema.alterTable('invitations').addColumn('opened_at', t.timestamp).execute();
  },
};
