import { section } from './section.js';

/**
 * The live status of a shop Trustloop reads from (GET …/shop-connections/{platform}/pull):
 * the last read, where each resource's next read starts, failed reads and unreadable records.
 */
export const shopPull = section({
  en: {
    'shop.pull.now': 'Read now',
    'shop.pull.started': 'Reading starts in a moment.',
    'shop.pull.alreadyStarted': 'A read was started a moment ago.',
    'shop.resource.customers': 'customers',
    'shop.resource.clients': 'customers',
    'shop.resource.orders': 'orders',
    'shop.resource.creditmemos': 'credit memos',
    'shop.resource.order_slip': 'credit slips',
    'shop.resource.shipments': 'shipments',
    'shop.pull.running': 'Reading now…',
    'shop.pull.what': 'Read',
    'shop.pull.every': '{count, plural, one {every minute} other {every # minutes}}: {resources}',
    'shop.pull.last': 'Last read',
    'shop.pull.notYet': 'Not yet: the first read starts within a minute.',
    'shop.pull.cursor': 'Read up to',
    'shop.pull.nothingRead': 'Nothing read yet.',
    'shop.pull.cursorOf': '{resource}: record {id}, changed {updatedAt}',
    'shop.pull.failed': 'Failed reads',
    'shop.pull.failedCount': '{count, plural, one {# failed for good} other {# failed for good}}',
    'shop.pull.deadLetters': 'Unreadable records',
    'shop.pull.deadLetterCount': '{count, plural, one {# record} other {# records}}',
    'shop.pull.failedTitle':
      '{count, plural, one {# read that failed for good} other {# reads that failed for good}}',
    'shop.pull.failedHint':
      'Fix what the error names (usually the key or token above): the next minute’s read starts again where the last one stopped.',
    'shop.pull.deadLettersTitle':
      '{count, plural, one {# record that could not be read} other {# records that could not be read}}',
    'shop.pull.deadLetter': '{resource} {id}',
  },
  pl: {
    'shop.pull.now': 'Odczytaj teraz',
    'shop.pull.started': 'Odczyt zaraz się zacznie.',
    'shop.pull.alreadyStarted': 'Odczyt rozpoczęto przed chwilą.',
    'shop.resource.customers': 'klienci',
    'shop.resource.clients': 'klienci',
    'shop.resource.orders': 'zamówienia',
    'shop.resource.creditmemos': 'korekty',
    'shop.resource.order_slip': 'noty kredytowe',
    'shop.resource.shipments': 'wysyłki',
    'shop.pull.running': 'Trwa odczyt…',
    'shop.pull.what': 'Odczyt',
    'shop.pull.every':
      '{count, plural, one {co minutę} few {co # minuty} many {co # minut} other {co # minuty}}: {resources}',
    'shop.pull.last': 'Ostatni odczyt',
    'shop.pull.notYet': 'Jeszcze nie: pierwszy odczyt zacznie się w ciągu minuty.',
    'shop.pull.cursor': 'Odczytano do',
    'shop.pull.nothingRead': 'Jeszcze nic nie odczytano.',
    'shop.pull.cursorOf': '{resource}: rekord {id}, zmieniony {updatedAt}',
    'shop.pull.failed': 'Nieudane odczyty',
    'shop.pull.failedCount':
      '{count, plural, one {# nieudany na dobre} few {# nieudane na dobre} many {# nieudanych na dobre} other {# nieudanego na dobre}}',
    'shop.pull.deadLetters': 'Nieczytelne rekordy',
    'shop.pull.deadLetterCount':
      '{count, plural, one {# rekord} few {# rekordy} many {# rekordów} other {# rekordu}}',
    'shop.pull.failedTitle':
      '{count, plural, one {# odczyt nieudany na dobre} few {# odczyty nieudane na dobre} many {# odczytów nieudanych na dobre} other {# odczytu nieudanego na dobre}}',
    'shop.pull.failedHint':
      'Popraw to, co wskazuje błąd (zwykle klucz lub token powyżej): odczyt w następnej minucie zacznie od miejsca, w którym skończył poprzedni.',
    'shop.pull.deadLettersTitle':
      '{count, plural, one {# rekord, którego nie dało się odczytać} few {# rekordy, których nie dało się odczytać} many {# rekordów, których nie dało się odczytać} other {# rekordu, którego nie dało się odczytać}}',
    'shop.pull.deadLetter': '{resource} {id}',
  },
  cs: {
    'shop.pull.now': 'Načíst nyní',
    'shop.pull.started': 'Čtení za okamžik začne.',
    'shop.pull.alreadyStarted': 'Čtení bylo spuštěno před chvílí.',
    'shop.resource.customers': 'zákazníci',
    'shop.resource.clients': 'zákazníci',
    'shop.resource.orders': 'objednávky',
    'shop.resource.creditmemos': 'dobropisy',
    'shop.resource.order_slip': 'dobropisy',
    'shop.resource.shipments': 'zásilky',
    'shop.pull.running': 'Právě se čte…',
    'shop.pull.what': 'Čtení',
    'shop.pull.every':
      '{count, plural, one {každou minutu} few {každé # minuty} many {každé # minuty} other {každých # minut}}: {resources}',
    'shop.pull.last': 'Poslední čtení',
    'shop.pull.notYet': 'Zatím ne: první čtení začne do minuty.',
    'shop.pull.cursor': 'Přečteno do',
    'shop.pull.nothingRead': 'Zatím nic nepřečteno.',
    'shop.pull.cursorOf': '{resource}: záznam {id}, změněn {updatedAt}',
    'shop.pull.failed': 'Nezdařená čtení',
    'shop.pull.failedCount':
      '{count, plural, one {# selhalo natrvalo} few {# selhala natrvalo} many {# selhalo natrvalo} other {# selhalo natrvalo}}',
    'shop.pull.deadLetters': 'Nečitelné záznamy',
    'shop.pull.deadLetterCount':
      '{count, plural, one {# záznam} few {# záznamy} many {# záznamu} other {# záznamů}}',
    'shop.pull.failedTitle':
      '{count, plural, one {# čtení, které selhalo natrvalo} few {# čtení, která selhala natrvalo} many {# čtení, které selhalo natrvalo} other {# čtení, která selhala natrvalo}}',
    'shop.pull.failedHint':
      'Opravte, co chyba uvádí (obvykle klíč nebo token výše): čtení v příští minutě začne tam, kde poslední skončilo.',
    'shop.pull.deadLettersTitle':
      '{count, plural, one {# záznam, který nešlo přečíst} few {# záznamy, které nešlo přečíst} many {# záznamu, který nešlo přečíst} other {# záznamů, které nešlo přečíst}}',
    'shop.pull.deadLetter': '{resource} {id}',
  },
  sv: {
    'shop.pull.now': 'Läs nu',
    'shop.pull.started': 'Läsningen börjar om ett ögonblick.',
    'shop.pull.alreadyStarted': 'En läsning startades nyss.',
    'shop.resource.customers': 'kunder',
    'shop.resource.clients': 'kunder',
    'shop.resource.orders': 'ordrar',
    'shop.resource.creditmemos': 'kreditnotor',
    'shop.resource.order_slip': 'kreditnotor',
    'shop.resource.shipments': 'leveranser',
    'shop.pull.running': 'Läser nu…',
    'shop.pull.what': 'Läses',
    'shop.pull.every': '{count, plural, one {varje minut} other {var #:e minut}}: {resources}',
    'shop.pull.last': 'Senaste läsning',
    'shop.pull.notYet': 'Inte än: den första läsningen börjar inom en minut.',
    'shop.pull.cursor': 'Läst fram till',
    'shop.pull.nothingRead': 'Inget läst än.',
    'shop.pull.cursorOf': '{resource}: post {id}, ändrad {updatedAt}',
    'shop.pull.failed': 'Misslyckade läsningar',
    'shop.pull.failedCount':
      '{count, plural, one {# misslyckades slutgiltigt} other {# misslyckades slutgiltigt}}',
    'shop.pull.deadLetters': 'Oläsbara poster',
    'shop.pull.deadLetterCount': '{count, plural, one {# post} other {# poster}}',
    'shop.pull.failedTitle':
      '{count, plural, one {# läsning som misslyckades slutgiltigt} other {# läsningar som misslyckades slutgiltigt}}',
    'shop.pull.failedHint':
      'Rätta det felet nämner (oftast nyckeln eller token ovan): nästa minuts läsning börjar där den förra slutade.',
    'shop.pull.deadLettersTitle':
      '{count, plural, one {# post som inte kunde läsas} other {# poster som inte kunde läsas}}',
    'shop.pull.deadLetter': '{resource} {id}',
  },
  de: {
    'shop.pull.now': 'Jetzt lesen',
    'shop.pull.started': 'Das Lesen beginnt gleich.',
    'shop.pull.alreadyStarted': 'Das Lesen wurde gerade gestartet.',
    'shop.resource.customers': 'Kunden',
    'shop.resource.clients': 'Kunden',
    'shop.resource.orders': 'Bestellungen',
    'shop.resource.creditmemos': 'Gutschriften',
    'shop.resource.order_slip': 'Gutschriften',
    'shop.resource.shipments': 'Sendungen',
    'shop.pull.running': 'Wird gerade gelesen…',
    'shop.pull.what': 'Gelesen',
    'shop.pull.every': '{count, plural, one {jede Minute} other {alle # Minuten}}: {resources}',
    'shop.pull.last': 'Zuletzt gelesen',
    'shop.pull.notYet': 'Noch nicht: das erste Lesen beginnt innerhalb einer Minute.',
    'shop.pull.cursor': 'Gelesen bis',
    'shop.pull.nothingRead': 'Noch nichts gelesen.',
    'shop.pull.cursorOf': '{resource}: Datensatz {id}, geändert {updatedAt}',
    'shop.pull.failed': 'Fehlgeschlagenes Lesen',
    'shop.pull.failedCount':
      '{count, plural, one {# endgültig fehlgeschlagen} other {# endgültig fehlgeschlagen}}',
    'shop.pull.deadLetters': 'Unlesbare Datensätze',
    'shop.pull.deadLetterCount': '{count, plural, one {# Datensatz} other {# Datensätze}}',
    'shop.pull.failedTitle':
      '{count, plural, one {# endgültig fehlgeschlagenes Lesen} other {# endgültig fehlgeschlagene Lesevorgänge}}',
    'shop.pull.failedHint':
      'Beheben Sie, was der Fehler nennt (meist den Schlüssel oder Token oben): das Lesen der nächsten Minute setzt dort an, wo das letzte aufgehört hat.',
    'shop.pull.deadLettersTitle':
      '{count, plural, one {# Datensatz, der nicht gelesen werden konnte} other {# Datensätze, die nicht gelesen werden konnten}}',
    'shop.pull.deadLetter': '{resource} {id}',
  },
});
