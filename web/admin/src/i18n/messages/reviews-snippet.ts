import { section } from './section';

/** The email snippet page: selected reviews for newsletters. */
export const reviewsSnippet = section({
  en: {
    'reviews.snippet.link': 'Reviews in emails',
    'reviews.snippet.title': 'Reviews in emails',
    'reviews.snippet.intro':
      'Tick the published reviews your emails should show (search and filters help you find them), check the preview, then copy the snippet code into a text block of your Klaviyo template.',
    'reviews.snippet.selected': '{count} of {max} reviews selected',
    'reviews.snippet.choices': 'Published reviews',
    'reviews.snippet.empty': 'No published reviews match these filters.',
    'reviews.snippet.preview': 'Preview of the email',
    'reviews.snippet.previewFrame': 'The snippet as the email shows it',
    'reviews.snippet.language': 'Language of the snippet',
    'reviews.snippet.copy': 'Copy snippet code',
    'reviews.snippet.copied': 'Copied, and the selection is saved: the next email shows these reviews.',
    'reviews.snippet.feedHint': 'The snippet reads the channel’s web feed; set it up once under',
  },
  pl: {
    'reviews.snippet.link': 'Opinie w e-mailach',
    'reviews.snippet.title': 'Opinie w e-mailach',
    'reviews.snippet.intro':
      'Zaznacz opublikowane opinie, które mają pokazywać Twoje e-maile (pomogą wyszukiwanie i filtry), sprawdź podgląd, a potem wklej fragment kodu do bloku tekstowego szablonu w Klaviyo.',
    'reviews.snippet.selected': 'Zaznaczono {count} z {max} opinii',
    'reviews.snippet.choices': 'Opublikowane opinie',
    'reviews.snippet.empty': 'Żadna opublikowana opinia nie pasuje do tych filtrów.',
    'reviews.snippet.preview': 'Podgląd e-maila',
    'reviews.snippet.previewFrame': 'Fragment tak, jak pokaże go e-mail',
    'reviews.snippet.language': 'Język fragmentu',
    'reviews.snippet.copy': 'Kopiuj fragment kodu',
    'reviews.snippet.copied': 'Skopiowano, a wybór jest zapisany: następny e-mail pokaże te opinie.',
    'reviews.snippet.feedHint': 'Fragment czyta kanał danych (web feed) kanału; skonfiguruj go raz w sekcji',
  },
  cs: {
    'reviews.snippet.link': 'Recenze v e-mailech',
    'reviews.snippet.title': 'Recenze v e-mailech',
    'reviews.snippet.intro':
      'Zaškrtněte zveřejněné recenze, které mají vaše e-maily ukazovat (pomůže hledání a filtry), zkontrolujte náhled a pak vložte fragment kódu do textového bloku šablony v Klaviyo.',
    'reviews.snippet.selected': 'Vybráno {count} z {max} recenzí',
    'reviews.snippet.choices': 'Zveřejněné recenze',
    'reviews.snippet.empty': 'Těmto filtrům neodpovídá žádná zveřejněná recenze.',
    'reviews.snippet.preview': 'Náhled e-mailu',
    'reviews.snippet.previewFrame': 'Fragment tak, jak ho ukáže e-mail',
    'reviews.snippet.language': 'Jazyk fragmentu',
    'reviews.snippet.copy': 'Kopírovat fragment kódu',
    'reviews.snippet.copied': 'Zkopírováno a výběr je uložen: další e-mail ukáže tyto recenze.',
    'reviews.snippet.feedHint': 'Fragment čte datový kanál (web feed) kanálu; nastavte ho jednou v sekci',
  },
  sv: {
    'reviews.snippet.link': 'Omdömen i e-post',
    'reviews.snippet.title': 'Omdömen i e-post',
    'reviews.snippet.intro':
      'Bocka för de publicerade omdömen som dina mejl ska visa (sök och filter hjälper dig hitta dem), kontrollera förhandsvisningen och klistra sedan in kodavsnittet i ett textblock i din Klaviyo-mall.',
    'reviews.snippet.selected': '{count} av {max} omdömen valda',
    'reviews.snippet.choices': 'Publicerade omdömen',
    'reviews.snippet.empty': 'Inga publicerade omdömen matchar filtren.',
    'reviews.snippet.preview': 'Förhandsvisning av mejlet',
    'reviews.snippet.previewFrame': 'Avsnittet som mejlet visar det',
    'reviews.snippet.language': 'Avsnittets språk',
    'reviews.snippet.copy': 'Kopiera kodavsnitt',
    'reviews.snippet.copied': 'Kopierat, och urvalet är sparat: nästa mejl visar dessa omdömen.',
    'reviews.snippet.feedHint': 'Avsnittet läser kanalens webbflöde; ställ in det en gång under',
  },
  de: {
    'reviews.snippet.link': 'Bewertungen in E-Mails',
    'reviews.snippet.title': 'Bewertungen in E-Mails',
    'reviews.snippet.intro':
      'Haken Sie die veröffentlichten Bewertungen an, die Ihre E-Mails zeigen sollen (Suche und Filter helfen beim Finden), prüfen Sie die Vorschau und fügen Sie dann den Code-Schnipsel in einen Textblock Ihrer Klaviyo-Vorlage ein.',
    'reviews.snippet.selected': '{count} von {max} Bewertungen ausgewählt',
    'reviews.snippet.choices': 'Veröffentlichte Bewertungen',
    'reviews.snippet.empty': 'Keine veröffentlichte Bewertung passt zu diesen Filtern.',
    'reviews.snippet.preview': 'Vorschau der E-Mail',
    'reviews.snippet.previewFrame': 'Der Schnipsel, wie die E-Mail ihn zeigt',
    'reviews.snippet.language': 'Sprache des Schnipsels',
    'reviews.snippet.copy': 'Code-Schnipsel kopieren',
    'reviews.snippet.copied':
      'Kopiert, und die Auswahl ist gespeichert: Die nächste E-Mail zeigt diese Bewertungen.',
    'reviews.snippet.feedHint':
      'Der Schnipsel liest den Web-Feed des Kanals; richten Sie ihn einmal ein unter',
  },
});
