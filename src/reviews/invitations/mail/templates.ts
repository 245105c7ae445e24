import { AppError } from '../../../platform/errors.js';
import { type Locale, t } from '../../../platform/i18n/index.js';

/** The two mails a merchant can edit: the invitation and its reminder. */
export const TEMPLATE_KINDS = ['invitation', 'reminder'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/**
 * What a merchant may put in the texts: `{shop}` (the channel's name), `{name}` (the customer's
 * name, empty when unknown) and `{order}` (the order number, empty without one). Anything else in
 * braces is refused, so a typo never reaches a customer as a literal `{nmae}`.
 */
export const PLACEHOLDERS = ['shop', 'name', 'order'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The parts of a mail a merchant edits; greeting, products, link validity and footer stay ours. */
export interface MailTemplate {
  subject: string;
  /** Plain text; a blank line starts a new paragraph. */
  intro: string;
  buttonText: string;
  /** Null: the shop's name stands where the logo would. */
  logoUrl: string | null;
  /** `#rrggbb`. */
  buttonColor: string;
  buttonTextColor: string;
  backgroundColor: string;
}

export const TEMPLATE_LIMITS = { subject: 200, intro: 2000, buttonText: 60, logoUrl: 2000 } as const;

/** Today's colours of the mail, kept as the defaults. */
export const DEFAULT_COLORS = {
  buttonColor: '#15803d',
  buttonTextColor: '#ffffff',
  backgroundColor: '#f5f5f4',
} as const;

/** WCAG AA for the button's label: a merchant cannot make "Write a review" unreadable. */
export const MIN_BUTTON_CONTRAST = 4.5;

/**
 * The catalogue's texts in `locale` with their placeholders left in (the catalogue's own `{shop}`
 * is the template's `{shop}`), and the channel's logo.
 */
export function defaultTemplate(kind: TemplateKind, locale: Locale, logoUrl: string | null): MailTemplate {
  const keep = { shop: '{shop}' };
  return {
    subject: t(
      locale,
      kind === 'reminder' ? 'invitation.reminder.subject' : 'invitation.email.subject',
      keep,
    ),
    intro: t(locale, kind === 'reminder' ? 'invitation.reminder.body' : 'invitation.email.body', keep),
    buttonText: t(locale, 'invitation.email.cta'),
    logoUrl,
    ...DEFAULT_COLORS,
  };
}

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * Refuses what a merchant must not save, naming the field (`/body/<field>`): an unknown
 * placeholder, a stray brace, an empty text, a colour that is not `#rrggbb`, a logo that is not
 * an http(s) URL, a button label too faint to read on its colour.
 */
export function validateTemplate(template: MailTemplate): MailTemplate {
  const clean: MailTemplate = {
    ...template,
    subject: template.subject.replace(/\s+/g, ' ').trim(),
    intro: template.intro.replace(/\r\n?/g, '\n').trim(),
    buttonText: template.buttonText.replace(/\s+/g, ' ').trim(),
    logoUrl: template.logoUrl?.trim() || null,
  };
  for (const field of ['subject', 'intro', 'buttonText'] as const) {
    const text = clean[field];
    if (!text) throw AppError.invalid(`/body/${field}`, 'must not be empty');
    if (text.length > TEMPLATE_LIMITS[field])
      throw AppError.invalid(`/body/${field}`, `must be at most ${TEMPLATE_LIMITS[field]} characters`);
    checkPlaceholders(`/body/${field}`, text);
  }
  if (clean.logoUrl !== null) {
    let url: URL | undefined;
    try {
      url = new URL(clean.logoUrl);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol))
      throw AppError.invalid('/body/logoUrl', 'must be an absolute http(s) URL');
  }
  for (const field of ['buttonColor', 'buttonTextColor', 'backgroundColor'] as const) {
    if (!HEX.test(clean[field])) throw AppError.invalid(`/body/${field}`, 'must be a colour as #rrggbb');
    clean[field] = clean[field].toLowerCase();
  }
  const ratio = contrastRatio(clean.buttonColor, clean.buttonTextColor);
  if (ratio < MIN_BUTTON_CONTRAST) {
    throw AppError.invalid(
      '/body/buttonTextColor',
      `contrast with the button colour is ${ratio.toFixed(1)}:1; at least ${MIN_BUTTON_CONTRAST}:1 keeps the button readable`,
    );
  }
  return clean;
}

function checkPlaceholders(field: string, text: string): void {
  for (const match of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1]!.trim();
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      throw AppError.invalid(
        field,
        `unknown placeholder {${name}}; use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
      );
    }
  }
  if (/[{}]/.test(text.replace(/\{[^{}]*\}/g, ''))) {
    throw AppError.invalid(field, 'has a brace that opens or closes no placeholder');
  }
}

/** The text with its placeholders filled (plain text: the caller escapes it for HTML). */
export function fillPlaceholders(text: string, values: Record<Placeholder, string>): string {
  // An empty value takes its leading space with it: "Hi {name}," becomes "Hi," without a name.
  return text
    .replace(/( ?)\{\s*(shop|name|order)\s*\}/g, (_, space: string, name: Placeholder) =>
      values[name] ? space + values[name] : '',
    )
    .trim();
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
