import { parseTagList, tagsProblem, uniqueTags } from '../contacts/index.js';
import { AppError } from '../platform/errors.js';
import type { ConnectorDescriptor, ConnectorSettings, SettingField } from './connector.js';

function check(field: SettingField, value: unknown): string | undefined {
  switch (field.type) {
    case 'string':
    case 'secret':
      return typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a non-empty string';
    case 'url': {
      if (typeof value !== 'string') return 'must be an absolute http(s) URL';
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'must be an http(s) URL';
      } catch {
        return 'must be an absolute http(s) URL';
      }
    }
    case 'integer':
      return Number.isInteger(value) ? undefined : 'must be a whole number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string_list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? undefined
        : 'must be a list of strings';
    case 'tag_list':
      return undefined; // checked and converted by `tagList`
  }
}

/** A tag list setting, `"A,B"` or `["A","B"]`, checked with the contacts' tag rules (C3). */
function tagList(field: SettingField, value: unknown): string[] {
  const path = `/body/settings/${field.key}`;
  if (typeof value === 'string') {
    const parsed = parseTagList(value);
    if (!parsed.ok) throw AppError.invalid(path, parsed.message);
    return parsed.tags;
  }
  if (!Array.isArray(value))
    throw AppError.invalid(
      path,
      `${field.label} must be tags separated by commas without spaces, or a list of tags`,
    );
  for (const [index, tag] of value.entries())
    if (typeof tag !== 'string') throw AppError.invalid(`${path}/${index}`, 'must be a text');
  const problem = tagsProblem(value as string[]);
  if (problem) throw AppError.invalid(`${path}/${problem.index}`, problem.message);
  return uniqueTags(value as string[]);
}

/**
 * Validates settings against the descriptor: unknown keys and wrong types are 400s naming the
 * field; defaults fill what is absent. With `previous`, absent keys keep their stored values.
 */
export function validateSettings(
  descriptor: ConnectorDescriptor,
  input: Record<string, unknown>,
  previous?: ConnectorSettings,
): ConnectorSettings {
  const known = new Map(descriptor.settings.map((field) => [field.key, field]));
  for (const key of Object.keys(input)) {
    if (!known.has(key))
      throw AppError.invalid(`/body/settings/${key}`, `${descriptor.displayName} has no setting "${key}"`);
  }
  const out: ConnectorSettings = {};
  for (const field of descriptor.settings) {
    const value = input[field.key] ?? previous?.[field.key] ?? field.default;
    if (value === undefined || value === null || value === '') {
      if (field.required) throw AppError.invalid(`/body/settings/${field.key}`, `${field.label} is required`);
      continue;
    }
    if (field.type === 'tag_list') {
      out[field.key] = tagList(field, value);
      continue;
    }
    const problem = check(field, typeof value === 'string' ? value.trim() : value);
    if (problem) throw AppError.invalid(`/body/settings/${field.key}`, `${field.label} ${problem}`);
    out[field.key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

/**
 * Settings enough to call the platform before the form is complete (e.g. to offer its lists
 * once the key is in): the same checks, but only secret fields are required.
 */
export function validateCredentials(
  descriptor: ConnectorDescriptor,
  input: Record<string, unknown>,
): ConnectorSettings {
  const settings = descriptor.settings.map((field) => ({
    ...field,
    required: field.required && field.secret,
  }));
  return validateSettings({ ...descriptor, settings }, input);
}
