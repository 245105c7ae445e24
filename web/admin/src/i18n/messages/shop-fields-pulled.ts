import { section } from './section.js';

/**
 * Every shop setting's label and hint in the admin's languages, by platform, section and key
 * (`shop.field.<platform>.[discounts.]<key>`); the form falls back to the descriptor's English
 * only for a setting added later, and test/contract/admin-shop-texts.test.ts fails until it is
 * worded here.
 * Magento 2, PrestaShop and Shoper (read by Trustloop).
 */
export const shopFieldsPulled = section({
  en: {
    'shop.field.magento.baseUrl': 'Store address',
    'shop.field.magento.baseUrl.description':
      'The address the REST API answers under (…/rest/default/V1), e.g. https://shop.example.com.',
    'shop.field.magento.accessToken': 'Integration access token',
    'shop.field.magento.accessToken.description': 'The Access Token of the integration from step 1.',
    'shop.field.magento.storeCode': 'Store view code',
    'shop.field.magento.storeCode.description':
      'The store view whose orders are read: default unless you run several.',
    'shop.field.magento.websiteIds': 'Website ids for reward codes',
    'shop.field.magento.websiteIds.description':
      'Comma-separated, e.g. 1: the websites where reward codes work.',
    'shop.field.magento.customerGroupIds': 'Customer group ids for reward codes',
    'shop.field.magento.customerGroupIds.description':
      'Comma-separated; Magento ships 0 NOT LOGGED IN, 1 General, 2 Wholesale, 3 Retailer.',
    'shop.field.magento.orderStatusMap': 'Order statuses',
    'shop.field.magento.orderStatusMap.description':
      'Your order statuses (custom ones too) and what each means; a status not listed is read by its state (processing: paid, complete: shipped, canceled: cancelled).',
    'shop.field.prestashop.shopUrl': 'Shop address',
    'shop.field.prestashop.shopUrl.description': 'The shop’s address; the Webservice is under /api.',
    'shop.field.prestashop.apiKey': 'Webservice key',
    'shop.field.prestashop.apiKey.description': 'The 32-character key from step 1.',
    'shop.field.prestashop.timeZone': 'Shop time zone',
    'shop.field.prestashop.timeZone.description':
      'PrestaShop writes times without a zone: the zone its clock runs in (e.g. Europe/Warsaw).',
    'shop.field.prestashop.statusMap': 'Order states',
    'shop.field.prestashop.statusMap.description':
      'Order state id and what it means. A new install’s states are read already (2 paid, 4 shipped, 5 delivered, 6 cancelled, 7 refunded); add your own states here.',
    'shop.field.prestashop.discounts.apiKey': 'Webservice key for cart rules',
    'shop.field.prestashop.discounts.apiKey.description':
      'A key with View, Add and Delete on cart_rules and View on currencies (may be the same key).',
    'shop.field.shoper.shopUrl': 'Shop address',
    'shop.field.shoper.shopUrl.description': 'The shop’s address; the REST API is under /webapi/rest.',
    'shop.field.shoper.login': 'API user login',
    'shop.field.shoper.login.description': 'The login of the API user from step 1.',
    'shop.field.shoper.password': 'API user password',
    'shop.field.shoper.password.description': 'The password of that user.',
    'shop.field.shoper.webhookSecret': 'Webhook secret',
    'shop.field.shoper.webhookSecret.description':
      'Shoper signs each delivery with it (X-Webhook-SHA1): make one here and paste the same into the webhook in step 3.',
    'shop.field.shoper.timeZone': 'Shop time zone',
    'shop.field.shoper.timeZone.description':
      'Shoper writes times without a zone: the zone of the shop’s clock (e.g. Europe/Warsaw).',
    'shop.field.shoper.statusMap': 'Order statuses',
    'shop.field.shoper.statusMap.description':
      'Status id and what it means, for statuses that mean more than their type (new and open: placed, closed: shipped, not completed: cancelled).',
    'shop.field.shoper.discounts.login': 'API user login for promotion codes',
    'shop.field.shoper.discounts.login.description':
      'An API user allowed to create and delete promotion codes (may be the same user).',
    'shop.field.shoper.discounts.password': 'Its password',
    'shop.field.shoper.discounts.password.description': 'The password of that API user.',
  },
  pl: {
    'shop.field.magento.baseUrl': 'Adres sklepu',
    'shop.field.magento.baseUrl.description':
      'Adres, pod którym odpowiada REST API (…/rest/default/V1), np. https://sklep.example.pl.',
    'shop.field.magento.accessToken': 'Token dostępu integracji',
    'shop.field.magento.accessToken.description': 'Access Token integracji z kroku 1.',
    'shop.field.magento.storeCode': 'Kod widoku sklepu',
    'shop.field.magento.storeCode.description':
      'Widok sklepu, którego zamówienia są czytane: default, chyba że masz kilka.',
    'shop.field.magento.websiteIds': 'Identyfikatory witryn dla kodów nagród',
    'shop.field.magento.websiteIds.description':
      'Oddzielone przecinkami, np. 1: witryny, w których działają kody nagród.',
    'shop.field.magento.customerGroupIds': 'Identyfikatory grup klientów dla kodów nagród',
    'shop.field.magento.customerGroupIds.description':
      'Oddzielone przecinkami; Magento ma 0 NOT LOGGED IN, 1 General, 2 Wholesale, 3 Retailer.',
    'shop.field.magento.orderStatusMap': 'Statusy zamówień',
    'shop.field.magento.orderStatusMap.description':
      'Twoje statusy zamówień (także własne) i co każdy oznacza; status spoza listy jest czytany po stanie (processing: opłacone, complete: wysłane, canceled: anulowane).',
    'shop.field.prestashop.shopUrl': 'Adres sklepu',
    'shop.field.prestashop.shopUrl.description': 'Adres sklepu; Webservice jest pod /api.',
    'shop.field.prestashop.apiKey': 'Klucz Webservice',
    'shop.field.prestashop.apiKey.description': '32-znakowy klucz z kroku 1.',
    'shop.field.prestashop.timeZone': 'Strefa czasowa sklepu',
    'shop.field.prestashop.timeZone.description':
      'PrestaShop zapisuje czas bez strefy: strefa, w której chodzi jego zegar (np. Europe/Warsaw).',
    'shop.field.prestashop.statusMap': 'Stany zamówień',
    'shop.field.prestashop.statusMap.description':
      'Id stanu zamówienia i co oznacza. Stany nowej instalacji są już czytane (2 opłacone, 4 wysłane, 5 dostarczone, 6 anulowane, 7 zwrócone); tu dodaj własne.',
    'shop.field.prestashop.discounts.apiKey': 'Klucz Webservice dla reguł koszyka',
    'shop.field.prestashop.discounts.apiKey.description':
      'Klucz z Podglądem, Dodawaniem i Usuwaniem dla cart_rules oraz Podglądem dla currencies (może to być ten sam klucz).',
    'shop.field.shoper.shopUrl': 'Adres sklepu',
    'shop.field.shoper.shopUrl.description': 'Adres sklepu; REST API jest pod /webapi/rest.',
    'shop.field.shoper.login': 'Login użytkownika API',
    'shop.field.shoper.login.description': 'Login użytkownika API z kroku 1.',
    'shop.field.shoper.password': 'Hasło użytkownika API',
    'shop.field.shoper.password.description': 'Hasło tego użytkownika.',
    'shop.field.shoper.webhookSecret': 'Sekret webhooka',
    'shop.field.shoper.webhookSecret.description':
      'Shoper podpisuje nim każdą dostawę (X-Webhook-SHA1): wygeneruj go tutaj i wklej ten sam w webhooku w kroku 3.',
    'shop.field.shoper.timeZone': 'Strefa czasowa sklepu',
    'shop.field.shoper.timeZone.description':
      'Shoper zapisuje czas bez strefy: strefa zegara sklepu (np. Europe/Warsaw).',
    'shop.field.shoper.statusMap': 'Statusy zamówień',
    'shop.field.shoper.statusMap.description':
      'Id statusu i co oznacza, dla statusów znaczących więcej niż ich typ (nowe i otwarte: złożone, zamknięte: wysłane, niezrealizowane: anulowane).',
    'shop.field.shoper.discounts.login': 'Login użytkownika API dla kodów rabatowych',
    'shop.field.shoper.discounts.login.description':
      'Użytkownik API, który może tworzyć i usuwać kody rabatowe (może to być ten sam).',
    'shop.field.shoper.discounts.password': 'Jego hasło',
    'shop.field.shoper.discounts.password.description': 'Hasło tego użytkownika API.',
  },
  cs: {
    'shop.field.magento.baseUrl': 'Adresa obchodu',
    'shop.field.magento.baseUrl.description':
      'Adresa, na které odpovídá REST API (…/rest/default/V1), např. https://obchod.example.cz.',
    'shop.field.magento.accessToken': 'Přístupový token integrace',
    'shop.field.magento.accessToken.description': 'Access Token integrace z kroku 1.',
    'shop.field.magento.storeCode': 'Kód pohledu obchodu',
    'shop.field.magento.storeCode.description':
      'Pohled obchodu, jehož objednávky se čtou: default, pokud jich nemáte více.',
    'shop.field.magento.websiteIds': 'Id webů pro kódy odměn',
    'shop.field.magento.websiteIds.description': 'Oddělené čárkami, např. 1: weby, kde kódy odměn platí.',
    'shop.field.magento.customerGroupIds': 'Id skupin zákazníků pro kódy odměn',
    'shop.field.magento.customerGroupIds.description':
      'Oddělené čárkami; Magento má 0 NOT LOGGED IN, 1 General, 2 Wholesale, 3 Retailer.',
    'shop.field.magento.orderStatusMap': 'Stavy objednávek',
    'shop.field.magento.orderStatusMap.description':
      'Vaše stavy objednávek (i vlastní) a co každý znamená; stav mimo seznam se čte podle stavu Magenta (processing: zaplacená, complete: odeslaná, canceled: zrušená).',
    'shop.field.prestashop.shopUrl': 'Adresa obchodu',
    'shop.field.prestashop.shopUrl.description': 'Adresa obchodu; Webservice je pod /api.',
    'shop.field.prestashop.apiKey': 'Klíč Webservice',
    'shop.field.prestashop.apiKey.description': 'Klíč o 32 znacích z kroku 1.',
    'shop.field.prestashop.timeZone': 'Časové pásmo obchodu',
    'shop.field.prestashop.timeZone.description':
      'PrestaShop zapisuje čas bez pásma: pásmo, ve kterém běží jeho hodiny (např. Europe/Prague).',
    'shop.field.prestashop.statusMap': 'Stavy objednávek',
    'shop.field.prestashop.statusMap.description':
      'Id stavu objednávky a co znamená. Stavy nové instalace se čtou už teď (2 zaplacená, 4 odeslaná, 5 doručená, 6 zrušená, 7 vrácená); sem přidejte vlastní.',
    'shop.field.prestashop.discounts.apiKey': 'Klíč Webservice pro pravidla košíku',
    'shop.field.prestashop.discounts.apiKey.description':
      'Klíč se Zobrazit, Přidat a Smazat pro cart_rules a Zobrazit pro currencies (může to být tentýž klíč).',
    'shop.field.shoper.shopUrl': 'Adresa obchodu',
    'shop.field.shoper.shopUrl.description': 'Adresa obchodu; REST API je pod /webapi/rest.',
    'shop.field.shoper.login': 'Přihlašovací jméno uživatele API',
    'shop.field.shoper.login.description': 'Přihlašovací jméno uživatele API z kroku 1.',
    'shop.field.shoper.password': 'Heslo uživatele API',
    'shop.field.shoper.password.description': 'Heslo tohoto uživatele.',
    'shop.field.shoper.webhookSecret': 'Klíč webhooku',
    'shop.field.shoper.webhookSecret.description':
      'Shoper jím podepisuje každé doručení (X-Webhook-SHA1): vytvořte ho zde a stejný vložte do webhooku v kroku 3.',
    'shop.field.shoper.timeZone': 'Časové pásmo obchodu',
    'shop.field.shoper.timeZone.description':
      'Shoper zapisuje čas bez pásma: pásmo hodin obchodu (např. Europe/Warsaw).',
    'shop.field.shoper.statusMap': 'Stavy objednávek',
    'shop.field.shoper.statusMap.description':
      'Id stavu a co znamená, pro stavy, které znamenají víc než jejich typ (nové a otevřené: vytvořená, uzavřené: odeslaná, nedokončené: zrušená).',
    'shop.field.shoper.discounts.login': 'Přihlašovací jméno uživatele API pro slevové kódy',
    'shop.field.shoper.discounts.login.description':
      'Uživatel API, který smí vytvářet a mazat slevové kódy (může to být tentýž).',
    'shop.field.shoper.discounts.password': 'Jeho heslo',
    'shop.field.shoper.discounts.password.description': 'Heslo tohoto uživatele API.',
  },
  sv: {
    'shop.field.magento.baseUrl': 'Butikens adress',
    'shop.field.magento.baseUrl.description':
      'Adressen REST-API:t svarar under (…/rest/default/V1), t.ex. https://butik.example.se.',
    'shop.field.magento.accessToken': 'Integrationens åtkomsttoken',
    'shop.field.magento.accessToken.description': 'Access Token för integrationen från steg 1.',
    'shop.field.magento.storeCode': 'Butiksvyns kod',
    'shop.field.magento.storeCode.description': 'Butiksvyn vars ordrar läses: default om ni inte har flera.',
    'shop.field.magento.websiteIds': 'Webbplats-id för belöningskoder',
    'shop.field.magento.websiteIds.description':
      'Kommaseparerade, t.ex. 1: webbplatserna där belöningskoderna gäller.',
    'shop.field.magento.customerGroupIds': 'Kundgrupps-id för belöningskoder',
    'shop.field.magento.customerGroupIds.description':
      'Kommaseparerade; Magento har 0 NOT LOGGED IN, 1 General, 2 Wholesale, 3 Retailer.',
    'shop.field.magento.orderStatusMap': 'Orderstatusar',
    'shop.field.magento.orderStatusMap.description':
      'Era orderstatusar (även egna) och vad var och en betyder; en status som inte listas läses efter sitt tillstånd (processing: betald, complete: skickad, canceled: avbruten).',
    'shop.field.prestashop.shopUrl': 'Butikens adress',
    'shop.field.prestashop.shopUrl.description': 'Butikens adress; Webservice ligger under /api.',
    'shop.field.prestashop.apiKey': 'Webservice-nyckel',
    'shop.field.prestashop.apiKey.description': 'Nyckeln på 32 tecken från steg 1.',
    'shop.field.prestashop.timeZone': 'Butikens tidszon',
    'shop.field.prestashop.timeZone.description':
      'PrestaShop skriver tider utan zon: zonen dess klocka går i (t.ex. Europe/Stockholm).',
    'shop.field.prestashop.statusMap': 'Orderstatusar',
    'shop.field.prestashop.statusMap.description':
      'Orderstatusens id och vad den betyder. En ny installations statusar läses redan (2 betald, 4 skickad, 5 levererad, 6 avbruten, 7 återbetald); lägg till egna här.',
    'shop.field.prestashop.discounts.apiKey': 'Webservice-nyckel för kundvagnsregler',
    'shop.field.prestashop.discounts.apiKey.description':
      'En nyckel med Visa, Lägg till och Radera för cart_rules och Visa för currencies (kan vara samma nyckel).',
    'shop.field.shoper.shopUrl': 'Butikens adress',
    'shop.field.shoper.shopUrl.description': 'Butikens adress; REST-API:t ligger under /webapi/rest.',
    'shop.field.shoper.login': 'API-användarens inloggning',
    'shop.field.shoper.login.description': 'Inloggningen för API-användaren från steg 1.',
    'shop.field.shoper.password': 'API-användarens lösenord',
    'shop.field.shoper.password.description': 'Användarens lösenord.',
    'shop.field.shoper.webhookSecret': 'Webhook-hemlighet',
    'shop.field.shoper.webhookSecret.description':
      'Shoper signerar varje leverans med den (X-Webhook-SHA1): skapa en här och klistra in samma i webhooken i steg 3.',
    'shop.field.shoper.timeZone': 'Butikens tidszon',
    'shop.field.shoper.timeZone.description':
      'Shoper skriver tider utan zon: zonen för butikens klocka (t.ex. Europe/Warsaw).',
    'shop.field.shoper.statusMap': 'Orderstatusar',
    'shop.field.shoper.statusMap.description':
      'Status-id och vad den betyder, för statusar som betyder mer än sin typ (ny och öppen: lagd, stängd: skickad, ej slutförd: avbruten).',
    'shop.field.shoper.discounts.login': 'API-användarens inloggning för rabattkoder',
    'shop.field.shoper.discounts.login.description':
      'En API-användare som får skapa och radera rabattkoder (kan vara samma användare).',
    'shop.field.shoper.discounts.password': 'Dess lösenord',
    'shop.field.shoper.discounts.password.description': 'Lösenordet för den API-användaren.',
  },
  de: {
    'shop.field.magento.baseUrl': 'Shop-Adresse',
    'shop.field.magento.baseUrl.description':
      'Die Adresse, unter der die REST-API antwortet (…/rest/default/V1), z. B. https://shop.example.de.',
    'shop.field.magento.accessToken': 'Integrations-Zugriffstoken',
    'shop.field.magento.accessToken.description': 'Der Access Token der Integration aus Schritt 1.',
    'shop.field.magento.storeCode': 'Store-View-Code',
    'shop.field.magento.storeCode.description':
      'Die Store-View, deren Bestellungen gelesen werden: default, außer Sie betreiben mehrere.',
    'shop.field.magento.websiteIds': 'Website-IDs für Prämiencodes',
    'shop.field.magento.websiteIds.description':
      'Durch Kommas getrennt, z. B. 1: die Websites, auf denen Prämiencodes gelten.',
    'shop.field.magento.customerGroupIds': 'Kundengruppen-IDs für Prämiencodes',
    'shop.field.magento.customerGroupIds.description':
      'Durch Kommas getrennt; Magento liefert 0 NOT LOGGED IN, 1 General, 2 Wholesale, 3 Retailer.',
    'shop.field.magento.orderStatusMap': 'Bestellstatus',
    'shop.field.magento.orderStatusMap.description':
      'Ihre Bestellstatus (auch eigene) und was jeder bedeutet; ein nicht genannter Status wird nach seinem State gelesen (processing: bezahlt, complete: versandt, canceled: storniert).',
    'shop.field.prestashop.shopUrl': 'Shop-Adresse',
    'shop.field.prestashop.shopUrl.description': 'Die Adresse des Shops; der Webservice liegt unter /api.',
    'shop.field.prestashop.apiKey': 'Webservice-Schlüssel',
    'shop.field.prestashop.apiKey.description': 'Der 32-stellige Schlüssel aus Schritt 1.',
    'shop.field.prestashop.timeZone': 'Zeitzone des Shops',
    'shop.field.prestashop.timeZone.description':
      'PrestaShop schreibt Zeiten ohne Zone: die Zone, in der seine Uhr läuft (z. B. Europe/Berlin).',
    'shop.field.prestashop.statusMap': 'Bestellstatus',
    'shop.field.prestashop.statusMap.description':
      'ID des Bestellstatus und was er bedeutet. Die Status einer Neuinstallation werden schon gelesen (2 bezahlt, 4 versandt, 5 zugestellt, 6 storniert, 7 erstattet); eigene hier ergänzen.',
    'shop.field.prestashop.discounts.apiKey': 'Webservice-Schlüssel für Warenkorbregeln',
    'shop.field.prestashop.discounts.apiKey.description':
      'Ein Schlüssel mit Anzeigen, Hinzufügen und Löschen für cart_rules und Anzeigen für currencies (darf derselbe sein).',
    'shop.field.shoper.shopUrl': 'Shop-Adresse',
    'shop.field.shoper.shopUrl.description': 'Die Adresse des Shops; die REST-API liegt unter /webapi/rest.',
    'shop.field.shoper.login': 'Login des API-Benutzers',
    'shop.field.shoper.login.description': 'Der Login des API-Benutzers aus Schritt 1.',
    'shop.field.shoper.password': 'Passwort des API-Benutzers',
    'shop.field.shoper.password.description': 'Das Passwort dieses Benutzers.',
    'shop.field.shoper.webhookSecret': 'Webhook-Geheimnis',
    'shop.field.shoper.webhookSecret.description':
      'Shoper signiert jede Zustellung damit (X-Webhook-SHA1): hier erzeugen und dasselbe in Schritt 3 in den Webhook einfügen.',
    'shop.field.shoper.timeZone': 'Zeitzone des Shops',
    'shop.field.shoper.timeZone.description':
      'Shoper schreibt Zeiten ohne Zone: die Zone der Shop-Uhr (z. B. Europe/Warsaw).',
    'shop.field.shoper.statusMap': 'Bestellstatus',
    'shop.field.shoper.statusMap.description':
      'Status-ID und was er bedeutet, für Status, die mehr als ihr Typ bedeuten (neu und offen: aufgegeben, geschlossen: versandt, nicht abgeschlossen: storniert).',
    'shop.field.shoper.discounts.login': 'Login des API-Benutzers für Rabattcodes',
    'shop.field.shoper.discounts.login.description':
      'Ein API-Benutzer, der Rabattcodes anlegen und löschen darf (darf derselbe sein).',
    'shop.field.shoper.discounts.password': 'Sein Passwort',
    'shop.field.shoper.discounts.password.description': 'Das Passwort dieses API-Benutzers.',
  },
});
