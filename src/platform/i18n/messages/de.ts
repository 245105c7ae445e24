import type { Catalogue } from './en.js';

// German plurals: one, other. Addressed formally ("Sie"). Email bodies start in lower case
// because in German letters the text continues the greeting line ("Hallo Anna,").
export const de: Catalogue = {
  'common.points': '{count, plural, one {# Punkt} other {# Punkte}}',

  'invitation.email.subject': 'Wie war Ihre Bestellung bei {shop}?',
  'invitation.email.greeting': 'Hallo {name},',
  'invitation.email.greeting_no_name': 'Guten Tag,',
  'invitation.email.body':
    'vielen Dank für Ihren Einkauf bei {shop}. Wir würden gern wissen, wie zufrieden Sie waren – es dauert weniger als eine Minute, und Ihre Bewertung hilft anderen Kundinnen und Kunden bei der Auswahl.',
  'invitation.email.cta': 'Bewertung schreiben',
  'invitation.email.footer': 'Sie erhalten diese E-Mail, weil Sie kürzlich bei {shop} bestellt haben.',
  'invitation.email.unsubscribe': 'Keine Bewertungsanfragen mehr erhalten',
  'invitation.reminder.subject': 'Kurze Erinnerung: Wie war Ihre Bestellung bei {shop}?',
  'invitation.reminder.body':
    'vor ein paar Tagen haben wir Sie gefragt, wie Ihre Bestellung bei {shop} war. Wenn Sie eine Minute Zeit haben, würden wir uns sehr über Ihre Bewertung freuen.',

  'questionnaire.title': 'Bewerten Sie Ihren Einkauf bei {shop}',
  'questionnaire.service.question': 'Wie bewerten Sie {shop}?',
  'questionnaire.product.question': 'Wie bewerten Sie {product}?',
  'questionnaire.rating.label': '{stars, plural, one {# Stern} other {# Sterne}}',
  'questionnaire.title.label': 'Titel Ihrer Bewertung',
  'questionnaire.text.label': 'Ihre Bewertung',
  'questionnaire.text.placeholder': 'Was hat Ihnen gefallen? Was könnte besser sein?',
  'questionnaire.name.label': 'Name, der bei Ihrer Bewertung angezeigt wird',
  'questionnaire.optional': 'optional',
  'questionnaire.error.rating_required': 'Bitte wählen Sie eine Bewertung von 1 bis 5 Sternen.',
  'questionnaire.submit': 'Bewertung absenden',
  'questionnaire.thanks.title': 'Vielen Dank für Ihre Bewertung!',
  'questionnaire.thanks.body':
    'Schön, dass Sie sich die Zeit genommen haben. Ihr Feedback hilft {shop} und anderen Kundinnen und Kunden.',
  'questionnaire.expired.title': 'Dieser Link ist abgelaufen',
  'questionnaire.expired.body':
    'Bewertungslinks sind nur begrenzt gültig, und dieser ist nicht mehr aktiv. Danke, dass Sie Ihre Erfahrung teilen wollten.',
  'questionnaire.used.title': 'Sie haben Ihre Bewertung bereits abgegeben',
  'questionnaire.used.body':
    'Dieser Link kann nur einmal verwendet werden, und Ihre Bewertung liegt uns bereits vor. Vielen Dank!',
  'questionnaire.invalid.title': 'Dieser Link konnte nicht geöffnet werden',
  'questionnaire.invalid.body':
    'Der Link ist möglicherweise unvollständig. Bitte öffnen Sie ihn erneut direkt aus der E-Mail, die Sie erhalten haben.',

  'hub.join.prompt':
    'Werden Sie Mitglied in unserem Prämienprogramm und sammeln Sie bei jeder Bestellung Punkte.',
  'hub.join.cta': 'Jetzt mitmachen',
  'hub.signin.prompt': 'Melden Sie sich an, um Ihre Punkte und Prämien zu sehen.',
  'hub.points.balance': '{points, plural, one {Sie haben # Punkt} other {Sie haben # Punkte}}',
  'hub.next_reward': '{missing, plural, one {Noch # Punkt} other {Noch # Punkte}} bis zur Prämie: {reward}',
  'hub.ways_to_earn.title': 'So sammeln Sie Punkte',
  'hub.rewards.title': 'Prämien',
  'hub.redeem': 'Einlösen',
  'hub.coupons.title': 'Ihre Gutscheine',
  'hub.referral.title': 'Freunde empfehlen',
  'hub.tier.current': 'Ihr Status: {tier}',
  'hub.tier.next_points': '{missing, plural, one {# Punkt} other {# Punkte}} bis {tier}',
  'hub.tier.next_spend': 'Noch {amount} bis {tier}',

  'loyalty.way.per_spend': '{points, plural, one {# Punkt} other {# Punkte}} pro {amount} Einkaufswert',
  'loyalty.way.signup': '{points, plural, one {# Punkt} other {# Punkte}} für Ihre Registrierung',
  'loyalty.way.newsletter':
    '{points, plural, one {# Punkt} other {# Punkte}} für die Anmeldung zum Newsletter',
  'loyalty.way.review': '{points, plural, one {# Punkt} other {# Punkte}} für jede Bewertung',
  'loyalty.way.birthday': '{points, plural, one {# Punkt} other {# Punkte}} zu Ihrem Geburtstag',
  'loyalty.way.referral':
    '{points, plural, one {# Punkt} other {# Punkte}} für jede empfohlene Person, die zum ersten Mal bestellt',
  'loyalty.expiry.notice': '{points, plural, one {# Punkt verfällt} other {# Punkte verfallen}} am {date}.',

  'unsubscribe.done.title': 'Sie wurden abgemeldet',
  'unsubscribe.done.body': 'Sie erhalten keine Bewertungsanfragen mehr von {shop}.',
  // invitations
  'invitation.email.products': 'Ihre Bestellung:',
  'invitation.email.link_valid_until': 'Der Link ist bis {date} gültig.',
  'questionnaire.products.heading': 'Ihre Produkte',
  'questionnaire.error.summary':
    'Bitte prüfen Sie das Formular: {count, plural, one {# Angabe braucht} other {# Angaben brauchen}} Ihre Aufmerksamkeit.',
  'questionnaire.error.too_long': 'Bitte kürzen Sie den Text auf höchstens {max} Zeichen.',
  'questionnaire.error.foreign_origin':
    'Dieses Formular kann nur von seiner eigenen Seite gesendet werden. Bitte öffnen Sie den Link erneut.',
  'questionnaire.order': 'Zu Ihrer Bestellung {order}',
  'questionnaire.product.unnamed': 'Ein Produkt aus Ihrer Bestellung ({position} von {count})',
  'questionnaire.name.hint':
    'Wird öffentlich mit Ihrer Bewertung angezeigt. Sie können ihn ändern oder löschen.',
  'embeds.reviews_count': '{count, plural, one {# Bewertung} other {# Bewertungen}}',
  'embeds.out_of': 'von 5',
  'embeds.verified': 'Verifizierter Kauf',
  'embeds.certified': 'Zertifizierter Shop',
  'embeds.heading': 'Das sagen unsere Kunden',
  'unsubscribe.confirm.title': 'Bewertungsanfragen abbestellen',
  'unsubscribe.confirm.body':
    'Klicken Sie auf die Schaltfläche, und {shop} sendet keine Bewertungsanfragen mehr an {email}.',
  'unsubscribe.confirm.submit': 'Abbestellen',
  // reviews core
  'reviews.page.title': 'Bewertungen von {shop}',
  'reviews.page.product_title': 'Bewertungen zu {product}',
  'reviews.page.summary': '{average} von 5 · {count, plural, one {# Bewertung} other {# Bewertungen}}',
  'reviews.page.empty': 'Es wurden noch keine Bewertungen veröffentlicht.',
  'reviews.page.rating': '{rating, plural, one {# von 5 Sternen} other {# von 5 Sternen}}',
  'reviews.page.distribution': '{stars, plural, one {# Stern} other {# Sterne}}: {count}',
  'reviews.page.verified': 'Verifizierter Kauf',
  'reviews.page.anonymous': 'Anonym',
  'reviews.page.reply': 'Antwort von {shop}',
  'reviews.page.older': 'Ältere Bewertungen',
  'reviews.page.product': 'Produkt: {product}',
  'reviews.disclosure.title': 'Wie Bewertungen gesammelt und geprüft werden',
  'reviews.disclosure.verification':
    'Mit „Verifizierter Kauf“ gekennzeichnete Bewertungen wurden über einen persönlichen Link geschrieben, der nach einer Bestellung bei {shop} verschickt wurde; sie stammen also von echten Kundinnen und Kunden. Bewertungen ohne diese Kennzeichnung wurden nicht mit einem Kauf abgeglichen.',
  'reviews.disclosure.moderation.immediate':
    'Jede Bewertung wird sofort nach dem Absenden veröffentlicht, unabhängig von der Sternezahl.',
  'reviews.disclosure.moderation.threshold':
    'Bewertungen mit {minRating} oder mehr Sternen werden sofort veröffentlicht. Bewertungen mit weniger Sternen werden {hours, plural, one {# Stunde} other {# Stunden}} nach dem Absenden automatisch veröffentlicht, damit der Shop antworten kann; keine Bewertung wird wegen ihrer Sternezahl zurückgehalten.',
  'reviews.disclosure.moderation.manual':
    'Jede Bewertung wird von {shop} vor der Veröffentlichung gelesen. Bewertungen werden unabhängig von der Sternezahl veröffentlicht; abgelehnt werden sie nur, wenn sie gegen die folgenden Regeln verstoßen.',
  'reviews.disclosure.filter.on':
    'Ein automatischer Filter hält Bewertungen mit E-Mail-Adressen, Telefonnummern, Links oder beleidigender Sprache zurück, bis ein Mensch sie geprüft hat.',
  'reviews.disclosure.filter.off': 'Es wird kein automatischer Inhaltsfilter verwendet.',
  'reviews.disclosure.rules':
    'Eine Bewertung wird nur entfernt, wenn sie personenbezogene Daten, beleidigende oder rechtswidrige Inhalte, Spam oder Werbung enthält, nichts mit dem Shop oder Produkt zu tun hat oder von jemandem mit einem Interessenkonflikt stammt. Negative Bewertungen werden nie entfernt, nur weil sie negativ sind.',
  'reviews.disclosure.ordering':
    'Bewertungen werden mit den neuesten zuerst angezeigt; sie lassen sich auch nach Sternen sortieren.',
  'reviews.disclosure.scoring':
    'Die Gesamtbewertung ist der Durchschnitt der Sterne aller veröffentlichten Bewertungen und wird mit jeder Bewertung aktualisiert.',

  // loyalty
  'hub.title': 'Prämien',
  'hub.excluded': 'Ihr Konto nimmt nicht an unserem Prämienprogramm teil.',
  'hub.best_reward': '{points, plural, one {# Punkt einlösen} other {# Punkte einlösen}} für {reward}',
  'loyalty.way.review_product':
    '{points, plural, one {# Punkt} other {# Punkte}} für die Bewertung eines gekauften Produkts',
};
