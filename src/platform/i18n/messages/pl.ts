import type { Catalogue } from './en.js';

// Polish plurals: one (1), few (2–4, 22–24, …), many (0, 5–21, 25–31, …), other (fractions).
// Addressed with the informal "Ty" usual in Polish e-commerce, phrased to avoid gendered verb forms.
// Email bodies continue the greeting line ("Cześć Anna,"), so they start in lower case.
export const pl: Catalogue = {
  'common.points': '{count, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}}',

  'invitation.email.subject': 'Jak oceniasz zakupy w sklepie {shop}?',
  'invitation.email.greeting': 'Cześć {name},',
  'invitation.email.greeting_no_name': 'Dzień dobry,',
  'invitation.email.body':
    'dziękujemy za zakupy w sklepie {shop}. Daj nam znać, jak wszystko poszło — zajmie Ci to mniej niż minutę, a Twoja opinia pomoże innym klientom w wyborze.',
  'invitation.email.cta': 'Wystaw opinię',
  'invitation.email.footer': 'Otrzymujesz tę wiadomość w związku z Twoim zamówieniem w sklepie {shop}.',
  'invitation.email.unsubscribe': 'Zrezygnuj z próśb o opinię',
  'invitation.reminder.subject': 'Przypominamy: jak oceniasz zakupy w sklepie {shop}?',
  'invitation.reminder.body':
    'kilka dni temu zapytaliśmy, jak oceniasz zamówienie w sklepie {shop}. Jeśli masz chwilę, będziemy bardzo wdzięczni za Twoją opinię.',

  'questionnaire.title': 'Oceń zakupy w sklepie {shop}',
  'questionnaire.service.question': 'Jak oceniasz sklep {shop}?',
  'questionnaire.product.question': 'Jak oceniasz produkt {product}?',
  'questionnaire.rating.label':
    '{stars, plural, one {# gwiazdka} few {# gwiazdki} many {# gwiazdek} other {# gwiazdki}}',
  'questionnaire.title.label': 'Tytuł opinii',
  'questionnaire.text.label': 'Twoja opinia',
  'questionnaire.text.placeholder': 'Co Ci się podobało? Co moglibyśmy poprawić?',
  'questionnaire.name.label': 'Imię widoczne przy opinii',
  'questionnaire.optional': 'opcjonalnie',
  'questionnaire.error.rating_required': 'Wybierz ocenę od 1 do 5 gwiazdek.',
  'questionnaire.submit': 'Wyślij opinię',
  'questionnaire.thanks.title': 'Dziękujemy za opinię!',
  'questionnaire.thanks.body':
    'Dziękujemy za poświęcony czas. Twoja opinia pomaga sklepowi {shop} i innym klientom.',
  'questionnaire.expired.title': 'Ten link wygasł',
  'questionnaire.expired.body':
    'Linki do wystawienia opinii są ważne tylko przez pewien czas i ten jest już nieaktywny. Dziękujemy za chęć podzielenia się opinią.',
  'questionnaire.used.title': 'Opinia została już wysłana',
  'questionnaire.used.body': 'Tego linku można użyć tylko raz, a Twoją opinię już otrzymaliśmy. Dziękujemy!',
  'questionnaire.invalid.title': 'Nie udało się otworzyć linku',
  'questionnaire.invalid.body':
    'Link może być niepełny. Otwórz go ponownie bezpośrednio z otrzymanej wiadomości e-mail.',

  'hub.join.prompt': 'Dołącz do naszego programu lojalnościowego i zbieraj punkty za każde zamówienie.',
  'hub.join.cta': 'Dołącz teraz',
  'hub.signin.prompt': 'Zaloguj się, aby zobaczyć swoje punkty i nagrody.',
  'hub.points.balance':
    '{points, plural, one {Masz # punkt} few {Masz # punkty} many {Masz # punktów} other {Masz # punktu}}',
  'hub.next_reward':
    '{missing, plural, one {Jeszcze # punkt} few {Jeszcze # punkty} many {Jeszcze # punktów} other {Jeszcze # punktu}} do nagrody: {reward}',
  'hub.ways_to_earn.title': 'Jak zdobywać punkty',
  'hub.rewards.title': 'Nagrody',
  'hub.redeem': 'Odbierz',
  'hub.coupons.title': 'Twoje kupony',
  'hub.referral.title': 'Poleć znajomym',
  'hub.tier.current': 'Twój poziom: {tier}',
  'hub.tier.next_points':
    '{missing, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}} do poziomu {tier}',
  'hub.tier.next_spend': 'Wydaj jeszcze {amount}, aby osiągnąć poziom {tier}',

  'loyalty.way.per_spend':
    '{points, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}} za każde wydane {amount}',
  'loyalty.way.signup':
    '{points, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}} za założenie konta',
  'loyalty.way.newsletter':
    '{points, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}} za zapis do newslettera',
  'loyalty.way.review':
    '{points, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}} za wystawienie opinii',
  'loyalty.way.birthday':
    '{points, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}} z okazji urodzin',
  'loyalty.way.referral':
    '{points, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}} za każdego poleconego znajomego, który złoży pierwsze zamówienie',
  'loyalty.expiry.notice':
    '{points, plural, one {# punkt wygaśnie} few {# punkty wygasną} many {# punktów wygaśnie} other {# punktu wygaśnie}} {date}.',

  'unsubscribe.done.title': 'Wypisano Cię z próśb o opinię',
  'unsubscribe.done.body': 'Nie będziesz już otrzymywać próśb o opinię od sklepu {shop}.',
  // invitations
  'invitation.email.products': 'Zamówione produkty:',
  'invitation.email.link_valid_until': 'Link jest aktywny do {date}.',
  'questionnaire.products.heading': 'Twoje produkty',
  'questionnaire.error.summary':
    'Sprawdź formularz: {count, plural, one {# odpowiedź wymaga} few {# odpowiedzi wymagają} many {# odpowiedzi wymaga} other {# odpowiedzi wymaga}} poprawienia.',
  'questionnaire.error.too_long': 'Skróć ten tekst do najwyżej {max} znaków.',
  'questionnaire.error.foreign_origin':
    'Ten formularz można wysłać tylko z jego strony. Otwórz link ponownie.',
  'questionnaire.order': 'Dotyczy zamówienia {order}',
  'questionnaire.product.unnamed': 'Produkt z Twojego zamówienia ({position} z {count})',
  'questionnaire.name.hint': 'Widoczne publicznie przy opinii. Możesz je zmienić lub usunąć.',
  'embeds.reviews_count': '{count, plural, one {# opinia} few {# opinie} many {# opinii} other {# opinii}}',
  'embeds.out_of': 'na 5',
  'embeds.verified': 'Zweryfikowany zakup',
  'embeds.certified': 'Certyfikowany sklep',
  'embeds.heading': 'Co mówią nasi klienci',
  'unsubscribe.confirm.title': 'Rezygnacja z próśb o opinię',
  'unsubscribe.confirm.body':
    'Kliknij przycisk, a sklep {shop} nie będzie już wysyłać próśb o opinię na adres {email}.',
  'unsubscribe.confirm.submit': 'Wypisz mnie',
  // reviews core
  'reviews.page.title': 'Opinie o sklepie {shop}',
  'reviews.page.product_title': 'Opinie o produkcie {product}',
  'reviews.page.summary':
    '{average} na 5 · {count, plural, one {# opinia} few {# opinie} many {# opinii} other {# opinii}}',
  'reviews.page.empty': 'Nie opublikowano jeszcze żadnych opinii.',
  'reviews.page.rating':
    '{rating, plural, one {# gwiazdka na 5} few {# gwiazdki na 5} many {# gwiazdek na 5} other {# gwiazdki na 5}}',
  'reviews.page.distribution':
    '{stars, plural, one {# gwiazdka} few {# gwiazdki} many {# gwiazdek} other {# gwiazdki}}: {count}',
  'reviews.page.verified': 'Zweryfikowany kupujący',
  'reviews.page.anonymous': 'Anonim',
  'reviews.page.reply': 'Odpowiedź sklepu {shop}',
  'reviews.page.older': 'Starsze opinie',
  'reviews.page.product': 'Produkt: {product}',
  'reviews.disclosure.title': 'Jak zbieramy i sprawdzamy opinie',
  'reviews.disclosure.verification':
    'Opinie oznaczone jako „Zweryfikowany kupujący” zostały napisane przez osobisty link wysłany po zamówieniu w sklepie {shop}, więc pochodzą od prawdziwych klientów. Opinie bez tego oznaczenia nie zostały sprawdzone pod kątem zakupu.',
  'reviews.disclosure.moderation.immediate':
    'Każda opinia jest publikowana od razu po wysłaniu, niezależnie od oceny.',
  'reviews.disclosure.moderation.threshold':
    'Opinie z oceną {minRating} lub więcej gwiazdek są publikowane od razu. Opinie z niższą oceną są publikowane automatycznie {hours, plural, one {# godzinę} few {# godziny} many {# godzin} other {# godziny}} po wysłaniu, aby sklep mógł na nie odpowiedzieć; żadna opinia nie jest wstrzymywana z powodu oceny.',
  'reviews.disclosure.moderation.manual':
    'Każdą opinię sklep {shop} czyta przed publikacją. Opinie są publikowane niezależnie od oceny; odrzucane są tylko wtedy, gdy naruszają poniższe zasady.',
  'reviews.disclosure.filter.on':
    'Automatyczny filtr wstrzymuje opinie zawierające adresy e-mail, numery telefonów, linki lub wulgaryzmy, dopóki nie sprawdzi ich człowiek.',
  'reviews.disclosure.filter.off': 'Nie używamy automatycznego filtra treści.',
  'reviews.disclosure.rules':
    'Opinia jest usuwana tylko wtedy, gdy zawiera dane osobowe, treści obraźliwe lub niezgodne z prawem, spam lub reklamę, nie dotyczy sklepu ani produktu albo napisała ją osoba w konflikcie interesów. Negatywne opinie nigdy nie są usuwane za to, że są negatywne.',
  'reviews.disclosure.ordering': 'Opinie są wyświetlane od najnowszych; można je też sortować według oceny.',
  'reviews.disclosure.scoring':
    'Ocena ogólna to średnia gwiazdek wszystkich opublikowanych opinii, aktualizowana przy każdej nowej opinii.',

  // loyalty
  'hub.title': 'Nagrody',
  'hub.excluded': 'Twoje konto nie uczestniczy w naszym programie lojalnościowym.',
  'hub.best_reward':
    '{points, plural, one {Wymień # punkt} few {Wymień # punkty} many {Wymień # punktów} other {Wymień # punktu}} na: {reward}',
  'loyalty.way.review_product':
    '{points, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}} za opinię o kupionym produkcie',
};
