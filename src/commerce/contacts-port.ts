import type { ContactsService } from '../contacts/index.js';

/**
 * What commerce calls on the contacts domain. Every write takes the caller's transaction, so
 * the customer and the order commit together or not at all.
 */
export type ContactsPort = Pick<
  ContactsService,
  'upsertCustomer' | 'upsertCustomerId' | 'planCustomerId' | 'eraseCustomer' | 'exportCustomer'
>;
