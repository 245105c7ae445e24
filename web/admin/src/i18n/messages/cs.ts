import { connectors } from './connectors';
import { dashboard } from './dashboard';
import type { Catalogue } from './en';
import { espPages } from './esp-pages';
import { inbox } from './inbox';
import { integrations } from './integrations';
import { invitationsList } from './invitations-list';
import { invitationsSend } from './invitations-send';
import { invitationsSettings } from './invitations-settings';
import { invitationsTemplates } from './invitations-templates';
import { loyaltyMembers } from './loyalty-members';
import { loyaltyProgram } from './loyalty-program';
import { loyaltyRewards } from './loyalty-rewards';
import { reviewsDetail } from './reviews-detail';
import { reviewsImport } from './reviews-import';
import { reviewsList } from './reviews-list';
import { reviewsSnippet } from './reviews-snippet';
import { security } from './security';
import { syncs } from './syncs';
import { widgets } from './widgets';

export const cs: Catalogue = {
  'nav.skip': 'Přejít na obsah',
  'nav.label': 'Hlavní',
  'nav.channels': 'Kanály',
  'nav.integrations': 'Integrace',
  'nav.users': 'Uživatelé',
  'nav.apiKeys': 'Klíče API',
  'nav.language': 'Jazyk',
  'nav.signOut': 'Odhlásit',
  'nav.menu': 'Nabídka',

  'common.cancel': 'Zrušit',
  'common.save': 'Uložit',
  'common.saved': 'Uloženo.',
  'common.loading': 'Načítání…',
  'common.error': 'Něco se nepovedlo: {message}',
  'common.actions': 'Akce',
  'common.loadMore': 'Zobrazit další',

  'form.required': 'Vyplňte toto pole.',
  'form.optional': '{label} (nepovinné)',
  'form.integer': 'Zadejte celé číslo.',
  'form.url': 'Zadejte celou adresu začínající https:// (nebo http://).',
  'form.listHint': 'Hodnoty oddělte čárkami, bez mezer.',

  'copy.button': 'Kopírovat',
  'copy.label': 'Kopírovat: {what}',
  'copy.done': 'Zkopírováno do schránky',
  'copy.failed': 'Kopírování selhalo: označte text a zkopírujte ho sami',

  'signIn.title': 'Přihlášení do Trustloop',
  'signIn.intro':
    'Při prvním spuštění Trustloop vypsal do konzole e-mail vlastníka a jednorázové heslo. Použijte je zde; hned potom si zvolíte vlastní heslo.',
  'signIn.email': 'E-mail',
  'signIn.emailInvalid': 'Zadejte e-mailovou adresu, např. vlastnik@example.com.',
  'signIn.password': 'Heslo',
  'signIn.passwordHint': 'Poprvé: jednorázové heslo z konzole.',
  'signIn.totp': 'Kód z ověřovací aplikace',
  'signIn.totpInvalid': 'Zadejte 6 číslic z ověřovací aplikace.',
  'signIn.submit': 'Přihlásit',
  'signIn.busy': 'Přihlašování…',
  'signIn.wrong': 'E-mail nebo heslo není správné.',

  'password.title': 'Zvolte si heslo',
  'password.forced':
    'Přihlásili jste se jednorázovým heslem. Než budete pokračovat, zvolte si vlastní heslo; jednorázové heslo přestane platit.',
  'password.intro': 'Změňte heslo, kterým se přihlašujete.',
  'password.oneTime': 'Jednorázové heslo',
  'password.current': 'Současné heslo',
  'password.new': 'Nové heslo',
  'password.confirm': 'Nové heslo znovu',
  'password.rule': 'Alespoň {min} znaků; několik slov se snadno pamatuje.',
  'password.tooShort': 'Použijte alespoň {min} znaků.',
  'password.same': 'Zvolte heslo jiné než současné.',
  'password.mismatch': 'Nová hesla se liší.',
  'password.submit': 'Uložit heslo',

  'channels.title': 'Kanály',
  'channels.add': 'Přidat kanál',
  'channels.addTitle': 'Přidat kanál',
  'channels.addIntro': 'Kanál je jeden obchod nebo web: jeho doména, jazyk, měna a časové pásmo.',
  'channels.create': 'Vytvořit kanál',
  'channels.emptyTitle': 'Zatím žádné kanály',
  'channels.emptyText':
    'Nejprve přidejte svůj obchod jako kanál; integrace, recenze a věrnostní program patří ke kanálu.',
  'channels.name': 'Název',
  'channels.domain': 'Doména',
  'channels.domainHint': 'Název hostitele obchodu, bez https://, např. obchod.example.cz.',
  'channels.domainInvalid': 'Zadejte název hostitele, např. obchod.example.cz.',
  'channels.locale': 'Jazyk',
  'channels.currency': 'Měna',
  'channels.currencyHint': 'Třípísmenný kód, např. CZK, EUR, PLN, SEK.',
  'channels.currencyInvalid': 'Zadejte třípísmenný kód měny, např. CZK.',
  'channels.timeZone': 'Časové pásmo',
  'channels.timeZoneInvalid': 'Vyberte časové pásmo ze seznamu.',
  'channels.settings': 'Nastavení',
  'channels.integrations': 'Integrace tohoto kanálu',
  'channels.keys': 'Klíče pro obchod',
  'channels.publicId': 'Veřejné ID kanálu',
  'channels.publicIdHint': 'Lze zveřejnit: používají ho widgety a veřejné adresy.',
  'channels.signingSecret': 'Podpisový klíč',
  'channels.signingSecretHint':
    'Obchod jím podepisuje token přihlášeného zákazníka (věrnostní panel). Držte ho na serveru.',
  'channels.reveal': 'Zobrazit podpisový klíč',
  'channels.rotate': 'Vyměnit podpisový klíč',
  'channels.rotateTitle': 'Vyměnit podpisový klíč?',
  'channels.rotateText':
    'Tokeny podepsané současným klíčem okamžitě přestanou platit. Hned poté aktualizujte obchod.',
  'channels.delete': 'Smazat kanál',
  'channels.deleteTitle': 'Smazat {name}?',
  'channels.deleteText':
    'Kanál a vše, co k němu patří (objednávky, recenze, věrnost, připojení), bude trvale smazáno.',

  'users.title': 'Uživatelé',
  'users.add': 'Přidat uživatele',
  'users.create': 'Přidat uživatele',
  'users.email': 'E-mail',
  'users.name': 'Jméno',
  'users.role': 'Role',
  'users.role.owner': 'Vlastník',
  'users.role.admin': 'Správce',
  'users.role.viewer': 'Náhled',
  'users.roleHint': 'Správce smí měnit vše; náhled se smí jen dívat.',
  'users.since': 'Přidán',
  'users.you': 'Vy',
  'users.remove': 'Odebrat',
  'users.removeTitle': 'Odebrat {name}?',
  'users.removeText': 'Bude okamžitě odhlášen a už se nepřihlásí.',
  'users.oneTimePassword':
    '{email} se přihlásí tímto jednorázovým heslem a pak si zvolí vlastní. Zobrazuje se jen teď.',
  'users.oneTimePasswordLabel': 'Jednorázové heslo',

  'apiKeys.title': 'Klíče API',
  'apiKeys.intro': 'Pro obchod nebo vlastní skripty: každý klíč smí jen to, co povolují jeho oprávnění.',
  'apiKeys.add': 'Vytvořit klíč API',
  'apiKeys.create': 'Vytvořit klíč',
  'apiKeys.name': 'Název',
  'apiKeys.scopes': 'Oprávnění',
  'apiKeys.scopesRequired': 'Vyberte alespoň jedno oprávnění.',
  'apiKeys.prefix': 'Začíná na',
  'apiKeys.lastUsed': 'Naposledy použit',
  'apiKeys.never': 'Nikdy',
  'apiKeys.emptyTitle': 'Zatím žádné klíče API',
  'apiKeys.emptyText': 'Vytvořte klíč níže, až bude obchod nebo skript volat Trustloop.',
  'apiKeys.secretTitle': 'Váš nový klíč API',
  'apiKeys.secretOnce': 'Zkopírujte ho teď: zobrazí se jen jednou. Trustloop uchovává jen jeho otisk.',
  'apiKeys.secret': 'Klíč API',
  'apiKeys.secretDone': 'Mám ho zkopírovaný',
  'apiKeys.revoke': 'Zneplatnit',
  'apiKeys.revokeTitle': 'Zneplatnit {name}?',
  'apiKeys.revokeText': 'Každé volání s tímto klíčem bude od teď odmítnuto.',

  'integrations.title': 'Integrace',
  'integrations.channel': 'Kanál',
  'integrations.shops': 'Data z obchodu',
  'integrations.marketing': 'Marketingové platformy',
  'integrations.open': 'Nastavit {name}',
  'integrations.noChannelTitle': 'Nejprve přidejte kanál',
  'integrations.noChannelText': 'Integrace propojují jeden kanál (jeden obchod) s dalšími nástroji.',
  'integrations.shop.shopify.summary': 'Objednávky, refundace, vyřízení a zákazníci přes webhooky Shopify.',
  'integrations.shop.woocommerce.summary': 'Objednávky a zákazníci přes webhooky WooCommerce.',
  'integrations.shop.magento.summary':
    'Objednávky, dobropisy, zásilky a zákazníci, čtené každou minutu přes REST API.',
  'integrations.shop.prestashop.summary':
    'Objednávky, dobropisy a zákazníci, čtené každou minutu přes Webservice.',
  'integrations.shop.shoper.summary':
    'Objednávky a zákazníci přes webhooky Shoperu a pro dohnání čtené každou minutu.',

  'status.active': 'Připojeno',
  'status.error': 'Chyby',
  'status.auth_invalid': 'Přístupové údaje odmítnuty',
  'status.not_connected': 'Nepřipojeno',

  'shop.title': '{platform} pro {channel}',
  'shop.connect': 'Připojit',
  'shop.webhookUrl': 'URL webhooku',
  'shop.topics': '{count, plural, one {# téma} few {# témata} many {# tématu} other {# témat}} k vytvoření',
  'shop.disconnectText': 'Webhooky z obchodu budou od teď odmítány; co už přišlo, zůstává.',
  'shop.shopify.step1': 'Zadejte podpisový klíč webhooků Shopify',
  'shop.shopify.secretWhere':
    'V administraci Shopify: Nastavení → Oznámení → Webhooky. Klíč je pod seznamem: „Vaše webhooky budou podepsány …“.',
  'shop.shopify.webhooksWhere':
    'V administraci Shopify: Nastavení → Oznámení → Webhooky → Vytvořit webhook, jednou pro každé téma níže, vždy s touto URL.',
  'shop.shopify.format': 'Formát: JSON. Verze API: nejnovější stabilní.',
  'shop.shopify.notHttps':
    'Shopify posílá webhooky jen na adresy https. Nastavte PUBLIC_URL na adresu https tohoto Trustloop a spusťte ho znovu.',
  'shop.woocommerce.step1': 'Zvolte klíč webhooků',
  'shop.woocommerce.secretWhere':
    'Vymyslete dlouhý náhodný klíč; stejný zadáte do každého webhooku WooCommerce níže.',
  'shop.woocommerce.webhooksWhere':
    'Ve WordPressu: WooCommerce → Nastavení → Pokročilé → Webhooky → Přidat webhook, jednou pro každé téma níže, s touto doručovací URL a klíčem z kroku 1.',
  'shop.woocommerce.format': 'Stav: aktivní. Verze API: WP REST API Integration v3.',
  'shop.woocommerce.notHttps':
    'Tato adresa není https: data objednávek by putovala nešifrovaně. Nastavte PUBLIC_URL na adresu https.',

  'connector.title': '{platform} pro {channel}',
  'connector.unknown': 'Taková integrace neexistuje.',
  'connector.connect': 'Ověřit a připojit',
  'connector.checking': 'Ověřování u platformy…',
  'connector.secretKept': 'Uloženo — nechte prázdné, aby zůstalo',
  'connector.step.credentials': 'Připojte svůj účet {platform}',
  'connector.step.embeds': 'Recenze v e-mailech: webový feed a úryvek',
  'connector.step.paste': 'Vložte toto do {platform}',
  'connector.step.export': 'Odešlete stávající kontakty',
  'connector.step.status': 'Stav',
  'connector.klaviyo.dedupe':
    'Trustloop posílá jednu pozvánku na objednávku a druh recenze, ať o ni žádá kdokoli: když tento flow i vlastní pozvánky Trustloop proběhnou pro tutéž objednávku, zákazník dostane jen jednu.',
  'connector.disconnect': 'Odpojit',
  'connector.disconnectTitle': 'Odpojit {name}?',
  'connector.disconnectText': 'Odesílání se zastaví a uložené přístupové údaje budou smazány.',

  'setup.nothing': 'Pro tuto platformu není co vkládat.',
  'setup.destinationUrl': 'Destination URL',
  'setup.headers': 'Hlavička {name}',
  'setup.jsonBodies': 'JSON body: {name}',
  'setup.name.service': 'recenze obchodu',
  'setup.name.product': 'recenze produktů',
  'setup.name.both': 'recenze obchodu i produktů',
  'setup.jsonBody': 'JSON body',
  'setup.questionnaireLinkTag': 'Značka s odkazem na dotazník',
  'setup.listWebhookUrl': 'URL webhooku přihlášení / odhlášení',
  'setup.optInCallbackUrl': 'URL callbacku opt-in',
  'setup.optOutCallbackUrl': 'URL callbacku opt-out',
  'setup.endpoint': 'URL příjemce',
  'setup.signingSecret': 'Podpisový klíč',
  'setup.signatureScheme': 'Schéma podpisu',

  'embeds.feedIntro':
    'V Klaviyo: Content → Web feeds → Add web feed, s tímto názvem a URL (metoda GET, typ obsahu JSON).',
  'embeds.feedName': 'Název feedu',
  'embeds.feedUrl': 'URL feedu',
  'embeds.snippetChoice': 'Co e-mail ukazuje',
  'embeds.snippet.badge': 'Odznak s hodnocením',
  'embeds.snippet.stars': 'Rozšířené hvězdičky',
  'embeds.snippet.reviews': 'Vybrané recenze',
  'embeds.badgeNeedsCertified': 'Odznak je k dispozici, jakmile je kanál certifikovaný.',
  'embeds.snippet': 'Úryvek k vložení do šablony e-mailu',

  'export.consent': 'Kontakty',
  'export.consent.all': 'Všechny',
  'export.consent.subscribed': 'Jen opt-in',
  'export.consent.unsubscribed': 'Jen opt-out',
  'export.from': 'Známé od',
  'export.to': 'Známé do',
  'export.rangeInvalid': 'Konec je před začátkem.',
  'export.tags': 'Další štítky',
  'export.tagsHint': 'Oddělené čárkami, bez mezer: JARO,IMPORT_2026.',
  'export.tagsInvalid': 'Štítky oddělujte jen čárkami; štítky nemají mezery.',
  'export.transactions': 'Odeslat i dřívější zaplacené objednávky jako nákupy',
  'export.transactionsOnce':
    'Lze stisknout dvakrát: každá objednávka dorazí na tento účet jednou, ať exportujete kolikrát chcete.',
  'export.start': 'Spustit export',
  'export.progress': 'Průběh exportu',
  'export.running': 'Odesláno {done} z {total} kontaktů…',
  'export.done': 'Hotovo: odesláno {completed}, chyb {failed}.',

  'health.status': 'Stav',
  'health.lastSync': 'Poslední synchronizace',
  'health.lastError': 'Poslední chyba',
  'health.noError': 'Žádná',
  'health.deliveries': 'Doručení',
  'health.counts': 'odesláno {sent}, čeká {pending}, selhalo {failed}, mrtvých {dead}',
  'health.deadLetters':
    '{count, plural, one {# doručení selhalo} few {# doručení selhala} many {# doručení selhalo} other {# doručení selhalo}} natrvalo',
  'health.replay': 'Odeslat znovu',
  ...connectors.cs,
  ...dashboard.cs,
  ...inbox.cs,
  ...integrations.cs,
  ...espPages.cs,
  ...invitationsList.cs,
  ...invitationsSend.cs,
  ...invitationsSettings.cs,
  ...invitationsTemplates.cs,
  ...loyaltyProgram.cs,
  ...loyaltyRewards.cs,
  ...loyaltyMembers.cs,
  ...reviewsList.cs,
  ...reviewsDetail.cs,
  ...reviewsSnippet.cs,
  ...widgets.cs,
  ...reviewsImport.cs,
  ...security.cs,
  ...syncs.cs,
};
