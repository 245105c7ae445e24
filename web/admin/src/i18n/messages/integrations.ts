import { section } from './section';

/**
 * The integration pages' guided steps beyond the settings form: the list picker, the fields to
 * create after activation, the email platform's switches.
 */
export const integrations = section({
  en: {
    'connector.step.fields': 'Create the custom fields in {platform}',
    'connector.step.switches': 'Expiry notices and emails',

    'lists.intro':
      'Enter the API key above, then load your lists and choose the one customers are synced into.',
    'lists.load': 'Load my lists',
    'lists.reload': 'Load the lists again',
    'lists.loading': 'Loading the lists…',
    'lists.choose': 'Choose a list',
    'lists.required': 'Choose a list.',
    'lists.none': 'Your account has no lists yet: create one in the platform, then load the lists again.',
    'lists.option': '{name} ({count, plural, one {# subscriber} other {# subscribers}})',
    'lists.missing': 'List {id} (no longer in your account)',

    'activation.intro':
      'The platform’s API cannot create custom fields. Open the list → Settings → Custom fields and add each field marked “to create” with exactly this merge key and type.',
    'activation.allPresent': 'Every field Trustloop fills exists in the list: nothing to create.',
    'activation.caption': 'Custom fields of the list',
    'activation.key': 'Merge key',
    'activation.type': 'Type',
    'activation.name': 'Suggested name',
    'activation.state': 'In the list',
    'activation.present': 'Exists',
    'activation.create': 'To create',
    'activation.otherType': 'Exists as {actual}: change it to {wanted}',
    'activation.type.string': 'Text (string)',
    'activation.type.int': 'Number (int)',
    'activation.type.date': 'Date (date)',
    'activation.copyAllText': 'All fields to create, one per line (key, type, name):',
    'activation.copyAll': 'Copy all fields to create',
    'activation.checkAgain': 'Check the list again',
    'activation.checking': 'Checking the list…',

    'switches.expiry': 'Points expiry notice',
    'switches.expiryNotify': 'Notify {platform}',
    'switches.expiryOff': 'Do not send',
    'switches.days': 'Days before the points expire',
    'switches.daysInvalid': 'Enter a whole number of days from 1 to {max}.',
    'switches.expiryWhen':
      'Sent once a night for customers whose points expire in that many days (more than 0 points): an event with label expiry, the points and the date.',
    'switches.expiryNever':
      'Points in your loyalty programme do not expire yet; the notice is sent once you set an expiry in the programme.',
    'switches.espSends': '{platform} sends the emails (Trustloop sends none of its own)',
    'switches.espSendsHint':
      'Review invitations are then handed to {platform} as a link in the contact’s fields instead of being mailed by Trustloop, so nobody gets two emails.',
    'switches.save': 'Save notices and emails',
    'connector.step.testEvent': 'Send a test event',
    'testEvent.intro':
      'Trustloop posts one webhook.test event to your endpoint now, signed with the secret above exactly like real deliveries, and shows what the endpoint answered.',
    'testEvent.send': 'Send test event',
    'testEvent.sending': 'Sending…',
    'testEvent.delivered': 'Delivered: the endpoint answered {status}. Message id {id}.',
    'testEvent.refused': 'Not delivered: the endpoint answered {status} ({error}).',
    'testEvent.unreachable': 'Not delivered: {error}',
    'embeds.choosePreview': 'Choose the reviews and see the email as it will show them',
  },
  pl: {
    'connector.step.fields': 'Utwórz pola własne w {platform}',
    'connector.step.switches': 'Powiadomienia o wygasaniu i e-maile',

    'lists.intro':
      'Wpisz powyżej klucz API, wczytaj swoje listy i wybierz tę, do której będą synchronizowani klienci.',
    'lists.load': 'Wczytaj moje listy',
    'lists.reload': 'Wczytaj listy ponownie',
    'lists.loading': 'Wczytywanie list…',
    'lists.choose': 'Wybierz listę',
    'lists.required': 'Wybierz listę.',
    'lists.none': 'Twoje konto nie ma jeszcze list: utwórz listę na platformie i wczytaj listy ponownie.',
    'lists.option': '{name} (subskrybenci: {count, number})',
    'lists.missing': 'Lista {id} (nie ma jej już na koncie)',

    'activation.intro':
      'API platformy nie potrafi tworzyć pól własnych. Otwórz listę → Ustawienia → Pola własne i dodaj każde pole oznaczone „do utworzenia” z dokładnie tym kluczem i typem.',
    'activation.allPresent':
      'Wszystkie pola, które wypełnia Trustloop, są już na liście: nie trzeba niczego tworzyć.',
    'activation.caption': 'Pola własne listy',
    'activation.key': 'Klucz pola',
    'activation.type': 'Typ',
    'activation.name': 'Proponowana nazwa',
    'activation.state': 'Na liście',
    'activation.present': 'Istnieje',
    'activation.create': 'Do utworzenia',
    'activation.otherType': 'Istnieje jako {actual}: zmień na {wanted}',
    'activation.type.string': 'Tekst (string)',
    'activation.type.int': 'Liczba (int)',
    'activation.type.date': 'Data (date)',
    'activation.copyAllText': 'Wszystkie pola do utworzenia, po jednym w wierszu (klucz, typ, nazwa):',
    'activation.copyAll': 'Kopiuj wszystkie pola do utworzenia',
    'activation.checkAgain': 'Sprawdź listę ponownie',
    'activation.checking': 'Sprawdzanie listy…',

    'switches.expiry': 'Powiadomienie o wygasaniu punktów',
    'switches.expiryNotify': 'Powiadamiaj {platform}',
    'switches.expiryOff': 'Nie wysyłaj',
    'switches.days': 'Dni przed wygaśnięciem punktów',
    'switches.daysInvalid': 'Wpisz liczbę całkowitą dni od 1 do {max}.',
    'switches.expiryWhen':
      'Wysyłane raz na noc dla klientów, którym za tyle dni wygasa więcej niż 0 punktów: zdarzenie z etykietą expiry, liczbą punktów i datą.',
    'switches.expiryNever':
      'Punkty w Twoim programie lojalnościowym jeszcze nie wygasają; powiadomienie zacznie działać, gdy ustawisz wygasanie w programie.',
    'switches.espSends': '{platform} wysyła e-maile (Trustloop nie wysyła własnych)',
    'switches.espSendsHint':
      'Zaproszenia do opinii trafiają wtedy do {platform} jako link w polach kontaktu, zamiast być wysyłane przez Trustloop, więc nikt nie dostanie dwóch e-maili.',
    'switches.save': 'Zapisz powiadomienia i e-maile',
    'connector.step.testEvent': 'Wyślij zdarzenie testowe',
    'testEvent.intro':
      'Trustloop wyśle teraz jedno zdarzenie webhook.test na Twój adres, podpisane powyższym sekretem dokładnie tak jak prawdziwe dostawy, i pokaże, co odpowiedział serwer.',
    'testEvent.send': 'Wyślij zdarzenie testowe',
    'testEvent.sending': 'Wysyłanie…',
    'testEvent.delivered': 'Dostarczono: serwer odpowiedział {status}. Id wiadomości {id}.',
    'testEvent.refused': 'Nie dostarczono: serwer odpowiedział {status} ({error}).',
    'testEvent.unreachable': 'Nie dostarczono: {error}',
    'embeds.choosePreview': 'Wybierz opinie i zobacz e-mail tak, jak je pokaże',
  },
  cs: {
    'connector.step.fields': 'Vytvořte vlastní pole v {platform}',
    'connector.step.switches': 'Upozornění na expiraci a e-maily',

    'lists.intro':
      'Vyplňte výše API klíč, načtěte své seznamy a vyberte ten, do kterého se budou zákazníci synchronizovat.',
    'lists.load': 'Načíst mé seznamy',
    'lists.reload': 'Načíst seznamy znovu',
    'lists.loading': 'Načítání seznamů…',
    'lists.choose': 'Vyberte seznam',
    'lists.required': 'Vyberte seznam.',
    'lists.none': 'Váš účet zatím nemá žádný seznam: vytvořte jej na platformě a načtěte seznamy znovu.',
    'lists.option':
      '{name} ({count, plural, one {# odběratel} few {# odběratelé} many {# odběratele} other {# odběratelů}})',
    'lists.missing': 'Seznam {id} (už není ve vašem účtu)',

    'activation.intro':
      'API platformy neumí vytvářet vlastní pole. Otevřete seznam → Nastavení → Vlastní pole a přidejte každé pole označené „vytvořit“ přesně s tímto klíčem a typem.',
    'activation.allPresent': 'Všechna pole, která Trustloop plní, v seznamu existují: není co vytvářet.',
    'activation.caption': 'Vlastní pole seznamu',
    'activation.key': 'Klíč pole',
    'activation.type': 'Typ',
    'activation.name': 'Navrhovaný název',
    'activation.state': 'V seznamu',
    'activation.present': 'Existuje',
    'activation.create': 'Vytvořit',
    'activation.otherType': 'Existuje jako {actual}: změňte na {wanted}',
    'activation.type.string': 'Text (string)',
    'activation.type.int': 'Číslo (int)',
    'activation.type.date': 'Datum (date)',
    'activation.copyAllText': 'Všechna pole k vytvoření, jedno na řádek (klíč, typ, název):',
    'activation.copyAll': 'Kopírovat všechna pole k vytvoření',
    'activation.checkAgain': 'Zkontrolovat seznam znovu',
    'activation.checking': 'Kontrola seznamu…',

    'switches.expiry': 'Upozornění na expiraci bodů',
    'switches.expiryNotify': 'Upozornit {platform}',
    'switches.expiryOff': 'Neodesílat',
    'switches.days': 'Počet dní před expirací bodů',
    'switches.daysInvalid': 'Zadejte celý počet dní od 1 do {max}.',
    'switches.expiryWhen':
      'Odesílá se jednou denně v noci zákazníkům, kterým za zvolený počet dní vyprší více než 0 bodů: událost se štítkem expiry, počtem bodů a datem.',
    'switches.expiryNever':
      'Body ve vašem věrnostním programu zatím nevyprší; upozornění se začne posílat, jakmile v programu nastavíte expiraci.',
    'switches.espSends': '{platform} posílá e-maily (Trustloop žádné vlastní neposílá)',
    'switches.espSendsHint':
      'Pozvánky k hodnocení pak dostane {platform} jako odkaz v polích kontaktu a Trustloop je neposílá, takže nikdo nedostane dva e-maily.',
    'switches.save': 'Uložit upozornění a e-maily',
    'connector.step.testEvent': 'Odeslat testovací událost',
    'testEvent.intro':
      'Trustloop teď odešle na váš koncový bod jednu událost webhook.test, podepsanou výše uvedeným klíčem přesně jako skutečná doručení, a ukáže, co koncový bod odpověděl.',
    'testEvent.send': 'Odeslat testovací událost',
    'testEvent.sending': 'Odesílání…',
    'testEvent.delivered': 'Doručeno: koncový bod odpověděl {status}. Id zprávy {id}.',
    'testEvent.refused': 'Nedoručeno: koncový bod odpověděl {status} ({error}).',
    'testEvent.unreachable': 'Nedoručeno: {error}',
    'embeds.choosePreview': 'Vyberte hodnocení a podívejte se na e-mail, jak je zobrazí',
  },
  sv: {
    'connector.step.fields': 'Skapa de egna fälten i {platform}',
    'connector.step.switches': 'Påminnelser om utgående poäng och e-post',

    'lists.intro': 'Ange API-nyckeln ovan, hämta dina listor och välj den som kunderna synkas till.',
    'lists.load': 'Hämta mina listor',
    'lists.reload': 'Hämta listorna igen',
    'lists.loading': 'Hämtar listorna…',
    'lists.choose': 'Välj en lista',
    'lists.required': 'Välj en lista.',
    'lists.none': 'Ditt konto har inga listor än: skapa en i plattformen och hämta listorna igen.',
    'lists.option': '{name} ({count, plural, one {# prenumerant} other {# prenumeranter}})',
    'lists.missing': 'Lista {id} (finns inte längre i ditt konto)',

    'activation.intro':
      'Plattformens API kan inte skapa egna fält. Öppna listan → Inställningar → Egna fält och lägg till varje fält markerat ”att skapa” med exakt denna nyckel och typ.',
    'activation.allPresent': 'Alla fält som Trustloop fyller finns i listan: inget att skapa.',
    'activation.caption': 'Listans egna fält',
    'activation.key': 'Fältnyckel',
    'activation.type': 'Typ',
    'activation.name': 'Föreslaget namn',
    'activation.state': 'I listan',
    'activation.present': 'Finns',
    'activation.create': 'Att skapa',
    'activation.otherType': 'Finns som {actual}: ändra till {wanted}',
    'activation.type.string': 'Text (string)',
    'activation.type.int': 'Tal (int)',
    'activation.type.date': 'Datum (date)',
    'activation.copyAllText': 'Alla fält att skapa, ett per rad (nyckel, typ, namn):',
    'activation.copyAll': 'Kopiera alla fält att skapa',
    'activation.checkAgain': 'Kontrollera listan igen',
    'activation.checking': 'Kontrollerar listan…',

    'switches.expiry': 'Påminnelse om poäng som går ut',
    'switches.expiryNotify': 'Meddela {platform}',
    'switches.expiryOff': 'Skicka inte',
    'switches.days': 'Dagar innan poängen går ut',
    'switches.daysInvalid': 'Ange ett helt antal dagar från 1 till {max}.',
    'switches.expiryWhen':
      'Skickas en gång per natt för kunder vars poäng (fler än 0) går ut om så många dagar: en händelse med etiketten expiry, poängen och datumet.',
    'switches.expiryNever':
      'Poängen i ditt lojalitetsprogram går inte ut ännu; påminnelsen skickas när du ställer in utgång i programmet.',
    'switches.espSends': '{platform} skickar e-posten (Trustloop skickar ingen egen)',
    'switches.espSendsHint':
      'Inbjudningar till omdömen lämnas då till {platform} som en länk i kontaktens fält i stället för att Trustloop mejlar dem, så ingen får två mejl.',
    'switches.save': 'Spara påminnelser och e-post',
    'connector.step.testEvent': 'Skicka en testhändelse',
    'testEvent.intro':
      'Trustloop skickar nu en webhook.test-händelse till din slutpunkt, signerad med hemligheten ovan precis som riktiga leveranser, och visar vad slutpunkten svarade.',
    'testEvent.send': 'Skicka testhändelse',
    'testEvent.sending': 'Skickar…',
    'testEvent.delivered': 'Levererad: slutpunkten svarade {status}. Meddelande-id {id}.',
    'testEvent.refused': 'Inte levererad: slutpunkten svarade {status} ({error}).',
    'testEvent.unreachable': 'Inte levererad: {error}',
    'embeds.choosePreview': 'Välj omdömena och se mejlet som det kommer att visa dem',
  },
  de: {
    'connector.step.fields': 'Eigene Felder in {platform} anlegen',
    'connector.step.switches': 'Ablaufhinweise und E-Mails',

    'lists.intro':
      'Geben Sie oben den API-Schlüssel ein, laden Sie Ihre Listen und wählen Sie die, in die Kunden synchronisiert werden.',
    'lists.load': 'Meine Listen laden',
    'lists.reload': 'Listen neu laden',
    'lists.loading': 'Listen werden geladen…',
    'lists.choose': 'Liste wählen',
    'lists.required': 'Wählen Sie eine Liste.',
    'lists.none':
      'Ihr Konto hat noch keine Liste: Legen Sie eine in der Plattform an und laden Sie die Listen neu.',
    'lists.option': '{name} ({count, plural, one {# Abonnent} other {# Abonnenten}})',
    'lists.missing': 'Liste {id} (nicht mehr in Ihrem Konto)',

    'activation.intro':
      'Die API der Plattform kann keine eigenen Felder anlegen. Öffnen Sie die Liste → Einstellungen → Eigene Felder und legen Sie jedes mit „anzulegen“ markierte Feld mit genau diesem Schlüssel und Typ an.',
    'activation.allPresent':
      'Alle Felder, die Trustloop füllt, sind in der Liste vorhanden: nichts anzulegen.',
    'activation.caption': 'Eigene Felder der Liste',
    'activation.key': 'Feldschlüssel',
    'activation.type': 'Typ',
    'activation.name': 'Vorgeschlagener Name',
    'activation.state': 'In der Liste',
    'activation.present': 'Vorhanden',
    'activation.create': 'Anzulegen',
    'activation.otherType': 'Vorhanden als {actual}: ändern in {wanted}',
    'activation.type.string': 'Text (string)',
    'activation.type.int': 'Zahl (int)',
    'activation.type.date': 'Datum (date)',
    'activation.copyAllText': 'Alle anzulegenden Felder, eines pro Zeile (Schlüssel, Typ, Name):',
    'activation.copyAll': 'Alle anzulegenden Felder kopieren',
    'activation.checkAgain': 'Liste erneut prüfen',
    'activation.checking': 'Liste wird geprüft…',

    'switches.expiry': 'Hinweis auf ablaufende Punkte',
    'switches.expiryNotify': '{platform} benachrichtigen',
    'switches.expiryOff': 'Nicht senden',
    'switches.days': 'Tage vor dem Ablauf der Punkte',
    'switches.daysInvalid': 'Geben Sie eine ganze Zahl von Tagen zwischen 1 und {max} ein.',
    'switches.expiryWhen':
      'Wird einmal pro Nacht für Kunden gesendet, deren Punkte (mehr als 0) in so vielen Tagen ablaufen: ein Ereignis mit dem Label expiry, den Punkten und dem Datum.',
    'switches.expiryNever':
      'Punkte in Ihrem Treueprogramm laufen noch nicht ab; der Hinweis wird gesendet, sobald Sie im Programm einen Ablauf festlegen.',
    'switches.espSends': '{platform} versendet die E-Mails (Trustloop sendet keine eigenen)',
    'switches.espSendsHint':
      'Bewertungseinladungen gehen dann als Link in den Kontaktfeldern an {platform}, statt von Trustloop gemailt zu werden, damit niemand zwei E-Mails bekommt.',
    'switches.save': 'Hinweise und E-Mails speichern',
    'connector.step.testEvent': 'Testereignis senden',
    'testEvent.intro':
      'Trustloop sendet jetzt ein webhook.test-Ereignis an Ihren Endpunkt, signiert mit dem Geheimnis oben genau wie echte Zustellungen, und zeigt, was der Endpunkt geantwortet hat.',
    'testEvent.send': 'Testereignis senden',
    'testEvent.sending': 'Wird gesendet…',
    'testEvent.delivered': 'Zugestellt: Der Endpunkt antwortete {status}. Nachrichten-ID {id}.',
    'testEvent.refused': 'Nicht zugestellt: Der Endpunkt antwortete {status} ({error}).',
    'testEvent.unreachable': 'Nicht zugestellt: {error}',
    'embeds.choosePreview': 'Bewertungen auswählen und die E-Mail so sehen, wie sie sie zeigt',
  },
});
