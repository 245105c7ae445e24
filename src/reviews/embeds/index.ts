/**
 * Email embeds (R8): per channel, a web feed the ESP fetches when it sends a mail, email-safe
 * snippets that read it in the ESP's template language, the reviews chosen for them, and the
 * operator-granted trust mark.
 */
export { emailEmbedsRoutes } from './email-embeds.routes.js';
export { createEmailEmbeds, type EmailEmbeds, MAX_SELECTED } from './email-embeds.service.js';
export type { EmbedsTables } from './embeds.tables.js';
export { feedNameOf, transliterate } from './feed-name.js';
export type { TrustMarkEntry, TrustMarks } from './trust-marks.js';
