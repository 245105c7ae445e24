import { section } from './section.js';

/**
 * The marketing platforms' pages beyond the settings form: the parts of a sectioned page
 * (SALESmanago's panel of seed 001), the monitoring code, the export's purchase counts and the
 * Klaviyo email preview (seed 000).
 */
export const espPages = section({
  en: {
    'verify.credentials.refused':
      '{platform} refused this key: check that it was copied whole and is still valid.',
    'verify.platform.unavailable': '{platform} cannot answer right now; try again in a moment.',
    'verify.klaviyo.keyRefused':
      'Klaviyo refused this private key: check that it was copied whole and has not been revoked.',
    'verify.klaviyo.missingAccess':
      'This private key lacks the access {scopes}. In Klaviyo create a private key with Accounts and Lists read access and Profiles, Events, Lists and Subscriptions full access, and paste it here.',
    'verify.klaviyo.unavailable':
      'Klaviyo could not check the key right now (answer {status}); try again in a moment.',
    'verify.klaviyo.publicKeyMismatch':
      'This public key belongs to another Klaviyo account than the private key.',
    'verify.klaviyo.listGone': 'This list no longer exists in Klaviyo.',
    'verify.klaviyo.listUnavailable':
      'Klaviyo could not check the list right now (answer {status}); try again in a moment.',
    'verify.ecomail.tagTooLong':
      'The tag “{tag}” has {length, plural, one {# character} other {# characters}}; Ecomail takes at most {limit}.',
    'verify.ecomail.keyRefused':
      'Ecomail refused this API key: copy it again from Account management → For developers.',
    'verify.ecomail.listGone': 'This list no longer exists in Ecomail.',
    'verify.ecomail.unavailable':
      'Ecomail could not check the key right now (answer {status}); try again in a moment.',
    'verify.salesmanago.unreachable': 'SALESmanago could not be reached at this endpoint ({reason}).',
    'verify.webhooks.secretFormat':
      'The signing secret looks like whsec_ followed by base64; leave it empty to have one made.',
    'verify.webhooks.refused': 'The endpoint did not take the test event: {reason}',
    'verify.salesmanago.auth': 'SALESmanago did not accept this client ID and API secret.',
    'verify.salesmanago.ownerEmail': 'The contact owner is the email of a SALESmanago user.',
    'verify.salesmanago.ownerUnknown': 'This email is not a user of the SALESmanago account.',
    'verify.salesmanago.webPushFormCode':
      'Paste the code SALESmanago shows for the consent form, like sm(“webPush”, […]);',
    'verify.salesmanago.language': 'Two letters, like pl or en.',
    'connector.name.webhooks': 'Outbound webhooks',
    'bcc.reason.unreadable': 'the message is not a readable email',
    'bcc.reason.no_email': 'no customer email address: neither the To header nor the order data names one',
    'bcc.reason.no_order_number': 'no order number in the subject, the text or the order data',
    'bcc.reason.already_invited': 'an invitation for this order already exists ({method})',
    'bcc.reason.refused': 'the invitation checks refused what was read from it: {detail}',
    'connector.section.login': 'Sign in to {platform}',
    'connector.section.panel': 'Your {platform} settings',
    'connector.section.tabs': '{platform} settings',
    'connector.section.integration': 'Integration',
    'connector.section.modules': 'Modules',
    'connector.section.export': 'Data export',
    'connector.section.settings': 'Settings',
    'connector.section.account': 'Account settings',
    'connector.salesmanago.apiKeyNote':
      'API key: nothing to paste. SALESmanago takes any random text there, so Trustloop makes a new one for every call and signs it with your API secret.',
    'connector.salesmanago.integration.intro':
      'The language SALESmanago gets for the contacts Trustloop sends. The logo and colours of SALESmanago’s own modules are set in SALESmanago (no API takes them); your Trustloop emails take theirs from the email templates.',
    'connector.salesmanago.integration.link': 'Email templates: logo and colours',
    'connector.salesmanago.modules.intro':
      'Pop-ups and web push live in SALESmanago’s monitoring code: switch them here, then paste the code below into every page of your shop, at the end of its body. Copy it again after each change.',
    'connector.salesmanago.modules.liveChat':
      'Live chat has no switch here: you set it up in SALESmanago (Edit in SALESmanago), and it shows through the same monitoring code.',
    'connector.salesmanago.settings.intro':
      'These tags are given to every contact Trustloop sends to SALESmanago.',
    'connector.salesmanago.account.intro':
      'SALESmanago → Settings → Integration → Callbacks: paste each address into its field, so a contact’s opt-in or opt-out in SALESmanago reaches Trustloop.',
    'connector.salesmanago.export.intro':
      'Step 1: send your contacts (opt-in, opt-out or both, those first known in a date range, with extra tags). Step 2: once they are in SALESmanago, send the past paid orders as purchases.',
    'setup.monitoringCode': 'Monitoring code',
    'export.purchases':
      '{sent, plural, one {# past order} other {# past orders}} sent as purchases, {skipped} already sent before (not sent again).',
    'embeds.preview': 'The email as it will show it',
    'embeds.previewFrame': 'Preview of the snippet in an email',
    'embeds.previewNoReviews': 'No reviews are chosen yet: the email shows none until you choose them.',
  },
  pl: {
    'verify.credentials.refused':
      '{platform} odrzuca ten klucz: sprawdź, czy został skopiowany w całości i czy jest nadal ważny.',
    'verify.platform.unavailable': '{platform} nie może teraz odpowiedzieć; spróbuj ponownie za chwilę.',
    'verify.klaviyo.keyRefused':
      'Klaviyo odrzuciło ten klucz prywatny: sprawdź, czy został skopiowany w całości i nie został unieważniony.',
    'verify.klaviyo.missingAccess':
      'Ten klucz prywatny nie ma dostępu {scopes}. Utwórz w Klaviyo klucz prywatny z dostępem do odczytu Accounts i Lists oraz pełnym dostępem do Profiles, Events, Lists i Subscriptions i wklej go tutaj.',
    'verify.klaviyo.unavailable':
      'Klaviyo nie może teraz sprawdzić klucza (odpowiedź {status}); spróbuj ponownie za chwilę.',
    'verify.klaviyo.publicKeyMismatch':
      'Ten klucz publiczny należy do innego konta Klaviyo niż klucz prywatny.',
    'verify.klaviyo.listGone': 'Ta lista już nie istnieje w Klaviyo.',
    'verify.klaviyo.listUnavailable':
      'Klaviyo nie może teraz sprawdzić listy (odpowiedź {status}); spróbuj ponownie za chwilę.',
    'verify.ecomail.tagTooLong':
      'Tag „{tag}” ma {length, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}; Ecomail przyjmuje najwyżej {limit}.',
    'verify.ecomail.keyRefused':
      'Ecomail odrzucił ten klucz API: skopiuj go ponownie z Zarządzanie kontem → Dla programistów.',
    'verify.ecomail.listGone': 'Ta lista już nie istnieje w Ecomailu.',
    'verify.ecomail.unavailable':
      'Ecomail nie może teraz sprawdzić klucza (odpowiedź {status}); spróbuj ponownie za chwilę.',
    'verify.salesmanago.unreachable': 'Nie udało się połączyć z SALESmanago pod tym adresem ({reason}).',
    'verify.webhooks.secretFormat':
      'Sekret podpisu wygląda jak whsec_ i ciąg base64; zostaw pole puste, aby go wygenerować.',
    'verify.webhooks.refused': 'Punkt końcowy nie przyjął zdarzenia testowego: {reason}',
    'verify.salesmanago.auth': 'SALESmanago nie przyjął tego ID klienta i sekretu API.',
    'verify.salesmanago.ownerEmail': 'Właściciel kontaktów to adres e-mail użytkownika SALESmanago.',
    'verify.salesmanago.ownerUnknown': 'Ten adres e-mail nie jest użytkownikiem konta SALESmanago.',
    'verify.salesmanago.webPushFormCode':
      'Wklej kod, który SALESmanago pokazuje dla formularza zgody, np. sm(„webPush”, […]);',
    'verify.salesmanago.language': 'Dwie litery, np. pl lub en.',
    'connector.name.webhooks': 'Webhooki wychodzące',
    'bcc.reason.unreadable': 'wiadomość nie jest czytelnym e-mailem',
    'bcc.reason.no_email': 'brak adresu e-mail klienta: nie podaje go ani nagłówek Do, ani dane zamówienia',
    'bcc.reason.no_order_number': 'brak numeru zamówienia w temacie, treści ani danych zamówienia',
    'bcc.reason.already_invited': 'zaproszenie dla tego zamówienia już istnieje ({method})',
    'bcc.reason.refused': 'kontrola zaproszeń odrzuciła dane odczytane z wiadomości: {detail}',
    'connector.section.login': 'Zaloguj się do {platform}',
    'connector.section.panel': 'Ustawienia {platform}',
    'connector.section.tabs': 'Ustawienia {platform}',
    'connector.section.integration': 'Integracje',
    'connector.section.modules': 'Ustawienia użytkownika',
    'connector.section.export': 'Eksport danych',
    'connector.section.settings': 'Ustawienia',
    'connector.section.account': 'Ustawienia konta',
    'connector.salesmanago.apiKeyNote':
      'Klucz API: nic do wklejania. SALESmanago przyjmuje w tym miejscu dowolny losowy tekst, więc Trustloop tworzy nowy przy każdym wywołaniu i podpisuje go Twoim sekretem API.',
    'connector.salesmanago.integration.intro':
      'Język, który SALESmanago otrzymuje dla kontaktów wysyłanych przez Trustloop. Logo i kolory modułów SALESmanago ustawiasz w SALESmanago (żadne API ich nie przyjmuje); Twoje e-maile Trustloop biorą swoje z szablonów e-maili.',
    'connector.salesmanago.integration.link': 'Szablony e-maili: logo i kolory',
    'connector.salesmanago.modules.intro':
      'Pop-upy i web push działają w kodzie monitorującym SALESmanago: włącz je tutaj, a potem wklej poniższy kod na każdej stronie sklepu, na końcu jej sekcji body. Skopiuj go ponownie po każdej zmianie.',
    'connector.salesmanago.modules.liveChat':
      'Live chat nie ma tu przełącznika: konfigurujesz go w SALESmanago (Edytuj w SALESmanago), a wyświetla się przez ten sam kod monitorujący.',
    'connector.salesmanago.settings.intro':
      'Te tagi otrzymuje każdy kontakt, który Trustloop wysyła do SALESmanago.',
    'connector.salesmanago.account.intro':
      'SALESmanago → Ustawienia → Integracja → Callbacki: wklej każdy adres w jego pole, aby opt-in lub opt-out kontaktu w SALESmanago trafiał do Trustloop.',
    'connector.salesmanago.export.intro':
      'Krok 1: wyślij kontakty (opt-in, opt-out lub oba, pozyskane w zakresie dat, z dodatkowymi tagami). Krok 2: gdy są już w SALESmanago, wyślij dawne opłacone zamówienia jako zakupy.',
    'setup.monitoringCode': 'Kod monitorujący',
    'export.purchases':
      '{sent, plural, one {# dawne zamówienie wysłane} few {# dawne zamówienia wysłane} many {# dawnych zamówień wysłanych} other {# dawnego zamówienia wysłane}} jako zakupy, wysłane już wcześniej (nie wysłano ponownie): {skipped}.',
    'embeds.preview': 'E-mail tak, jak go pokaże',
    'embeds.previewFrame': 'Podgląd fragmentu w e-mailu',
    'embeds.previewNoReviews':
      'Nie wybrano jeszcze opinii: e-mail nie pokaże żadnej, dopóki ich nie wybierzesz.',
  },
  cs: {
    'verify.credentials.refused':
      '{platform} tento klíč odmítá: zkontrolujte, že je zkopírovaný celý a stále platný.',
    'verify.platform.unavailable': '{platform} teď nemůže odpovědět; zkuste to za chvíli znovu.',
    'verify.klaviyo.keyRefused':
      'Klaviyo tento soukromý klíč odmítlo: zkontrolujte, že je zkopírovaný celý a nebyl zneplatněn.',
    'verify.klaviyo.missingAccess':
      'Tento soukromý klíč nemá přístup {scopes}. V Klaviyo vytvořte soukromý klíč s přístupem ke čtení Accounts a Lists a s plným přístupem k Profiles, Events, Lists a Subscriptions a vložte ho sem.',
    'verify.klaviyo.unavailable':
      'Klaviyo teď nemůže klíč ověřit (odpověď {status}); zkuste to za chvíli znovu.',
    'verify.klaviyo.publicKeyMismatch': 'Tento veřejný klíč patří k jinému účtu Klaviyo než soukromý klíč.',
    'verify.klaviyo.listGone': 'Tento seznam už v Klaviyo neexistuje.',
    'verify.klaviyo.listUnavailable':
      'Klaviyo teď nemůže seznam ověřit (odpověď {status}); zkuste to za chvíli znovu.',
    'verify.ecomail.tagTooLong':
      'Štítek „{tag}“ má {length, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}}; Ecomail přijímá nejvýše {limit}.',
    'verify.ecomail.keyRefused':
      'Ecomail tento klíč API odmítl: zkopírujte ho znovu ze Správa účtu → Pro vývojáře.',
    'verify.ecomail.listGone': 'Tento seznam už v Ecomailu neexistuje.',
    'verify.ecomail.unavailable':
      'Ecomail teď nemůže klíč ověřit (odpověď {status}); zkuste to za chvíli znovu.',
    'verify.salesmanago.unreachable': 'SALESmanago se na této adrese nepodařilo zastihnout ({reason}).',
    'verify.webhooks.secretFormat':
      'Podpisový klíč vypadá jako whsec_ a za ním base64; nechte pole prázdné a vytvoří se.',
    'verify.webhooks.refused': 'Koncový bod testovací událost nepřijal: {reason}',
    'verify.salesmanago.auth': 'SALESmanago nepřijalo toto ID klienta a tajný klíč API.',
    'verify.salesmanago.ownerEmail': 'Vlastník kontaktů je e-mail uživatele SALESmanago.',
    'verify.salesmanago.ownerUnknown': 'Tento e-mail není uživatelem účtu SALESmanago.',
    'verify.salesmanago.webPushFormCode':
      'Vložte kód, který SALESmanago zobrazuje pro formulář souhlasu, např. sm(„webPush“, […]);',
    'verify.salesmanago.language': 'Dvě písmena, např. pl nebo en.',
    'connector.name.webhooks': 'Odchozí webhooky',
    'bcc.reason.unreadable': 'zpráva není čitelný e-mail',
    'bcc.reason.no_email': 'chybí e-mail zákazníka: neuvádí ho hlavička Komu ani údaje objednávky',
    'bcc.reason.no_order_number': 'chybí číslo objednávky v předmětu, textu i údajích objednávky',
    'bcc.reason.already_invited': 'pozvánka k této objednávce už existuje ({method})',
    'bcc.reason.refused': 'kontrola pozvánek odmítla údaje přečtené ze zprávy: {detail}',
    'connector.section.login': 'Přihlášení do {platform}',
    'connector.section.panel': 'Nastavení {platform}',
    'connector.section.tabs': 'Nastavení {platform}',
    'connector.section.integration': 'Integrace',
    'connector.section.modules': 'Moduly',
    'connector.section.export': 'Export dat',
    'connector.section.settings': 'Nastavení',
    'connector.section.account': 'Nastavení účtu',
    'connector.salesmanago.apiKeyNote':
      'Klíč API: nic nevkládejte. SALESmanago tam přijme libovolný náhodný text, proto Trustloop vytvoří nový pro každé volání a podepíše ho vaším tajným klíčem API.',
    'connector.salesmanago.integration.intro':
      'Jazyk, který SALESmanago dostane pro kontakty odeslané z Trustloop. Logo a barvy modulů SALESmanago se nastavují v SALESmanago (žádné API je nepřijímá); vaše e-maily z Trustloop berou své ze šablon e-mailů.',
    'connector.salesmanago.integration.link': 'Šablony e-mailů: logo a barvy',
    'connector.salesmanago.modules.intro':
      'Pop-upy a web push jsou v monitorovacím kódu SALESmanago: zapněte je zde a kód níže vložte na každou stránku obchodu na konec jejího body. Po každé změně ho zkopírujte znovu.',
    'connector.salesmanago.modules.liveChat':
      'Live chat tu přepínač nemá: nastavuje se v SALESmanago a zobrazuje se přes stejný monitorovací kód.',
    'connector.salesmanago.settings.intro':
      'Tyto štítky dostane každý kontakt, který Trustloop odešle do SALESmanago.',
    'connector.salesmanago.account.intro':
      'SALESmanago → Nastavení → Integrace → Callbacky: vložte každou adresu do jejího pole, aby opt-in nebo opt-out kontaktu v SALESmanago dorazil do Trustloop.',
    'connector.salesmanago.export.intro':
      'Krok 1: odešlete kontakty (opt-in, opt-out nebo oboje, získané v rozmezí dat, s dalšími štítky). Krok 2: až budou v SALESmanago, odešlete dřívější zaplacené objednávky jako nákupy.',
    'setup.monitoringCode': 'Monitorovací kód',
    'export.purchases':
      '{sent, plural, one {# dřívější objednávka odeslána} few {# dřívější objednávky odeslány} many {# dřívější objednávky odesláno} other {# dřívějších objednávek odesláno}} jako nákupy, už odeslané dříve (znovu se neposílají): {skipped}.',
    'embeds.preview': 'E-mail tak, jak ho zobrazí',
    'embeds.previewFrame': 'Náhled úryvku v e-mailu',
    'embeds.previewNoReviews':
      'Zatím nejsou vybrána žádná hodnocení: e-mail žádné nezobrazí, dokud je nevyberete.',
  },
  sv: {
    'verify.credentials.refused':
      '{platform} avvisar den här nyckeln: kontrollera att den kopierades hel och fortfarande gäller.',
    'verify.platform.unavailable': '{platform} kan inte svara just nu; försök igen om en stund.',
    'verify.klaviyo.keyRefused':
      'Klaviyo avvisade den här privata nyckeln: kontrollera att den kopierades hel och inte har återkallats.',
    'verify.klaviyo.missingAccess':
      'Den här privata nyckeln saknar åtkomsten {scopes}. Skapa en privat nyckel i Klaviyo med läsåtkomst till Accounts och Lists och full åtkomst till Profiles, Events, Lists och Subscriptions, och klistra in den här.',
    'verify.klaviyo.unavailable':
      'Klaviyo kunde inte kontrollera nyckeln just nu (svar {status}); försök igen om en stund.',
    'verify.klaviyo.publicKeyMismatch':
      'Den här publika nyckeln hör till ett annat Klaviyo-konto än den privata nyckeln.',
    'verify.klaviyo.listGone': 'Listan finns inte längre i Klaviyo.',
    'verify.klaviyo.listUnavailable':
      'Klaviyo kunde inte kontrollera listan just nu (svar {status}); försök igen om en stund.',
    'verify.ecomail.tagTooLong':
      'Taggen ”{tag}” har {length, plural, one {# tecken} other {# tecken}}; Ecomail tar högst {limit}.',
    'verify.ecomail.keyRefused':
      'Ecomail avvisade den här API-nyckeln: kopiera den igen från Kontohantering → För utvecklare.',
    'verify.ecomail.listGone': 'Listan finns inte längre i Ecomail.',
    'verify.ecomail.unavailable':
      'Ecomail kunde inte kontrollera nyckeln just nu (svar {status}); försök igen om en stund.',
    'verify.salesmanago.unreachable': 'SALESmanago gick inte att nå på den här adressen ({reason}).',
    'verify.webhooks.secretFormat':
      'Signeringshemligheten ser ut som whsec_ följt av base64; lämna fältet tomt så skapas en.',
    'verify.webhooks.refused': 'Mottagaren tog inte emot testhändelsen: {reason}',
    'verify.salesmanago.auth': 'SALESmanago godtog inte detta klient-ID och denna API-hemlighet.',
    'verify.salesmanago.ownerEmail': 'Kontaktägaren är e-postadressen till en SALESmanago-användare.',
    'verify.salesmanago.ownerUnknown': 'Den här adressen är ingen användare i SALESmanago-kontot.',
    'verify.salesmanago.webPushFormCode':
      'Klistra in koden SALESmanago visar för samtyckesformuläret, t.ex. sm(”webPush”, […]);',
    'verify.salesmanago.language': 'Två bokstäver, t.ex. pl eller en.',
    'connector.name.webhooks': 'Utgående webhooks',
    'bcc.reason.unreadable': 'meddelandet är inte ett läsbart mejl',
    'bcc.reason.no_email': 'ingen kundadress: varken Till-raden eller orderdata anger någon',
    'bcc.reason.no_order_number': 'inget ordernummer i ämnet, texten eller orderdata',
    'bcc.reason.already_invited': 'en inbjudan för den här ordern finns redan ({method})',
    'bcc.reason.refused': 'inbjudningskontrollen avvisade det som lästes ur meddelandet: {detail}',
    'connector.section.login': 'Logga in på {platform}',
    'connector.section.panel': 'Inställningar för {platform}',
    'connector.section.tabs': 'Inställningar för {platform}',
    'connector.section.integration': 'Integration',
    'connector.section.modules': 'Moduler',
    'connector.section.export': 'Dataexport',
    'connector.section.settings': 'Inställningar',
    'connector.section.account': 'Kontoinställningar',
    'connector.salesmanago.apiKeyNote':
      'API-nyckel: inget att klistra in. SALESmanago tar vilken slumpmässig text som helst där, så Trustloop skapar en ny för varje anrop och signerar den med din API-hemlighet.',
    'connector.salesmanago.integration.intro':
      'Språket SALESmanago får för kontakterna Trustloop skickar. Logotyp och färger för SALESmanagos egna moduler ställs in i SALESmanago (inget API tar emot dem); dina Trustloop-mejl tar sina från e-postmallarna.',
    'connector.salesmanago.integration.link': 'E-postmallar: logotyp och färger',
    'connector.salesmanago.modules.intro':
      'Popup-fönster och webbpush finns i SALESmanagos spårningskod: slå på dem här och klistra sedan in koden nedan på varje sida i butiken, i slutet av dess body. Kopiera den igen efter varje ändring.',
    'connector.salesmanago.modules.liveChat':
      'Livechatten har ingen knapp här: du ställer in den i SALESmanago, och den visas genom samma spårningskod.',
    'connector.salesmanago.settings.intro':
      'Dessa taggar får varje kontakt som Trustloop skickar till SALESmanago.',
    'connector.salesmanago.account.intro':
      'SALESmanago → Inställningar → Integration → Callbacks: klistra in varje adress i sitt fält, så att en kontakts opt-in eller opt-out i SALESmanago når Trustloop.',
    'connector.salesmanago.export.intro':
      'Steg 1: skicka kontakterna (opt-in, opt-out eller båda, de som tillkom i ett datumintervall, med extra taggar). Steg 2: när de finns i SALESmanago, skicka tidigare betalda beställningar som köp.',
    'setup.monitoringCode': 'Spårningskod',
    'export.purchases':
      '{sent, plural, one {# tidigare beställning skickad} other {# tidigare beställningar skickade}} som köp, {skipped} redan skickade förut (skickas inte igen).',
    'embeds.preview': 'Mejlet som det kommer att visas',
    'embeds.previewFrame': 'Förhandsvisning av kodsnutten i ett mejl',
    'embeds.previewNoReviews': 'Inga omdömen är valda än: mejlet visar inga förrän du väljer dem.',
  },
  de: {
    'verify.credentials.refused':
      '{platform} lehnt diesen Schlüssel ab: Prüfen Sie, ob er vollständig kopiert und noch gültig ist.',
    'verify.platform.unavailable':
      '{platform} kann gerade nicht antworten; versuchen Sie es gleich noch einmal.',
    'verify.klaviyo.keyRefused':
      'Klaviyo hat diesen privaten Schlüssel abgelehnt: Prüfen Sie, ob er vollständig kopiert und nicht widerrufen wurde.',
    'verify.klaviyo.missingAccess':
      'Diesem privaten Schlüssel fehlt der Zugriff {scopes}. Erstellen Sie in Klaviyo einen privaten Schlüssel mit Lesezugriff auf Accounts und Lists und Vollzugriff auf Profiles, Events, Lists und Subscriptions und fügen Sie ihn hier ein.',
    'verify.klaviyo.unavailable':
      'Klaviyo konnte den Schlüssel gerade nicht prüfen (Antwort {status}); versuchen Sie es gleich noch einmal.',
    'verify.klaviyo.publicKeyMismatch':
      'Dieser öffentliche Schlüssel gehört zu einem anderen Klaviyo-Konto als der private Schlüssel.',
    'verify.klaviyo.listGone': 'Diese Liste gibt es in Klaviyo nicht mehr.',
    'verify.klaviyo.listUnavailable':
      'Klaviyo konnte die Liste gerade nicht prüfen (Antwort {status}); versuchen Sie es gleich noch einmal.',
    'verify.ecomail.tagTooLong':
      'Das Tag „{tag}“ hat {length, plural, one {# Zeichen} other {# Zeichen}}; Ecomail nimmt höchstens {limit}.',
    'verify.ecomail.keyRefused':
      'Ecomail hat diesen API-Schlüssel abgelehnt: Kopieren Sie ihn erneut unter Kontoverwaltung → Für Entwickler.',
    'verify.ecomail.listGone': 'Diese Liste gibt es in Ecomail nicht mehr.',
    'verify.ecomail.unavailable':
      'Ecomail konnte den Schlüssel gerade nicht prüfen (Antwort {status}); versuchen Sie es gleich noch einmal.',
    'verify.salesmanago.unreachable': 'SALESmanago war unter dieser Adresse nicht erreichbar ({reason}).',
    'verify.webhooks.secretFormat':
      'Das Signatur-Secret sieht aus wie whsec_ gefolgt von Base64; lassen Sie das Feld leer, um eines erzeugen zu lassen.',
    'verify.webhooks.refused': 'Der Endpunkt hat das Testereignis nicht angenommen: {reason}',
    'verify.salesmanago.auth': 'SALESmanago hat diese Client-ID und dieses API-Secret nicht akzeptiert.',
    'verify.salesmanago.ownerEmail': 'Der Kontaktinhaber ist die E-Mail-Adresse eines SALESmanago-Benutzers.',
    'verify.salesmanago.ownerUnknown': 'Diese E-Mail-Adresse ist kein Benutzer des SALESmanago-Kontos.',
    'verify.salesmanago.webPushFormCode':
      'Fügen Sie den Code ein, den SALESmanago für das Einwilligungsformular zeigt, z. B. sm(„webPush“, […]);',
    'verify.salesmanago.language': 'Zwei Buchstaben, z. B. pl oder en.',
    'connector.name.webhooks': 'Ausgehende Webhooks',
    'bcc.reason.unreadable': 'die Nachricht ist keine lesbare E-Mail',
    'bcc.reason.no_email':
      'keine Kunden-E-Mail-Adresse: weder die An-Zeile noch die Bestelldaten nennen eine',
    'bcc.reason.no_order_number': 'keine Bestellnummer in Betreff, Text oder Bestelldaten',
    'bcc.reason.already_invited': 'für diese Bestellung gibt es bereits eine Einladung ({method})',
    'bcc.reason.refused':
      'die Einladungsprüfung hat die aus der Nachricht gelesenen Daten abgelehnt: {detail}',
    'connector.section.login': 'Bei {platform} anmelden',
    'connector.section.panel': 'Ihre {platform}-Einstellungen',
    'connector.section.tabs': '{platform}-Einstellungen',
    'connector.section.integration': 'Integration',
    'connector.section.modules': 'Module',
    'connector.section.export': 'Datenexport',
    'connector.section.settings': 'Einstellungen',
    'connector.section.account': 'Kontoeinstellungen',
    'connector.salesmanago.apiKeyNote':
      'API-Schlüssel: nichts einzufügen. SALESmanago nimmt dort beliebigen Zufallstext an, daher erzeugt Trustloop für jeden Aufruf einen neuen und signiert ihn mit Ihrem API-Secret.',
    'connector.salesmanago.integration.intro':
      'Die Sprache, die SALESmanago für die von Trustloop gesendeten Kontakte erhält. Logo und Farben der SALESmanago-Module werden in SALESmanago eingestellt (keine API nimmt sie an); Ihre Trustloop-E-Mails nehmen ihre aus den E-Mail-Vorlagen.',
    'connector.salesmanago.integration.link': 'E-Mail-Vorlagen: Logo und Farben',
    'connector.salesmanago.modules.intro':
      'Pop-ups und Web-Push stecken im Monitoring-Code von SALESmanago: Schalten Sie sie hier ein und fügen Sie den Code unten in jede Seite Ihres Shops am Ende des body-Bereichs ein. Kopieren Sie ihn nach jeder Änderung erneut.',
    'connector.salesmanago.modules.liveChat':
      'Der Live-Chat hat hier keinen Schalter: Sie richten ihn in SALESmanago ein, und er erscheint über denselben Monitoring-Code.',
    'connector.salesmanago.settings.intro':
      'Diese Tags erhält jeder Kontakt, den Trustloop an SALESmanago sendet.',
    'connector.salesmanago.account.intro':
      'SALESmanago → Einstellungen → Integration → Callbacks: Fügen Sie jede Adresse in ihr Feld ein, damit ein Opt-in oder Opt-out eines Kontakts in SALESmanago Trustloop erreicht.',
    'connector.salesmanago.export.intro':
      'Schritt 1: Senden Sie Ihre Kontakte (Opt-in, Opt-out oder beide, in einem Zeitraum gewonnen, mit zusätzlichen Tags). Schritt 2: Sobald sie in SALESmanago sind, senden Sie frühere bezahlte Bestellungen als Käufe.',
    'setup.monitoringCode': 'Monitoring-Code',
    'export.purchases':
      '{sent, plural, one {# frühere Bestellung} other {# frühere Bestellungen}} als Käufe gesendet, {skipped} bereits früher gesendet (nicht erneut gesendet).',
    'embeds.preview': 'Die E-Mail, wie sie sie zeigen wird',
    'embeds.previewFrame': 'Vorschau des Snippets in einer E-Mail',
    'embeds.previewNoReviews':
      'Noch keine Bewertungen gewählt: Die E-Mail zeigt keine, bis Sie welche wählen.',
  },
});
