import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { type Locale, SUPPORTED_LOCALES } from '../../src/platform/i18n/locales.js';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

// The element kinds of @formatjs/icu-messageformat-parser's AST (its TYPE enum), named here
// so this test depends only on intl-messageformat.
const KIND = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 };

interface Argument {
  name: string;
  kind: number;
  /** For plural arguments: the categories the message gives a form for. */
  categories?: string[];
}

function argumentsOf(elements: Element[], found: Argument[] = []): Argument[] {
  for (const element of elements) {
    if (element.type === KIND.literal || element.type === KIND.pound) continue;
    if ('children' in element) argumentsOf(element.children, found);
    if ('options' in element) {
      const options = element.options as Record<string, { value: Element[] }>;
      found.push({ name: element.value, kind: element.type, categories: Object.keys(options) });
      for (const option of Object.values(options)) argumentsOf(option.value, found);
    } else if ('value' in element && typeof element.value === 'string') {
      found.push({ name: element.value, kind: element.type });
    }
  }
  return found;
}

function argumentSignature(message: string, locale: string): string[] {
  const kinds = new Map<string, number>();
  for (const argument of argumentsOf(new IntlMessageFormat(message, locale).getAst())) {
    kinds.set(argument.name, argument.kind === KIND.plural ? KIND.number : argument.kind);
  }
  return [...kinds].map(([name, kind]) => `${name}:${kind}`).sort();
}

/** Counts that between them reach every plural category of en, pl, cs, sv and de. */
const SAMPLE_COUNTS = [0, 1, 2, 3, 5, 12, 22, 25, 101, 1.5];

function sampleParams(english: string, count: number): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const argument of argumentsOf(new IntlMessageFormat(english, 'en').getAst())) {
    params[argument.name] =
      argument.kind === KIND.plural || argument.kind === KIND.number ? count : `«${argument.name}»`;
  }
  return params;
}

/**
 * The checks every message catalogue passes (the shopper pages' in src/platform/i18n, the admin
 * app's in web/admin): the English keys exactly, valid ICU that formats with sample parameters,
 * the same arguments as English, a plural form for each of the language's categories, and no
 * straight apostrophe (ICU reads it as a quote).
 */
export function describeCatalogues<K extends string>(
  name: string,
  catalogues: Readonly<Record<Locale, Readonly<Record<K, string>>>>,
): void {
  const en = catalogues.en;
  const keys = Object.keys(en) as K[];

  describe(name, () => {
    it.each(SUPPORTED_LOCALES)('%s has exactly the English keys', (locale) => {
      expect(Object.keys(catalogues[locale]).sort()).toEqual([...keys].sort());
    });

    describe.each(SUPPORTED_LOCALES)('%s', (locale) => {
      it.each(keys)('%s formats with sample parameters', (key) => {
        for (const count of SAMPLE_COUNTS) {
          const text = new IntlMessageFormat(catalogues[locale][key], locale).format(
            sampleParams(en[key], count),
          );
          expect(typeof text).toBe('string');
          expect(text).not.toMatch(/[{}]/);
          expect((text as string).trim()).not.toBe('');
        }
      });

      it.each(keys)('%s uses the same arguments as English', (key) => {
        expect(argumentSignature(catalogues[locale][key], locale)).toEqual(argumentSignature(en[key], 'en'));
      });

      it('gives every plural a form for each of the language’s plural categories', () => {
        const required = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const key of keys) {
          for (const argument of argumentsOf(
            new IntlMessageFormat(catalogues[locale][key], locale).getAst(),
          )) {
            if (argument.kind !== KIND.plural) continue;
            expect({ key, categories: argument.categories?.sort() }).toEqual({
              key,
              categories: [...required].sort(),
            });
          }
        }
      });

      it('uses no straight apostrophe, which ICU reads as a quote', () => {
        expect(keys.filter((key) => catalogues[locale][key].includes("'"))).toEqual([]);
      });
    });
  });
}
