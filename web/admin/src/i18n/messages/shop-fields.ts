import { section } from './section.js';

/**
 * Every shop setting's label and hint in the admin's languages, by platform, section and key
 * (`shop.field.<platform>.[discounts.]<key>`); the form falls back to the descriptor's English
 * only for a setting added later, and test/contract/admin-shop-texts.test.ts fails until it is
 * worded here.
 * Shopify and WooCommerce (webhooks); Magento 2, PrestaShop and Shoper in
 * shop-fields-pulled.ts.
 */
export const shopFields = section({
  en: {
    'shop.field.shopify.webhookSecret': 'Webhook signing secret',
    'shop.field.shopify.webhookSecret.description':
      'Shopify signs every webhook with it (the X-Shopify-Hmac-Sha256 header).',
    'shop.field.shopify.shopDomain': 'Shop domain',
    'shop.field.shopify.shopDomain.description':
      'The shop’s name.myshopify.com domain, even when customers see your own domain.',
    'shop.field.shopify.fulfilledOn': 'Shipped when',
    'shop.field.shopify.fulfilledOn.description':
      'When Trustloop counts an order as shipped (invitations may wait for it).',
    'shop.field.shopify.deliveredOn': 'Delivered when',
    'shop.field.shopify.deliveredOn.description': 'When Trustloop counts an order as delivered.',
    'shop.field.shopify.discounts.accessToken': 'Admin API access token',
    'shop.field.shopify.discounts.accessToken.description':
      'Of a custom app with the write_discounts scope (Settings → Apps and sales channels → Develop apps).',
    'shop.field.shopify.discounts.adminApiUrl': 'Admin API address',
    'shop.field.shopify.discounts.adminApiUrl.description':
      'Only when the Admin API is not at https://name.myshopify.com.',
    'shop.field.woocommerce.webhookSecret': 'Webhook secret',
    'shop.field.woocommerce.webhookSecret.description':
      'WooCommerce signs every delivery with it (X-WC-Webhook-Signature); type the same secret into each webhook.',
    'shop.field.woocommerce.shopDomain': 'Site host',
    'shop.field.woocommerce.shopDomain.description': 'The WordPress site’s host name, e.g. shop.example.com.',
    'shop.field.woocommerce.fulfilledOn': 'Shipped at status',
    'shop.field.woocommerce.fulfilledOn.description':
      'The order status slug that means shipped (core WooCommerce has no shipments): completed by default, or never.',
    'shop.field.woocommerce.deliveredOn': 'Delivered at status',
    'shop.field.woocommerce.deliveredOn.description': 'A plugin’s status slug such as delivered, or never.',
    'shop.field.woocommerce.discounts.siteUrl': 'Site address',
    'shop.field.woocommerce.discounts.siteUrl.description':
      'The WordPress site’s address, e.g. https://shop.example.com.',
    'shop.field.woocommerce.discounts.consumerKey': 'Consumer key',
    'shop.field.woocommerce.discounts.consumerKey.description':
      'WooCommerce → Settings → Advanced → REST API → Add key, with Read/Write permission.',
    'shop.field.woocommerce.discounts.consumerSecret': 'Consumer secret',
    'shop.field.woocommerce.discounts.consumerSecret.description': 'Shown once, with the consumer key.',
    'shop.field.shopify.shopDomain.invalid': 'Enter the shop’s name.myshopify.com domain.',
  },
  pl: {
    'shop.field.shopify.webhookSecret': 'Sekret podpisu webhooków',
    'shop.field.shopify.webhookSecret.description':
      'Shopify podpisuje nim każdy webhook (nagłówek X-Shopify-Hmac-Sha256).',
    'shop.field.shopify.shopDomain': 'Domena sklepu',
    'shop.field.shopify.shopDomain.description':
      'Domena sklepu nazwa.myshopify.com, także gdy klienci widzą Twoją własną domenę.',
    'shop.field.shopify.fulfilledOn': 'Wysłane, gdy',
    'shop.field.shopify.fulfilledOn.description':
      'Kiedy Trustloop uznaje zamówienie za wysłane (zaproszenia mogą na to czekać).',
    'shop.field.shopify.deliveredOn': 'Dostarczone, gdy',
    'shop.field.shopify.deliveredOn.description': 'Kiedy Trustloop uznaje zamówienie za dostarczone.',
    'shop.field.shopify.discounts.accessToken': 'Token dostępu Admin API',
    'shop.field.shopify.discounts.accessToken.description':
      'Aplikacji niestandardowej z zakresem write_discounts (Ustawienia → Aplikacje i kanały sprzedaży → Twórz aplikacje).',
    'shop.field.shopify.discounts.adminApiUrl': 'Adres Admin API',
    'shop.field.shopify.discounts.adminApiUrl.description':
      'Tylko gdy Admin API nie jest pod https://name.myshopify.com.',
    'shop.field.woocommerce.webhookSecret': 'Sekret webhooków',
    'shop.field.woocommerce.webhookSecret.description':
      'WooCommerce podpisuje nim każdą dostawę (X-WC-Webhook-Signature); wpisz ten sam sekret w każdym webhooku.',
    'shop.field.woocommerce.shopDomain': 'Host witryny',
    'shop.field.woocommerce.shopDomain.description': 'Nazwa hosta witryny WordPress, np. sklep.example.pl.',
    'shop.field.woocommerce.fulfilledOn': 'Wysłane przy statusie',
    'shop.field.woocommerce.fulfilledOn.description':
      'Slug statusu zamówienia oznaczający wysyłkę (WooCommerce nie ma przesyłek): domyślnie completed, albo never.',
    'shop.field.woocommerce.deliveredOn': 'Dostarczone przy statusie',
    'shop.field.woocommerce.deliveredOn.description': 'Slug statusu z wtyczki, np. delivered, albo never.',
    'shop.field.woocommerce.discounts.siteUrl': 'Adres witryny',
    'shop.field.woocommerce.discounts.siteUrl.description':
      'Adres witryny WordPress, np. https://sklep.example.pl.',
    'shop.field.woocommerce.discounts.consumerKey': 'Klucz klienta (consumer key)',
    'shop.field.woocommerce.discounts.consumerKey.description':
      'WooCommerce → Ustawienia → Zaawansowane → REST API → Dodaj klucz, z uprawnieniem Odczyt/Zapis.',
    'shop.field.woocommerce.discounts.consumerSecret': 'Sekret klienta (consumer secret)',
    'shop.field.woocommerce.discounts.consumerSecret.description': 'Pokazywany raz, razem z kluczem klienta.',
    'shop.field.shopify.shopDomain.invalid': 'Wpisz domenę sklepu nazwa.myshopify.com.',
  },
  cs: {
    'shop.field.shopify.webhookSecret': 'Podpisový klíč webhooků',
    'shop.field.shopify.webhookSecret.description':
      'Shopify jím podepisuje každý webhook (hlavička X-Shopify-Hmac-Sha256).',
    'shop.field.shopify.shopDomain': 'Doména obchodu',
    'shop.field.shopify.shopDomain.description':
      'Doména obchodu nazev.myshopify.com, i když zákazníci vidí vaši vlastní doménu.',
    'shop.field.shopify.fulfilledOn': 'Odesláno, když',
    'shop.field.shopify.fulfilledOn.description':
      'Kdy Trustloop považuje objednávku za odeslanou (pozvánky na to mohou čekat).',
    'shop.field.shopify.deliveredOn': 'Doručeno, když',
    'shop.field.shopify.deliveredOn.description': 'Kdy Trustloop považuje objednávku za doručenou.',
    'shop.field.shopify.discounts.accessToken': 'Přístupový token Admin API',
    'shop.field.shopify.discounts.accessToken.description':
      'Vlastní aplikace s oprávněním write_discounts (Nastavení → Aplikace a prodejní kanály → Vyvíjet aplikace).',
    'shop.field.shopify.discounts.adminApiUrl': 'Adresa Admin API',
    'shop.field.shopify.discounts.adminApiUrl.description':
      'Jen když Admin API není na https://name.myshopify.com.',
    'shop.field.woocommerce.webhookSecret': 'Klíč webhooků',
    'shop.field.woocommerce.webhookSecret.description':
      'WooCommerce jím podepisuje každé doručení (X-WC-Webhook-Signature); zadejte stejný klíč do každého webhooku.',
    'shop.field.woocommerce.shopDomain': 'Hostitel webu',
    'shop.field.woocommerce.shopDomain.description':
      'Název hostitele webu WordPress, např. obchod.example.cz.',
    'shop.field.woocommerce.fulfilledOn': 'Odesláno ve stavu',
    'shop.field.woocommerce.fulfilledOn.description':
      'Slug stavu objednávky, který znamená odesláno (WooCommerce nemá zásilky): výchozí completed, nebo never.',
    'shop.field.woocommerce.deliveredOn': 'Doručeno ve stavu',
    'shop.field.woocommerce.deliveredOn.description': 'Slug stavu z pluginu, např. delivered, nebo never.',
    'shop.field.woocommerce.discounts.siteUrl': 'Adresa webu',
    'shop.field.woocommerce.discounts.siteUrl.description':
      'Adresa webu WordPress, např. https://obchod.example.cz.',
    'shop.field.woocommerce.discounts.consumerKey': 'Klíč spotřebitele (consumer key)',
    'shop.field.woocommerce.discounts.consumerKey.description':
      'WooCommerce → Nastavení → Pokročilé → REST API → Přidat klíč, s oprávněním Čtení/Zápis.',
    'shop.field.woocommerce.discounts.consumerSecret': 'Tajemství spotřebitele (consumer secret)',
    'shop.field.woocommerce.discounts.consumerSecret.description':
      'Zobrazí se jednou, spolu s klíčem spotřebitele.',
    'shop.field.shopify.shopDomain.invalid': 'Zadejte doménu obchodu nazev.myshopify.com.',
  },
  sv: {
    'shop.field.shopify.webhookSecret': 'Signeringshemlighet för webhooks',
    'shop.field.shopify.webhookSecret.description':
      'Shopify signerar varje webhook med den (rubriken X-Shopify-Hmac-Sha256).',
    'shop.field.shopify.shopDomain': 'Butikens domän',
    'shop.field.shopify.shopDomain.description':
      'Butikens domän namn.myshopify.com, även när kunderna ser er egen domän.',
    'shop.field.shopify.fulfilledOn': 'Skickad när',
    'shop.field.shopify.fulfilledOn.description':
      'När Trustloop räknar en order som skickad (inbjudningar kan vänta på det).',
    'shop.field.shopify.deliveredOn': 'Levererad när',
    'shop.field.shopify.deliveredOn.description': 'När Trustloop räknar en order som levererad.',
    'shop.field.shopify.discounts.accessToken': 'Åtkomsttoken för Admin API',
    'shop.field.shopify.discounts.accessToken.description':
      'Från en anpassad app med behörigheten write_discounts (Inställningar → Appar och försäljningskanaler → Utveckla appar).',
    'shop.field.shopify.discounts.adminApiUrl': 'Adress till Admin API',
    'shop.field.shopify.discounts.adminApiUrl.description':
      'Bara när Admin API inte finns på https://name.myshopify.com.',
    'shop.field.woocommerce.webhookSecret': 'Webhook-hemlighet',
    'shop.field.woocommerce.webhookSecret.description':
      'WooCommerce signerar varje leverans med den (X-WC-Webhook-Signature); skriv samma hemlighet i varje webhook.',
    'shop.field.woocommerce.shopDomain': 'Webbplatsens värd',
    'shop.field.woocommerce.shopDomain.description':
      'WordPress-webbplatsens värdnamn, t.ex. butik.example.se.',
    'shop.field.woocommerce.fulfilledOn': 'Skickad vid status',
    'shop.field.woocommerce.fulfilledOn.description':
      'Orderstatusens slug som betyder skickad (WooCommerce har inga leveranser): completed som standard, eller never.',
    'shop.field.woocommerce.deliveredOn': 'Levererad vid status',
    'shop.field.woocommerce.deliveredOn.description':
      'Ett tilläggs status-slug, t.ex. delivered, eller never.',
    'shop.field.woocommerce.discounts.siteUrl': 'Webbplatsens adress',
    'shop.field.woocommerce.discounts.siteUrl.description':
      'WordPress-webbplatsens adress, t.ex. https://butik.example.se.',
    'shop.field.woocommerce.discounts.consumerKey': 'Konsumentnyckel',
    'shop.field.woocommerce.discounts.consumerKey.description':
      'WooCommerce → Inställningar → Avancerat → REST API → Lägg till nyckel, med behörigheten Läs/Skriv.',
    'shop.field.woocommerce.discounts.consumerSecret': 'Konsumenthemlighet',
    'shop.field.woocommerce.discounts.consumerSecret.description':
      'Visas en gång, tillsammans med konsumentnyckeln.',
    'shop.field.shopify.shopDomain.invalid': 'Ange butikens domän namn.myshopify.com.',
  },
  de: {
    'shop.field.shopify.webhookSecret': 'Webhook-Signaturgeheimnis',
    'shop.field.shopify.webhookSecret.description':
      'Shopify signiert jeden Webhook damit (Header X-Shopify-Hmac-Sha256).',
    'shop.field.shopify.shopDomain': 'Shop-Domain',
    'shop.field.shopify.shopDomain.description':
      'Die Domain name.myshopify.com des Shops, auch wenn Kunden Ihre eigene Domain sehen.',
    'shop.field.shopify.fulfilledOn': 'Versandt, wenn',
    'shop.field.shopify.fulfilledOn.description':
      'Wann Trustloop eine Bestellung als versandt zählt (Einladungen können darauf warten).',
    'shop.field.shopify.deliveredOn': 'Zugestellt, wenn',
    'shop.field.shopify.deliveredOn.description': 'Wann Trustloop eine Bestellung als zugestellt zählt.',
    'shop.field.shopify.discounts.accessToken': 'Admin-API-Zugriffstoken',
    'shop.field.shopify.discounts.accessToken.description':
      'Einer eigenen App mit dem Scope write_discounts (Einstellungen → Apps und Vertriebskanäle → Apps entwickeln).',
    'shop.field.shopify.discounts.adminApiUrl': 'Admin-API-Adresse',
    'shop.field.shopify.discounts.adminApiUrl.description':
      'Nur wenn die Admin-API nicht unter https://name.myshopify.com liegt.',
    'shop.field.woocommerce.webhookSecret': 'Webhook-Geheimnis',
    'shop.field.woocommerce.webhookSecret.description':
      'WooCommerce signiert jede Zustellung damit (X-WC-Webhook-Signature); tragen Sie dasselbe Geheimnis in jeden Webhook ein.',
    'shop.field.woocommerce.shopDomain': 'Website-Host',
    'shop.field.woocommerce.shopDomain.description':
      'Der Hostname der WordPress-Website, z. B. shop.example.de.',
    'shop.field.woocommerce.fulfilledOn': 'Versandt bei Status',
    'shop.field.woocommerce.fulfilledOn.description':
      'Der Slug des Bestellstatus, der versandt bedeutet (WooCommerce kennt keine Sendungen): standardmäßig completed, oder never.',
    'shop.field.woocommerce.deliveredOn': 'Zugestellt bei Status',
    'shop.field.woocommerce.deliveredOn.description':
      'Der Status-Slug eines Plugins, z. B. delivered, oder never.',
    'shop.field.woocommerce.discounts.siteUrl': 'Website-Adresse',
    'shop.field.woocommerce.discounts.siteUrl.description':
      'Die Adresse der WordPress-Website, z. B. https://shop.example.de.',
    'shop.field.woocommerce.discounts.consumerKey': 'Consumer Key',
    'shop.field.woocommerce.discounts.consumerKey.description':
      'WooCommerce → Einstellungen → Erweitert → REST-API → Schlüssel hinzufügen, mit Lesen/Schreiben.',
    'shop.field.woocommerce.discounts.consumerSecret': 'Consumer Secret',
    'shop.field.woocommerce.discounts.consumerSecret.description':
      'Wird einmal angezeigt, zusammen mit dem Consumer Key.',
    'shop.field.shopify.shopDomain.invalid': 'Geben Sie die Domain name.myshopify.com des Shops ein.',
  },
});
