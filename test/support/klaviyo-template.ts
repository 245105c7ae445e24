/**
 * The tests render snippets with the same strict Klaviyo-template subset the admin's snippet
 * preview uses (src/reviews/embeds/snippet-template.ts): an unknown tag or filter throws.
 */
export { renderKlaviyoTemplate } from '../../src/reviews/embeds/snippet-template.js';
