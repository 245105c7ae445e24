import { type Locale, t } from '../../../platform/i18n/index.js';
import type { ReviewSubmission } from '../../reviews.contract.js';
import type { InvitationProduct } from '../invitations.types.js';
import { type FormValues, LIMITS } from './questionnaire.page.js';

export interface FormInvitation {
  id: string;
  accountId: string;
  channelId: string;
  email: string;
  locale: Locale;
  orderId: string | null;
  orderRef: string | null;
  askService: boolean;
  products: InvitationProduct[];
}

export type FormOutcome =
  | { ok: true; submissions: ReviewSubmission[] }
  | { ok: false; errors: Map<string, string> };

/** Only the fields the page renders, as single strings (a repeated field keeps its first value). */
export function formValues(body: unknown, invitation: FormInvitation): FormValues {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const fields = ['display_name'];
  const prefixes = [
    ...(invitation.askService ? ['service'] : []),
    ...invitation.products.map((_, i) => `product_${i}`),
  ];
  for (const prefix of prefixes) fields.push(`${prefix}_rating`, `${prefix}_title`, `${prefix}_text`);
  const values: FormValues = {};
  for (const field of fields) {
    const raw = source[field];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

function clean(value: string | undefined): string | null {
  const text = value?.replace(/\r\n/g, '\n').trim();
  return text ? text : null;
}

/**
 * Validates the posted form: every rating shown is required and must be a whole number from
 * 1 to 5; texts are limited in length. Valid input becomes one review per question.
 */
export function readForm(values: FormValues, invitation: FormInvitation): FormOutcome {
  const { locale } = invitation;
  const errors = new Map<string, string>();
  const tooLong = (field: string, max: number) => {
    const value = clean(values[field]);
    if (value && [...value].length > max)
      errors.set(field, t(locale, 'questionnaire.error.too_long', { max }));
    return value;
  };
  const displayName = tooLong('display_name', LIMITS.name);

  const question = (prefix: string) => {
    const raw = values[`${prefix}_rating`] ?? '';
    const rating = /^[1-5]$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
    if (rating === undefined)
      errors.set(`${prefix}_rating`, t(locale, 'questionnaire.error.rating_required'));
    return {
      rating: rating ?? 0,
      title: tooLong(`${prefix}_title`, LIMITS.title),
      text: tooLong(`${prefix}_text`, LIMITS.text),
    };
  };

  const base = {
    accountId: invitation.accountId,
    channelId: invitation.channelId,
    displayName,
    email: invitation.email,
    locale,
    verifiedBuyer: invitation.orderRef !== null,
    invitationId: invitation.id,
    orderId: invitation.orderId,
    source: 'invitation' as const,
  };
  const submissions: ReviewSubmission[] = [];
  if (invitation.askService)
    submissions.push({ ...base, type: 'service', product: null, ...question('service') });
  invitation.products.forEach((product, index) => {
    submissions.push({
      ...base,
      type: 'product',
      product: {
        productId: product.productId,
        sku: product.sku,
        gtin: product.gtin,
        title: product.title || null,
      },
      ...question(`product_${index}`),
    });
  });
  return errors.size > 0 ? { ok: false, errors } : { ok: true, submissions };
}
