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

export const pl: Catalogue = {
  'nav.skip': 'Przejdź do treści',
  'nav.label': 'Główne',
  'nav.channels': 'Kanały',
  'nav.integrations': 'Integracje',
  'nav.users': 'Użytkownicy',
  'nav.apiKeys': 'Klucze API',
  'nav.language': 'Język',
  'nav.signOut': 'Wyloguj',
  'nav.menu': 'Menu',

  'common.cancel': 'Anuluj',
  'common.save': 'Zapisz',
  'common.saved': 'Zapisano.',
  'common.loading': 'Ładowanie…',
  'common.error': 'Coś poszło nie tak: {message}',
  'common.actions': 'Akcje',
  'common.loadMore': 'Pokaż więcej',

  'form.required': 'Uzupełnij to pole.',
  'form.optional': '{label} (opcjonalnie)',
  'form.integer': 'Wpisz liczbę całkowitą.',
  'form.url': 'Wpisz pełny adres zaczynający się od https:// (lub http://).',
  'form.listHint': 'Wartości oddziel przecinkami, bez spacji.',

  'copy.button': 'Kopiuj',
  'copy.label': 'Kopiuj: {what}',
  'copy.done': 'Skopiowano do schowka',
  'copy.failed': 'Nie udało się skopiować: zaznacz tekst i skopiuj go ręcznie',

  'signIn.title': 'Zaloguj się do Trustloop',
  'signIn.intro':
    'Przy pierwszym uruchomieniu Trustloop wypisał w konsoli e-mail właściciela i hasło jednorazowe. Użyj ich tutaj; zaraz potem ustawisz własne hasło.',
  'signIn.email': 'E-mail',
  'signIn.emailInvalid': 'Wpisz adres e-mail, np. wlasciciel@example.com.',
  'signIn.password': 'Hasło',
  'signIn.passwordHint': 'Za pierwszym razem: hasło jednorazowe z konsoli.',
  'signIn.totp': 'Kod z aplikacji uwierzytelniającej',
  'signIn.totpInvalid': 'Wpisz 6 cyfr z aplikacji uwierzytelniającej.',
  'signIn.submit': 'Zaloguj',
  'signIn.busy': 'Logowanie…',
  'signIn.wrong': 'Nieprawidłowy e-mail lub hasło.',

  'password.title': 'Ustaw swoje hasło',
  'password.forced':
    'Zalogowano hasłem jednorazowym. Zanim przejdziesz dalej, ustaw własne hasło; hasło jednorazowe przestanie działać.',
  'password.intro': 'Zmień hasło, którym się logujesz.',
  'password.oneTime': 'Hasło jednorazowe',
  'password.current': 'Obecne hasło',
  'password.new': 'Nowe hasło',
  'password.confirm': 'Powtórz nowe hasło',
  'password.rule': 'Co najmniej {min} znaków; kilka słów łatwo zapamiętać.',
  'password.tooShort': 'Użyj co najmniej {min} znaków.',
  'password.same': 'Wybierz hasło inne niż obecne.',
  'password.mismatch': 'Nowe hasła się różnią.',
  'password.submit': 'Zapisz hasło',

  'channels.title': 'Kanały',
  'channels.add': 'Dodaj kanał',
  'channels.addTitle': 'Dodaj kanał',
  'channels.addIntro': 'Kanał to jeden sklep lub witryna: jego domena, język, waluta i strefa czasowa.',
  'channels.create': 'Utwórz kanał',
  'channels.emptyTitle': 'Nie ma jeszcze kanałów',
  'channels.emptyText':
    'Najpierw dodaj swój sklep jako kanał; integracje, opinie i program lojalnościowy należą do kanału.',
  'channels.name': 'Nazwa',
  'channels.domain': 'Domena',
  'channels.domainHint': 'Nazwa hosta sklepu, bez https://, np. sklep.example.pl.',
  'channels.domainInvalid': 'Wpisz nazwę hosta, np. sklep.example.pl.',
  'channels.locale': 'Język',
  'channels.currency': 'Waluta',
  'channels.currencyHint': 'Trzyliterowy kod, np. PLN, EUR, SEK, CZK.',
  'channels.currencyInvalid': 'Wpisz trzyliterowy kod waluty, np. PLN.',
  'channels.timeZone': 'Strefa czasowa',
  'channels.timeZoneInvalid': 'Wybierz strefę czasową z listy.',
  'channels.settings': 'Ustawienia',
  'channels.integrations': 'Integracje tego kanału',
  'channels.keys': 'Klucze dla sklepu',
  'channels.publicId': 'Publiczny identyfikator kanału',
  'channels.publicIdHint': 'Można go publikować: używają go widżety i publiczne adresy.',
  'channels.signingSecret': 'Sekret podpisu',
  'channels.signingSecretHint':
    'Sklep podpisuje nim token zalogowanego klienta (panel lojalnościowy). Trzymaj go na serwerze.',
  'channels.reveal': 'Pokaż sekret podpisu',
  'channels.rotate': 'Wymień sekret podpisu',
  'channels.rotateTitle': 'Wymienić sekret podpisu?',
  'channels.rotateText':
    'Tokeny podpisane obecnym sekretem od razu przestaną działać. Zaraz potem zaktualizuj sklep.',
  'channels.delete': 'Usuń kanał',
  'channels.deleteTitle': 'Usunąć {name}?',
  'channels.deleteText':
    'Kanał i wszystko, co do niego należy (zamówienia, opinie, lojalność, połączenia), zostanie trwale usunięte.',

  'users.title': 'Użytkownicy',
  'users.add': 'Dodaj użytkownika',
  'users.create': 'Dodaj użytkownika',
  'users.email': 'E-mail',
  'users.name': 'Imię i nazwisko',
  'users.role': 'Rola',
  'users.role.owner': 'Właściciel',
  'users.role.admin': 'Administrator',
  'users.role.viewer': 'Podgląd',
  'users.roleHint': 'Administrator może zmieniać wszystko; podgląd może tylko przeglądać.',
  'users.since': 'Dodano',
  'users.you': 'Ty',
  'users.remove': 'Usuń',
  'users.removeTitle': 'Usunąć {name}?',
  'users.removeText': 'Zostanie od razu wylogowany i nie zaloguje się ponownie.',
  'users.oneTimePassword':
    '{email} loguje się tym hasłem jednorazowym, a potem ustawia własne. Hasło jest pokazywane tylko teraz.',
  'users.oneTimePasswordLabel': 'Hasło jednorazowe',

  'apiKeys.title': 'Klucze API',
  'apiKeys.intro':
    'Dla sklepu lub własnych skryptów: każdy klucz może tylko to, na co pozwalają jego zakresy.',
  'apiKeys.add': 'Utwórz klucz API',
  'apiKeys.create': 'Utwórz klucz',
  'apiKeys.name': 'Nazwa',
  'apiKeys.scopes': 'Zakresy',
  'apiKeys.scopesRequired': 'Wybierz co najmniej jeden zakres.',
  'apiKeys.prefix': 'Zaczyna się od',
  'apiKeys.lastUsed': 'Ostatnio użyty',
  'apiKeys.never': 'Nigdy',
  'apiKeys.emptyTitle': 'Nie ma jeszcze kluczy API',
  'apiKeys.emptyText': 'Utwórz klucz poniżej, gdy sklep lub skrypt ma wywoływać Trustloop.',
  'apiKeys.secretTitle': 'Twój nowy klucz API',
  'apiKeys.secretOnce':
    'Skopiuj go teraz: jest pokazywany tylko raz. Trustloop przechowuje tylko jego skrót.',
  'apiKeys.secret': 'Klucz API',
  'apiKeys.secretDone': 'Skopiowałem go',
  'apiKeys.revoke': 'Unieważnij',
  'apiKeys.revokeTitle': 'Unieważnić {name}?',
  'apiKeys.revokeText': 'Od teraz każde wywołanie tym kluczem zostanie odrzucone.',

  'integrations.title': 'Integracje',
  'integrations.channel': 'Kanał',
  'integrations.shops': 'Dane ze sklepu',
  'integrations.marketing': 'Platformy marketingowe',
  'integrations.open': 'Skonfiguruj {name}',
  'integrations.noChannelTitle': 'Najpierw dodaj kanał',
  'integrations.noChannelText': 'Integracje łączą jeden kanał (jeden sklep) z innymi narzędziami.',
  'integrations.shop.shopify.summary': 'Zamówienia, zwroty, realizacje i klienci przez webhooki Shopify.',
  'integrations.shop.woocommerce.summary': 'Zamówienia i klienci przez webhooki WooCommerce.',
  'integrations.shop.magento.summary':
    'Zamówienia, korekty, wysyłki i klienci, odczytywani co minutę przez REST API.',
  'integrations.shop.prestashop.summary':
    'Zamówienia, noty kredytowe i klienci, odczytywani co minutę przez Webservice.',
  'integrations.shop.shoper.summary':
    'Zamówienia i klienci przez webhooki Shopera, a do uzupełnienia odczytywani co minutę.',

  'status.active': 'Połączono',
  'status.error': 'Błędy',
  'status.auth_invalid': 'Dane dostępowe odrzucone',
  'status.not_connected': 'Nie połączono',

  'shop.title': '{platform} dla {channel}',
  'shop.connect': 'Połącz',
  'shop.webhookUrl': 'Adres URL webhooka',
  'shop.topics':
    '{count, plural, one {# temat} few {# tematy} many {# tematów} other {# tematu}} do utworzenia',
  'shop.disconnectText': 'Od teraz webhooki ze sklepu będą odrzucane; to, co już odebrano, zostaje.',
  'shop.shopify.step1': 'Wpisz sekret podpisu webhooków Shopify',
  'shop.shopify.secretWhere':
    'W panelu Shopify: Ustawienia → Powiadomienia → Webhooki. Sekret jest pod listą: „Twoje webhooki będą podpisane …”.',
  'shop.shopify.webhooksWhere':
    'W panelu Shopify: Ustawienia → Powiadomienia → Webhooki → Utwórz webhook, raz dla każdego tematu poniżej, zawsze z tym adresem.',
  'shop.shopify.format': 'Format: JSON. Wersja API: najnowsza stabilna.',
  'shop.shopify.notHttps':
    'Shopify wysyła webhooki tylko na adresy https. Ustaw PUBLIC_URL na adres https tego Trustloop i uruchom go ponownie.',
  'shop.woocommerce.step1': 'Wybierz sekret webhooków',
  'shop.woocommerce.secretWhere':
    'Wymyśl długi, losowy sekret; ten sam wpiszesz w każdym webhooku WooCommerce poniżej.',
  'shop.woocommerce.webhooksWhere':
    'W WordPressie: WooCommerce → Ustawienia → Zaawansowane → Webhooki → Dodaj webhook, raz dla każdego tematu poniżej, z tym adresem dostarczania i sekretem z kroku 1.',
  'shop.woocommerce.format': 'Status: aktywny. Wersja API: WP REST API Integration v3.',
  'shop.woocommerce.notHttps':
    'To nie jest adres https: dane zamówień szłyby niezaszyfrowane. Ustaw PUBLIC_URL na adres https.',

  'connector.title': '{platform} dla {channel}',
  'connector.unknown': 'Nie ma takiej integracji.',
  'connector.connect': 'Sprawdź i połącz',
  'connector.checking': 'Sprawdzanie na platformie…',
  'connector.secretKept': 'Zapisany — zostaw puste, by go zachować',
  'connector.step.credentials': 'Połącz konto {platform}',
  'connector.step.embeds': 'Opinie w e-mailach: web feed i fragment kodu',
  'connector.step.paste': 'Wklej to w {platform}',
  'connector.step.export': 'Wyślij istniejące kontakty',
  'connector.step.status': 'Stan',
  'connector.klaviyo.dedupe':
    'Trustloop wysyła jedno zaproszenie na zamówienie i rodzaj opinii, bez względu na to, kto prosi: gdy ten flow i własne zaproszenia Trustloop zadziałają dla tego samego zamówienia, klient i tak dostanie jedno.',
  'connector.disconnect': 'Rozłącz',
  'connector.disconnectTitle': 'Rozłączyć {name}?',
  'connector.disconnectText': 'Wysyłka ustanie, a zapisane dane dostępowe zostaną usunięte.',

  'setup.nothing': 'Dla tej platformy nie ma nic do wklejenia.',
  'setup.destinationUrl': 'Destination URL',
  'setup.headers': 'Nagłówek {name}',
  'setup.jsonBodies': 'JSON body: {name}',
  'setup.name.service': 'opinia o sklepie',
  'setup.name.product': 'opinie o produktach',
  'setup.name.both': 'opinie o sklepie i produktach',
  'setup.jsonBody': 'JSON body',
  'setup.questionnaireLinkTag': 'Tag z linkiem do ankiety',
  'setup.listWebhookUrl': 'Adres webhooka zapisu / wypisu',
  'setup.optInCallbackUrl': 'Adres callbacku opt-in',
  'setup.optOutCallbackUrl': 'Adres callbacku opt-out',
  'setup.endpoint': 'Adres odbiorcy',
  'setup.signingSecret': 'Sekret podpisu',
  'setup.signatureScheme': 'Schemat podpisu',

  'embeds.feedIntro':
    'W Klaviyo: Content → Web feeds → Add web feed, z tą nazwą i adresem (metoda GET, typ treści JSON).',
  'embeds.feedName': 'Nazwa feedu',
  'embeds.feedUrl': 'Adres URL feedu',
  'embeds.snippetChoice': 'Co pokazuje e-mail',
  'embeds.snippet.badge': 'Odznaka z oceną',
  'embeds.snippet.stars': 'Rozszerzone gwiazdki',
  'embeds.snippet.reviews': 'Wybrane opinie',
  'embeds.badgeNeedsCertified': 'Odznaka jest dostępna, gdy kanał ma certyfikat.',
  'embeds.snippet': 'Fragment kodu do wklejenia w szablon e-maila',

  'export.consent': 'Kontakty',
  'export.consent.all': 'Wszystkie',
  'export.consent.subscribed': 'Tylko opt-in',
  'export.consent.unsubscribed': 'Tylko opt-out',
  'export.from': 'Znane od',
  'export.to': 'Znane do',
  'export.rangeInvalid': 'Koniec jest przed początkiem.',
  'export.tags': 'Dodatkowe tagi',
  'export.tagsHint': 'Oddzielone przecinkami, bez spacji: WIOSNA,IMPORT_2026.',
  'export.tagsInvalid': 'Oddziel tagi samymi przecinkami; tagi nie mają spacji.',
  'export.transactions': 'Wyślij też dawne opłacone zamówienia jako zakupy',
  'export.transactionsOnce':
    'Można kliknąć dwa razy: każde zamówienie trafi na to konto raz, bez względu na liczbę eksportów.',
  'export.start': 'Rozpocznij eksport',
  'export.progress': 'Postęp eksportu',
  'export.running': 'Wysłano {done} z {total} kontaktów…',
  'export.done': 'Gotowe: wysłano {completed}, błędów {failed}.',

  'health.status': 'Stan',
  'health.lastSync': 'Ostatnia synchronizacja',
  'health.lastError': 'Ostatni błąd',
  'health.noError': 'Brak',
  'health.deliveries': 'Dostawy',
  'health.counts': 'wysłane {sent}, oczekujące {pending}, nieudane {failed}, martwe {dead}',
  'health.deadLetters':
    '{count, plural, one {# dostawa nie powiodła się} few {# dostawy nie powiodły się} many {# dostaw nie powiodło się} other {# dostawy nie powiodło się}} na dobre',
  'health.replay': 'Wyślij ponownie',
  ...connectors.pl,
  ...dashboard.pl,
  ...inbox.pl,
  ...integrations.pl,
  ...espPages.pl,
  ...invitationsList.pl,
  ...invitationsSend.pl,
  ...invitationsSettings.pl,
  ...invitationsTemplates.pl,
  ...loyaltyProgram.pl,
  ...loyaltyRewards.pl,
  ...loyaltyMembers.pl,
  ...reviewsList.pl,
  ...reviewsDetail.pl,
  ...reviewsSnippet.pl,
  ...widgets.pl,
  ...reviewsImport.pl,
  ...security.pl,
  ...syncs.pl,
};
