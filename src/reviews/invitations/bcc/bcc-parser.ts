import type { AddressObject, ParsedMail } from 'mailparser';
import type { Locale } from '../../../platform/i18n/index.js';
import { BCC_REASONS } from './bcc-reasons.js';
import { readStructuredOrder, type StructuredOrder } from './structured-data.js';

/** What a BCC'd order confirmation told us, or why it could not be used. */
export type BccExtraction =
  | {
      ok: true;
      email: string;
      name: string | null;
      orderNumber: string;
      locale: string | null;
      products: StructuredOrder['products'];
    }
  | { ok: false; reason: string; email?: string; orderNumber?: string };

const REF = '([A-Za-z0-9][A-Za-z0-9/-]{0,40})';
const SEP = '\\s*(?:[:#]\\s*)?#?\\s*';

/**
 * "Order #1001" and its siblings in the five languages Trustloop speaks. The first match in
 * the subject wins, then the first in the text body; a reference must contain a digit.
 */
const ORDER_PATTERNS: ReadonlyArray<{ locale: Locale | null; pattern: RegExp }> = [
  { locale: 'pl', pattern: new RegExp(`zamówieni(?:e|a|u)\\s*(?:nr\\.?|numer)?${SEP}${REF}`, 'giu') },
  { locale: 'cs', pattern: new RegExp(`objednávk(?:a|y|u|ou)\\s*(?:č\\.|čís\\.|číslo)?${SEP}${REF}`, 'giu') },
  { locale: 'de', pattern: new RegExp(`bestell(?:ung|nummer)\\s*(?:nr\\.?|nummer)?${SEP}${REF}`, 'giu') },
  { locale: 'sv', pattern: new RegExp(`beställning(?:snummer)?\\s*(?:nr\\.?|nummer)?${SEP}${REF}`, 'giu') },
  { locale: 'sv', pattern: new RegExp(`ordernummer${SEP}${REF}`, 'giu') },
  { locale: null, pattern: new RegExp(`\\border\\s*(?:no\\.?|nr\\.?|number|num\\.?)?${SEP}${REF}`, 'giu') },
  { locale: null, pattern: new RegExp(`#\\s?${REF}`, 'gu') },
];

export function findOrderNumber(text: string): { orderNumber: string; locale: Locale | null } | undefined {
  for (const { locale, pattern } of ORDER_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const ref = match[1]?.replace(/[/-]+$/, '');
      if (ref && /\d/.test(ref)) return { orderNumber: ref, locale };
    }
  }
  return undefined;
}

function addresses(field: AddressObject | AddressObject[] | undefined) {
  return (Array.isArray(field) ? field : field ? [field] : []).flatMap((object) => object.value);
}

/**
 * Pulls the customer and the order out of a BCC copy: structured data first (it always
 * wins, as with Trustpilot's AFS), then the `To:` of the original message, then the
 * order number from the subject or the body. `ownAddress` tells which recipient is us.
 */
export function extractFromBcc(mail: ParsedMail, isOwnAddress: (address: string) => boolean): BccExtraction {
  const structured: StructuredOrder = mail.html ? readStructuredOrder(mail.html) : { products: [] };
  const recipient = addresses(mail.to).find((entry) => entry.address && !isOwnAddress(entry.address));
  const email = (structured.email ?? recipient?.address ?? '').trim().toLowerCase();
  const name = structured.name ?? (recipient?.name?.trim() || null);
  const fromText = structured.orderNumber
    ? undefined
    : (findOrderNumber(mail.subject ?? '') ?? findOrderNumber((mail.text ?? '').slice(0, 100_000)));
  const orderNumber = structured.orderNumber ?? fromText?.orderNumber;
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return {
      ok: false,
      reason: BCC_REASONS.no_email,
      ...(orderNumber ? { orderNumber } : {}),
    };
  }
  if (!orderNumber) {
    return { ok: false, reason: BCC_REASONS.no_order_number, email };
  }
  return {
    ok: true,
    email,
    name,
    orderNumber,
    locale: structured.locale ?? fromText?.locale ?? null,
    products: structured.products,
  };
}
