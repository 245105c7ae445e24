import { section } from './section.js';

/**
 * What to do in Magento, PrestaShop and Shoper, numbered as docs/connecting.md has it
 * (`shop.<platform>.guide.<n>`, as many as there are).
 */
export const shopGuides = section({
  en: {
    'shop.magento.guideTitle': 'Make an integration in Magento',
    'shop.magento.guide.1':
      'In the Magento admin: System → Extensions → Integrations → Add New Integration; name it Trustloop.',
    'shop.magento.guide.2':
      'Under API, choose Custom resource access and tick Sales (orders, credit memos, shipments), Customers and Marketing → Cart Price Rules.',
    'shop.magento.guide.3': 'Save, then Activate → Allow, and copy the Access Token.',
    'shop.magento.guide.4':
      'Magento 2.4.4 or later: Stores → Configuration → Services → OAuth → Consumer Settings → “Allow OAuth Access Tokens to be used as standalone Bearer tokens”: Yes.',
    'shop.magento.step1': 'Connect Magento',
    'shop.prestashop.guideTitle': 'Make a Webservice key in PrestaShop',
    'shop.prestashop.guide.1':
      'In the PrestaShop back office: Advanced Parameters → Webservice; set “Enable PrestaShop’s webservice” to Yes and save.',
    'shop.prestashop.guide.2': 'Add new webservice key → Generate; describe it as Trustloop.',
    'shop.prestashop.guide.3':
      'Permissions: tick View (GET) for customers, orders, order_histories, order_discounts, order_slip and currencies.',
    'shop.prestashop.guide.4':
      'For reward codes in the shop, also tick View, Add (POST) and Delete for cart_rules (one key may do both).',
    'shop.prestashop.guide.5': 'Save, and copy the key (32 characters).',
    'shop.prestashop.step1': 'Connect PrestaShop',
    'shop.shoper.guideTitle': 'Make an API user in Shoper',
    'shop.shoper.guide.1':
      'In the Shoper admin panel: Configuration → Administration, system → add an administrators’ group with the access type “web API access”.',
    'shop.shoper.guide.2':
      'Allow the group to read orders, order products, parcels, statuses, currencies and customers (for reward codes also to write promotion codes).',
    'shop.shoper.guide.3': 'Add a user to that group; its login and password go below.',
    'shop.shoper.step1': 'Connect Shoper',
    'shop.shoper.webhooksWhere':
      'In the Shoper admin panel: Add-ons and integrations → Webhooks → add a webhook with this URL, the format JSON, the webhook secret from step 2 and every event below.',
    'shop.shoper.format': 'Format: JSON. Active: yes.',
    'shop.shoper.notHttps':
      'This address is not https: order data would travel unencrypted. Set PUBLIC_URL to an https address.',
  },
  pl: {
    'shop.magento.guideTitle': 'Utwórz integrację w Magento',
    'shop.magento.guide.1':
      'W panelu Magento: System → Extensions → Integrations → Add New Integration; nazwij ją Trustloop.',
    'shop.magento.guide.2':
      'W sekcji API wybierz Custom i zaznacz Sales (zamówienia, korekty, wysyłki), Customers oraz Marketing → Cart Price Rules.',
    'shop.magento.guide.3': 'Zapisz, potem Activate → Allow, i skopiuj Access Token.',
    'shop.magento.guide.4':
      'Magento 2.4.4 lub nowsze: Stores → Configuration → Services → OAuth → Consumer Settings → „Allow OAuth Access Tokens to be used as standalone Bearer tokens”: Yes.',
    'shop.magento.step1': 'Połącz Magento',
    'shop.prestashop.guideTitle': 'Utwórz klucz Webservice w PrestaShop',
    'shop.prestashop.guide.1':
      'W panelu PrestaShop: Zaawansowane → Webservice; ustaw „Włącz webservice PrestaShop” na Tak i zapisz.',
    'shop.prestashop.guide.2': 'Dodaj nowy klucz webservice → Generuj; opisz go jako Trustloop.',
    'shop.prestashop.guide.3':
      'Uprawnienia: zaznacz Podgląd (GET) dla customers, orders, order_histories, order_discounts, order_slip i currencies.',
    'shop.prestashop.guide.4':
      'Dla kodów nagród w sklepie zaznacz też Podgląd, Dodaj (POST) i Usuń dla cart_rules (jeden klucz może mieć oba).',
    'shop.prestashop.guide.5': 'Zapisz i skopiuj klucz (32 znaki).',
    'shop.prestashop.step1': 'Połącz PrestaShop',
    'shop.shoper.guideTitle': 'Utwórz użytkownika API w Shoperze',
    'shop.shoper.guide.1':
      'W panelu Shopera: Konfiguracja → Administracja, system → dodaj grupę administratorów z typem dostępu „dostęp do webapi”.',
    'shop.shoper.guide.2':
      'Pozwól grupie czytać zamówienia, produkty zamówień, przesyłki, statusy, waluty i klientów (dla kodów nagród także zapisywać kody rabatowe).',
    'shop.shoper.guide.3': 'Dodaj do tej grupy użytkownika; jego login i hasło wpisz poniżej.',
    'shop.shoper.step1': 'Połącz Shopera',
    'shop.shoper.webhooksWhere':
      'W panelu Shopera: Dodatki i integracje → Webhooki → dodaj webhook z tym adresem URL, formatem JSON, sekretem webhooka z kroku 2 i wszystkimi zdarzeniami poniżej.',
    'shop.shoper.format': 'Format: JSON. Aktywny: tak.',
    'shop.shoper.notHttps':
      'Ten adres nie jest https: dane zamówień szłyby bez szyfrowania. Ustaw PUBLIC_URL na adres https.',
  },
  cs: {
    'shop.magento.guideTitle': 'Vytvořte integraci v Magentu',
    'shop.magento.guide.1':
      'V administraci Magenta: System → Extensions → Integrations → Add New Integration; pojmenujte ji Trustloop.',
    'shop.magento.guide.2':
      'V části API zvolte Custom a zaškrtněte Sales (objednávky, dobropisy, zásilky), Customers a Marketing → Cart Price Rules.',
    'shop.magento.guide.3': 'Uložte, pak Activate → Allow, a zkopírujte Access Token.',
    'shop.magento.guide.4':
      'Magento 2.4.4 a novější: Stores → Configuration → Services → OAuth → Consumer Settings → „Allow OAuth Access Tokens to be used as standalone Bearer tokens“: Yes.',
    'shop.magento.step1': 'Připojte Magento',
    'shop.prestashop.guideTitle': 'Vytvořte klíč Webservice v PrestaShopu',
    'shop.prestashop.guide.1':
      'V administraci PrestaShopu: Pokročilé parametry → Webservice; zapněte webservice PrestaShopu a uložte.',
    'shop.prestashop.guide.2': 'Přidat nový klíč webservice → Generovat; popište ho jako Trustloop.',
    'shop.prestashop.guide.3':
      'Oprávnění: zaškrtněte Zobrazit (GET) pro customers, orders, order_histories, order_discounts, order_slip a currencies.',
    'shop.prestashop.guide.4':
      'Pro kódy odměn v obchodě zaškrtněte také Zobrazit, Přidat (POST) a Smazat pro cart_rules (jeden klíč může mít obojí).',
    'shop.prestashop.guide.5': 'Uložte a zkopírujte klíč (32 znaků).',
    'shop.prestashop.step1': 'Připojte PrestaShop',
    'shop.shoper.guideTitle': 'Vytvořte uživatele API v Shoperu',
    'shop.shoper.guide.1':
      'V administraci Shoperu: Konfigurace → Administrace, systém → přidejte skupinu administrátorů s typem přístupu „přístup k webapi“.',
    'shop.shoper.guide.2':
      'Povolte skupině číst objednávky, produkty objednávek, zásilky, stavy, měny a klienty (pro kódy odměn také zapisovat slevové kódy).',
    'shop.shoper.guide.3': 'Přidejte do skupiny uživatele; jeho přihlašovací jméno a heslo zadejte níže.',
    'shop.shoper.step1': 'Připojte Shoper',
    'shop.shoper.webhooksWhere':
      'V administraci Shoperu: Doplňky a integrace → Webhooky → přidejte webhook s touto URL, formátem JSON, klíčem webhooku z kroku 2 a všemi událostmi níže.',
    'shop.shoper.format': 'Formát: JSON. Aktivní: ano.',
    'shop.shoper.notHttps':
      'Tato adresa není https: data objednávek by putovala nešifrovaně. Nastavte PUBLIC_URL na adresu https.',
  },
  sv: {
    'shop.magento.guideTitle': 'Skapa en integration i Magento',
    'shop.magento.guide.1':
      'I Magentos admin: System → Extensions → Integrations → Add New Integration; kalla den Trustloop.',
    'shop.magento.guide.2':
      'Under API väljer du Custom och kryssar i Sales (ordrar, kreditnotor, leveranser), Customers och Marketing → Cart Price Rules.',
    'shop.magento.guide.3': 'Spara, sedan Activate → Allow, och kopiera Access Token.',
    'shop.magento.guide.4':
      'Magento 2.4.4 eller senare: Stores → Configuration → Services → OAuth → Consumer Settings → ”Allow OAuth Access Tokens to be used as standalone Bearer tokens”: Yes.',
    'shop.magento.step1': 'Anslut Magento',
    'shop.prestashop.guideTitle': 'Skapa en Webservice-nyckel i PrestaShop',
    'shop.prestashop.guide.1':
      'I PrestaShops administration: Avancerade parametrar → Webservice; slå på PrestaShops webservice och spara.',
    'shop.prestashop.guide.2': 'Lägg till ny webservice-nyckel → Generera; beskriv den som Trustloop.',
    'shop.prestashop.guide.3':
      'Behörigheter: kryssa i Visa (GET) för customers, orders, order_histories, order_discounts, order_slip och currencies.',
    'shop.prestashop.guide.4':
      'För belöningskoder i butiken kryssar du även i Visa, Lägg till (POST) och Radera för cart_rules (en nyckel kan ha båda).',
    'shop.prestashop.guide.5': 'Spara och kopiera nyckeln (32 tecken).',
    'shop.prestashop.step1': 'Anslut PrestaShop',
    'shop.shoper.guideTitle': 'Skapa en API-användare i Shoper',
    'shop.shoper.guide.1':
      'I Shopers adminpanel: Konfiguration → Administration, system → lägg till en administratörsgrupp med åtkomsttypen ”webb-API-åtkomst”.',
    'shop.shoper.guide.2':
      'Låt gruppen läsa ordrar, orderprodukter, paket, statusar, valutor och kunder (för belöningskoder även skriva rabattkoder).',
    'shop.shoper.guide.3': 'Lägg till en användare i gruppen; dess inloggning och lösenord anges nedan.',
    'shop.shoper.step1': 'Anslut Shoper',
    'shop.shoper.webhooksWhere':
      'I Shopers adminpanel: Tillägg och integrationer → Webhooks → lägg till en webhook med den här URL:en, formatet JSON, webhook-hemligheten från steg 2 och alla händelser nedan.',
    'shop.shoper.format': 'Format: JSON. Aktiv: ja.',
    'shop.shoper.notHttps':
      'Adressen är inte https: orderdata skulle skickas okrypterat. Sätt PUBLIC_URL till en https-adress.',
  },
  de: {
    'shop.magento.guideTitle': 'Integration in Magento anlegen',
    'shop.magento.guide.1':
      'Im Magento-Admin: System → Extensions → Integrations → Add New Integration; nennen Sie sie Trustloop.',
    'shop.magento.guide.2':
      'Unter API wählen Sie Custom und haken Sales (Bestellungen, Gutschriften, Sendungen), Customers und Marketing → Cart Price Rules an.',
    'shop.magento.guide.3': 'Speichern, dann Activate → Allow, und den Access Token kopieren.',
    'shop.magento.guide.4':
      'Ab Magento 2.4.4: Stores → Configuration → Services → OAuth → Consumer Settings → „Allow OAuth Access Tokens to be used as standalone Bearer tokens“: Yes.',
    'shop.magento.step1': 'Magento verbinden',
    'shop.prestashop.guideTitle': 'Webservice-Schlüssel in PrestaShop anlegen',
    'shop.prestashop.guide.1':
      'Im PrestaShop-Backoffice: Erweiterte Einstellungen → Webservice; den Webservice von PrestaShop aktivieren und speichern.',
    'shop.prestashop.guide.2':
      'Neuen Webservice-Schlüssel hinzufügen → Generieren; als Beschreibung Trustloop.',
    'shop.prestashop.guide.3':
      'Berechtigungen: Anzeigen (GET) für customers, orders, order_histories, order_discounts, order_slip und currencies anhaken.',
    'shop.prestashop.guide.4':
      'Für Prämiencodes im Shop zusätzlich Anzeigen, Hinzufügen (POST) und Löschen für cart_rules (ein Schlüssel darf beides).',
    'shop.prestashop.guide.5': 'Speichern und den Schlüssel (32 Zeichen) kopieren.',
    'shop.prestashop.step1': 'PrestaShop verbinden',
    'shop.shoper.guideTitle': 'API-Benutzer in Shoper anlegen',
    'shop.shoper.guide.1':
      'Im Shoper-Adminbereich: Konfiguration → Administration, System → eine Administratorgruppe mit der Zugriffsart „Web-API-Zugriff“ anlegen.',
    'shop.shoper.guide.2':
      'Der Gruppe das Lesen von Bestellungen, Bestellprodukten, Paketen, Status, Währungen und Kunden erlauben (für Prämiencodes auch das Schreiben von Rabattcodes).',
    'shop.shoper.guide.3': 'Einen Benutzer in dieser Gruppe anlegen; Login und Passwort unten eintragen.',
    'shop.shoper.step1': 'Shoper verbinden',
    'shop.shoper.webhooksWhere':
      'Im Shoper-Adminbereich: Add-ons und Integrationen → Webhooks → einen Webhook mit dieser URL, dem Format JSON, dem Webhook-Geheimnis aus Schritt 2 und allen Ereignissen unten anlegen.',
    'shop.shoper.format': 'Format: JSON. Aktiv: ja.',
    'shop.shoper.notHttps':
      'Diese Adresse ist kein https: Bestelldaten würden unverschlüsselt übertragen. Setzen Sie PUBLIC_URL auf eine https-Adresse.',
  },
});
