import { describeCatalogues } from '../../../../../test/support/catalogue-checks.js';
import type { Locale } from '../i18n';
import { connectors } from './connectors';
import { cs } from './cs';
import { dashboard } from './dashboard';
import { de } from './de';
import { en } from './en';
import { errorTexts } from './errors';
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
import { pl } from './pl';
import { reviewsDetail } from './reviews-detail';
import { reviewsImport } from './reviews-import';
import { reviewsList } from './reviews-list';
import { reviewsSnippet } from './reviews-snippet';
import { security } from './security';
import { sv } from './sv';
import { syncs } from './syncs';
import { widgets } from './widgets';

// The first chunk's catalogue and every section that loads with its pages (../sections.ts),
// checked together: no key may be defined twice with different meanings.
const sections = [
  connectors,
  dashboard,
  errorTexts,
  espPages,
  inbox,
  integrations,
  invitationsList,
  invitationsSend,
  invitationsSettings,
  invitationsTemplates,
  loyaltyMembers,
  loyaltyProgram,
  loyaltyRewards,
  reviewsDetail,
  reviewsImport,
  reviewsList,
  reviewsSnippet,
  security,
  syncs,
  widgets,
];
const core = { en, pl, cs, sv, de };
const all = (locale: Locale) =>
  Object.assign({}, core[locale], ...sections.map((section) => section[locale])) as Record<string, string>;

describeCatalogues('the admin app’s message catalogues', {
  en: all('en'),
  pl: all('pl'),
  cs: all('cs'),
  sv: all('sv'),
  de: all('de'),
});
