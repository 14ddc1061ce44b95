// The console frame: masthead, navigation, the notification drawer, and the page for the
// current route.
import { Bullseye, Page, SkipToContent, Spinner } from '@patternfly/react-core';
import { lazy, Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { useSession } from '../../components/session-context.ts';
import { connectApi } from '../api-client.ts';
import { AppMasthead } from './masthead.tsx';
import { SidebarNav } from './sidebar-nav.tsx';
import { useT } from '../../i18n/use-t.ts';

// The drawer's code loads when it is first opened.
const Drawer = lazy(async () => ({ default: (await import('../../features/notifications/notification-drawer.tsx')).VantageNotificationDrawer }));

export function AppShell() {
  // Idempotent: rebuilds the clients only when the engine or the CSRF token changed.
  connectApi(useSession());
  const t = useT();
  const [drawerOpen, setDrawerOpen] = useState(false);
  return (
    <Page
      masthead={<AppMasthead drawerOpen={drawerOpen} onToggleDrawer={() => setDrawerOpen((o) => !o)} />}
      notificationDrawer={
        drawerOpen ? (
          <Suspense fallback={<Spinner aria-label={t('shell.notifications')} />}>
            <Drawer onClose={() => setDrawerOpen(false)} />
          </Suspense>
        ) : undefined
      }
      isNotificationDrawerExpanded={drawerOpen}
      sidebar={<SidebarNav />}
      isManagedSidebar
      skipToContent={<SkipToContent href="#main-content">{t('shell.skipToContent')}</SkipToContent>}
      mainContainerId="main-content"
    >
      <Suspense
        fallback={
          <Bullseye>
            <Spinner aria-label="Loading page" />
          </Bullseye>
        }
      >
        <Outlet />
      </Suspense>
    </Page>
  );
}
