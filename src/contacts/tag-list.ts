/**
 * Tags as merchants type them (C3). SALESmanago asks for tags "separated by commas, without
 * spaces"; the same rule holds for default tags and per-export tags everywhere in Trustloop.
 *
 * @example
 * parseTagList('vip,newsletter,pl'); // { ok: true, tags: ['vip', 'newsletter', 'pl'] }
 * parseTagList('vip, new');
 * // { ok: false, message: '"vip, new": a space follows the comma at position 4; write tags separated by commas without spaces' }
 */

export const MAX_TAG_LENGTH = 64;
export const MAX_TAGS = 50;

const TAG = /^[A-Za-z0-9_\-.:]+$/;
const NOT_TAG_CHAR = /[^A-Za-z0-9_\-.:]/;
const HOW_TO = 'write tags separated by commas without spaces';

export type TagListResult = { ok: true; tags: string[] } | { ok: false; message: string };

/** Why one tag is not acceptable, or undefined when it is. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'a tag must not be empty';
  if (tag.length > MAX_TAG_LENGTH) {
    return `tag "${tag.slice(0, 20)}…" is ${tag.length} characters long; the limit is ${MAX_TAG_LENGTH}`;
  }
  if (!TAG.test(tag)) {
    const bad = NOT_TAG_CHAR.exec(tag)?.[0] ?? '';
    const shown = bad === ' ' ? 'a space' : `"${bad}"`;
    return `tag "${tag}" contains ${shown}; use only letters A-Z, digits and _ - . :`;
  }
  return undefined;
}

/** Removes repeats, keeping the first occurrence's position. */
export function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}

/**
 * Parses a comma-separated tag list with no spaces. The empty string is the empty list;
 * repeated tags are kept once. Positions in messages count characters from 1.
 */
export function parseTagList(text: string): TagListResult {
  if (text === '') return { ok: true, tags: [] };
  const fail = (why: string): TagListResult => ({ ok: false, message: `"${text}": ${why}` });

  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ',') continue;
    if (text[i + 1] === ' ') return fail(`a space follows the comma at position ${i + 1}; ${HOW_TO}`);
    if (i > 0 && text[i - 1] === ' ')
      return fail(`a space precedes the comma at position ${i + 1}; ${HOW_TO}`);
  }
  const space = text.search(/\s/);
  if (space >= 0) return fail(`a space at position ${space + 1} is not allowed; ${HOW_TO}`);

  const parts = text.split(',');
  if (parts.length > MAX_TAGS) return fail(`${parts.length} tags given; at most ${MAX_TAGS} are allowed`);
  let position = 1;
  for (const [index, part] of parts.entries()) {
    if (part === '') {
      if (index === 0) return fail(`the list starts with a comma; ${HOW_TO}`);
      if (index === parts.length - 1) return fail(`the list ends with a comma; ${HOW_TO}`);
      return fail(`tag ${index + 1} is empty (two commas in a row at position ${position - 1}); ${HOW_TO}`);
    }
    const problem = tagProblem(part);
    if (problem) return fail(problem);
    position += part.length + 1;
  }
  return { ok: true, tags: uniqueTags(parts) };
}

/** The canonical text form: the inverse of `parseTagList` for a valid list. */
export function formatTagList(tags: readonly string[]): string {
  return tags.join(',');
}

/** Checks an array of tags (as JSON bodies and inputs carry them); the first problem, if any. */
export function tagsProblem(tags: readonly string[]): { index: number; message: string } | undefined {
  const unique = uniqueTags(tags);
  if (unique.length > MAX_TAGS) {
    return { index: MAX_TAGS, message: `${unique.length} tags given; at most ${MAX_TAGS} are allowed` };
  }
  for (const [index, tag] of tags.entries()) {
    const problem = tagProblem(tag);
    if (problem) return { index, message: problem };
  }
  return undefined;
}

/**
 * Turns a platform's free-form tag ("VIP customer", "Zákazník #1") into a valid tag
 * ("VIP-customer", "Zakaznik-1"), or undefined when nothing usable is left. For connectors that
 * import shop tags; what merchants type themselves is validated, not rewritten.
 */
export function normalizeTag(raw: string): string | undefined {
  const tag = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^A-Za-z0-9_\-.:]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_TAG_LENGTH);
  return tag === '' ? undefined : tag;
}
