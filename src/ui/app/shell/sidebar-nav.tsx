// The left navigation, built from the entry point's links (what this engine offers) grouped
// as the Administration Portal groups them.
import { Nav, NavExpandable, NavItem, NavList, PageSidebar, PageSidebarBody, Skeleton } from '@patternfly/react-core';
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { useRouteOf } from '../../components/api-base-context.ts';
import { bookmarkRoute } from '../../features/administration/bookmarks/bookmark-route.ts';
import { useCollection } from '../../features/collections/api/get-collection.ts';
import { useEntryPoint } from '../../features/entry/api/get-entry-point.ts';
import { buildBookmarkLinks, buildNavGroups } from './nav-groups.ts';
import { RouterNavLink } from './router-nav-link.tsx';
import { useT } from '../../i18n/use-t.ts';

function isUnder(pathname: string, route: string): boolean {
  return route === '/' ? pathname === '/' : pathname === route || pathname.startsWith(`${route}/`);
}

export function SidebarNav() {
  const t = useT();
  const { data: entry, isPending } = useEntryPoint();
  const { pathname, search } = useLocation();
  const routeOf = useRouteOf();
  // Tags open on the root tag's page, where the tag tree is.
  const groups = useMemo(() => (entry ? buildNavGroups(entry.links, { tags: entry.specialObjects.root_tag?.href }) : []), [entry]);
  // The engine's bookmarks: saved searches, each opening its collection with the search.
  const bookmarksHref = entry?.links.bookmarks;
  const { data: bookmarkList } = useCollection(bookmarksHref, {}, { poll: false });
  const bookmarks = useMemo(
    () =>
      entry && bookmarkList
        ? buildBookmarkLinks(bookmarkList.items.map((b) => ({ id: b.id, name: String(b.fields.name ?? b.id ?? ''), value: String(b.fields.value ?? '') })), entry.links).map((b) => {
            const collection = routeOf(b.href);
            return collection ? { ...b, route: bookmarkRoute(collection, b.search) } : null;
          }).filter((b) => b !== null)
        : [],
    [entry, bookmarkList, routeOf],
  );
  const here = `${pathname}${search}`;

  return (
    <PageSidebar>
      <PageSidebarBody>
        <Nav aria-label={t('nav.main')}>
          <NavList>
            <NavItem component={RouterNavLink} to="/" isActive={pathname === '/'}>
              {t('nav.overview')}
            </NavItem>
            {isPending &&
              [1, 2, 3].map((i) => (
                <li key={i} style={{ padding: '0.5rem 1rem' }}>
                  <Skeleton screenreaderText="Loading navigation" />
                </li>
              ))}
            {groups.map((g) => {
              const items = g.links.map((l) => ({ ...l, title: t.dyn(`collection.${l.rel}`, l.title), route: routeOf(l.href) ?? `/${l.rel}` }));
              const active = items.some((l) => isUnder(pathname, l.route));
              if (g.id === 'events') {
                const l = items[0];
                return (
                  <NavItem key={g.id} component={RouterNavLink} to={l.route} isActive={active}>
                    {l.title}
                  </NavItem>
                );
              }
              return (
                <NavExpandable key={g.id} title={t.dyn(`nav.group.${g.id}`, g.title)} groupId={g.id} isActive={active} isExpanded={g.id !== 'more' || active} data-testid={`nav-group-${g.id}`}>
                  {items.map((l) => (
                    <NavItem key={l.rel} component={RouterNavLink} to={l.route} isActive={isUnder(pathname, l.route)} groupId={g.id} itemId={l.rel}>
                      {l.title}
                    </NavItem>
                  ))}
                </NavExpandable>
              );
            })}
            {/* Saved searches are for quick access, so the group starts open. Removing and
                renaming them happens on their list, under Administration. */}
            {bookmarks.length > 0 && (
              <NavExpandable
                title="Bookmarks"
                groupId="bookmarks"
                isActive={bookmarks.some((b) => b.route === here)}
                isExpanded
                data-testid="nav-group-bookmarks"
              >
                {bookmarks.map((b) => (
                  <NavItem key={b.id} component={RouterNavLink} to={b.route} isActive={b.route === here} groupId="bookmarks" itemId={`bookmark-${b.id}`} data-testid="nav-bookmark">
                    {b.title}
                  </NavItem>
                ))}
              </NavExpandable>
            )}
          </NavList>
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
}
