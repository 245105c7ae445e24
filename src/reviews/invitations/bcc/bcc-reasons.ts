/**
 * Why a BCC copy made no invitation: the reason stored with the message (English, as the API
 * has always answered it) and a stable code the admin words in the merchant's language. Each
 * code's text is defined once here, so the code read back from a stored reason is exact.
 */
export const BCC_REASONS = {
  unreadable: 'the message is not readable MIME',
  no_email: 'no customer email address: neither the To header nor structured data names one',
  no_order_number: 'no order number in the subject, the body or structured data',
} as const;

const ALREADY_INVITED = 'an invitation for this order already exists';

export const BCC_REASON_CODES = [
  'unreadable',
  'no_email',
  'no_order_number',
  'already_invited',
  'refused',
] as const;
export type BccReasonCode = (typeof BCC_REASON_CODES)[number];

/** The duplicate's reason, naming the method that invited first (`manual`, `klaviyo_flow`, …). */
export function alreadyInvited(method: string): string {
  return `${ALREADY_INVITED} (${method})`;
}

/**
 * The code of a stored reason; `refused` for the invitations' own refusal of the extracted
 * order (its message, from the server's checks, is shown as it is); null without a reason.
 */
export function bccReasonCode(reason: string | null): BccReasonCode | null {
  if (reason === null) return null;
  for (const [code, text] of Object.entries(BCC_REASONS)) if (reason === text) return code as BccReasonCode;
  if (reason.startsWith(ALREADY_INVITED)) return 'already_invited';
  return 'refused';
}
