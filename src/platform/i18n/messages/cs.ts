import type { Catalogue } from './en.js';

// Czech plurals: one (1), few (2–4), many (fractions), other (0, 5 and up).
// Addressed formally ("vy"), as Czech shops usually do. Email bodies continue the greeting
// line ("Dobrý den,"), so they start in lower case.
export const cs: Catalogue = {
  'common.points': '{count, plural, one {# bod} few {# body} many {# bodu} other {# bodů}}',

  'invitation.email.subject': 'Jak jste byli spokojeni s nákupem v obchodě {shop}?',
  'invitation.email.greeting': 'Dobrý den, {name},',
  'invitation.email.greeting_no_name': 'Dobrý den,',
  'invitation.email.body':
    'děkujeme za váš nákup v obchodě {shop}. Rádi bychom věděli, jak jste byli spokojeni — zabere to necelou minutu a vaše hodnocení pomůže ostatním zákazníkům při výběru.',
  'invitation.email.cta': 'Napsat recenzi',
  'invitation.email.footer': 'Tento e-mail jste obdrželi, protože jste nedávno nakoupili v obchodě {shop}.',
  'invitation.email.unsubscribe': 'Odhlásit se ze žádostí o hodnocení',
  'invitation.reminder.subject': 'Připomínka: jak jste byli spokojeni s nákupem v obchodě {shop}?',
  'invitation.reminder.body':
    'před pár dny jsme se vás ptali, jak jste byli spokojeni s objednávkou z obchodu {shop}. Pokud máte chvilku, budeme moc rádi za vaše hodnocení.',

  'questionnaire.title': 'Ohodnoťte svůj nákup v obchodě {shop}',
  'questionnaire.service.question': 'Jak hodnotíte obchod {shop}?',
  'questionnaire.product.question': 'Jak hodnotíte produkt {product}?',
  'questionnaire.rating.label':
    '{stars, plural, one {# hvězdička} few {# hvězdičky} many {# hvězdičky} other {# hvězdiček}}',
  'questionnaire.title.label': 'Nadpis recenze',
  'questionnaire.text.label': 'Vaše recenze',
  'questionnaire.text.placeholder': 'Co se vám líbilo? Co bychom mohli zlepšit?',
  'questionnaire.name.label': 'Jméno zobrazené u recenze',
  'questionnaire.optional': 'nepovinné',
  'questionnaire.error.rating_required': 'Vyberte prosím hodnocení od 1 do 5 hvězdiček.',
  'questionnaire.submit': 'Odeslat recenzi',
  'questionnaire.thanks.title': 'Děkujeme za vaši recenzi!',
  'questionnaire.thanks.body':
    'Vážíme si vašeho času. Vaše zpětná vazba pomáhá obchodu {shop} i ostatním zákazníkům.',
  'questionnaire.expired.title': 'Platnost odkazu vypršela',
  'questionnaire.expired.body':
    'Odkazy na hodnocení platí jen omezenou dobu a tento už není aktivní. Děkujeme, že jste se chtěli podělit o svou zkušenost.',
  'questionnaire.used.title': 'Recenzi jste už odeslali',
  'questionnaire.used.body': 'Tento odkaz lze použít jen jednou a vaši recenzi už máme. Děkujeme!',
  'questionnaire.invalid.title': 'Odkaz se nepodařilo otevřít',
  'questionnaire.invalid.body':
    'Odkaz je možná neúplný. Otevřete ho prosím znovu přímo z e-mailu, který jste obdrželi.',

  'hub.join.prompt': 'Připojte se k našemu věrnostnímu programu a sbírejte body za každou objednávku.',
  'hub.join.cta': 'Připojit se',
  'hub.signin.prompt': 'Přihlaste se a uvidíte své body a odměny.',
  'hub.points.balance':
    '{points, plural, one {Máte # bod} few {Máte # body} many {Máte # bodu} other {Máte # bodů}}',
  'hub.next_reward':
    '{missing, plural, one {Ještě # bod} few {Ještě # body} many {Ještě # bodu} other {Ještě # bodů}} do odměny: {reward}',
  'hub.ways_to_earn.title': 'Jak získat body',
  'hub.rewards.title': 'Odměny',
  'hub.redeem': 'Uplatnit',
  'hub.coupons.title': 'Vaše kupony',
  'hub.referral.title': 'Doporučte nás přátelům',
  'hub.tier.current': 'Vaše úroveň: {tier}',
  'hub.tier.next_points':
    '{missing, plural, one {# bod} few {# body} many {# bodu} other {# bodů}} do úrovně {tier}',
  'hub.tier.next_spend': 'Utraťte ještě {amount} a získáte úroveň {tier}',

  'loyalty.way.per_spend':
    '{points, plural, one {# bod} few {# body} many {# bodu} other {# bodů}} za každých {amount} nákupu',
  'loyalty.way.signup':
    '{points, plural, one {# bod} few {# body} many {# bodu} other {# bodů}} za registraci',
  'loyalty.way.newsletter':
    '{points, plural, one {# bod} few {# body} many {# bodu} other {# bodů}} za přihlášení k odběru newsletteru',
  'loyalty.way.review':
    '{points, plural, one {# bod} few {# body} many {# bodu} other {# bodů}} za napsání recenze',
  'loyalty.way.birthday':
    '{points, plural, one {# bod} few {# body} many {# bodu} other {# bodů}} k narozeninám',
  'loyalty.way.referral':
    '{points, plural, one {# bod} few {# body} many {# bodu} other {# bodů}} za každého přítele, který u nás poprvé nakoupí',
  'loyalty.expiry.notice':
    'Platnost {points, plural, one {# bodu} few {# bodů} many {# bodu} other {# bodů}} vyprší {date}.',

  'unsubscribe.done.title': 'Odhlášení proběhlo úspěšně',
  'unsubscribe.done.body': 'Žádosti o hodnocení od obchodu {shop} už nebudete dostávat.',
  // invitations
  'invitation.email.products': 'Objednané produkty:',
  'invitation.email.link_valid_until': 'Odkaz je platný do {date}.',
  'questionnaire.products.heading': 'Vaše produkty',
  'questionnaire.error.summary':
    'Zkontrolujte prosím formulář: {count, plural, one {# odpověď vyžaduje} few {# odpovědi vyžadují} many {# odpovědi vyžaduje} other {# odpovědí vyžaduje}} opravu.',
  'questionnaire.error.too_long': 'Zkraťte prosím text nejvýše na {max} znaků.',
  'questionnaire.error.foreign_origin':
    'Tento formulář lze odeslat jen z jeho vlastní stránky. Otevřete prosím odkaz znovu.',
  'questionnaire.order': 'Týká se objednávky {order}',
  'questionnaire.product.unnamed': 'Produkt z vaší objednávky ({position} z {count})',
  'questionnaire.name.hint': 'Zobrazí se veřejně u vašeho hodnocení. Můžete ho změnit nebo smazat.',
  'embeds.reviews_count':
    '{count, plural, one {# hodnocení} few {# hodnocení} many {# hodnocení} other {# hodnocení}}',
  'embeds.out_of': 'z 5',
  'embeds.verified': 'Ověřený nákup',
  'embeds.certified': 'Certifikovaný obchod',
  'embeds.heading': 'Co říkají naši zákazníci',
  'unsubscribe.confirm.title': 'Odhlášení z žádostí o hodnocení',
  'unsubscribe.confirm.body':
    'Stiskněte tlačítko a obchod {shop} už nebude na adresu {email} posílat žádosti o hodnocení.',
  'unsubscribe.confirm.submit': 'Odhlásit',
  // reviews core
  'reviews.page.title': 'Hodnocení obchodu {shop}',
  'reviews.page.product_title': 'Hodnocení produktu {product}',
  'reviews.page.summary':
    '{average} z 5 · {count, plural, one {# hodnocení} few {# hodnocení} many {# hodnocení} other {# hodnocení}}',
  'reviews.page.empty': 'Zatím nebylo zveřejněno žádné hodnocení.',
  'reviews.page.rating':
    '{rating, plural, one {# hvězdička z 5} few {# hvězdičky z 5} many {# hvězdičky z 5} other {# hvězdiček z 5}}',
  'reviews.page.distribution':
    '{stars, plural, one {# hvězdička} few {# hvězdičky} many {# hvězdičky} other {# hvězdiček}}: {count}',
  'reviews.page.verified': 'Ověřený zákazník',
  'reviews.page.anonymous': 'Anonym',
  'reviews.page.reply': 'Odpověď obchodu {shop}',
  'reviews.page.older': 'Starší hodnocení',
  'reviews.page.product': 'Produkt: {product}',
  'reviews.disclosure.title': 'Jak sbíráme a kontrolujeme hodnocení',
  'reviews.disclosure.verification':
    'Hodnocení označená „Ověřený zákazník“ byla napsána přes osobní odkaz zaslaný po objednávce v obchodě {shop}, takže pocházejí od skutečných zákazníků. Hodnocení bez tohoto označení nebyla ověřena vůči nákupu.',
  'reviews.disclosure.moderation.immediate':
    'Každé hodnocení je zveřejněno hned po odeslání, bez ohledu na počet hvězdiček.',
  'reviews.disclosure.moderation.threshold':
    'Hodnocení s {minRating} a více hvězdičkami jsou zveřejněna ihned. Hodnocení s méně hvězdičkami jsou zveřejněna automaticky {hours, plural, one {# hodinu} few {# hodiny} many {# hodiny} other {# hodin}} po odeslání, aby obchod mohl odpovědět; žádné hodnocení není zadrženo kvůli počtu hvězdiček.',
  'reviews.disclosure.moderation.manual':
    'Každé hodnocení si obchod {shop} před zveřejněním přečte. Hodnocení jsou zveřejněna bez ohledu na počet hvězdiček; zamítnuta jsou jen tehdy, když porušují níže uvedená pravidla.',
  'reviews.disclosure.filter.on':
    'Automatický filtr zadrží hodnocení obsahující e-mailové adresy, telefonní čísla, odkazy nebo vulgární výrazy, dokud je nezkontroluje člověk.',
  'reviews.disclosure.filter.off': 'Automatický filtr obsahu se nepoužívá.',
  'reviews.disclosure.rules':
    'Hodnocení odstraníme jen tehdy, pokud obsahuje osobní údaje, urážlivý nebo nezákonný obsah, spam nebo reklamu, nesouvisí s obchodem či produktem, nebo jej napsal někdo ve střetu zájmů. Negativní hodnocení nikdy neodstraňujeme jen proto, že je negativní.',
  'reviews.disclosure.ordering':
    'Hodnocení jsou řazena od nejnovějších; lze je řadit i podle počtu hvězdiček.',
  'reviews.disclosure.scoring':
    'Celkové hodnocení je průměr hvězdiček všech zveřejněných hodnocení a aktualizuje se s každým novým hodnocením.',

  // loyalty
  'hub.title': 'Odměny',
  'hub.excluded': 'Váš účet není zapojen do našeho věrnostního programu.',
  'hub.best_reward':
    '{points, plural, one {Vyměňte # bod} few {Vyměňte # body} many {Vyměňte # bodu} other {Vyměňte # bodů}} za: {reward}',
  'loyalty.way.review_product':
    '{points, plural, one {# bod} few {# body} many {# bodu} other {# bodů}} za hodnocení zakoupeného produktu',
};
