import { section } from './section';

/**
 * Every error code the server can answer (`{ error: { code, message } }`: src/platform/errors.ts's
 * ERROR_STATUS, which Fastify's own errors are mapped onto, and early-listen's `starting`), worded
 * for a merchant. The shared error box (ui/page.tsx) shows these instead of the server's English;
 * `unprocessable` quotes the server's message, which carries the platform's own refusal.
 */
export const errorTexts = section({
  en: {
    'error.code.validation_failed': 'Some values are not valid. Check the marked fields and try again.',
    'error.code.invalid_json': 'The request could not be read. Reload the page and try again.',
    'error.code.bad_request': 'The request could not be understood. Reload the page and try again.',
    'error.code.unauthenticated': 'You are signed out. Sign in again to continue.',
    'error.code.invalid_signature': 'The signature or code does not match. Check it and try again.',
    'error.code.totp_required': 'Enter the code from your authenticator app or a recovery code.',
    'error.code.forbidden': 'Your role does not allow this. Ask an owner of the account.',
    'error.code.csrf_failed': 'Your session has expired in this tab. Reload the page and try again.',
    'error.code.not_found': 'This was not found. It may have been removed; reload the page.',
    'error.code.method_not_allowed': 'This action is not possible here.',
    'error.code.request_timeout': 'The request took too long to arrive. Try again.',
    'error.code.conflict':
      'This clashes with what is already saved: it already exists, or it was just changed. Reload the page and try again.',
    'error.code.gone': 'This is no longer available.',
    'error.code.payload_too_large': 'This is too large to send. Choose a smaller file or less data.',
    'error.code.uri_too_long': 'The address is too long. Shorten the search or filters.',
    'error.code.unsupported_media_type': 'This type of file or data is not accepted.',
    'error.code.unprocessable': 'This could not be done: {message}',
    'error.code.headers_too_large': 'The request is too large. Sign out, sign in again and retry.',
    'error.code.rate_limited': 'Too many attempts. Wait a moment and try again.',
    'error.code.internal':
      'Something went wrong on our side. Try again; if it keeps happening, check the server log.',
    'error.code.unavailable': 'A service this needs is not available right now. Try again in a few minutes.',
    'error.code.starting': 'Trustloop is still starting. Try again in a few seconds.',
  },
  pl: {
    'error.code.validation_failed':
      'Niektóre wartości są nieprawidłowe. Sprawdź zaznaczone pola i spróbuj ponownie.',
    'error.code.invalid_json': 'Nie udało się odczytać żądania. Odśwież stronę i spróbuj ponownie.',
    'error.code.bad_request': 'Żądanie jest niezrozumiałe. Odśwież stronę i spróbuj ponownie.',
    'error.code.unauthenticated': 'Nastąpiło wylogowanie. Zaloguj się ponownie, aby kontynuować.',
    'error.code.invalid_signature': 'Podpis lub kod się nie zgadza. Sprawdź go i spróbuj ponownie.',
    'error.code.totp_required': 'Wpisz kod z aplikacji uwierzytelniającej lub kod odzyskiwania.',
    'error.code.forbidden': 'Twoja rola na to nie pozwala. Poproś właściciela konta.',
    'error.code.csrf_failed': 'Sesja w tej karcie wygasła. Odśwież stronę i spróbuj ponownie.',
    'error.code.not_found': 'Nie znaleziono. Być może zostało usunięte; odśwież stronę.',
    'error.code.method_not_allowed': 'Ta czynność nie jest tu możliwa.',
    'error.code.request_timeout': 'Żądanie docierało zbyt długo. Spróbuj ponownie.',
    'error.code.conflict':
      'To koliduje z tym, co już zapisano: już istnieje albo właśnie zostało zmienione. Odśwież stronę i spróbuj ponownie.',
    'error.code.gone': 'To nie jest już dostępne.',
    'error.code.payload_too_large': 'To jest za duże, by wysłać. Wybierz mniejszy plik lub mniej danych.',
    'error.code.uri_too_long': 'Adres jest za długi. Skróć wyszukiwanie lub filtry.',
    'error.code.unsupported_media_type': 'Ten rodzaj pliku lub danych nie jest akceptowany.',
    'error.code.unprocessable': 'Nie udało się tego zrobić: {message}',
    'error.code.headers_too_large':
      'Żądanie jest za duże. Wyloguj się, zaloguj ponownie i spróbuj jeszcze raz.',
    'error.code.rate_limited': 'Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.',
    'error.code.internal':
      'Coś poszło nie tak po naszej stronie. Spróbuj ponownie; jeśli to się powtarza, sprawdź dziennik serwera.',
    'error.code.unavailable': 'Potrzebna usługa jest teraz niedostępna. Spróbuj ponownie za kilka minut.',
    'error.code.starting': 'Trustloop jeszcze się uruchamia. Spróbuj ponownie za kilka sekund.',
  },
  cs: {
    'error.code.validation_failed':
      'Některé hodnoty nejsou platné. Zkontrolujte označená pole a zkuste to znovu.',
    'error.code.invalid_json': 'Požadavek nelze přečíst. Obnovte stránku a zkuste to znovu.',
    'error.code.bad_request': 'Požadavku nelze porozumět. Obnovte stránku a zkuste to znovu.',
    'error.code.unauthenticated': 'Byli jste odhlášeni. Pro pokračování se znovu přihlaste.',
    'error.code.invalid_signature': 'Podpis nebo kód nesouhlasí. Zkontrolujte ho a zkuste to znovu.',
    'error.code.totp_required': 'Zadejte kód z ověřovací aplikace nebo záložní kód.',
    'error.code.forbidden': 'Vaše role to nedovoluje. Požádejte vlastníka účtu.',
    'error.code.csrf_failed': 'Relace v této kartě vypršela. Obnovte stránku a zkuste to znovu.',
    'error.code.not_found': 'Nenalezeno. Možná to bylo odstraněno; obnovte stránku.',
    'error.code.method_not_allowed': 'Tuto akci zde nelze provést.',
    'error.code.request_timeout': 'Požadavek přicházel příliš dlouho. Zkuste to znovu.',
    'error.code.conflict':
      'To se střetává s tím, co je už uloženo: už to existuje, nebo se to právě změnilo. Obnovte stránku a zkuste to znovu.',
    'error.code.gone': 'Toto již není k dispozici.',
    'error.code.payload_too_large': 'Je to příliš velké k odeslání. Zvolte menší soubor nebo méně dat.',
    'error.code.uri_too_long': 'Adresa je příliš dlouhá. Zkraťte hledání nebo filtry.',
    'error.code.unsupported_media_type': 'Tento typ souboru nebo dat není podporován.',
    'error.code.unprocessable': 'Nepodařilo se to provést: {message}',
    'error.code.headers_too_large':
      'Požadavek je příliš velký. Odhlaste se, znovu se přihlaste a zkuste to znovu.',
    'error.code.rate_limited': 'Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.',
    'error.code.internal':
      'Na naší straně se něco pokazilo. Zkuste to znovu; pokud se to opakuje, podívejte se do protokolu serveru.',
    'error.code.unavailable': 'Potřebná služba teď není dostupná. Zkuste to znovu za pár minut.',
    'error.code.starting': 'Trustloop se ještě spouští. Zkuste to znovu za pár sekund.',
  },
  sv: {
    'error.code.validation_failed':
      'Vissa värden är ogiltiga. Kontrollera de markerade fälten och försök igen.',
    'error.code.invalid_json': 'Förfrågan kunde inte läsas. Ladda om sidan och försök igen.',
    'error.code.bad_request': 'Förfrågan kunde inte förstås. Ladda om sidan och försök igen.',
    'error.code.unauthenticated': 'Du är utloggad. Logga in igen för att fortsätta.',
    'error.code.invalid_signature': 'Signaturen eller koden stämmer inte. Kontrollera den och försök igen.',
    'error.code.totp_required': 'Ange koden från din autentiseringsapp eller en återställningskod.',
    'error.code.forbidden': 'Din roll tillåter inte detta. Be en ägare av kontot.',
    'error.code.csrf_failed': 'Sessionen i den här fliken har gått ut. Ladda om sidan och försök igen.',
    'error.code.not_found': 'Hittades inte. Det kan ha tagits bort; ladda om sidan.',
    'error.code.method_not_allowed': 'Den här åtgärden går inte att göra här.',
    'error.code.request_timeout': 'Förfrågan tog för lång tid att komma fram. Försök igen.',
    'error.code.conflict':
      'Detta krockar med det som redan är sparat: det finns redan, eller det har just ändrats. Ladda om sidan och försök igen.',
    'error.code.gone': 'Detta är inte längre tillgängligt.',
    'error.code.payload_too_large': 'Detta är för stort att skicka. Välj en mindre fil eller mindre data.',
    'error.code.uri_too_long': 'Adressen är för lång. Korta ner sökningen eller filtren.',
    'error.code.unsupported_media_type': 'Den här typen av fil eller data tas inte emot.',
    'error.code.unprocessable': 'Det gick inte att genomföra: {message}',
    'error.code.headers_too_large': 'Förfrågan är för stor. Logga ut, logga in igen och försök på nytt.',
    'error.code.rate_limited': 'För många försök. Vänta en stund och försök igen.',
    'error.code.internal': 'Något gick fel hos oss. Försök igen; om det fortsätter, titta i serverns logg.',
    'error.code.unavailable':
      'En tjänst som behövs är inte tillgänglig just nu. Försök igen om några minuter.',
    'error.code.starting': 'Trustloop startar fortfarande. Försök igen om några sekunder.',
  },
  de: {
    'error.code.validation_failed':
      'Einige Werte sind ungültig. Prüfen Sie die markierten Felder und versuchen Sie es erneut.',
    'error.code.invalid_json':
      'Die Anfrage konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
    'error.code.bad_request':
      'Die Anfrage ist unverständlich. Laden Sie die Seite neu und versuchen Sie es erneut.',
    'error.code.unauthenticated': 'Sie sind abgemeldet. Melden Sie sich erneut an, um fortzufahren.',
    'error.code.invalid_signature':
      'Die Signatur oder der Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut.',
    'error.code.totp_required':
      'Geben Sie den Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode ein.',
    'error.code.forbidden': 'Ihre Rolle erlaubt das nicht. Fragen Sie einen Inhaber des Kontos.',
    'error.code.csrf_failed':
      'Ihre Sitzung in diesem Tab ist abgelaufen. Laden Sie die Seite neu und versuchen Sie es erneut.',
    'error.code.not_found': 'Nicht gefunden. Es wurde vielleicht entfernt; laden Sie die Seite neu.',
    'error.code.method_not_allowed': 'Diese Aktion ist hier nicht möglich.',
    'error.code.request_timeout': 'Die Anfrage kam zu langsam an. Versuchen Sie es erneut.',
    'error.code.conflict':
      'Das widerspricht dem bereits Gespeicherten: Es existiert schon oder wurde gerade geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
    'error.code.gone': 'Das ist nicht mehr verfügbar.',
    'error.code.payload_too_large':
      'Das ist zu groß zum Senden. Wählen Sie eine kleinere Datei oder weniger Daten.',
    'error.code.uri_too_long': 'Die Adresse ist zu lang. Kürzen Sie die Suche oder die Filter.',
    'error.code.unsupported_media_type': 'Diese Art von Datei oder Daten wird nicht angenommen.',
    'error.code.unprocessable': 'Das ließ sich nicht ausführen: {message}',
    'error.code.headers_too_large':
      'Die Anfrage ist zu groß. Melden Sie sich ab und wieder an und versuchen Sie es erneut.',
    'error.code.rate_limited': 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es erneut.',
    'error.code.internal':
      'Bei uns ist etwas schiefgegangen. Versuchen Sie es erneut; wenn es wieder passiert, sehen Sie im Server-Log nach.',
    'error.code.unavailable':
      'Ein benötigter Dienst ist gerade nicht erreichbar. Versuchen Sie es in ein paar Minuten erneut.',
    'error.code.starting': 'Trustloop startet noch. Versuchen Sie es in ein paar Sekunden erneut.',
  },
});
