import type { connectors } from './connectors';
import type { dashboard } from './dashboard';
import type { espPages } from './esp-pages';
import type { inbox } from './inbox';
import type { integrations } from './integrations';
import type { invitationsList } from './invitations-list';
import type { invitationsSend } from './invitations-send';
import type { invitationsSettings } from './invitations-settings';
import type { invitationsTemplates } from './invitations-templates';
import type { loyaltyMembers } from './loyalty-members';
import type { loyaltyProgram } from './loyalty-program';
import type { loyaltyRewards } from './loyalty-rewards';
import type { reviewsDetail } from './reviews-detail';
import type { reviewsImport } from './reviews-import';
import type { reviewsList } from './reviews-list';
import type { reviewsSnippet } from './reviews-snippet';
import type { security } from './security';
import type { syncs } from './syncs';
import type { widgets } from './widgets';
/**
 * The admin app's messages in English: ICU MessageFormat, the same mechanism as the shopper
 * pages (src/platform/i18n). Every other language has exactly these keys (a test checks).
 */
export const en = {
  'nav.skip': 'Skip to content',
  'nav.label': 'Main',
  'nav.channels': 'Channels',
  'nav.integrations': 'Integrations',
  'nav.users': 'Users',
  'nav.apiKeys': 'API keys',
  'nav.language': 'Language',
  'nav.signOut': 'Sign out',
  'dash.nav': 'Dashboard',
  'nav.invitations': 'Invitations',
  'loyalty.nav': 'Loyalty',
  'reviews.nav': 'Reviews',
  'nav.security': 'Security',
  'syncs.nav': 'Syncs',
  'widgets.nav': 'Widgets',
  'nav.menu': 'Menu',

  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.saved': 'Saved.',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong: {message}',
  'common.errorDetail': 'The server’s words: “{message}”',
  'common.actions': 'Actions',
  'common.loadMore': 'Show more',

  'form.required': 'Fill this in.',
  'form.optional': '{label} (optional)',
  'form.integer': 'Enter a whole number.',
  'form.url': 'Enter a full address starting with https:// (or http://).',
  'form.listHint': 'Separate values with commas, without spaces.',

  'copy.button': 'Copy',
  'copy.label': 'Copy {what}',
  'copy.done': 'Copied to the clipboard',
  'copy.failed': 'Could not copy: select the text and copy it yourself',

  'signIn.title': 'Sign in to Trustloop',
  'signIn.intro':
    'On the first start, Trustloop printed an owner email and a one-time password in its console. Use them here; you will choose your own password next.',
  'signIn.email': 'Email',
  'signIn.emailInvalid': 'Enter an email address such as owner@example.com.',
  'signIn.password': 'Password',
  'signIn.passwordHint': 'The first time: the one-time password from the console.',
  'signIn.totp': 'Code from your authenticator app',
  'signIn.totpInvalid': 'Enter the 6 digits your authenticator app shows.',
  'signIn.submit': 'Sign in',
  'signIn.busy': 'Signing in…',
  'signIn.wrong': 'The email or password is wrong.',

  'password.title': 'Choose your password',
  'password.forced':
    'You signed in with a one-time password. Choose your own password before you continue; the one-time password stops working.',
  'password.intro': 'Change the password you sign in with.',
  'password.oneTime': 'One-time password',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'New password again',
  'password.rule': 'At least {min} characters; a passphrase of a few words is easy to remember.',
  'password.tooShort': 'Use at least {min} characters.',
  'password.same': 'Choose a password different from the current one.',
  'password.mismatch': 'The two new passwords differ.',
  'password.submit': 'Save password',

  'channels.title': 'Channels',
  'channels.add': 'Add a channel',
  'channels.addTitle': 'Add a channel',
  'channels.addIntro': 'A channel is one shop or storefront: its domain, language, currency and time zone.',
  'channels.create': 'Create channel',
  'channels.emptyTitle': 'No channels yet',
  'channels.emptyText':
    'Add your shop as a channel first; integrations, reviews and loyalty belong to a channel.',
  'channels.name': 'Name',
  'channels.domain': 'Domain',
  'channels.domainHint': 'The shop’s host name, without https://, e.g. shop.example.com.',
  'channels.domainInvalid': 'Enter a host name such as shop.example.com.',
  'channels.locale': 'Language',
  'channels.currency': 'Currency',
  'channels.currencyHint': 'Three-letter code, e.g. PLN, EUR, SEK, CZK.',
  'channels.currencyInvalid': 'Enter a three-letter currency code such as PLN.',
  'channels.timeZone': 'Time zone',
  'channels.timeZoneInvalid': 'Choose a time zone from the list.',
  'channels.settings': 'Settings',
  'channels.integrations': 'Integrations of this channel',
  'channels.keys': 'Keys for the shop',
  'channels.publicId': 'Public channel ID',
  'channels.publicIdHint': 'Safe to publish: widgets and public URLs use it.',
  'channels.signingSecret': 'Signing secret',
  'channels.signingSecretHint':
    'Your shop signs the signed-in shopper’s token with it (loyalty hub). Keep it on the server.',
  'channels.reveal': 'Reveal signing secret',
  'channels.rotate': 'Replace signing secret',
  'channels.rotateTitle': 'Replace the signing secret?',
  'channels.rotateText':
    'Tokens signed with the current secret stop working at once. Update your shop right after.',
  'channels.delete': 'Delete channel',
  'channels.deleteTitle': 'Delete {name}?',
  'channels.deleteText':
    'The channel and everything in it (orders, reviews, loyalty, connections) are deleted for good.',

  'users.title': 'Users',
  'users.add': 'Add a user',
  'users.create': 'Add user',
  'users.email': 'Email',
  'users.name': 'Name',
  'users.role': 'Role',
  'users.role.owner': 'Owner',
  'users.role.admin': 'Admin',
  'users.role.viewer': 'Viewer',
  'users.roleHint': 'Admins may change everything; viewers may only look.',
  'users.since': 'Added',
  'users.you': 'You',
  'users.remove': 'Remove',
  'users.removeTitle': 'Remove {name}?',
  'users.removeText': 'They are signed out at once and can no longer sign in.',
  'users.oneTimePassword':
    '{email} signs in with this one-time password and then chooses their own. It is shown only now.',
  'users.oneTimePasswordLabel': 'One-time password',

  'apiKeys.title': 'API keys',
  'apiKeys.intro': 'For your shop’s or your own scripts: each key may do only what its scopes allow.',
  'apiKeys.add': 'Create an API key',
  'apiKeys.create': 'Create key',
  'apiKeys.name': 'Name',
  'apiKeys.scopes': 'Scopes',
  'apiKeys.scopesRequired': 'Choose at least one scope.',
  'apiKeys.prefix': 'Starts with',
  'apiKeys.lastUsed': 'Last used',
  'apiKeys.never': 'Never',
  'apiKeys.emptyTitle': 'No API keys yet',
  'apiKeys.emptyText': 'Create one below when a shop or a script needs to call Trustloop.',
  'apiKeys.secretTitle': 'Your new API key',
  'apiKeys.secretOnce': 'Copy it now: it is shown only once. Trustloop keeps only a hash of it.',
  'apiKeys.secret': 'API key',
  'apiKeys.secretDone': 'I have copied it',
  'apiKeys.revoke': 'Revoke',
  'apiKeys.revokeTitle': 'Revoke {name}?',
  'apiKeys.revokeText': 'Every call made with this key is refused from now on.',

  'integrations.title': 'Integrations',
  'integrations.channel': 'Channel',
  'integrations.shops': 'Shop data in',
  'integrations.marketing': 'Marketing platforms',
  'integrations.open': 'Set up {name}',
  'integrations.noChannelTitle': 'Add a channel first',
  'integrations.noChannelText': 'Integrations connect one channel (one shop) with other tools.',
  'integrations.shop.shopify.summary': 'Orders, refunds, fulfilments and customers through Shopify webhooks.',
  'integrations.shop.woocommerce.summary': 'Orders and customers through WooCommerce webhooks.',
  'integrations.shop.magento.summary':
    'Orders, credit memos, shipments and customers, read every minute through the REST API.',
  'integrations.shop.prestashop.summary':
    'Orders, credit slips and customers, read every minute through the Webservice.',
  'integrations.shop.shoper.summary':
    'Orders and customers through Shoper webhooks, and read every minute to catch up.',

  'status.active': 'Connected',
  'status.error': 'Failing',
  'status.auth_invalid': 'Credentials rejected',
  'status.not_connected': 'Not connected',

  'shop.title': '{platform} for {channel}',
  'shop.connect': 'Connect',
  'shop.webhookUrl': 'Webhook URL',
  'shop.topics': '{count, plural, one {# topic} other {# topics}} to create',
  'shop.disconnectText': 'Webhooks from the shop are refused from now on; what was received stays.',
  'shop.shopify.step1': 'Enter Shopify’s webhook signing secret',
  'shop.shopify.secretWhere':
    'In Shopify admin: Settings → Notifications → Webhooks. The secret is under the list: “Your webhooks will be signed with …”.',
  'shop.shopify.webhooksWhere':
    'In Shopify admin: Settings → Notifications → Webhooks → Create webhook, once per topic below, each with this URL.',
  'shop.shopify.format': 'Format: JSON. API version: the latest stable one.',
  'shop.shopify.notHttps':
    'Shopify sends webhooks only to https addresses. Set PUBLIC_URL to an https address of this Trustloop and restart it.',
  'shop.woocommerce.step1': 'Choose the webhook secret',
  'shop.woocommerce.secretWhere':
    'Make up a long random secret; you will type the same one into every WooCommerce webhook below.',
  'shop.woocommerce.webhooksWhere':
    'In WordPress: WooCommerce → Settings → Advanced → Webhooks → Add webhook, once per topic below, with this delivery URL and the secret from step 1.',
  'shop.woocommerce.format': 'Status: Active. API version: WP REST API Integration v3.',
  'shop.woocommerce.notHttps':
    'This address is not https: order data would travel unencrypted. Set PUBLIC_URL to an https address.',

  'connector.title': '{platform} for {channel}',
  'connector.unknown': 'There is no such integration.',
  'connector.connect': 'Check and connect',
  'connector.checking': 'Checking with the platform…',
  'connector.secretKept': 'Stored — leave empty to keep it',
  'connector.step.credentials': 'Connect your {platform} account',
  'connector.step.embeds': 'Reviews in your emails: web feed and snippet',
  'connector.step.paste': 'Paste these into {platform}',
  'connector.step.export': 'Send your existing contacts',
  'connector.step.status': 'Status',
  'connector.klaviyo.dedupe':
    'Trustloop sends one invitation per order and review type, whoever asks: if this flow and Trustloop’s own per-order invitations both fire for the same order, the customer still gets one.',
  'connector.disconnect': 'Disconnect',
  'connector.disconnectTitle': 'Disconnect {name}?',
  'connector.disconnectText': 'Deliveries stop and the stored credentials are deleted.',

  'setup.nothing': 'Nothing to paste for this platform.',
  'setup.destinationUrl': 'Destination URL',
  'setup.headers': 'Header {name}',
  'setup.jsonBodies': 'JSON body: {name}',
  'setup.name.service': 'shop review',
  'setup.name.product': 'product reviews',
  'setup.name.both': 'shop and product reviews',
  'setup.jsonBody': 'JSON body',
  'setup.questionnaireLinkTag': 'Questionnaire link tag',
  'setup.listWebhookUrl': 'Subscribe / unsubscribe webhook URL',
  'setup.optInCallbackUrl': 'Opt-in callback URL',
  'setup.optOutCallbackUrl': 'Opt-out callback URL',
  'setup.endpoint': 'Endpoint',
  'setup.signingSecret': 'Signing secret',
  'setup.signatureScheme': 'Signature scheme',

  'embeds.feedIntro':
    'In Klaviyo: Content → Web feeds → Add web feed, with this name and URL (request method GET, content type JSON).',
  'embeds.feedName': 'Feed name',
  'embeds.feedUrl': 'Feed URL',
  'embeds.snippetChoice': 'What the email shows',
  'embeds.snippet.badge': 'Badge with the rating',
  'embeds.snippet.stars': 'Extended stars',
  'embeds.snippet.reviews': 'Selected reviews',
  'embeds.badgeNeedsCertified': 'The badge is offered once the channel is certified.',
  'embeds.snippet': 'Snippet to paste into the email template',

  'export.consent': 'Contacts',
  'export.consent.all': 'All',
  'export.consent.subscribed': 'Opt-in only',
  'export.consent.unsubscribed': 'Opt-out only',
  'export.from': 'First known from',
  'export.to': 'First known until',
  'export.rangeInvalid': 'The end is before the start.',
  'export.tags': 'Extra tags',
  'export.tagsHint': 'Comma-separated, without spaces: SPRING,IMPORT_2026.',
  'export.tagsInvalid': 'Separate tags with commas only; tags have no spaces.',
  'export.transactions': 'Also send past paid orders as purchases',
  'export.transactionsOnce':
    'Safe to press twice: each order reaches this account once, however often you export.',
  'export.start': 'Start export',
  'export.progress': 'Export progress',
  'export.running': '{done} of {total} contacts sent…',
  'export.done': 'Done: {completed} sent, {failed} failed.',

  'health.status': 'Status',
  'health.lastSync': 'Last sync',
  'health.lastError': 'Last error',
  'health.noError': 'None',
  'health.deliveries': 'Deliveries',
  'health.counts': '{sent} sent, {pending} waiting, {failed} failed, {dead} dead letters',
  'health.deadLetters': '{count, plural, one {# delivery} other {# deliveries}} failed for good',
  'health.replay': 'Send again',
} as const;

/** The sections' keys: their texts load with the pages that use them (../sections.ts). */
type SectionKey =
  | keyof typeof connectors.en
  | keyof typeof dashboard.en
  | keyof typeof espPages.en
  | keyof typeof inbox.en
  | keyof typeof integrations.en
  | keyof typeof invitationsList.en
  | keyof typeof invitationsSend.en
  | keyof typeof invitationsSettings.en
  | keyof typeof invitationsTemplates.en
  | keyof typeof loyaltyMembers.en
  | keyof typeof loyaltyProgram.en
  | keyof typeof loyaltyRewards.en
  | keyof typeof reviewsDetail.en
  | keyof typeof reviewsImport.en
  | keyof typeof reviewsList.en
  | keyof typeof reviewsSnippet.en
  | keyof typeof security.en
  | keyof typeof syncs.en
  | keyof typeof widgets.en;

export type MessageKey = keyof typeof en | SectionKey;
/** The first chunk's messages in one language: every language has exactly the English keys. */
export type Catalogue = Readonly<Record<keyof typeof en, string>>;
