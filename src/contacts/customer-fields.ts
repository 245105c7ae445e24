/**
 * Field rules for customer data, shared by every way data comes in (shop webhooks, the REST
 * API, CSV import, ESP callbacks). Each check throws `validation_failed` naming the field.
 */
import { AppError } from '../platform/errors.js';
import type { ConsentInput, CustomerInput } from './contacts.inputs.js';
import type { CustomerPatch } from './contacts.types.js';
import { tagsProblem, uniqueTags } from './tag-list.js';

const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[^\s@"(),:;<>[\\\]]+\.[^\s@"(),:;<>[\\\]]+$/;
const LOCALE = /^([a-z]{2,3})(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-[a-z0-9]{5,8})*$/i;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEARLESS_DATE = /^--(\d{2})-(\d{2})$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const MAX_NAME = 200;
const MAX_PHONE = 40;

/** Lower-cased and trimmed; throws when it is not an email address. */
export function normalizeEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email === '') throw AppError.invalid(field, 'is required');
  if (email.length > 254 || !EMAIL.test(email)) {
    throw AppError.invalid(field, `"${raw}" is not an email address`);
  }
  return email;
}

/** A loose BCP 47 check (`pl`, `pl-PL`, `pl_PL`, `zh-Hant-TW`), returned as `pl-PL`. */
export function normalizeLocale(raw: string, field = 'locale'): string {
  const text = raw.trim().replace(/_/g, '-');
  if (!LOCALE.test(text)) {
    throw AppError.invalid(field, `"${raw}" is not a language tag such as pl or pl-PL`);
  }
  return text
    .split('-')
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      return part.toLowerCase();
    })
    .join('-');
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown; a real calendar day. */
export function normalizeBirthday(raw: string, field = 'birthday'): string {
  const text = raw.trim();
  const full = FULL_DATE.exec(text);
  const yearless = full ? undefined : YEARLESS_DATE.exec(text);
  const valid = full
    ? Number(full[1]) >= 1900 && isCalendarDay(Number(full[1]), Number(full[2]), Number(full[3]))
    : yearless
      ? isCalendarDay(2000, Number(yearless[1]), Number(yearless[2]))
      : false;
  if (!valid) {
    throw AppError.invalid(field, `"${raw}" is not a date written YYYY-MM-DD (or --MM-DD without the year)`);
  }
  return text;
}

/** An ISO-8601 date-time with a zone, returned in UTC (`…Z`). */
export function normalizeTimestamp(raw: string, field: string): string {
  const text = raw.trim();
  const time = ISO_TIME.test(text) ? new Date(text).getTime() : Number.NaN;
  if (Number.isNaN(time)) {
    throw AppError.invalid(field, `"${raw}" is not an ISO-8601 date-time with a time zone`);
  }
  return new Date(time).toISOString();
}

function optionalText(raw: string | null | undefined, field: string, max: number) {
  if (raw === undefined || raw === null) return raw;
  const text = raw.trim();
  if (text.length > max) throw AppError.invalid(field, `is longer than ${max} characters`);
  return text === '' ? null : text;
}

function optional<T>(raw: string | null | undefined, check: (value: string) => T): T | null | undefined {
  if (raw === undefined || raw === null) return raw;
  return raw.trim() === '' ? null : check(raw);
}

/** Checks tags given as an array; throws naming the first bad one (`tags/2`). */
export function normalizeTags(tags: readonly string[], field = 'tags'): string[] {
  const problem = tagsProblem(tags);
  if (problem) throw AppError.invalid(`${field}/${problem.index}`, problem.message);
  return uniqueTags(tags);
}

const CONSENT_STATUSES = new Set(['pending', 'subscribed', 'unsubscribed']);
const CONSENT_SOURCES = new Set(['shop', 'esp', 'questionnaire', 'admin', 'import', 'api', 'widget']);

/** How far ahead of our clock a source's `changedAt` may be (clock skew), and no further. */
export const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;

/** Checks a consent change; `prefix` names where it sits in the input (`consent/`). */
export function normalizeConsent(consent: ConsentInput, now: Date, prefix = 'consent/'): ConsentInput {
  if (!CONSENT_STATUSES.has(consent.status)) {
    throw AppError.invalid(`${prefix}status`, 'must be pending, subscribed or unsubscribed');
  }
  if (!CONSENT_SOURCES.has(consent.source)) {
    throw AppError.invalid(`${prefix}source`, `"${consent.source}" is not a consent source`);
  }
  const changedAt = normalizeTimestamp(consent.changedAt, `${prefix}changedAt`);
  // A future time would outrank every real change to come.
  if (Date.parse(changedAt) > now.getTime() + MAX_FUTURE_SKEW_MS) {
    throw AppError.invalid(`${prefix}changedAt`, `${consent.changedAt} is in the future`);
  }
  return { ...consent, changedAt };
}

/**
 * The fields every source may set, checked and put in canonical form, written into `out`; only
 * those present. Into the caller's object rather than spread into it: Node 20's V8 makes an
 * object built by a spread slow to add properties to (a new hidden class each time).
 */
function normalizeProfile(
  input: Omit<CustomerPatch, 'email' | 'tags'>,
  out: Omit<CustomerPatch, 'email' | 'tags'>,
): void {
  const firstName = optionalText(input.firstName, 'firstName', MAX_NAME);
  const lastName = optionalText(input.lastName, 'lastName', MAX_NAME);
  const phone = optionalText(input.phone, 'phone', MAX_PHONE);
  const locale = optional(input.locale, (v) => normalizeLocale(v));
  const birthday = optional(input.birthday, (v) => normalizeBirthday(v));
  if (firstName !== undefined) out.firstName = firstName;
  if (lastName !== undefined) out.lastName = lastName;
  if (phone !== undefined) out.phone = phone;
  if (locale !== undefined) out.locale = locale;
  if (birthday !== undefined) out.birthday = birthday;
}

/** An admin's edit, checked and put in canonical form. */
export function normalizeCustomerPatch(patch: CustomerPatch): CustomerPatch {
  const out: CustomerPatch = {};
  if (patch.email !== undefined) out.email = normalizeEmail(patch.email);
  normalizeProfile(patch, out);
  if (patch.tags !== undefined) out.tags = normalizeTags(patch.tags);
  return out;
}

/** A customer's id on a platform, trimmed; both parts are required. */
export function normalizeExternalId(
  externalId: CustomerInput['externalId'],
): CustomerInput['externalId'] | undefined {
  if (!externalId) return undefined;
  const normal = { platform: externalId.platform.trim(), id: externalId.id.trim() };
  if (normal.platform === '' || normal.id === '')
    throw AppError.invalid('externalId', 'needs a platform and an id');
  return normal;
}

/** The input with every field checked and put in canonical form. */
export function normalizeCustomerInput(input: CustomerInput, now: Date): CustomerInput {
  const externalId = normalizeExternalId(input.externalId);
  const out: CustomerInput = {
    accountId: input.accountId,
    channelId: input.channelId,
    email: normalizeEmail(input.email),
  };
  normalizeProfile(input, out);
  const registeredAt = optional(input.registeredAt, (v) => normalizeTimestamp(v, 'registeredAt'));
  if (registeredAt !== undefined) out.registeredAt = registeredAt;
  if (input.tags !== undefined) out.tags = normalizeTags(input.tags);
  if (externalId) out.externalId = externalId;
  if (input.consent) out.consent = normalizeConsent(input.consent, now);
  return out;
}
