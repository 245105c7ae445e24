import { addMessages } from './i18n';

/**
 * The message sections that load with the pages using them rather than in the first chunk (the
 * first page's JavaScript has a 200 KB gzipped budget, bench/admin.bench.ts). Each is its own
 * chunk, fetched once; the shop pages' sections come with their page's chunk instead
 * (routes/integrations/-shop-i18n.ts).
 */
export const SECTIONS = {
  connectors: () => import('./messages/connectors').then((m) => m.connectors),
  dashboard: () => import('./messages/dashboard').then((m) => m.dashboard),
  espPages: () => import('./messages/esp-pages').then((m) => m.espPages),
  inbox: () => import('./messages/inbox').then((m) => m.inbox),
  integrations: () => import('./messages/integrations').then((m) => m.integrations),
  invitationsList: () => import('./messages/invitations-list').then((m) => m.invitationsList),
  invitationsSend: () => import('./messages/invitations-send').then((m) => m.invitationsSend),
  invitationsSettings: () => import('./messages/invitations-settings').then((m) => m.invitationsSettings),
  invitationsTemplates: () => import('./messages/invitations-templates').then((m) => m.invitationsTemplates),
  loyaltyMembers: () => import('./messages/loyalty-members').then((m) => m.loyaltyMembers),
  loyaltyProgram: () => import('./messages/loyalty-program').then((m) => m.loyaltyProgram),
  loyaltyRewards: () => import('./messages/loyalty-rewards').then((m) => m.loyaltyRewards),
  reviewsDetail: () => import('./messages/reviews-detail').then((m) => m.reviewsDetail),
  reviewsImport: () => import('./messages/reviews-import').then((m) => m.reviewsImport),
  reviewsList: () => import('./messages/reviews-list').then((m) => m.reviewsList),
  reviewsSnippet: () => import('./messages/reviews-snippet').then((m) => m.reviewsSnippet),
  security: () => import('./messages/security').then((m) => m.security),
  syncs: () => import('./messages/syncs').then((m) => m.syncs),
  widgets: () => import('./messages/widgets').then((m) => m.widgets),
} as const;

export type SectionName = keyof typeof SECTIONS;
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/**
 * The sections each area of the admin (its path's first segment) shows; sections.test.ts reads
 * every page's texts and fails when one is missing here. `verify.<code>` and other keys that
 * arrive as data are looked up with `has`, so a page without their section words them as the
 * server did.
 */
export const AREA_SECTIONS: Readonly<Record<string, readonly SectionName[]>> = {
  '': ['dashboard', 'invitationsList', 'espPages'],
  'sign-in': ['security'],
  password: [],
  channels: [],
  account: ['security'],
  integrations: ['integrations', 'connectors', 'espPages', 'inbox'],
  reviews: ['reviewsList', 'reviewsDetail', 'reviewsSnippet', 'reviewsImport'],
  widgets: ['widgets', 'reviewsList'],
  invitations: ['invitationsList', 'invitationsSend', 'invitationsSettings', 'invitationsTemplates'],
  loyalty: ['loyaltyProgram', 'loyaltyRewards', 'loyaltyMembers'],
  syncs: ['syncs', 'espPages'],
};

/** The area of a path inside the admin (`/reviews/rev_1` → `reviews`, `/` → ``). */
export function areaOf(pathname: string): string {
  return pathname.replace(/^\/+/, '').split('/')[0] ?? '';
}

const loading = new Map<SectionName, Promise<void>>();

/**
 * Loads (once) the sections the page at `pathname` shows; an unknown area gets every section,
 * so a page added without its entry above still has its texts.
 */
export function loadMessagesFor(pathname: string): Promise<void> {
  const names = AREA_SECTIONS[areaOf(pathname)] ?? SECTION_NAMES;
  return Promise.all(
    names.map((name) => {
      let done = loading.get(name);
      if (!done) {
        done = SECTIONS[name]().then(addMessages);
        // A failed fetch (a deploy replaced the chunk) is tried again on the next navigation.
        done.catch(() => loading.delete(name));
        loading.set(name, done);
      }
      return done;
    }),
  ).then(() => undefined);
}
