import { type Locale, t } from '../../platform/i18n/index.js';
import type { ModerationSettings } from './moderation-rules.js';

/**
 * The EU Omnibus review disclosure (Directive 2019/2161; reviews.md §1.4), generated from the
 * channel's actual settings: how reviews are verified, moderated, ordered and scored.
 */
export interface Disclosure {
  locale: Locale;
  title: string;
  sections: {
    verification: string;
    moderation: string;
    filter: string;
    rules: string;
    ordering: string;
    scoring: string;
  };
  /** The sections as one paragraph each, in order. */
  paragraphs: string[];
  settings: ModerationSettings;
}

export function buildDisclosure(settings: ModerationSettings, shop: string, locale: Locale): Disclosure {
  const moderation =
    settings.publishMode === 'threshold'
      ? t(locale, 'reviews.disclosure.moderation.threshold', {
          minRating: settings.minRating,
          hours: settings.delayHours,
        })
      : settings.publishMode === 'manual'
        ? t(locale, 'reviews.disclosure.moderation.manual', { shop })
        : t(locale, 'reviews.disclosure.moderation.immediate');
  const sections = {
    verification: t(locale, 'reviews.disclosure.verification', { shop }),
    moderation,
    filter: t(
      locale,
      settings.filterEnabled ? 'reviews.disclosure.filter.on' : 'reviews.disclosure.filter.off',
    ),
    rules: t(locale, 'reviews.disclosure.rules'),
    ordering: t(locale, 'reviews.disclosure.ordering'),
    scoring: t(locale, 'reviews.disclosure.scoring'),
  };
  return {
    locale,
    title: t(locale, 'reviews.disclosure.title'),
    sections,
    paragraphs: Object.values(sections),
    settings: { ...settings },
  };
}
