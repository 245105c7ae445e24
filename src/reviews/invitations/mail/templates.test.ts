import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import { SUPPORTED_LOCALES } from '../../../platform/i18n/index.js';
import {
  contrastRatio,
  DEFAULT_COLORS,
  defaultTemplate,
  fillPlaceholders,
  type MailTemplate,
  PLACEHOLDERS,
  TEMPLATE_KINDS,
  validateTemplate,
} from './templates.js';

const base: MailTemplate = {
  subject: 'How was {shop}?',
  intro: 'Thanks, {name}.',
  buttonText: 'Review',
  logoUrl: null,
  ...DEFAULT_COLORS,
};

/** The field an invalid template is refused on, or undefined when it is accepted. */
function refusedField(template: MailTemplate): string | undefined {
  try {
    validateTemplate(template);
    return undefined;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.details?.[0]?.field;
  }
}

const plain = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((text) => !/[{}]/.test(text) && text.trim() !== '');
const known = fc.constantFrom(...PLACEHOLDERS).map((name) => `{${name}}`);
const unknownName = fc
  .stringMatching(/^[a-z_]{1,12}$/)
  .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));

describe('mail templates', () => {
  it('accepts every text made of plain words and the known placeholders', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(plain, known), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = `x ${parts.join(' ')}`;
        expect(refusedField({ ...base, intro: text })).toBeUndefined();
      }),
    );
  });

  it('refuses any unknown placeholder, on the field that holds it', () => {
    fc.assert(
      fc.property(unknownName, fc.constantFrom('subject', 'intro', 'buttonText' as const), (name, field) => {
        expect(refusedField({ ...base, [field]: `Hi {${name}}` })).toBe(`/body/${field}`);
      }),
    );
  });

  it('leaves no placeholder behind once filled, and drops the space before an empty one', () => {
    expect(
      fillPlaceholders('Hi {name}, order {order} at {shop}', { shop: 'Ania', name: '', order: '#1' }),
    ).toBe('Hi, order #1 at Ania');
    fc.assert(
      fc.property(fc.array(fc.oneof(plain, known), { maxLength: 8 }), (parts) => {
        const filled = fillPlaceholders(parts.join(' '), { shop: 'S', name: 'N', order: 'O' });
        expect(filled).not.toMatch(/\{(shop|name|order)\}/);
      }),
    );
  });

  it('measures contrast as WCAG does: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#15803d', '#15803d')).toBe(1);
    expect(contrastRatio(DEFAULT_COLORS.buttonColor, DEFAULT_COLORS.buttonTextColor)).toBeGreaterThan(4.5);
  });

  it('the catalogue defaults of every kind and language pass their own validation', () => {
    for (const kind of TEMPLATE_KINDS)
      for (const locale of SUPPORTED_LOCALES)
        expect(refusedField(defaultTemplate(kind, locale, 'https://cdn.example/logo.png'))).toBeUndefined();
  });
});
