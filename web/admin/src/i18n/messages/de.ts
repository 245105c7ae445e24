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

export const de: Catalogue = {
  'nav.skip': 'Zum Inhalt springen',
  'nav.label': 'Hauptmenü',
  'nav.channels': 'Kanäle',
  'nav.integrations': 'Integrationen',
  'nav.users': 'Benutzer',
  'nav.apiKeys': 'API-Schlüssel',
  'nav.language': 'Sprache',
  'nav.signOut': 'Abmelden',
  'nav.menu': 'Menü',

  'common.cancel': 'Abbrechen',
  'common.save': 'Speichern',
  'common.saved': 'Gespeichert.',
  'common.loading': 'Wird geladen…',
  'common.error': 'Etwas ist schiefgegangen: {message}',
  'common.actions': 'Aktionen',
  'common.loadMore': 'Mehr anzeigen',

  'form.required': 'Bitte ausfüllen.',
  'form.optional': '{label} (optional)',
  'form.integer': 'Geben Sie eine ganze Zahl ein.',
  'form.url': 'Geben Sie eine vollständige Adresse ein, die mit https:// (oder http://) beginnt.',
  'form.listHint': 'Werte mit Kommas trennen, ohne Leerzeichen.',

  'copy.button': 'Kopieren',
  'copy.label': '{what} kopieren',
  'copy.done': 'In die Zwischenablage kopiert',
  'copy.failed': 'Kopieren fehlgeschlagen: Text markieren und selbst kopieren',

  'signIn.title': 'Bei Trustloop anmelden',
  'signIn.intro':
    'Beim ersten Start hat Trustloop eine Inhaber-E-Mail und ein Einmalpasswort in der Konsole ausgegeben. Verwenden Sie sie hier; danach wählen Sie Ihr eigenes Passwort.',
  'signIn.email': 'E-Mail',
  'signIn.emailInvalid': 'Geben Sie eine E-Mail-Adresse ein, z. B. inhaber@example.com.',
  'signIn.password': 'Passwort',
  'signIn.passwordHint': 'Beim ersten Mal: das Einmalpasswort aus der Konsole.',
  'signIn.totp': 'Code aus Ihrer Authenticator-App',
  'signIn.totpInvalid': 'Geben Sie die 6 Ziffern aus Ihrer Authenticator-App ein.',
  'signIn.submit': 'Anmelden',
  'signIn.busy': 'Anmeldung läuft…',
  'signIn.wrong': 'E-Mail oder Passwort ist falsch.',

  'password.title': 'Passwort wählen',
  'password.forced':
    'Sie haben sich mit einem Einmalpasswort angemeldet. Wählen Sie ein eigenes Passwort, bevor Sie fortfahren; das Einmalpasswort wird ungültig.',
  'password.intro': 'Ändern Sie das Passwort, mit dem Sie sich anmelden.',
  'password.oneTime': 'Einmalpasswort',
  'password.current': 'Aktuelles Passwort',
  'password.new': 'Neues Passwort',
  'password.confirm': 'Neues Passwort wiederholen',
  'password.rule': 'Mindestens {min} Zeichen; eine Passphrase aus einigen Wörtern merkt man sich leicht.',
  'password.tooShort': 'Verwenden Sie mindestens {min} Zeichen.',
  'password.same': 'Wählen Sie ein anderes Passwort als das aktuelle.',
  'password.mismatch': 'Die beiden neuen Passwörter unterscheiden sich.',
  'password.submit': 'Passwort speichern',

  'channels.title': 'Kanäle',
  'channels.add': 'Kanal hinzufügen',
  'channels.addTitle': 'Kanal hinzufügen',
  'channels.addIntro': 'Ein Kanal ist ein Shop oder eine Storefront: Domain, Sprache, Währung und Zeitzone.',
  'channels.create': 'Kanal anlegen',
  'channels.emptyTitle': 'Noch keine Kanäle',
  'channels.emptyText':
    'Fügen Sie zuerst Ihren Shop als Kanal hinzu; Integrationen, Bewertungen und Treueprogramm gehören zu einem Kanal.',
  'channels.name': 'Name',
  'channels.domain': 'Domain',
  'channels.domainHint': 'Der Hostname des Shops, ohne https://, z. B. shop.example.de.',
  'channels.domainInvalid': 'Geben Sie einen Hostnamen ein, z. B. shop.example.de.',
  'channels.locale': 'Sprache',
  'channels.currency': 'Währung',
  'channels.currencyHint': 'Dreibuchstabiger Code, z. B. EUR, PLN, SEK, CZK.',
  'channels.currencyInvalid': 'Geben Sie einen dreibuchstabigen Währungscode ein, z. B. EUR.',
  'channels.timeZone': 'Zeitzone',
  'channels.timeZoneInvalid': 'Wählen Sie eine Zeitzone aus der Liste.',
  'channels.settings': 'Einstellungen',
  'channels.integrations': 'Integrationen dieses Kanals',
  'channels.keys': 'Schlüssel für den Shop',
  'channels.publicId': 'Öffentliche Kanal-ID',
  'channels.publicIdHint': 'Darf veröffentlicht werden: Widgets und öffentliche Adressen verwenden sie.',
  'channels.signingSecret': 'Signaturgeheimnis',
  'channels.signingSecretHint':
    'Ihr Shop signiert damit das Token des angemeldeten Kunden (Treuebereich). Bewahren Sie es auf dem Server auf.',
  'channels.reveal': 'Signaturgeheimnis anzeigen',
  'channels.rotate': 'Signaturgeheimnis ersetzen',
  'channels.rotateTitle': 'Signaturgeheimnis ersetzen?',
  'channels.rotateText':
    'Mit dem aktuellen Geheimnis signierte Tokens werden sofort ungültig. Aktualisieren Sie gleich danach Ihren Shop.',
  'channels.delete': 'Kanal löschen',
  'channels.deleteTitle': '{name} löschen?',
  'channels.deleteText':
    'Der Kanal und alles darin (Bestellungen, Bewertungen, Treueprogramm, Verbindungen) werden endgültig gelöscht.',

  'users.title': 'Benutzer',
  'users.add': 'Benutzer hinzufügen',
  'users.create': 'Benutzer hinzufügen',
  'users.email': 'E-Mail',
  'users.name': 'Name',
  'users.role': 'Rolle',
  'users.role.owner': 'Inhaber',
  'users.role.admin': 'Administrator',
  'users.role.viewer': 'Betrachter',
  'users.roleHint': 'Administratoren dürfen alles ändern; Betrachter dürfen nur ansehen.',
  'users.since': 'Hinzugefügt',
  'users.you': 'Sie',
  'users.remove': 'Entfernen',
  'users.removeTitle': '{name} entfernen?',
  'users.removeText': 'Die Person wird sofort abgemeldet und kann sich nicht mehr anmelden.',
  'users.oneTimePassword':
    '{email} meldet sich mit diesem Einmalpasswort an und wählt dann ein eigenes. Es wird nur jetzt angezeigt.',
  'users.oneTimePasswordLabel': 'Einmalpasswort',

  'apiKeys.title': 'API-Schlüssel',
  'apiKeys.intro':
    'Für Ihren Shop oder eigene Skripte: Jeder Schlüssel darf nur, was seine Berechtigungen erlauben.',
  'apiKeys.add': 'API-Schlüssel erstellen',
  'apiKeys.create': 'Schlüssel erstellen',
  'apiKeys.name': 'Name',
  'apiKeys.scopes': 'Berechtigungen',
  'apiKeys.scopesRequired': 'Wählen Sie mindestens eine Berechtigung.',
  'apiKeys.prefix': 'Beginnt mit',
  'apiKeys.lastUsed': 'Zuletzt verwendet',
  'apiKeys.never': 'Nie',
  'apiKeys.emptyTitle': 'Noch keine API-Schlüssel',
  'apiKeys.emptyText': 'Erstellen Sie unten einen, wenn ein Shop oder Skript Trustloop aufrufen soll.',
  'apiKeys.secretTitle': 'Ihr neuer API-Schlüssel',
  'apiKeys.secretOnce':
    'Kopieren Sie ihn jetzt: Er wird nur einmal angezeigt. Trustloop speichert nur einen Hash.',
  'apiKeys.secret': 'API-Schlüssel',
  'apiKeys.secretDone': 'Ich habe ihn kopiert',
  'apiKeys.revoke': 'Widerrufen',
  'apiKeys.revokeTitle': '{name} widerrufen?',
  'apiKeys.revokeText': 'Jeder Aufruf mit diesem Schlüssel wird ab sofort abgelehnt.',

  'integrations.title': 'Integrationen',
  'integrations.channel': 'Kanal',
  'integrations.shops': 'Shopdaten',
  'integrations.marketing': 'Marketingplattformen',
  'integrations.open': '{name} einrichten',
  'integrations.noChannelTitle': 'Zuerst einen Kanal hinzufügen',
  'integrations.noChannelText': 'Integrationen verbinden einen Kanal (einen Shop) mit anderen Werkzeugen.',
  'integrations.shop.shopify.summary':
    'Bestellungen, Erstattungen, Sendungen und Kunden über Shopify-Webhooks.',
  'integrations.shop.woocommerce.summary': 'Bestellungen und Kunden über WooCommerce-Webhooks.',
  'integrations.shop.magento.summary':
    'Bestellungen, Gutschriften, Sendungen und Kunden, jede Minute über die REST-API gelesen.',
  'integrations.shop.prestashop.summary':
    'Bestellungen, Gutschriften und Kunden, jede Minute über den Webservice gelesen.',
  'integrations.shop.shoper.summary':
    'Bestellungen und Kunden über Shoper-Webhooks, und zum Nachholen jede Minute gelesen.',

  'status.active': 'Verbunden',
  'status.error': 'Fehlerhaft',
  'status.auth_invalid': 'Zugangsdaten abgelehnt',
  'status.not_connected': 'Nicht verbunden',

  'shop.title': '{platform} für {channel}',
  'shop.connect': 'Verbinden',
  'shop.webhookUrl': 'Webhook-URL',
  'shop.topics': '{count, plural, one {# Thema} other {# Themen}} anzulegen',
  'shop.disconnectText': 'Webhooks des Shops werden ab sofort abgelehnt; bereits Empfangenes bleibt.',
  'shop.shopify.step1': 'Webhook-Signaturgeheimnis von Shopify eingeben',
  'shop.shopify.secretWhere':
    'In der Shopify-Verwaltung: Einstellungen → Benachrichtigungen → Webhooks. Das Geheimnis steht unter der Liste: „Deine Webhooks werden signiert mit …“.',
  'shop.shopify.webhooksWhere':
    'In der Shopify-Verwaltung: Einstellungen → Benachrichtigungen → Webhooks → Webhook erstellen, einmal je Thema unten, jeweils mit dieser URL.',
  'shop.shopify.format': 'Format: JSON. API-Version: die neueste stabile.',
  'shop.shopify.notHttps':
    'Shopify sendet Webhooks nur an https-Adressen. Setzen Sie PUBLIC_URL auf eine https-Adresse dieses Trustloop und starten Sie es neu.',
  'shop.woocommerce.step1': 'Webhook-Geheimnis wählen',
  'shop.woocommerce.secretWhere':
    'Denken Sie sich ein langes, zufälliges Geheimnis aus; dasselbe tragen Sie in jeden WooCommerce-Webhook unten ein.',
  'shop.woocommerce.webhooksWhere':
    'In WordPress: WooCommerce → Einstellungen → Erweitert → Webhooks → Webhook hinzufügen, einmal je Thema unten, mit dieser Zustell-URL und dem Geheimnis aus Schritt 1.',
  'shop.woocommerce.format': 'Status: Aktiv. API-Version: WP REST API Integration v3.',
  'shop.woocommerce.notHttps':
    'Diese Adresse ist kein https: Bestelldaten würden unverschlüsselt übertragen. Setzen Sie PUBLIC_URL auf eine https-Adresse.',

  'connector.title': '{platform} für {channel}',
  'connector.unknown': 'Diese Integration gibt es nicht.',
  'connector.connect': 'Prüfen und verbinden',
  'connector.checking': 'Wird bei der Plattform geprüft…',
  'connector.secretKept': 'Gespeichert — leer lassen, um es zu behalten',
  'connector.step.credentials': 'Ihr {platform}-Konto verbinden',
  'connector.step.embeds': 'Bewertungen in E-Mails: Web-Feed und Snippet',
  'connector.step.paste': 'Dies in {platform} einfügen',
  'connector.step.export': 'Bestehende Kontakte senden',
  'connector.step.status': 'Status',
  'connector.klaviyo.dedupe':
    'Trustloop sendet eine Einladung pro Bestellung und Bewertungsart, egal wer sie anfordert: Laufen dieser Flow und die eigenen Einladungen von Trustloop für dieselbe Bestellung, erhält der Kunde trotzdem nur eine.',
  'connector.disconnect': 'Trennen',
  'connector.disconnectTitle': '{name} trennen?',
  'connector.disconnectText': 'Die Zustellungen enden und die gespeicherten Zugangsdaten werden gelöscht.',

  'setup.nothing': 'Für diese Plattform gibt es nichts einzufügen.',
  'setup.destinationUrl': 'Destination URL',
  'setup.headers': 'Header {name}',
  'setup.jsonBodies': 'JSON body: {name}',
  'setup.name.service': 'Shopbewertung',
  'setup.name.product': 'Produktbewertungen',
  'setup.name.both': 'Shop- und Produktbewertungen',
  'setup.jsonBody': 'JSON body',
  'setup.questionnaireLinkTag': 'Tag für den Fragebogen-Link',
  'setup.listWebhookUrl': 'Webhook-URL für An- / Abmeldung',
  'setup.optInCallbackUrl': 'Opt-in-Callback-URL',
  'setup.optOutCallbackUrl': 'Opt-out-Callback-URL',
  'setup.endpoint': 'Empfänger-URL',
  'setup.signingSecret': 'Signaturgeheimnis',
  'setup.signatureScheme': 'Signaturverfahren',

  'embeds.feedIntro':
    'In Klaviyo: Content → Web feeds → Add web feed, mit diesem Namen und dieser URL (Methode GET, Inhaltstyp JSON).',
  'embeds.feedName': 'Feed-Name',
  'embeds.feedUrl': 'Feed-URL',
  'embeds.snippetChoice': 'Was die E-Mail zeigt',
  'embeds.snippet.badge': 'Siegel mit der Bewertung',
  'embeds.snippet.stars': 'Erweiterte Sterne',
  'embeds.snippet.reviews': 'Ausgewählte Bewertungen',
  'embeds.badgeNeedsCertified': 'Das Siegel gibt es, sobald der Kanal zertifiziert ist.',
  'embeds.snippet': 'Snippet zum Einfügen in die E-Mail-Vorlage',

  'export.consent': 'Kontakte',
  'export.consent.all': 'Alle',
  'export.consent.subscribed': 'Nur Opt-in',
  'export.consent.unsubscribed': 'Nur Opt-out',
  'export.from': 'Bekannt seit',
  'export.to': 'Bekannt bis',
  'export.rangeInvalid': 'Das Ende liegt vor dem Anfang.',
  'export.tags': 'Zusätzliche Tags',
  'export.tagsHint': 'Kommagetrennt, ohne Leerzeichen: FRUEHLING,IMPORT_2026.',
  'export.tagsInvalid': 'Tags nur mit Kommas trennen; Tags haben keine Leerzeichen.',
  'export.transactions': 'Auch frühere bezahlte Bestellungen als Käufe senden',
  'export.transactionsOnce':
    'Zweimal drücken schadet nicht: Jede Bestellung erreicht dieses Konto einmal, egal wie oft Sie exportieren.',
  'export.start': 'Export starten',
  'export.progress': 'Exportfortschritt',
  'export.running': '{done} von {total} Kontakten gesendet…',
  'export.done': 'Fertig: {completed} gesendet, {failed} fehlgeschlagen.',

  'health.status': 'Status',
  'health.lastSync': 'Letzte Synchronisierung',
  'health.lastError': 'Letzter Fehler',
  'health.noError': 'Keiner',
  'health.deliveries': 'Zustellungen',
  'health.counts':
    '{sent} gesendet, {pending} wartend, {failed} fehlgeschlagen, {dead} endgültig gescheitert',
  'health.deadLetters':
    '{count, plural, one {# Zustellung ist} other {# Zustellungen sind}} endgültig gescheitert',
  'health.replay': 'Erneut senden',
  ...connectors.de,
  ...dashboard.de,
  ...inbox.de,
  ...integrations.de,
  ...espPages.de,
  ...invitationsList.de,
  ...invitationsSend.de,
  ...invitationsSettings.de,
  ...invitationsTemplates.de,
  ...loyaltyProgram.de,
  ...loyaltyRewards.de,
  ...loyaltyMembers.de,
  ...reviewsList.de,
  ...reviewsDetail.de,
  ...reviewsSnippet.de,
  ...widgets.de,
  ...reviewsImport.de,
  ...security.de,
  ...syncs.de,
};
