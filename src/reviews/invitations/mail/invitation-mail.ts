import type Mail from 'nodemailer/lib/mailer/index.js';
import { formatDate, type Locale, resolveLocale, t } from '../../../platform/i18n/index.js';
import { html, type SafeHtml } from '../html.js';
import type { Invitation, InvitationSettings } from '../invitations.types.js';
import { defaultTemplate, fillPlaceholders, type MailTemplate } from './templates.js';

export interface MailChannel {
  name: string;
  timeZone: string;
}

/** `Name <address>` or a bare address, as in MAIL_FROM. */
export function parseFrom(from: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1]!.trim(), address: match[2]!.trim() } : { name: '', address: from.trim() };
}

/**
 * The invitation (or its reminder) as a message: the merchant's template (subject, intro,
 * button, logo, colours; the catalogue's texts by default) in the invitation's language, our
 * greeting, products, link validity and footer, and an unsubscribe link that no template can
 * remove: in the body and in `List-Unsubscribe` (one-click, RFC 8058).
 */
export function composeInvitationMail(input: {
  invitation: Invitation;
  channel: MailChannel;
  settings: InvitationSettings;
  from: string;
  publicUrl: string;
  token: string;
  reminder: boolean;
  /** Defaults to the catalogue's texts with the channel's logo. */
  template?: MailTemplate;
}): Mail.Options {
  const { invitation, channel, settings } = input;
  const locale: Locale = resolveLocale(invitation.locale);
  const shop = channel.name;
  const template =
    input.template ?? defaultTemplate(input.reminder ? 'reminder' : 'invitation', locale, settings.logoUrl);
  const values = { shop, name: invitation.name ?? '', order: invitation.orderNumber ?? '' };
  const unsubscribeUrl = `${input.publicUrl}/r/${input.token}/unsubscribe`;
  const subject = fillPlaceholders(template.subject, values);
  const greeting = invitation.name
    ? t(locale, 'invitation.email.greeting', { name: invitation.name })
    : t(locale, 'invitation.email.greeting_no_name');
  const paragraphs = fillPlaceholders(template.intro, values)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const cta = fillPlaceholders(template.buttonText, values);
  const colors = {
    button: template.buttonColor,
    label: template.buttonTextColor,
    page: template.backgroundColor,
  };
  const until = t(locale, 'invitation.email.link_valid_until', {
    date: formatDate(invitation.linkExpiresAt, channel.timeZone, locale),
  });
  const footer = t(locale, 'invitation.email.footer', { shop });
  const unsubscribe = t(locale, 'invitation.email.unsubscribe');
  const products = invitation.type === 'service' ? [] : invitation.products.filter((p) => p.title);
  const productsIntro = t(locale, 'invitation.email.products');

  const text = [
    greeting,
    '',
    paragraphs.join('\n\n'),
    ...(products.length > 0 ? ['', productsIntro, ...products.map((p) => `- ${p.title}`)] : []),
    '',
    `${cta}: ${invitation.link}`,
    until,
    '',
    '--',
    footer,
    `${unsubscribe}: ${unsubscribeUrl}`,
    '',
  ].join('\n');

  const page = html`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${subject}</title></head>
<body style="margin:0;padding:24px;background:${colors.page};font-family:Arial,Helvetica,sans-serif;color:#1c1917">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px">
${template.logoUrl ? html`<img src="${template.logoUrl}" alt="${shop}" style="max-height:48px;max-width:200px;margin-bottom:16px">` : html`<p style="font-size:20px;font-weight:bold;margin:0 0 16px">${shop}</p>`}
<p>${greeting}</p>
${paragraphs.map((paragraph) => html`<p>${lines(paragraph)}</p>`)}
${products.length > 0 ? html`<p>${productsIntro}</p><ul>${products.map((p) => html`<li>${p.title}</li>`)}</ul>` : ''}
<p style="margin:24px 0"><a href="${invitation.link}" style="background:${colors.button};color:${colors.label};padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${cta}</a></p>
<p style="font-size:13px;color:#57534e">${until}</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#78716c;border-top:1px solid #e7e5e4">
<p>${footer}</p>
<p><a href="${unsubscribeUrl}" style="color:#78716c">${unsubscribe}</a></p>
</td></tr></table></body></html>`;

  const sender = parseFrom(input.from);
  return {
    // The shop's name, not MAIL_FROM's display name ("Trustloop"): the customer bought from the shop.
    from: { name: settings.senderName ?? shop, address: sender.address },
    to: invitation.name ? { name: invitation.name, address: invitation.email } : invitation.email,
    subject,
    text,
    html: page.value,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
      'X-Trustloop-Invitation': invitation.id,
    },
  };
}

/** A paragraph's single line breaks as <br>. */
function lines(paragraph: string): SafeHtml[] {
  return paragraph.split('\n').map((line, index) => (index === 0 ? html`${line}` : html`<br>${line}`));
}
