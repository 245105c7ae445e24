import { PROFANITY, type WordList } from './profanity-words.js';
import { foldText, wordsOf } from './text-fold.js';

/** What the filter found; a review with any finding is held as `flagged` for a person to check. */
export type ContentFinding = 'email' | 'phone' | 'url' | 'profanity';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const EMAILS = new RegExp(EMAIL.source, 'gu');
const URL_LIKE =
  /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|io|eu|pl|cz|sk|se|de|at|ch|uk|shop|store|online)\b(?:\/\S*)?/i;
// Nine to fifteen digits with the usual separators: phone numbers, not prices or dates.
const PHONE_CANDIDATE = /\+?\d(?:[\s\-./()]{0,2}\d){8,14}/g;

function hasPhone(text: string): boolean {
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const digits = match[0].replace(/\D/g, '');
    // A date-like run (2026-11-20) has 8 digits; a phone has 9–15.
    if (digits.length >= 9 && digits.length <= 15) return true;
  }
  return false;
}

function matchesList(words: readonly string[], list: WordList, local: boolean): boolean {
  const exact = new Set(local ? [...list.words, ...(list.localOnly ?? [])] : list.words);
  return words.some((word) => exact.has(word) || list.stems.some((stem) => word.startsWith(stem)));
}

function hasProfanity(text: string, locale: string | null): boolean {
  const words = wordsOf(foldText(text));
  if (words.length === 0) return false;
  const language = locale?.slice(0, 2);
  return Object.entries(PROFANITY).some(([code, list]) => matchesList(words, list, code === language));
}

/**
 * Scans what a reviewer wrote for personal data (email addresses, phone numbers), links and a
 * small multi-language list of swear words. Findings in a fixed order, without duplicates.
 *
 * @example
 * scanContent(['Call me at +48 601 234 567'], 'pl'); // ['phone']
 */
export function scanContent(parts: ReadonlyArray<string | null>, locale: string | null): ContentFinding[] {
  const text = parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n');
  if (text === '') return [];
  const findings: ContentFinding[] = [];
  if (EMAIL.test(text)) findings.push('email');
  if (hasPhone(text)) findings.push('phone');
  if (URL_LIKE.test(text.replace(EMAILS, ' '))) findings.push('url');
  if (hasProfanity(text, locale)) findings.push('profanity');
  return findings;
}
