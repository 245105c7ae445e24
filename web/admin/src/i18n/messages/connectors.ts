import { section } from './section.js';

/**
 * The connectors' setting labels and hints (`connector.<id>.<key>` and `….description`), for
 * every setting of every connector's descriptor; the settings form falls back to the descriptor's
 * English only for a setting added later.
 */
export const connectors = section({
  en: {
    'connector.klaviyo.publicKey': 'Public API key (site ID)',
    'connector.klaviyo.publicKey.description':
      'Klaviyo → Settings → Account → API keys: the 6-character public key.',
    'connector.klaviyo.privateKey': 'Private API key',
    'connector.klaviyo.privateKey.description':
      'Klaviyo → Settings → API keys → Create private API key (Custom): Accounts and Lists read; Profiles, Events, Lists and Subscriptions full access.',
    'connector.klaviyo.listId': 'Newsletter list ID',
    'connector.klaviyo.listId.description':
      'Newsletter consent is mirrored to this list (Klaviyo → Lists & segments → the list → Settings → List ID).',
    'connector.klaviyo.questionnaireLinkProperty': 'Profile property for the questionnaire link',
    'connector.klaviyo.questionnaireLinkProperty.description':
      'Trustloop writes each invitation’s link into this profile property; the flow’s email uses it as the button URL.',
    'connector.klaviyo.baseUrl': 'API address',
    'connector.klaviyo.baseUrl.description': 'Leave as it is; only a test setup points it elsewhere.',
    'connector.ecomail.apiKey': 'API key',
    'connector.ecomail.apiKey.description': 'Ecomail → Manage account → For developers.',
    'connector.ecomail.listId': 'Contact list',
    'connector.ecomail.listId.description':
      'Customers are synced into this list. If the one you want is missing, create it in Ecomail first.',
    'connector.ecomail.eventCategory': 'Event category',
    'connector.ecomail.eventCategory.description':
      'The Category of the events for Ecomail automations (action change; label credit, expiry or pin). A shop moving from Ellity keeps its automations with ellity.',
    'connector.ecomail.defaultTags': 'Default tags',
    'connector.ecomail.defaultTags.description':
      'Given to the contacts Trustloop adds to the list; contacts already there keep their own tags.',
    'connector.ecomail.fieldPrefix': 'Custom field prefix',
    'connector.ecomail.fieldPrefix.description':
      'Starts the merge key of every field Trustloop fills; ellity_ keeps the fields of a shop moving from Ellity.',
    'connector.ecomail.baseUrl': 'API address',
    'connector.ecomail.baseUrl.description': 'Leave as it is; only a test setup points it elsewhere.',
    'connector.salesmanago.clientId': 'Client ID',
    'connector.salesmanago.clientId.description': 'SALESmanago → Settings → Integrations → API access.',
    'connector.salesmanago.apiSecret': 'API secret',
    'connector.salesmanago.apiSecret.description':
      'On the same page as the client ID (API access); kept encrypted and never shown again.',
    'connector.salesmanago.endpoint': 'Endpoint',
    'connector.salesmanago.endpoint.description':
      'Your account’s instance, from API access, e.g. https://app3.salesmanago.pl',
    'connector.salesmanago.owner': 'Contact owner email',
    'connector.salesmanago.owner.description':
      'The SALESmanago user who becomes the owner of the contacts Trustloop sends.',
    'connector.salesmanago.defaultTags': 'Default tags',
    'connector.salesmanago.defaultTags.description': 'Given to every contact sent to SALESmanago.',
    'connector.salesmanago.fetchConsent':
      'Fetch the consent status from SALESmanago when a contact registers',
    'connector.salesmanago.fetchConsent.description':
      'A contact who already holds opt-in in SALESmanago stays opted in when they register without ticking the newsletter box; a shop opt-out within 15 minutes of registration is not sent, a later one is.',
    'connector.salesmanago.webPushFormCode': 'Web push consent form code',
    'connector.salesmanago.webPushFormCode.description':
      'SALESmanago → Web push → your consent form’s code, as SALESmanago shows it; it goes into the monitoring code.',
    'connector.salesmanago.language': 'Contact language',
    'connector.salesmanago.language.description':
      'Two letters (pl, en, cs…): the language SALESmanago gets for a contact when Trustloop does not know the contact’s own.',
    'connector.salesmanago.popUps': 'Pop-ups',
    'connector.salesmanago.popUps.description':
      'Shows the pop-ups you create in SALESmanago on your shop: adds them to the monitoring code below.',
    'connector.webhooks.url': 'Endpoint URL',
    'connector.webhooks.url.description':
      'Where Trustloop posts each event (https), signed as Standard Webhooks.',
    'connector.webhooks.secret': 'Signing secret (whsec_…)',
    'connector.webhooks.secret.description':
      'Leave empty to have one generated; it is shown in the next step.',
  },
  pl: {
    'connector.klaviyo.publicKey': 'Publiczny klucz API (site ID)',
    'connector.klaviyo.publicKey.description':
      'Klaviyo → Settings → Account → API keys: 6-znakowy klucz publiczny.',
    'connector.klaviyo.privateKey': 'Prywatny klucz API',
    'connector.klaviyo.privateKey.description':
      'Klaviyo → Settings → API keys → Create private API key (Custom): Accounts i Lists do odczytu; Profiles, Events, Lists i Subscriptions z pełnym dostępem.',
    'connector.klaviyo.listId': 'ID listy newslettera',
    'connector.klaviyo.listId.description':
      'Zgody na newsletter są odzwierciedlane na tej liście (Klaviyo → Lists & segments → lista → Settings → List ID).',
    'connector.klaviyo.questionnaireLinkProperty': 'Właściwość profilu z linkiem do ankiety',
    'connector.klaviyo.questionnaireLinkProperty.description':
      'Trustloop zapisuje link każdego zaproszenia w tej właściwości profilu; e-mail w flow używa go jako adresu przycisku.',
    'connector.klaviyo.baseUrl': 'Adres API',
    'connector.klaviyo.baseUrl.description': 'Zostaw bez zmian; zmienia się go tylko w środowisku testowym.',
    'connector.ecomail.apiKey': 'Klucz API',
    'connector.ecomail.apiKey.description': 'Ecomail → Zarządzanie kontem → Dla programistów.',
    'connector.ecomail.listId': 'Lista kontaktów',
    'connector.ecomail.listId.description':
      'Klienci są synchronizowani do tej listy. Jeśli brakuje właściwej, najpierw utwórz ją w Ecomailu.',
    'connector.ecomail.eventCategory': 'Kategoria zdarzeń',
    'connector.ecomail.eventCategory.description':
      'Kategoria zdarzeń dla automatyzacji Ecomaila (akcja change; etykieta credit, expiry lub pin). Sklep przechodzący z Ellity zachowa swoje automatyzacje z wartością ellity.',
    'connector.ecomail.defaultTags': 'Domyślne tagi',
    'connector.ecomail.defaultTags.description':
      'Nadawane kontaktom, które Trustloop dodaje do listy; kontakty, które już na niej są, zachowują swoje tagi.',
    'connector.ecomail.fieldPrefix': 'Prefiks pól własnych',
    'connector.ecomail.fieldPrefix.description':
      'Początek klucza każdego pola wypełnianego przez Trustloop; ellity_ zachowuje pola sklepu przechodzącego z Ellity.',
    'connector.ecomail.baseUrl': 'Adres API',
    'connector.ecomail.baseUrl.description': 'Zostaw bez zmian; zmienia się go tylko w środowisku testowym.',
    'connector.salesmanago.clientId': 'ID klienta',
    'connector.salesmanago.clientId.description': 'SALESmanago → Ustawienia → Integracje → Dostęp do API.',
    'connector.salesmanago.apiSecret': 'Sekret API',
    'connector.salesmanago.apiSecret.description':
      'Na tej samej stronie co ID klienta (Dostęp do API); przechowywany zaszyfrowany i nigdy więcej nie pokazywany.',
    'connector.salesmanago.endpoint': 'Endpoint',
    'connector.salesmanago.endpoint.description':
      'Instancja Twojego konta z Dostępu do API, np. https://app3.salesmanago.pl',
    'connector.salesmanago.owner': 'E-mail właściciela kontaktu',
    'connector.salesmanago.owner.description':
      'Użytkownik SALESmanago, który zostanie właścicielem kontaktów przesyłanych przez Trustloop.',
    'connector.salesmanago.defaultTags': 'Domyślne tagi',
    'connector.salesmanago.defaultTags.description':
      'Nadawane każdemu kontaktowi przesyłanemu do SALESmanago.',
    'connector.salesmanago.fetchConsent': 'Pobieraj status zgody z SALESmanago przy rejestracji kontaktu',
    'connector.salesmanago.fetchConsent.description':
      'Kontakt, który ma już opt-in w SALESmanago, pozostaje zapisany, gdy rejestruje się bez zaznaczenia newslettera; opt-out w sklepie w ciągu 15 minut od rejestracji nie jest przesyłany, późniejszy jest.',
    'connector.salesmanago.webPushFormCode': 'Kod formularza zgody Web Push',
    'connector.salesmanago.webPushFormCode.description':
      'Kod wygenerowany przez SALESmanago dla formularza zgody powiadomień Web Push.',
    'connector.salesmanago.language': 'Język kontaktów',
    'connector.salesmanago.language.description':
      'Dwie litery (pl, en, cs…): język, który SALESmanago otrzymuje dla kontaktu, gdy Trustloop nie zna jego własnego.',
    'connector.salesmanago.popUps': 'Pop-upy',
    'connector.salesmanago.popUps.description':
      'Wyświetla w sklepie pop-upy utworzone w SALESmanago: dodaje je do kodu monitorującego poniżej.',
    'connector.webhooks.url': 'Adres URL punktu końcowego',
    'connector.webhooks.url.description':
      'Tu Trustloop wysyła każde zdarzenie (https), podpisane zgodnie ze Standard Webhooks.',
    'connector.webhooks.secret': 'Sekret podpisu (whsec_…)',
    'connector.webhooks.secret.description':
      'Zostaw puste, aby został wygenerowany; pokażemy go w następnym kroku.',
  },
  cs: {
    'connector.klaviyo.publicKey': 'Veřejný API klíč (site ID)',
    'connector.klaviyo.publicKey.description':
      'Klaviyo → Settings → Account → API keys: šestiznakový veřejný klíč.',
    'connector.klaviyo.privateKey': 'Soukromý API klíč',
    'connector.klaviyo.privateKey.description':
      'Klaviyo → Settings → API keys → Create private API key (Custom): Accounts a Lists pro čtení; Profiles, Events, Lists a Subscriptions s plným přístupem.',
    'connector.klaviyo.listId': 'ID seznamu pro newsletter',
    'connector.klaviyo.listId.description':
      'Souhlasy s newsletterem se promítají do tohoto seznamu (Klaviyo → Lists & segments → seznam → Settings → List ID).',
    'connector.klaviyo.questionnaireLinkProperty': 'Vlastnost profilu s odkazem na dotazník',
    'connector.klaviyo.questionnaireLinkProperty.description':
      'Trustloop zapisuje odkaz každé pozvánky do této vlastnosti profilu; e-mail ve flow jej použije jako adresu tlačítka.',
    'connector.klaviyo.baseUrl': 'Adresa API',
    'connector.klaviyo.baseUrl.description': 'Ponechte beze změny; mění se jen v testovacím prostředí.',
    'connector.ecomail.apiKey': 'API klíč',
    'connector.ecomail.apiKey.description': 'Ecomail → Správa účtu → Pro vývojáře.',
    'connector.ecomail.listId': 'Seznam kontaktů',
    'connector.ecomail.listId.description':
      'Do tohoto seznamu se synchronizují zákazníci. Není-li v nabídce požadovaný, vytvořte jej nejprve v Ecomailu.',
    'connector.ecomail.eventCategory': 'Kategorie událostí',
    'connector.ecomail.eventCategory.description':
      'Kategorie událostí pro automatizace Ecomailu (akce change; štítek credit, expiry nebo pin). Obchod přecházející z Ellity si s hodnotou ellity zachová své automatizace.',
    'connector.ecomail.defaultTags': 'Výchozí štítky',
    'connector.ecomail.defaultTags.description':
      'Dostanou je kontakty, které Trustloop do seznamu přidá; kontakty, které v něm už jsou, si ponechají své štítky.',
    'connector.ecomail.fieldPrefix': 'Prefix vlastních polí',
    'connector.ecomail.fieldPrefix.description':
      'Začátek klíče každého pole, které Trustloop plní; ellity_ zachová pole obchodu přecházejícího z Ellity.',
    'connector.ecomail.baseUrl': 'Adresa API',
    'connector.ecomail.baseUrl.description': 'Ponechte beze změny; mění se jen v testovacím prostředí.',
    'connector.salesmanago.clientId': 'ID klienta',
    'connector.salesmanago.clientId.description': 'SALESmanago → Nastavení → Integrace → Přístup k API.',
    'connector.salesmanago.apiSecret': 'Tajný klíč API',
    'connector.salesmanago.apiSecret.description':
      'Na stejné stránce jako ID klienta (Přístup k API); uložen šifrovaně a už nikdy nezobrazen.',
    'connector.salesmanago.endpoint': 'Endpoint',
    'connector.salesmanago.endpoint.description':
      'Instance vašeho účtu z Přístupu k API, např. https://app3.salesmanago.pl',
    'connector.salesmanago.owner': 'E-mail vlastníka kontaktů',
    'connector.salesmanago.owner.description':
      'Uživatel SALESmanago, který se stane vlastníkem kontaktů odeslaných z Trustloopu.',
    'connector.salesmanago.defaultTags': 'Výchozí štítky',
    'connector.salesmanago.defaultTags.description': 'Dostane je každý kontakt odeslaný do SALESmanago.',
    'connector.salesmanago.fetchConsent': 'Načítat stav souhlasu ze SALESmanago při registraci kontaktu',
    'connector.salesmanago.fetchConsent.description':
      'Kontakt, který už má v SALESmanago opt-in, zůstane přihlášen, i když se zaregistruje bez zaškrtnutí newsletteru; odhlášení v obchodě do 15 minut od registrace se neodešle, pozdější ano.',
    'connector.salesmanago.webPushFormCode': 'Kód formuláře souhlasu Web Push',
    'connector.salesmanago.webPushFormCode.description':
      'Kód, který SALESmanago vygeneroval pro formulář souhlasu s notifikacemi Web Push.',
    'connector.salesmanago.language': 'Jazyk kontaktů',
    'connector.salesmanago.language.description':
      'Dvě písmena (pl, en, cs…): jazyk, který SALESmanago dostane pro kontakt, když Trustloop nezná jeho vlastní.',
    'connector.salesmanago.popUps': 'Pop-upy',
    'connector.salesmanago.popUps.description':
      'Zobrazí v obchodě pop-upy vytvořené v SALESmanago: přidá je do monitorovacího kódu níže.',
    'connector.webhooks.url': 'URL koncového bodu',
    'connector.webhooks.url.description':
      'Sem Trustloop posílá každou událost (https), podepsanou podle Standard Webhooks.',
    'connector.webhooks.secret': 'Podpisový klíč (whsec_…)',
    'connector.webhooks.secret.description': 'Nechte prázdné a vygeneruje se; zobrazí se v dalším kroku.',
  },
  sv: {
    'connector.klaviyo.publicKey': 'Publik API-nyckel (site ID)',
    'connector.klaviyo.publicKey.description':
      'Klaviyo → Settings → Account → API keys: den publika nyckeln på 6 tecken.',
    'connector.klaviyo.privateKey': 'Privat API-nyckel',
    'connector.klaviyo.privateKey.description':
      'Klaviyo → Settings → API keys → Create private API key (Custom): läsbehörighet för Accounts och Lists; full behörighet för Profiles, Events, Lists och Subscriptions.',
    'connector.klaviyo.listId': 'ID för nyhetsbrevslistan',
    'connector.klaviyo.listId.description':
      'Samtycken till nyhetsbrevet speglas till den här listan (Klaviyo → Lists & segments → listan → Settings → List ID).',
    'connector.klaviyo.questionnaireLinkProperty': 'Profilegenskap för länken till enkäten',
    'connector.klaviyo.questionnaireLinkProperty.description':
      'Trustloop skriver varje inbjudans länk till den här profilegenskapen; flödets mejl använder den som knappens adress.',
    'connector.klaviyo.baseUrl': 'API-adress',
    'connector.klaviyo.baseUrl.description':
      'Lämna som den är; bara en testmiljö pekar den någon annanstans.',
    'connector.ecomail.apiKey': 'API-nyckel',
    'connector.ecomail.apiKey.description': 'Ecomail → Kontohantering → För utvecklare.',
    'connector.ecomail.listId': 'Kontaktlista',
    'connector.ecomail.listId.description':
      'Kunderna synkas till den här listan. Saknas den du vill ha, skapa den först i Ecomail.',
    'connector.ecomail.eventCategory': 'Händelsekategori',
    'connector.ecomail.eventCategory.description':
      'Kategorin för händelserna till Ecomails automationer (åtgärd change; etikett credit, expiry eller pin). En butik som flyttar från Ellity behåller sina automationer med ellity.',
    'connector.ecomail.defaultTags': 'Standardtaggar',
    'connector.ecomail.defaultTags.description':
      'Ges till kontakter som Trustloop lägger till i listan; kontakter som redan finns där behåller sina taggar.',
    'connector.ecomail.fieldPrefix': 'Prefix för egna fält',
    'connector.ecomail.fieldPrefix.description':
      'Inleder nyckeln för varje fält som Trustloop fyller; ellity_ behåller fälten för en butik som flyttar från Ellity.',
    'connector.ecomail.baseUrl': 'API-adress',
    'connector.ecomail.baseUrl.description':
      'Lämna som den är; bara en testmiljö pekar den någon annanstans.',
    'connector.salesmanago.clientId': 'Klient-ID',
    'connector.salesmanago.clientId.description':
      'SALESmanago → Inställningar → Integrationer → API-åtkomst.',
    'connector.salesmanago.apiSecret': 'API-hemlighet',
    'connector.salesmanago.apiSecret.description':
      'På samma sida som klient-ID (API-åtkomst); lagras krypterad och visas aldrig igen.',
    'connector.salesmanago.endpoint': 'Endpoint',
    'connector.salesmanago.endpoint.description':
      'Ditt kontos instans, från API-åtkomst, t.ex. https://app3.salesmanago.pl',
    'connector.salesmanago.owner': 'Kontaktägarens e-post',
    'connector.salesmanago.owner.description':
      'Den SALESmanago-användare som blir ägare till kontakterna Trustloop skickar.',
    'connector.salesmanago.defaultTags': 'Standardtaggar',
    'connector.salesmanago.defaultTags.description': 'Ges till varje kontakt som skickas till SALESmanago.',
    'connector.salesmanago.fetchConsent':
      'Hämta samtyckesstatus från SALESmanago när en kontakt registrerar sig',
    'connector.salesmanago.fetchConsent.description':
      'En kontakt som redan har opt-in i SALESmanago förblir prenumerant när den registrerar sig utan att kryssa i nyhetsbrevet; en opt-out i butiken inom 15 minuter efter registreringen skickas inte, en senare gör det.',
    'connector.salesmanago.webPushFormCode': 'Kod för samtyckesformuläret för webbpush',
    'connector.salesmanago.webPushFormCode.description':
      'Koden SALESmanago skapade för samtyckesformuläret till dina webbpushnotiser.',
    'connector.salesmanago.language': 'Kontaktens språk',
    'connector.salesmanago.language.description':
      'Två bokstäver (pl, en, cs…): språket SALESmanago får för en kontakt när Trustloop inte vet kontaktens eget.',
    'connector.salesmanago.popUps': 'Popup-fönster',
    'connector.salesmanago.popUps.description':
      'Visar popup-fönstren du skapar i SALESmanago i din butik: lägger till dem i spårningskoden nedan.',
    'connector.webhooks.url': 'Slutpunktens webbadress',
    'connector.webhooks.url.description':
      'Dit Trustloop skickar varje händelse (https), signerad enligt Standard Webhooks.',
    'connector.webhooks.secret': 'Signeringshemlighet (whsec_…)',
    'connector.webhooks.secret.description': 'Lämna tomt så skapas en; den visas i nästa steg.',
  },
  de: {
    'connector.klaviyo.publicKey': 'Öffentlicher API-Schlüssel (Site-ID)',
    'connector.klaviyo.publicKey.description':
      'Klaviyo → Settings → Account → API keys: der 6-stellige öffentliche Schlüssel.',
    'connector.klaviyo.privateKey': 'Privater API-Schlüssel',
    'connector.klaviyo.privateKey.description':
      'Klaviyo → Settings → API keys → Create private API key (Custom): Accounts und Lists lesen; Profiles, Events, Lists und Subscriptions voller Zugriff.',
    'connector.klaviyo.listId': 'ID der Newsletter-Liste',
    'connector.klaviyo.listId.description':
      'Newsletter-Einwilligungen werden in diese Liste übernommen (Klaviyo → Lists & segments → die Liste → Settings → List ID).',
    'connector.klaviyo.questionnaireLinkProperty': 'Profileigenschaft für den Fragebogen-Link',
    'connector.klaviyo.questionnaireLinkProperty.description':
      'Trustloop schreibt den Link jeder Einladung in diese Profileigenschaft; die E-Mail des Flows nutzt ihn als Button-Adresse.',
    'connector.klaviyo.baseUrl': 'API-Adresse',
    'connector.klaviyo.baseUrl.description': 'Unverändert lassen; nur eine Testumgebung zeigt woanders hin.',
    'connector.ecomail.apiKey': 'API-Schlüssel',
    'connector.ecomail.apiKey.description': 'Ecomail → Kontoverwaltung → Für Entwickler.',
    'connector.ecomail.listId': 'Kontaktliste',
    'connector.ecomail.listId.description':
      'Kunden werden in diese Liste synchronisiert. Fehlt die gewünschte, legen Sie sie zuerst in Ecomail an.',
    'connector.ecomail.eventCategory': 'Ereigniskategorie',
    'connector.ecomail.eventCategory.description':
      'Die Kategorie der Ereignisse für Ecomail-Automationen (Aktion change; Label credit, expiry oder pin). Ein Shop, der von Ellity umzieht, behält mit ellity seine Automationen.',
    'connector.ecomail.defaultTags': 'Standard-Tags',
    'connector.ecomail.defaultTags.description':
      'Erhalten die Kontakte, die Trustloop zur Liste hinzufügt; bereits vorhandene Kontakte behalten ihre Tags.',
    'connector.ecomail.fieldPrefix': 'Präfix der eigenen Felder',
    'connector.ecomail.fieldPrefix.description':
      'Beginn des Schlüssels jedes Feldes, das Trustloop füllt; ellity_ behält die Felder eines Shops, der von Ellity umzieht.',
    'connector.ecomail.baseUrl': 'API-Adresse',
    'connector.ecomail.baseUrl.description': 'Unverändert lassen; nur eine Testumgebung zeigt woanders hin.',
    'connector.salesmanago.clientId': 'Client-ID',
    'connector.salesmanago.clientId.description': 'SALESmanago → Einstellungen → Integrationen → API-Zugang.',
    'connector.salesmanago.apiSecret': 'API-Geheimnis',
    'connector.salesmanago.apiSecret.description':
      'Auf derselben Seite wie die Client-ID (API-Zugang); verschlüsselt gespeichert und nie wieder angezeigt.',
    'connector.salesmanago.endpoint': 'Endpoint',
    'connector.salesmanago.endpoint.description':
      'Die Instanz Ihres Kontos aus dem API-Zugang, z. B. https://app3.salesmanago.pl',
    'connector.salesmanago.owner': 'E-Mail des Kontaktinhabers',
    'connector.salesmanago.owner.description':
      'Der SALESmanago-Benutzer, dem die von Trustloop gesendeten Kontakte gehören.',
    'connector.salesmanago.defaultTags': 'Standard-Tags',
    'connector.salesmanago.defaultTags.description': 'Erhält jeder an SALESmanago gesendete Kontakt.',
    'connector.salesmanago.fetchConsent':
      'Einwilligungsstatus bei der Registrierung eines Kontakts aus SALESmanago abrufen',
    'connector.salesmanago.fetchConsent.description':
      'Ein Kontakt, der in SALESmanago bereits Opt-in hat, bleibt angemeldet, wenn er sich ohne Newsletter-Häkchen registriert; ein Opt-out im Shop innerhalb von 15 Minuten nach der Registrierung wird nicht gesendet, ein späteres schon.',
    'connector.salesmanago.webPushFormCode': 'Code des Web-Push-Einwilligungsformulars',
    'connector.salesmanago.webPushFormCode.description':
      'Der Code, den SALESmanago für das Einwilligungsformular Ihrer Web-Push-Benachrichtigungen erzeugt hat.',
    'connector.salesmanago.language': 'Sprache der Kontakte',
    'connector.salesmanago.language.description':
      'Zwei Buchstaben (pl, en, cs…): die Sprache, die SALESmanago für einen Kontakt erhält, wenn Trustloop dessen eigene nicht kennt.',
    'connector.salesmanago.popUps': 'Pop-ups',
    'connector.salesmanago.popUps.description':
      'Zeigt die in SALESmanago erstellten Pop-ups in Ihrem Shop: fügt sie dem Monitoring-Code unten hinzu.',
    'connector.webhooks.url': 'Endpunkt-URL',
    'connector.webhooks.url.description':
      'Hierhin sendet Trustloop jedes Ereignis (https), signiert nach Standard Webhooks.',
    'connector.webhooks.secret': 'Signaturgeheimnis (whsec_…)',
    'connector.webhooks.secret.description':
      'Leer lassen, um eines erzeugen zu lassen; es wird im nächsten Schritt angezeigt.',
  },
});
