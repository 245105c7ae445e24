import { MAX_TAGS, parseTagList, tagProblem } from '../contacts/index.js';
import { AppError } from '../platform/errors.js';
import type { ConnectorDescriptor } from './connector.js';
import type { MirrorFilter } from './profile-mirror.js';

/**
 * What one export sends (seed 001, "Eksport danych"): contacts in one consent state or all,
 * contacts Trustloop first knew within `from`..`to` (inclusive; a date alone covers its whole
 * day, UTC), extra tags on them, and with `transactions` the channel's past paid orders (paid
 * within the same range, of buyers in the chosen consent state) as purchases.
 */
export interface ExportChoices {
  consent: 'all' | 'subscribed' | 'unsubscribed';
  from: string | null;
  to: string | null;
  tags: string[];
  transactions: boolean;
}

/** The body of `POST …/exports` as the schema lets it through. */
export interface ExportChoicesInput {
  consent?: string;
  from?: string;
  to?: string;
  tags?: unknown;
  transactions?: boolean;
}

const CONSENTS = ['all', 'subscribed', 'unsubscribed'] as const;

export const DEFAULT_CHOICES: ExportChoices = {
  consent: 'all',
  from: null,
  to: null,
  tags: [],
  transactions: false,
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_HELP = 'must be a date such as 2026-11-23 or a date-time such as 2026-11-23T10:00:00Z';

function instant(field: 'from' | 'to', text: string): Date {
  const at = new Date(text);
  // `new Date` rolls 2026-02-30 over to March: only a date that reads back the same is one.
  if (Number.isNaN(at.getTime()) || (DATE_ONLY.test(text) && at.toISOString().slice(0, 10) !== text))
    throw AppError.invalid(`/body/${field}`, `${DATE_HELP}; "${text}" is not one`);
  return at;
}

function tagsOf(input: unknown): string[] {
  if (!Array.isArray(input) && typeof input !== 'string')
    throw AppError.invalid('/body/tags', 'must be a comma-separated text without spaces or a list of tags');
  if (typeof input === 'string') {
    const parsed = parseTagList(input);
    if (!parsed.ok) throw AppError.invalid('/body/tags', parsed.message);
    return parsed.tags;
  }
  const unique = [...new Set(input as unknown[])] as string[];
  if (unique.length > MAX_TAGS)
    throw AppError.invalid('/body/tags', `${unique.length} tags given; at most ${MAX_TAGS} are allowed`);
  for (const [index, tag] of input.entries()) {
    if (typeof tag !== 'string') throw AppError.invalid(`/body/tags/${index}`, 'must be a text');
    const problem = tagProblem(tag);
    if (problem) throw AppError.invalid(`/body/tags/${index}`, problem);
  }
  return unique;
}

/**
 * Checks the choices against each other and against what the platform can do: a 400 names
 * the field ("Klaviyo does not take past transactions in its export").
 */
export function checkExportChoices(
  descriptor: ConnectorDescriptor,
  input: ExportChoicesInput | undefined,
): ExportChoices {
  const consent = input?.consent ?? 'all';
  if (!(CONSENTS as readonly string[]).includes(consent))
    throw AppError.invalid(
      '/body/consent',
      `must be all, subscribed (opt-in) or unsubscribed (opt-out); "${consent}" is none of them`,
    );
  const choices: ExportChoices = {
    consent: consent as ExportChoices['consent'],
    from: input?.from ?? null,
    to: input?.to ?? null,
    tags: input?.tags === undefined ? [] : tagsOf(input.tags),
    transactions: input?.transactions ?? false,
  };
  const from = choices.from === null ? null : instant('from', choices.from);
  const to = choices.to === null ? null : instant('to', choices.to);
  if (from && to && to.getTime() < from.getTime())
    throw AppError.invalid('/body/to', `must not be before from (${choices.from})`);
  const can = descriptor.capabilities.exportChoices;
  if (choices.tags.length > 0 && !can?.tags)
    throw AppError.invalid('/body/tags', `${descriptor.displayName} does not take extra tags in its export`);
  if (choices.transactions && !can?.transactions)
    throw AppError.invalid(
      '/body/transactions',
      `${descriptor.displayName} does not take past transactions in its export`,
    );
  return choices;
}

/** The choices as the mirror queries take them: `[fromAt, toBefore)` in ISO instants. */
export function filterOf(choices: ExportChoices): MirrorFilter {
  let toBefore: string | null = null;
  if (choices.to !== null) {
    const to = new Date(choices.to);
    // Inclusive: a date covers its whole day, a date-time its own millisecond.
    toBefore = new Date(to.getTime() + (DATE_ONLY.test(choices.to) ? 86_400_000 : 1)).toISOString();
  }
  return {
    consent: choices.consent,
    fromAt: choices.from === null ? null : new Date(choices.from).toISOString(),
    toBefore,
  };
}
