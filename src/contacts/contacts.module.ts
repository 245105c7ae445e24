import type { Kysely } from 'kysely';
import type { ModuleContext } from '../accounts/index.js';
import type { TrustloopModule } from '../platform/module.js';
import { contactsRoutes } from './contacts.routes.js';
import { createContactsService } from './contacts.service.js';
import type { ContactsTables } from './contacts.tables.js';
import type { ContactsService } from './contacts.types.js';

/** Builds the contacts domain: customers, consent and tags of every channel (C1–C3). */
export function createContactsModule(ctx: ModuleContext): TrustloopModule<ContactsService> {
  const service = createContactsService({
    db: ctx.database.db as Kysely<ContactsTables>,
    jobs: ctx.jobs,
    clock: ctx.clock,
  });
  return {
    name: 'contacts',
    service,
    routes: contactsRoutes({
      contacts: service,
      accounts: ctx.accounts,
      database: ctx.database,
      clock: ctx.clock,
    }),
  };
}
