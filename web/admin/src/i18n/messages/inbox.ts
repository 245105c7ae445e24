import { section } from './section';

/** The invitation pages under integrations: the BCC address and business-generated link keys. */
export const inbox = section({
  en: {
    'integrations.invitations': 'Review invitations from your shop',
    'bcc.name': 'BCC address',
    'bcc.summary': 'Add an address as a BCC of your order confirmations: each one invites the customer once.',
    'bcc.title': 'BCC address for {channel}',
    'bcc.step.address': 'Add this address as a BCC of your order-confirmation emails',
    'bcc.intro':
      'In your shop’s email settings, add this address as a BCC (a blind copy) of every order confirmation. Trustloop reads the customer, the order number and the language from each confirmation and invites the customer once.',
    'bcc.address': 'BCC address',
    'bcc.bccOnly': 'Only as BCC: an address in To or Cc would show it to your customers.',
    'bcc.step.received': 'Received mails',
    'bcc.emptyTitle': 'Nothing received yet',
    'bcc.emptyText': 'Send a test order through your shop: its confirmation appears here within a minute.',
    'bcc.receivedAt': 'Received',
    'bcc.subject': 'Subject',
    'bcc.recipient': 'Customer',
    'bcc.order': 'Order',
    'bcc.outcome': 'Outcome',
    'bcc.status.scheduled': 'Invitation scheduled',
    'bcc.status.duplicate': 'Already invited (nothing new)',
    'bcc.status.unparsed': 'Could not be read',
    'linkKeys.name': 'Business-generated links',
    'linkKeys.summary':
      'Your shop builds each customer’s review link itself with two keys, without sending Trustloop any data in advance.',
    'linkKeys.title': 'Business-generated links for {channel}',
    'linkKeys.intro':
      'Your shop encrypts the customer’s email, name and order number into the link with these keys; Trustloop learns who it is only when the customer clicks. docs/invitation-links.md shows the code in a few languages.',
    'linkKeys.step.keys': 'Keys for your shop',
    'linkKeys.encryptKey': 'Encrypt key (AES-256)',
    'linkKeys.authKey': 'Auth key (HMAC-SHA256)',
    'linkKeys.secretHint':
      'Keep both keys on your shop’s server, like a password: anyone who has them can make links for your channel.',
    'linkKeys.step.template': 'Link template',
    'linkKeys.templateIntro': 'Append the URL-encoded payload to this address to make a customer’s link.',
    'linkKeys.template': 'Link template',
    'linkKeys.payload':
      'The payload is base64(IV ‖ AES-256-CBC ciphertext ‖ HMAC-SHA256) of the JSON object with email, name and ref.',
    'linkKeys.rotate': 'Replace the link keys',
    'linkKeys.rotateWhen': 'Replace them if they may have leaked.',
    'linkKeys.rotateTitle': 'Replace the link keys?',
    'linkKeys.rotateText':
      'Links built with the current keys stop opening at once. Put the new keys into your shop right after.',
    'linkKeys.rotated': 'New keys are in place: update your shop now.',
  },
  pl: {
    'integrations.invitations': 'Zaproszenia do opinii z Twojego sklepu',
    'bcc.name': 'Adres BCC',
    'bcc.summary': 'Dodaj adres jako UDW (BCC) potwierdzeń zamówień: każde z nich raz zaprasza klienta.',
    'bcc.title': 'Adres BCC dla {channel}',
    'bcc.step.address': 'Dodaj ten adres jako UDW (BCC) e-maili potwierdzających zamówienie',
    'bcc.intro':
      'W ustawieniach e-maili sklepu dodaj ten adres jako UDW (ukrytą kopię) każdego potwierdzenia zamówienia. Trustloop odczyta z potwierdzenia klienta, numer zamówienia i język, i raz zaprosi klienta.',
    'bcc.address': 'Adres BCC',
    'bcc.bccOnly': 'Tylko jako UDW: adres w polu Do lub DW zobaczyliby Twoi klienci.',
    'bcc.step.received': 'Odebrane e-maile',
    'bcc.emptyTitle': 'Jeszcze nic nie odebrano',
    'bcc.emptyText': 'Złóż testowe zamówienie w sklepie: jego potwierdzenie pojawi się tu w ciągu minuty.',
    'bcc.receivedAt': 'Odebrano',
    'bcc.subject': 'Temat',
    'bcc.recipient': 'Klient',
    'bcc.order': 'Zamówienie',
    'bcc.outcome': 'Wynik',
    'bcc.status.scheduled': 'Zaproszenie zaplanowane',
    'bcc.status.duplicate': 'Już zaproszono (nic nowego)',
    'bcc.status.unparsed': 'Nie udało się odczytać',
    'linkKeys.name': 'Linki generowane przez sklep',
    'linkKeys.summary':
      'Twój sklep sam buduje link do opinii dla każdego klienta za pomocą dwóch kluczy, bez wcześniejszego wysyłania danych do Trustloop.',
    'linkKeys.title': 'Linki generowane przez sklep dla {channel}',
    'linkKeys.intro':
      'Twój sklep szyfruje tymi kluczami e-mail, imię i numer zamówienia klienta w linku; Trustloop dowiaduje się, kto to jest, dopiero gdy klient kliknie. docs/invitation-links.md pokazuje kod w kilku językach.',
    'linkKeys.step.keys': 'Klucze dla Twojego sklepu',
    'linkKeys.encryptKey': 'Klucz szyfrujący (AES-256)',
    'linkKeys.authKey': 'Klucz uwierzytelniający (HMAC-SHA256)',
    'linkKeys.secretHint':
      'Przechowuj oba klucze na serwerze sklepu jak hasło: każdy, kto je ma, może tworzyć linki dla Twojego kanału.',
    'linkKeys.step.template': 'Szablon linku',
    'linkKeys.templateIntro': 'Dołącz do tego adresu zakodowany w URL ładunek, aby utworzyć link klienta.',
    'linkKeys.template': 'Szablon linku',
    'linkKeys.payload':
      'Ładunek to base64(IV ‖ szyfrogram AES-256-CBC ‖ HMAC-SHA256) z obiektu JSON z polami email, name i ref.',
    'linkKeys.rotate': 'Wymień klucze linków',
    'linkKeys.rotateWhen': 'Wymień je, jeśli mogły wyciec.',
    'linkKeys.rotateTitle': 'Wymienić klucze linków?',
    'linkKeys.rotateText':
      'Linki zbudowane obecnymi kluczami natychmiast przestaną się otwierać. Zaraz potem wpisz nowe klucze w sklepie.',
    'linkKeys.rotated': 'Nowe klucze działają: zaktualizuj teraz sklep.',
  },
  cs: {
    'integrations.invitations': 'Pozvánky k hodnocení z vašeho obchodu',
    'bcc.name': 'Adresa BCC',
    'bcc.summary': 'Přidejte adresu jako skrytou kopii potvrzení objednávek: každé jednou pozve zákazníka.',
    'bcc.title': 'Adresa BCC pro {channel}',
    'bcc.step.address': 'Přidejte tuto adresu jako skrytou kopii (BCC) e-mailů s potvrzením objednávky',
    'bcc.intro':
      'V nastavení e-mailů obchodu přidejte tuto adresu jako skrytou kopii každého potvrzení objednávky. Trustloop z potvrzení přečte zákazníka, číslo objednávky a jazyk a jednou zákazníka pozve.',
    'bcc.address': 'Adresa BCC',
    'bcc.bccOnly': 'Jen jako skrytou kopii: adresu v poli Komu nebo Kopie by viděli vaši zákazníci.',
    'bcc.step.received': 'Přijaté e-maily',
    'bcc.emptyTitle': 'Zatím nic nepřišlo',
    'bcc.emptyText': 'Udělejte v obchodě testovací objednávku: její potvrzení se tu objeví do minuty.',
    'bcc.receivedAt': 'Přijato',
    'bcc.subject': 'Předmět',
    'bcc.recipient': 'Zákazník',
    'bcc.order': 'Objednávka',
    'bcc.outcome': 'Výsledek',
    'bcc.status.scheduled': 'Pozvánka naplánována',
    'bcc.status.duplicate': 'Už pozván (nic nového)',
    'bcc.status.unparsed': 'Nelze přečíst',
    'linkKeys.name': 'Odkazy generované obchodem',
    'linkKeys.summary':
      'Váš obchod si odkaz k hodnocení pro každého zákazníka sestaví sám pomocí dvou klíčů, bez předchozího posílání dat do Trustloopu.',
    'linkKeys.title': 'Odkazy generované obchodem pro {channel}',
    'linkKeys.intro':
      'Váš obchod těmito klíči zašifruje do odkazu e-mail, jméno a číslo objednávky zákazníka; Trustloop se dozví, o koho jde, až když zákazník klikne. docs/invitation-links.md ukazuje kód v několika jazycích.',
    'linkKeys.step.keys': 'Klíče pro váš obchod',
    'linkKeys.encryptKey': 'Šifrovací klíč (AES-256)',
    'linkKeys.authKey': 'Ověřovací klíč (HMAC-SHA256)',
    'linkKeys.secretHint':
      'Oba klíče držte na serveru obchodu jako heslo: kdo je má, může vytvářet odkazy pro váš kanál.',
    'linkKeys.step.template': 'Šablona odkazu',
    'linkKeys.templateIntro':
      'K této adrese připojte zakódovaný obsah (URL-encoded) a vznikne odkaz zákazníka.',
    'linkKeys.template': 'Šablona odkazu',
    'linkKeys.payload':
      'Obsah je base64(IV ‖ šifrový text AES-256-CBC ‖ HMAC-SHA256) z objektu JSON s poli email, name a ref.',
    'linkKeys.rotate': 'Vyměnit klíče odkazů',
    'linkKeys.rotateWhen': 'Vyměňte je, pokud mohly uniknout.',
    'linkKeys.rotateTitle': 'Vyměnit klíče odkazů?',
    'linkKeys.rotateText':
      'Odkazy vytvořené současnými klíči se okamžitě přestanou otevírat. Hned poté vložte nové klíče do obchodu.',
    'linkKeys.rotated': 'Nové klíče platí: aktualizujte teď obchod.',
  },
  sv: {
    'integrations.invitations': 'Inbjudningar till omdömen från din butik',
    'bcc.name': 'BCC-adress',
    'bcc.summary':
      'Lägg till en adress som hemlig kopia av dina orderbekräftelser: varje bekräftelse bjuder in kunden en gång.',
    'bcc.title': 'BCC-adress för {channel}',
    'bcc.step.address': 'Lägg till adressen som hemlig kopia (BCC) av orderbekräftelserna',
    'bcc.intro':
      'Lägg i butikens e-postinställningar till adressen som hemlig kopia av varje orderbekräftelse. Trustloop läser kunden, ordernumret och språket ur bekräftelsen och bjuder in kunden en gång.',
    'bcc.address': 'BCC-adress',
    'bcc.bccOnly': 'Bara som hemlig kopia: en adress i Till eller Kopia skulle synas för dina kunder.',
    'bcc.step.received': 'Mottagna mejl',
    'bcc.emptyTitle': 'Inget mottaget än',
    'bcc.emptyText': 'Gör en testorder i butiken: bekräftelsen visas här inom en minut.',
    'bcc.receivedAt': 'Mottaget',
    'bcc.subject': 'Ämne',
    'bcc.recipient': 'Kund',
    'bcc.order': 'Order',
    'bcc.outcome': 'Resultat',
    'bcc.status.scheduled': 'Inbjudan schemalagd',
    'bcc.status.duplicate': 'Redan inbjuden (inget nytt)',
    'bcc.status.unparsed': 'Kunde inte läsas',
    'linkKeys.name': 'Butiksgenererade länkar',
    'linkKeys.summary':
      'Din butik bygger själv varje kunds omdömeslänk med två nycklar, utan att skicka data till Trustloop i förväg.',
    'linkKeys.title': 'Butiksgenererade länkar för {channel}',
    'linkKeys.intro':
      'Din butik krypterar kundens e-post, namn och ordernummer i länken med de här nycklarna; Trustloop får veta vem det är först när kunden klickar. docs/invitation-links.md visar koden i några språk.',
    'linkKeys.step.keys': 'Nycklar för din butik',
    'linkKeys.encryptKey': 'Krypteringsnyckel (AES-256)',
    'linkKeys.authKey': 'Autentiseringsnyckel (HMAC-SHA256)',
    'linkKeys.secretHint':
      'Förvara båda nycklarna på butikens server som ett lösenord: den som har dem kan skapa länkar för din kanal.',
    'linkKeys.step.template': 'Länkmall',
    'linkKeys.templateIntro':
      'Lägg till den URL-kodade nyttolasten efter adressen för att skapa en kunds länk.',
    'linkKeys.template': 'Länkmall',
    'linkKeys.payload':
      'Nyttolasten är base64(IV ‖ AES-256-CBC-chiffertext ‖ HMAC-SHA256) av JSON-objektet med email, name och ref.',
    'linkKeys.rotate': 'Byt länknycklarna',
    'linkKeys.rotateWhen': 'Byt dem om de kan ha läckt.',
    'linkKeys.rotateTitle': 'Byta länknycklarna?',
    'linkKeys.rotateText':
      'Länkar byggda med de nuvarande nycklarna slutar genast att öppnas. Lägg in de nya nycklarna i butiken direkt efteråt.',
    'linkKeys.rotated': 'De nya nycklarna gäller: uppdatera butiken nu.',
  },
  de: {
    'integrations.invitations': 'Bewertungseinladungen aus Ihrem Shop',
    'bcc.name': 'BCC-Adresse',
    'bcc.summary':
      'Fügen Sie eine Adresse als BCC Ihrer Bestellbestätigungen hinzu: Jede lädt den Kunden einmal ein.',
    'bcc.title': 'BCC-Adresse für {channel}',
    'bcc.step.address': 'Diese Adresse als BCC der Bestellbestätigungs-E-Mails hinzufügen',
    'bcc.intro':
      'Fügen Sie in den E-Mail-Einstellungen Ihres Shops diese Adresse als BCC (Blindkopie) jeder Bestellbestätigung hinzu. Trustloop liest aus jeder Bestätigung den Kunden, die Bestellnummer und die Sprache und lädt den Kunden einmal ein.',
    'bcc.address': 'BCC-Adresse',
    'bcc.bccOnly': 'Nur als BCC: Eine Adresse in An oder Cc würden Ihre Kunden sehen.',
    'bcc.step.received': 'Empfangene E-Mails',
    'bcc.emptyTitle': 'Noch nichts empfangen',
    'bcc.emptyText':
      'Geben Sie eine Testbestellung in Ihrem Shop auf: Ihre Bestätigung erscheint hier innerhalb einer Minute.',
    'bcc.receivedAt': 'Empfangen',
    'bcc.subject': 'Betreff',
    'bcc.recipient': 'Kunde',
    'bcc.order': 'Bestellung',
    'bcc.outcome': 'Ergebnis',
    'bcc.status.scheduled': 'Einladung geplant',
    'bcc.status.duplicate': 'Bereits eingeladen (nichts Neues)',
    'bcc.status.unparsed': 'Nicht lesbar',
    'linkKeys.name': 'Vom Shop erzeugte Links',
    'linkKeys.summary':
      'Ihr Shop erzeugt den Bewertungslink jedes Kunden selbst mit zwei Schlüsseln, ohne Trustloop vorab Daten zu senden.',
    'linkKeys.title': 'Vom Shop erzeugte Links für {channel}',
    'linkKeys.intro':
      'Ihr Shop verschlüsselt mit diesen Schlüsseln E-Mail, Name und Bestellnummer des Kunden in den Link; Trustloop erfährt erst beim Klick, wer es ist. docs/invitation-links.md zeigt den Code in einigen Sprachen.',
    'linkKeys.step.keys': 'Schlüssel für Ihren Shop',
    'linkKeys.encryptKey': 'Verschlüsselungsschlüssel (AES-256)',
    'linkKeys.authKey': 'Authentifizierungsschlüssel (HMAC-SHA256)',
    'linkKeys.secretHint':
      'Bewahren Sie beide Schlüssel wie ein Passwort auf dem Server Ihres Shops auf: Wer sie hat, kann Links für Ihren Kanal erzeugen.',
    'linkKeys.step.template': 'Link-Vorlage',
    'linkKeys.templateIntro':
      'Hängen Sie die URL-codierte Nutzlast an diese Adresse an, um den Link eines Kunden zu erzeugen.',
    'linkKeys.template': 'Link-Vorlage',
    'linkKeys.payload':
      'Die Nutzlast ist base64(IV ‖ AES-256-CBC-Chiffretext ‖ HMAC-SHA256) des JSON-Objekts mit email, name und ref.',
    'linkKeys.rotate': 'Link-Schlüssel ersetzen',
    'linkKeys.rotateWhen': 'Ersetzen Sie sie, falls sie bekannt geworden sein könnten.',
    'linkKeys.rotateTitle': 'Link-Schlüssel ersetzen?',
    'linkKeys.rotateText':
      'Mit den aktuellen Schlüsseln erzeugte Links öffnen sich sofort nicht mehr. Tragen Sie die neuen Schlüssel gleich danach in Ihrem Shop ein.',
    'linkKeys.rotated': 'Die neuen Schlüssel gelten: Aktualisieren Sie jetzt Ihren Shop.',
  },
});
