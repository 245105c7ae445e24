import { describe, expect, it } from 'vitest';
import { openBusinessLink, sealBusinessLink } from './business-link.js';

// Trustpilot's public example keys and the vector in shared/reference/reviews.md §1.1.8.
const keys = {
  encryptKey: 'XCxIAot+Tr6FVbU5fROwe2ckBEoFDcb6gwBT8022oVs=',
  authKey: 'wNh58yFZ58H+QPomgWkgPqM3JZegQqpg39k06Q4ZvrA=',
};
const VECTOR_P =
  'AAAAAAAAAAAAAAAAAAAAAGI7anVOulzMSAZL1%2Fd9A%2BnGMkSjXT818q6WtWjNWJWfSJXUws%2BsHK7XwnZHGScaX%2FI%2BR4rNV3sIcVdbP8gw%2ButwPe4vzG1RT3Q%2BzqiC0lgiI%2FecxCIrpYxABpJ0JRglE1Kc5YBpLlR6yWIMYpbgfUS%2FDZqEvqrd365V6p5RJFT2';

describe('business-generated links', () => {
  it('opens the published Trustpilot test vector', () => {
    const opened = openBusinessLink(decodeURIComponent(VECTOR_P), keys);
    expect(opened).toEqual({
      ok: true,
      payload: { email: 'xyz@domain.com', name: 'John Smith', ref: '1234', skus: ['sku1'] },
    });
  });

  it('seals exactly as Trustpilot does: the zero-IV vector comes out byte for byte', () => {
    // The vector's payload carries tags, which Trustloop ignores when opening.
    const payload = {
      email: 'xyz@domain.com',
      name: 'John Smith',
      ref: '1234',
      skus: ['sku1'],
      tags: ['tag1'],
    };
    const sealed = sealBusinessLink(payload, keys, Buffer.alloc(16));
    expect(encodeURIComponent(sealed)).toBe(VECTOR_P);
  });

  it('refuses a link whose ciphertext was changed by one bit', () => {
    const blob = Buffer.from(sealBusinessLink({ email: 'a@b.pl', name: 'A', ref: '1' }, keys), 'base64');
    blob[20] = blob[20]! ^ 1;
    expect(openBusinessLink(blob.toString('base64'), keys)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a link sealed with other keys, and garbage', () => {
    const other = { encryptKey: keys.authKey, authKey: keys.encryptKey };
    const sealed = sealBusinessLink({ email: 'a@b.pl', name: 'A', ref: '1' }, other);
    expect(openBusinessLink(sealed, keys)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(openBusinessLink('not base64 at all!', keys)).toEqual({ ok: false, reason: 'malformed' });
    expect(openBusinessLink('AAAA', keys)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses an authentic link whose payload lacks the email, name or ref', () => {
    const sealed = sealBusinessLink({ email: 'a@b.pl', name: '', ref: '1' }, keys);
    expect(openBusinessLink(sealed, keys)).toEqual({ ok: false, reason: 'bad_payload' });
  });

  it('accepts url-safe base64 and a `+` that became a space', () => {
    const sealed = sealBusinessLink({ email: 'a@b.pl', name: 'Ann', ref: '7', locale: 'pl' }, keys);
    const urlSafe = sealed.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(openBusinessLink(urlSafe, keys).ok).toBe(true);
    expect(openBusinessLink(sealed.replace(/\+/g, ' '), keys).ok).toBe(true);
  });

  it('keeps a `+` that became a space at the very start of the link', () => {
    // An IV whose first six bits are 111110 encodes to a leading `+`.
    const sealed = sealBusinessLink({ email: 'a@b.pl', name: 'Ann', ref: '7' }, keys, Buffer.alloc(16, 0xf8));
    expect(sealed.startsWith('+')).toBe(true);
    expect(openBusinessLink(sealed.replace(/\+/g, ' '), keys).ok).toBe(true);
  });
});
