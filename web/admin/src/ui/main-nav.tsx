import { Link } from '@tanstack/react-router';
import { DropdownMenu } from 'radix-ui';
import type { ComponentPropsWithRef } from 'react';
import { type MessageKey, useI18n } from '../i18n/i18n';

/** The signed-in pages, in the order the header lists them. */
const PAGES = [
  { to: '/', label: 'dash.nav', exact: true },
  { to: '/channels', label: 'nav.channels' },
  { to: '/integrations', label: 'nav.integrations' },
  { to: '/reviews', label: 'reviews.nav' },
  { to: '/widgets', label: 'widgets.nav' },
  { to: '/invitations', label: 'nav.invitations' },
  { to: '/loyalty/program', label: 'loyalty.nav' },
  { to: '/syncs', label: 'syncs.nav' },
  { to: '/account/users', label: 'nav.users' },
  { to: '/account/api-keys', label: 'nav.apiKeys' },
  { to: '/account/security', label: 'nav.security' },
] as const satisfies ReadonlyArray<{ to: string; label: MessageKey; exact?: boolean }>;

/**
 * One page's link. Takes the props a Radix menu item hands its child (role, handlers, ref) and
 * passes them to the anchor, so the same link serves the row and the menu.
 */
function PageLink({ page, ...rest }: { page: (typeof PAGES)[number] } & ComponentPropsWithRef<'a'>) {
  const { t } = useI18n();
  const exact = 'exact' in page && page.exact;
  return exact ? (
    <Link {...rest} to={page.to} search={{}} activeOptions={{ exact: true, includeSearch: false }}>
      {t(page.label)}
    </Link>
  ) : (
    <Link {...rest} to={page.to}>
      {t(page.label)}
    </Link>
  );
}

/**
 * The header's page links: a row of their own where they fit (they do at 1280 px in every
 * language), and {@link PageMenu} on narrower screens. Both are rendered; CSS shows one, and the
 * hidden one is out of the accessibility tree.
 */
export function PageLinks() {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.label')} className="nav-wide">
      {PAGES.map((page) => (
        <PageLink key={page.to} page={page} />
      ))}
    </nav>
  );
}

/** The same links as a menu (Radix DropdownMenu: roles, arrow keys, Escape, focus return). */
export function PageMenu() {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.label')} className="nav-narrow">
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="secondary">
            {t('nav.menu')}
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="nav-menu" align="start" sideOffset={6}>
            {PAGES.map((page) => (
              <DropdownMenu.Item key={page.to} asChild>
                <PageLink page={page} />
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </nav>
  );
}
