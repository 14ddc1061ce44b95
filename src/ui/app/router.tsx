// Routes mirror the engine's hrefs (CONTRACTS.md): `/` is the entry point, every other path is
// a collection or a resource, decided by the path's shape. Pages load lazily so the login page
// ships only what it needs.
import { Bullseye, Spinner } from '@patternfly/react-core';
import { createBrowserRouter } from 'react-router';
import { RequireSession } from './shell/require-session.tsx';
import { RouteError } from './shell/route-error.tsx';
import { applyTheme } from '../features/preferences/theme.ts';
import { language } from '../i18n/language.ts';

// Before the first paint, so a dark-theme user never sees a light flash (login page included).
applyTheme();
if (typeof document !== 'undefined') document.documentElement.lang = language();

export const router = createBrowserRouter([
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('../features/auth/login-page.tsx')).LoginPage }),
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
  },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        lazy: async () => ({ Component: (await import('./shell/app-shell.tsx')).AppShell }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('../features/dashboard/dashboard-page.tsx')).DashboardPage }) },
          ...['vms/:id/statistics', 'hosts/:id/statistics'].map((path) => ({ path, lazy: async () => ({ Component: (await import('../features/statistics/statistics-route-page.tsx')).StatisticsRoutePage }) })),
          { path: 'events', lazy: async () => ({ Component: (await import('../features/events/events-page.tsx')).EventsPage }) },
          { path: '*', lazy: async () => ({ Component: (await import('../features/resources/api-route-page.tsx')).ApiRoutePage }) },
        ],
      },
    ],
  },
]);

function Loading() {
  return (
    <Bullseye>
      <Spinner aria-label="Loading" />
    </Bullseye>
  );
}
