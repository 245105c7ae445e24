/**
 * The contacts domain's public door: customers per channel (C1), newsletter consent as a state
 * machine with its audit trail (C2), and tags (C3).
 *
 * @example
 * const { customer, created } = await contacts.upsertCustomer(trx, { accountId, channelId, email: 'ala@example.pl' });
 * const result = await contacts.changeConsent(trx, {
 *   accountId, channelId, email: 'ala@example.pl', status: 'unsubscribed', source: 'esp', changedAt,
 * });
 * if (!result.applied) log(result.reason); // 'older_than_current' | 'protected_opt_in' | 'no_change'
 */
export {
  type ConsentChange,
  type ConsentDecision,
  type ConsentRejection,
  type ConsentState,
  decideConsent,
  PROTECTED_OPT_IN_MS,
  withinProtectedWindow,
} from './consent-machine.js';
export * from './contacts.events.js';
export type { ConsentInput, CustomerInput } from './contacts.inputs.js';
export { createContactsModule } from './contacts.module.js';
export type {
  ConsentChangeRequest,
  ConsentChangeResult,
  ConsentHistoryEntry,
  ContactsService,
  ContactsSettings,
  CustomerEmail,
  CustomerExport,
  CustomerIdPlan,
  CustomerListQuery,
  CustomerLookup,
  CustomerPatch,
  EraseCustomerRequest,
  EraseCustomerResult,
  UpsertCustomerIdResult,
  UpsertCustomerResult,
} from './contacts.types.js';
export { normalizeEmail } from './customer-fields.js';
export {
  formatTagList,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  normalizeTag,
  parseTagList,
  type TagListResult,
  tagProblem,
  tagsProblem,
  uniqueTags,
} from './tag-list.js';
