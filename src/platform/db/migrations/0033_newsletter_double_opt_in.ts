import type { PortableMigration } from '../migrator.js';

/**
 * Whether a channel's newsletter widget asks for double opt-in (W3, docs/widgets.md): 1 = the
 * sign-up is recorded as pending and a confirmation email is sent; the opt-in (and the loyalty
 * points for it) counts only once the shopper follows the link. 0 (every existing channel) =
 * single opt-in, as before.
 */
export const m0033NewsletterDoubleOptIn: PortableMigration = {
  async up(db) {
    await db.schema
      .alterTable('widget_settings')
      .addColumn('newsletter_double_opt_in', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
