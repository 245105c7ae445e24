import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { channelTableReaders, importViolations, ruleBroken } from './import-rules.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

describe('import rules', () => {
  it('no file in src/ imports another domain’s internals, the platform imports no domain, nothing imports the root', () => {
    expect(importViolations(SRC)).toEqual([]);
  });

  it('only the accounts domain queries its channels table; the others ask its door', () => {
    expect(channelTableReaders(SRC)).toEqual([]);
  });

  it('a domain may use another domain’s door and any platform module, and its own files freely', () => {
    expect(ruleBroken('commerce/orders.service.ts', 'contacts/index.ts')).toBeNull();
    expect(ruleBroken('commerce/orders.service.ts', 'platform/db/index.ts')).toBeNull();
    expect(ruleBroken('reviews/invitations/index.ts', 'reviews/core/review-queries.ts')).toBeNull();
    expect(ruleBroken('trustloop.ts', 'loyalty/index.ts')).toBeNull();
  });

  it('refuses a domain reaching into another domain’s files', () => {
    expect(ruleBroken('commerce/import/import.types.ts', 'contacts/contacts.inputs.ts')).toBe(
      'reaches past the contacts door (contacts/index.ts)',
    );
    expect(ruleBroken('reviews/core/index.ts', 'accounts/accounts.tables.ts')).toMatch(/accounts door/);
  });

  it('refuses the platform importing a domain, and anything below the root importing it', () => {
    expect(ruleBroken('platform/module.ts', 'accounts/index.ts')).toBe(
      'the platform imports the accounts domain',
    );
    expect(ruleBroken('loyalty/hub.service.ts', 'trustloop.ts')).toBe('imports the composition root');
    expect(ruleBroken('platform/listen.ts', 'cli/main.ts')).toBe('imports the composition root');
  });
});
