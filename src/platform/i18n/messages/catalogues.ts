import type { Locale } from '../locales.js';
import { cs } from './cs.js';
import { de } from './de.js';
import { type Catalogue, en } from './en.js';
import { pl } from './pl.js';
import { sv } from './sv.js';

/** The built-in customer-facing messages, one complete catalogue per supported locale. */
export const catalogues: Readonly<Record<Locale, Catalogue>> = Object.freeze({ en, pl, cs, sv, de });
