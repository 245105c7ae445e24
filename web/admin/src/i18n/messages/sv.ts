import { connectors } from './connectors';
import { dashboard } from './dashboard';
import type { Catalogue } from './en';
import { espPages } from './esp-pages';
import { inbox } from './inbox';
import { integrations } from './integrations';
import { invitationsList } from './invitations-list';
import { invitationsSend } from './invitations-send';
import { invitationsSettings } from './invitations-settings';
import { invitationsTemplates } from './invitations-templates';
import { loyaltyMembers } from './loyalty-members';
import { loyaltyProgram } from './loyalty-program';
import { loyaltyRewards } from './loyalty-rewards';
import { reviewsDetail } from './reviews-detail';
import { reviewsImport } from './reviews-import';
import { reviewsList } from './reviews-list';
import { reviewsSnippet } from './reviews-snippet';
import { security } from './security';
import { syncs } from './syncs';
import { widgets } from './widgets';

export const sv: Catalogue = {
  'nav.skip': 'Hoppa till innehållet',
  'nav.label': 'Huvudmeny',
  'nav.channels': 'Kanaler',
  'nav.integrations': 'Integrationer',
  'nav.users': 'Användare',
  'nav.apiKeys': 'API-nycklar',
  'nav.language': 'Språk',
  'nav.signOut': 'Logga ut',
  'nav.menu': 'Meny',

  'common.cancel': 'Avbryt',
  'common.save': 'Spara',
  'common.saved': 'Sparat.',
  'common.loading': 'Laddar…',
  'common.error': 'Något gick fel: {message}',
  'common.actions': 'Åtgärder',
  'common.loadMore': 'Visa fler',

  'form.required': 'Fyll i det här fältet.',
  'form.optional': '{label} (valfritt)',
  'form.integer': 'Ange ett heltal.',
  'form.url': 'Ange en fullständig adress som börjar med https:// (eller http://).',
  'form.listHint': 'Skilj värdena åt med kommatecken, utan mellanslag.',

  'copy.button': 'Kopiera',
  'copy.label': 'Kopiera {what}',
  'copy.done': 'Kopierat till urklipp',
  'copy.failed': 'Kunde inte kopiera: markera texten och kopiera den själv',

  'signIn.title': 'Logga in i Trustloop',
  'signIn.intro':
    'Vid första starten skrev Trustloop ut ägarens e-post och ett engångslösenord i konsolen. Använd dem här; sedan väljer du ett eget lösenord.',
  'signIn.email': 'E-post',
  'signIn.emailInvalid': 'Ange en e-postadress, t.ex. agare@example.com.',
  'signIn.password': 'Lösenord',
  'signIn.passwordHint': 'Första gången: engångslösenordet från konsolen.',
  'signIn.totp': 'Kod från din autentiseringsapp',
  'signIn.totpInvalid': 'Ange de 6 siffrorna som autentiseringsappen visar.',
  'signIn.submit': 'Logga in',
  'signIn.busy': 'Loggar in…',
  'signIn.wrong': 'E-postadressen eller lösenordet är fel.',

  'password.title': 'Välj ditt lösenord',
  'password.forced':
    'Du loggade in med ett engångslösenord. Välj ett eget lösenord innan du fortsätter; engångslösenordet slutar gälla.',
  'password.intro': 'Byt lösenordet du loggar in med.',
  'password.oneTime': 'Engångslösenord',
  'password.current': 'Nuvarande lösenord',
  'password.new': 'Nytt lösenord',
  'password.confirm': 'Nytt lösenord igen',
  'password.rule': 'Minst {min} tecken; en lösenfras av några ord är lätt att minnas.',
  'password.tooShort': 'Använd minst {min} tecken.',
  'password.same': 'Välj ett annat lösenord än det nuvarande.',
  'password.mismatch': 'De två nya lösenorden skiljer sig åt.',
  'password.submit': 'Spara lösenord',

  'channels.title': 'Kanaler',
  'channels.add': 'Lägg till en kanal',
  'channels.addTitle': 'Lägg till en kanal',
  'channels.addIntro': 'En kanal är en butik eller webbplats: dess domän, språk, valuta och tidszon.',
  'channels.create': 'Skapa kanal',
  'channels.emptyTitle': 'Inga kanaler än',
  'channels.emptyText':
    'Lägg först till din butik som en kanal; integrationer, omdömen och lojalitet hör till en kanal.',
  'channels.name': 'Namn',
  'channels.domain': 'Domän',
  'channels.domainHint': 'Butikens värdnamn, utan https://, t.ex. butik.example.se.',
  'channels.domainInvalid': 'Ange ett värdnamn, t.ex. butik.example.se.',
  'channels.locale': 'Språk',
  'channels.currency': 'Valuta',
  'channels.currencyHint': 'Kod med tre bokstäver, t.ex. SEK, EUR, PLN, CZK.',
  'channels.currencyInvalid': 'Ange en valutakod med tre bokstäver, t.ex. SEK.',
  'channels.timeZone': 'Tidszon',
  'channels.timeZoneInvalid': 'Välj en tidszon i listan.',
  'channels.settings': 'Inställningar',
  'channels.integrations': 'Kanalens integrationer',
  'channels.keys': 'Nycklar för butiken',
  'channels.publicId': 'Kanalens publika ID',
  'channels.publicIdHint': 'Får publiceras: widgetar och publika adresser använder det.',
  'channels.signingSecret': 'Signeringshemlighet',
  'channels.signingSecretHint':
    'Butiken signerar den inloggade kundens token med den (lojalitetspanelen). Håll den på servern.',
  'channels.reveal': 'Visa signeringshemligheten',
  'channels.rotate': 'Byt signeringshemlighet',
  'channels.rotateTitle': 'Byta signeringshemligheten?',
  'channels.rotateText':
    'Token som signerats med den nuvarande hemligheten slutar gälla direkt. Uppdatera butiken strax efter.',
  'channels.delete': 'Radera kanal',
  'channels.deleteTitle': 'Radera {name}?',
  'channels.deleteText': 'Kanalen och allt i den (ordrar, omdömen, lojalitet, kopplingar) raderas för gott.',

  'users.title': 'Användare',
  'users.add': 'Lägg till en användare',
  'users.create': 'Lägg till användare',
  'users.email': 'E-post',
  'users.name': 'Namn',
  'users.role': 'Roll',
  'users.role.owner': 'Ägare',
  'users.role.admin': 'Administratör',
  'users.role.viewer': 'Läsare',
  'users.roleHint': 'Administratörer får ändra allt; läsare får bara titta.',
  'users.since': 'Tillagd',
  'users.you': 'Du',
  'users.remove': 'Ta bort',
  'users.removeTitle': 'Ta bort {name}?',
  'users.removeText': 'Hen loggas ut direkt och kan inte längre logga in.',
  'users.oneTimePassword':
    '{email} loggar in med det här engångslösenordet och väljer sedan ett eget. Det visas bara nu.',
  'users.oneTimePasswordLabel': 'Engångslösenord',

  'apiKeys.title': 'API-nycklar',
  'apiKeys.intro':
    'För butikens eller dina egna skript: varje nyckel får bara det dess behörigheter tillåter.',
  'apiKeys.add': 'Skapa en API-nyckel',
  'apiKeys.create': 'Skapa nyckel',
  'apiKeys.name': 'Namn',
  'apiKeys.scopes': 'Behörigheter',
  'apiKeys.scopesRequired': 'Välj minst en behörighet.',
  'apiKeys.prefix': 'Börjar med',
  'apiKeys.lastUsed': 'Senast använd',
  'apiKeys.never': 'Aldrig',
  'apiKeys.emptyTitle': 'Inga API-nycklar än',
  'apiKeys.emptyText': 'Skapa en nedan när en butik eller ett skript behöver anropa Trustloop.',
  'apiKeys.secretTitle': 'Din nya API-nyckel',
  'apiKeys.secretOnce': 'Kopiera den nu: den visas bara en gång. Trustloop sparar bara en hash av den.',
  'apiKeys.secret': 'API-nyckel',
  'apiKeys.secretDone': 'Jag har kopierat den',
  'apiKeys.revoke': 'Återkalla',
  'apiKeys.revokeTitle': 'Återkalla {name}?',
  'apiKeys.revokeText': 'Varje anrop med den här nyckeln nekas från och med nu.',

  'integrations.title': 'Integrationer',
  'integrations.channel': 'Kanal',
  'integrations.shops': 'Data från butiken',
  'integrations.marketing': 'Marknadsföringsplattformar',
  'integrations.open': 'Konfigurera {name}',
  'integrations.noChannelTitle': 'Lägg till en kanal först',
  'integrations.noChannelText': 'Integrationer kopplar en kanal (en butik) till andra verktyg.',
  'integrations.shop.shopify.summary':
    'Ordrar, återbetalningar, leveranser och kunder via Shopifys webhooks.',
  'integrations.shop.woocommerce.summary': 'Ordrar och kunder via WooCommerces webhooks.',
  'integrations.shop.magento.summary':
    'Ordrar, kreditnotor, leveranser och kunder, lästa varje minut via REST-API:t.',
  'integrations.shop.prestashop.summary': 'Ordrar, kreditnotor och kunder, lästa varje minut via Webservice.',
  'integrations.shop.shoper.summary':
    'Ordrar och kunder via Shopers webhooks, och lästa varje minut för att komma ikapp.',

  'status.active': 'Ansluten',
  'status.error': 'Fel',
  'status.auth_invalid': 'Inloggningsuppgifter nekade',
  'status.not_connected': 'Inte ansluten',

  'shop.title': '{platform} för {channel}',
  'shop.connect': 'Anslut',
  'shop.webhookUrl': 'Webhook-URL',
  'shop.topics': '{count, plural, one {# ämne} other {# ämnen}} att skapa',
  'shop.disconnectText': 'Webhooks från butiken nekas från och med nu; det som redan tagits emot finns kvar.',
  'shop.shopify.step1': 'Ange Shopifys signeringshemlighet för webhooks',
  'shop.shopify.secretWhere':
    'I Shopify-admin: Inställningar → Aviseringar → Webhooks. Hemligheten står under listan: ”Dina webhooks signeras med …”.',
  'shop.shopify.webhooksWhere':
    'I Shopify-admin: Inställningar → Aviseringar → Webhooks → Skapa webhook, en gång per ämne nedan, var och en med den här URL:en.',
  'shop.shopify.format': 'Format: JSON. API-version: den senaste stabila.',
  'shop.shopify.notHttps':
    'Shopify skickar webhooks bara till https-adresser. Sätt PUBLIC_URL till en https-adress för den här Trustloop och starta om den.',
  'shop.woocommerce.step1': 'Välj hemligheten för webhooks',
  'shop.woocommerce.secretWhere':
    'Hitta på en lång slumpmässig hemlighet; du skriver samma i varje WooCommerce-webhook nedan.',
  'shop.woocommerce.webhooksWhere':
    'I WordPress: WooCommerce → Inställningar → Avancerat → Webhooks → Lägg till webhook, en gång per ämne nedan, med den här leverans-URL:en och hemligheten från steg 1.',
  'shop.woocommerce.format': 'Status: Aktiv. API-version: WP REST API Integration v3.',
  'shop.woocommerce.notHttps':
    'Adressen är inte https: orderdata skulle skickas okrypterat. Sätt PUBLIC_URL till en https-adress.',

  'connector.title': '{platform} för {channel}',
  'connector.unknown': 'Det finns ingen sådan integration.',
  'connector.connect': 'Kontrollera och anslut',
  'connector.checking': 'Kontrollerar hos plattformen…',
  'connector.secretKept': 'Sparad — lämna tomt för att behålla',
  'connector.step.credentials': 'Anslut ditt {platform}-konto',
  'connector.step.embeds': 'Omdömen i dina e-postmeddelanden: webbflöde och kodsnutt',
  'connector.step.paste': 'Klistra in detta i {platform}',
  'connector.step.export': 'Skicka dina befintliga kontakter',
  'connector.step.status': 'Status',
  'connector.klaviyo.dedupe':
    'Trustloop skickar en inbjudan per order och typ av omdöme, vem som än ber om den: om det här flödet och Trustloops egna inbjudningar per order båda körs för samma order får kunden ändå bara en.',
  'connector.disconnect': 'Koppla från',
  'connector.disconnectTitle': 'Koppla från {name}?',
  'connector.disconnectText': 'Leveranserna upphör och de sparade inloggningsuppgifterna raderas.',

  'setup.nothing': 'Inget att klistra in för den här plattformen.',
  'setup.destinationUrl': 'Destination URL',
  'setup.headers': 'Rubrik {name}',
  'setup.jsonBodies': 'JSON body: {name}',
  'setup.name.service': 'butiksomdöme',
  'setup.name.product': 'produktomdömen',
  'setup.name.both': 'butiks- och produktomdömen',
  'setup.jsonBody': 'JSON body',
  'setup.questionnaireLinkTag': 'Tagg för formulärlänken',
  'setup.listWebhookUrl': 'Webhook-URL för prenumeration / avregistrering',
  'setup.optInCallbackUrl': 'Callback-URL för opt-in',
  'setup.optOutCallbackUrl': 'Callback-URL för opt-out',
  'setup.endpoint': 'Mottagarens URL',
  'setup.signingSecret': 'Signeringshemlighet',
  'setup.signatureScheme': 'Signaturschema',

  'embeds.feedIntro':
    'I Klaviyo: Content → Web feeds → Add web feed, med det här namnet och URL:en (metod GET, innehållstyp JSON).',
  'embeds.feedName': 'Flödets namn',
  'embeds.feedUrl': 'Flödets URL',
  'embeds.snippetChoice': 'Vad e-postmeddelandet visar',
  'embeds.snippet.badge': 'Märke med betyget',
  'embeds.snippet.stars': 'Utökade stjärnor',
  'embeds.snippet.reviews': 'Utvalda omdömen',
  'embeds.badgeNeedsCertified': 'Märket erbjuds när kanalen är certifierad.',
  'embeds.snippet': 'Kodsnutt att klistra in i e-postmallen',

  'export.consent': 'Kontakter',
  'export.consent.all': 'Alla',
  'export.consent.subscribed': 'Bara opt-in',
  'export.consent.unsubscribed': 'Bara opt-out',
  'export.from': 'Kända från',
  'export.to': 'Kända till',
  'export.rangeInvalid': 'Slutet ligger före början.',
  'export.tags': 'Extra taggar',
  'export.tagsHint': 'Kommaseparerade, utan mellanslag: VAR,IMPORT_2026.',
  'export.tagsInvalid': 'Skilj taggarna åt med bara kommatecken; taggar har inga mellanslag.',
  'export.transactions': 'Skicka även tidigare betalda ordrar som köp',
  'export.transactionsOnce':
    'Går bra att trycka två gånger: varje order når det här kontot en gång, hur ofta du än exporterar.',
  'export.start': 'Starta export',
  'export.progress': 'Exportens förlopp',
  'export.running': '{done} av {total} kontakter skickade…',
  'export.done': 'Klart: {completed} skickade, {failed} misslyckades.',

  'health.status': 'Status',
  'health.lastSync': 'Senaste synk',
  'health.lastError': 'Senaste fel',
  'health.noError': 'Inget',
  'health.deliveries': 'Leveranser',
  'health.counts': '{sent} skickade, {pending} väntar, {failed} misslyckade, {dead} döda',
  'health.deadLetters': '{count, plural, one {# leverans} other {# leveranser}} misslyckades för gott',
  'health.replay': 'Skicka igen',
  ...connectors.sv,
  ...dashboard.sv,
  ...inbox.sv,
  ...integrations.sv,
  ...espPages.sv,
  ...invitationsList.sv,
  ...invitationsSend.sv,
  ...invitationsSettings.sv,
  ...invitationsTemplates.sv,
  ...loyaltyProgram.sv,
  ...loyaltyRewards.sv,
  ...loyaltyMembers.sv,
  ...reviewsList.sv,
  ...reviewsDetail.sv,
  ...reviewsSnippet.sv,
  ...widgets.sv,
  ...reviewsImport.sv,
  ...security.sv,
  ...syncs.sv,
};
