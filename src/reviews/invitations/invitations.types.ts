import type { InvitationType } from '../reviews.events.js';

export const INVITATION_STATES = [
  'scheduled',
  'sent',
  'cancelled',
  'suppressed',
  'completed',
  'expired',
] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/** How the invitation came to be (R3); `klaviyo_flow`: a Klaviyo flow's webhook asked for it. */
export const INVITATION_METHODS = [
  'manual',
  'csv',
  'api',
  'automatic',
  'bcc',
  'business_link',
  'klaviyo_flow',
] as const;
export type InvitationMethod = (typeof INVITATION_METHODS)[number];

/**
 * Who delivers it: Trustloop by email, nobody (the caller took the link), or the ESP
 * (the channel's "the ESP sends invitations" switch).
 */
export const DELIVERIES = ['email', 'link', 'esp'] as const;
export type Delivery = (typeof DELIVERIES)[number];

export const TRIGGER_EVENTS = ['order.placed', 'order.paid', 'order.fulfilled', 'order.delivered'] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

export const COOLDOWN_SCOPES = ['without_order', 'all'] as const;
export type CooldownScope = (typeof COOLDOWN_SCOPES)[number];

export interface InvitationProduct {
  sku: string | null;
  gtin: string | null;
  productId: string | null;
  title: string;
  imageUrl: string | null;
  productUrl: string | null;
}

export interface Invitation {
  id: string;
  accountId: string;
  channelId: string;
  email: string;
  name: string | null;
  orderId: string | null;
  orderNumber: string | null;
  products: InvitationProduct[];
  locale: string;
  type: InvitationType;
  method: InvitationMethod;
  delivery: Delivery;
  state: InvitationState;
  /** Why it was cancelled or suppressed (`order_cancelled`, `suppressed`, `cooldown`, `no_consent`, …). */
  stateReason: string | null;
  link: string;
  linkExpiresAt: string;
  scheduledAt: string;
  sentAt: string | null;
  remindedAt: string | null;
  /** When the customer first opened the questionnaire (the state stays `sent` until they answer). */
  openedAt: string | null;
  completedAt: string | null;
  createdAt: string;
}

export interface InvitationSettings {
  channelId: string;
  /** Automatic invitations per order; a new channel starts with them off until enabled. */
  automaticInvitations: boolean;
  triggerEvent: TriggerEvent;
  /**
   * An order whose trigger (paid, fulfilled, …) lies more than this many days in the past when
   * Trustloop learns of it is history being backfilled: no automatic invitation.
   */
  triggerWindowDays: number;
  delayDays: number;
  reviewType: InvitationType;
  /** Days after the invitation email; null = no reminder (the default). */
  reminderDays: number | null;
  linkValidityDays: number;
  cooldownDays: number;
  cooldownScope: CooldownScope;
  espSends: boolean;
  explicitConsent: boolean;
  logoUrl: string | null;
  senderName: string | null;
  /** Where the shop BCCs its order confirmations. */
  bccAddress: string;
  updatedAt: string;
}

export type SettingsPatch = Partial<Omit<InvitationSettings, 'channelId' | 'bccAddress' | 'updatedAt'>>;

/** What every method hands to `create`. */
export interface InvitationInput {
  channelId: string;
  email: string;
  name?: string | null;
  orderId?: string | null;
  orderNumber?: string | null;
  /**
   * Other references the same order goes by (the shop platform's order id): an ESP flow that
   * named the order by one of them before Trustloop knew the order still counts as this order.
   */
  orderAliases?: readonly string[];
  products?: Array<Partial<InvitationProduct> & { title?: string | null }>;
  locale?: string | null;
  type?: InvitationType;
  method: InvitationMethod;
  delivery?: Delivery;
  /** Defaults to now + the channel's delay (automatic, BCC) or now (others). */
  scheduledAt?: Date;
}

/** `created: false` means the dedupe key was taken: `invitation` is the existing one. */
export interface CreateResult {
  invitation: Invitation;
  created: boolean;
}
