// The console frame: masthead, navigation, and the page for the current route.
import { Bullseye, Page, SkipToContent, Spinner } from '@patternfly/react-core';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useSession } from '../../components/session-context.ts';
import { connectApi } from '../api-client.ts';
import { AppMasthead } from './masthead.tsx';
import { SidebarNav } from './sidebar-nav.tsx';

export function AppShell() {
  // Idempotent: rebuilds the clients only when the engine or the CSRF token changed.
  connectApi(useSession());
  return (
    <Page
      masthead={<AppMasthead />}
      sidebar={<SidebarNav />}
      isManagedSidebar
      skipToContent={<SkipToContent href="#main-content">Skip to content</SkipToContent>}
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
