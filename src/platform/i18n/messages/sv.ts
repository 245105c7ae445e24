import type { Catalogue } from './en.js';

// Swedish plurals: one, other ("poäng" is the same in both). Addressed with "du".
export const sv: Catalogue = {
  'common.points': '{count, plural, one {# poäng} other {# poäng}}',

  'invitation.email.subject': 'Hur var din beställning från {shop}?',
  'invitation.email.greeting': 'Hej {name}!',
  'invitation.email.greeting_no_name': 'Hej!',
  'invitation.email.body':
    'Tack för att du handlade hos {shop}. Vi vill gärna höra hur allt gick – det tar mindre än en minut, och ditt omdöme hjälper andra kunder att välja rätt.',
  'invitation.email.cta': 'Skriv ett omdöme',
  'invitation.email.footer': 'Du får det här mejlet eftersom du nyligen har handlat hos {shop}.',
  'invitation.email.unsubscribe': 'Avsluta förfrågningar om omdömen',
  'invitation.reminder.subject': 'En påminnelse: hur var din beställning från {shop}?',
  'invitation.reminder.body':
    'För några dagar sedan frågade vi hur din beställning från {shop} gick. Om du har en minut över skulle vi verkligen uppskatta ditt omdöme.',

  'questionnaire.title': 'Betygsätt ditt köp hos {shop}',
  'questionnaire.service.question': 'Vilket betyg ger du {shop}?',
  'questionnaire.product.question': 'Vilket betyg ger du {product}?',
  'questionnaire.rating.label': '{stars, plural, one {# stjärna} other {# stjärnor}}',
  'questionnaire.title.label': 'Rubrik för ditt omdöme',
  'questionnaire.text.label': 'Ditt omdöme',
  'questionnaire.text.placeholder': 'Vad var bra? Vad kunde ha varit bättre?',
  'questionnaire.name.label': 'Namn som visas med ditt omdöme',
  'questionnaire.optional': 'valfritt',
  'questionnaire.error.rating_required': 'Välj ett betyg från 1 till 5 stjärnor.',
  'questionnaire.submit': 'Skicka omdöme',
  'questionnaire.thanks.title': 'Tack för ditt omdöme!',
  'questionnaire.thanks.body': 'Tack för att du tog dig tid. Din feedback hjälper {shop} och andra kunder.',
  'questionnaire.expired.title': 'Länken har gått ut',
  'questionnaire.expired.body':
    'Länkar för omdömen gäller bara en begränsad tid, och den här är inte längre aktiv. Tack för att du ville dela med dig av din upplevelse.',
  'questionnaire.used.title': 'Du har redan skickat ditt omdöme',
  'questionnaire.used.body': 'Länken kan bara användas en gång, och vi har redan fått ditt omdöme. Tack!',
  'questionnaire.invalid.title': 'Vi kunde inte öppna länken',
  'questionnaire.invalid.body': 'Länken kan vara ofullständig. Öppna den igen direkt från mejlet du fick.',

  'hub.join.prompt': 'Gå med i vårt bonusprogram och samla poäng på varje beställning.',
  'hub.join.cta': 'Gå med nu',
  'hub.signin.prompt': 'Logga in för att se dina poäng och belöningar.',
  'hub.points.balance': '{points, plural, one {Du har # poäng} other {Du har # poäng}}',
  'hub.next_reward': '{missing, plural, one {# poäng kvar} other {# poäng kvar}} till {reward}',
  'hub.ways_to_earn.title': 'Så samlar du poäng',
  'hub.rewards.title': 'Belöningar',
  'hub.redeem': 'Lös in',
  'hub.coupons.title': 'Dina rabattkoder',
  'hub.referral.title': 'Tipsa en vän',
  'hub.tier.current': 'Din nivå: {tier}',
  'hub.tier.next_points': '{missing, plural, one {# poäng} other {# poäng}} kvar till {tier}',
  'hub.tier.next_spend': 'Handla för {amount} till för att nå {tier}',

  'loyalty.way.per_spend':
    '{points, plural, one {# poäng} other {# poäng}} för varje {amount} du handlar för',
  'loyalty.way.signup': '{points, plural, one {# poäng} other {# poäng}} när du skapar ett konto',
  'loyalty.way.newsletter':
    '{points, plural, one {# poäng} other {# poäng}} när du prenumererar på vårt nyhetsbrev',
  'loyalty.way.review': '{points, plural, one {# poäng} other {# poäng}} när du skriver ett omdöme',
  'loyalty.way.birthday': '{points, plural, one {# poäng} other {# poäng}} på din födelsedag',
  'loyalty.way.referral':
    '{points, plural, one {# poäng} other {# poäng}} för varje vän som gör sin första beställning',
  'loyalty.expiry.notice': '{points, plural, one {# poäng} other {# poäng}} går ut den {date}.',

  'unsubscribe.done.title': 'Du är avregistrerad',
  'unsubscribe.done.body': 'Du kommer inte längre att få förfrågningar om omdömen från {shop}.',
  // invitations
  'invitation.email.products': 'Du beställde:',
  'invitation.email.link_valid_until': 'Länken är öppen till {date}.',
  'questionnaire.products.heading': 'Dina produkter',
  'questionnaire.error.summary':
    'Kontrollera formuläret: {count, plural, one {# svar behöver} other {# svar behöver}} din uppmärksamhet.',
  'questionnaire.error.too_long': 'Korta ner texten till högst {max} tecken.',
  'questionnaire.error.foreign_origin': 'Formuläret kan bara skickas från sin egen sida. Öppna länken igen.',
  'questionnaire.order': 'Gäller din beställning {order}',
  'questionnaire.product.unnamed': 'En produkt från din beställning ({position} av {count})',
  'questionnaire.name.hint': 'Visas offentligt med ditt omdöme. Du kan ändra eller ta bort det.',
  'embeds.reviews_count': '{count, plural, one {# omdöme} other {# omdömen}}',
  'embeds.out_of': 'av 5',
  'embeds.verified': 'Verifierat köp',
  'embeds.certified': 'Certifierad butik',
  'embeds.heading': 'Vad våra kunder säger',
  'unsubscribe.confirm.title': 'Avsluta förfrågningar om omdömen',
  'unsubscribe.confirm.body':
    'Tryck på knappen så skickar {shop} inga fler förfrågningar om omdömen till {email}.',
  'unsubscribe.confirm.submit': 'Avsluta',
  // reviews core
  'reviews.page.title': 'Omdömen om {shop}',
  'reviews.page.product_title': 'Omdömen om {product}',
  'reviews.page.summary': '{average} av 5 · {count, plural, one {# omdöme} other {# omdömen}}',
  'reviews.page.empty': 'Inga omdömen har publicerats ännu.',
  'reviews.page.rating': '{rating, plural, one {# stjärna av 5} other {# stjärnor av 5}}',
  'reviews.page.distribution': '{stars, plural, one {# stjärna} other {# stjärnor}}: {count}',
  'reviews.page.verified': 'Verifierad köpare',
  'reviews.page.anonymous': 'Anonym',
  'reviews.page.reply': 'Svar från {shop}',
  'reviews.page.older': 'Äldre omdömen',
  'reviews.page.product': 'Produkt: {product}',
  'reviews.disclosure.title': 'Så samlar vi in och granskar omdömen',
  'reviews.disclosure.verification':
    'Omdömen märkta ”Verifierad köpare” skrevs via en personlig länk som skickades efter en beställning hos {shop}, så de kommer från riktiga kunder. Omdömen utan märkningen har inte kontrollerats mot ett köp.',
  'reviews.disclosure.moderation.immediate':
    'Varje omdöme publiceras direkt när det skickas in, oavsett betyg.',
  'reviews.disclosure.moderation.threshold':
    'Omdömen med {minRating} eller fler stjärnor publiceras direkt. Omdömen med färre stjärnor publiceras automatiskt {hours, plural, one {# timme} other {# timmar}} efter att de skickats in, så att butiken hinner svara; inget omdöme hålls tillbaka på grund av sitt betyg.',
  'reviews.disclosure.moderation.manual':
    'Varje omdöme läses av {shop} innan det publiceras. Omdömen publiceras oavsett betyg; de avvisas bara om de bryter mot reglerna nedan.',
  'reviews.disclosure.filter.on':
    'Ett automatiskt filter håller kvar omdömen som innehåller e-postadresser, telefonnummer, länkar eller kränkande språk tills en person har granskat dem.',
  'reviews.disclosure.filter.off': 'Inget automatiskt innehållsfilter används.',
  'reviews.disclosure.rules':
    'Ett omdöme tas bara bort om det innehåller personuppgifter, kränkande eller olagligt innehåll, spam eller reklam, inte handlar om butiken eller produkten, eller skrevs av någon med en intressekonflikt. Negativa omdömen tas aldrig bort för att de är negativa.',
  'reviews.disclosure.ordering': 'Omdömen visas med de nyaste först; du kan också sortera dem efter betyg.',
  'reviews.disclosure.scoring':
    'Det samlade betyget är genomsnittet av stjärnbetygen i alla publicerade omdömen och uppdateras med varje omdöme.',

  // loyalty
  'hub.title': 'Belöningar',
  'hub.excluded': 'Ditt konto ingår inte i vårt bonusprogram.',
  'hub.best_reward': '{points, plural, one {Lös in # poäng} other {Lös in # poäng}} för {reward}',
  'loyalty.way.review_product':
    '{points, plural, one {# poäng} other {# poäng}} för en recension av en köpt produkt',
};
