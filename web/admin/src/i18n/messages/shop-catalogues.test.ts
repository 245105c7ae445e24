import { describeCatalogues } from '../../../../../test/support/catalogue-checks.js';
import { shopFields } from './shop-fields';
import { shopFieldsPulled } from './shop-fields-pulled';
import { shopGuides } from './shop-guides';
import { shopPages } from './shop-pages';
import { shopPull } from './shop-pull';

// The shop pages' sections load with their page (routes/integrations/-shop-i18n.ts), not in the
// first chunk's catalogues: checked here the same way.
const sections = [shopPages, shopGuides, shopPull, shopFields, shopFieldsPulled];
const merged = (locale: 'en' | 'pl' | 'cs' | 'sv' | 'de') =>
  Object.assign({}, ...sections.map((section) => section[locale])) as Record<string, string>;

describeCatalogues('the shop pages’ message catalogues', {
  en: merged('en'),
  pl: merged('pl'),
  cs: merged('cs'),
  sv: merged('sv'),
  de: merged('de'),
});
