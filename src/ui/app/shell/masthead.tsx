// Masthead: brand, the engine this session talks to, refresh controls, the notification
// bell (drawer) and the user menu (preferences, log out).
import {
  Dropdown,
  DropdownItem,
  DropdownList,
  Label,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  MastheadToggle,
  MenuToggle,
  NotificationBadge,
  PageToggleButton,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import BarsIcon from '@patternfly/react-icons/dist/esm/icons/bars-icon';
import UserIcon from '@patternfly/react-icons/dist/esm/icons/user-icon';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../components/session-context.ts';
import { useEntryPoint } from '../../features/entry/api/get-entry-point.ts';
import { useLogout } from '../../features/auth/api/logout.ts';
import { disconnectApi } from '../api-client.ts';
import { RefreshControl } from './refresh-control.tsx';
import { useT } from '../../i18n/use-t.ts';
import { useAlerts } from '../../features/notifications/use-alerts.ts';
import { forgetSession } from '../../features/notifications/session-start.ts';
import { clearTracked } from '../../features/notifications/correlation.ts';
import { PreferencesModal } from '../../features/preferences/preferences-modal.tsx';

export function AppMasthead({ drawerOpen, onToggleDrawer }: { drawerOpen: boolean; onToggleDrawer: () => void }) {
  const t = useT();
  const { unread } = useAlerts();
  const [prefsOpen, setPrefsOpen] = useState(false);
  const session = useSession();
  const { data: entry } = useEntryPoint();
  const logout = useLogout();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const version = entry?.productInfo?.version?.fullVersion ?? session.engine.version;

  const signOut = () => {
    setMenuOpen(false);
    forgetSession();
    clearTracked();
    logout.mutate(session.csrfToken, {
      onSettled: () => {
        disconnectApi();
        navigate('/login', { replace: true });
      },
    });
  };

  return (
    <Masthead>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton variant="plain" aria-label={t('shell.toggleNav')}>
            <BarsIcon />
          </PageToggleButton>
        </MastheadToggle>
        <MastheadBrand>
          <MastheadLogo component={(props: Record<string, unknown>) => <Link {...props} to="/" className="vantage-brand" />}>Vantage</MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight isStatic>
          <ToolbarContent>
            <ToolbarGroup align={{ default: 'alignEnd' }} gap={{ default: 'gapMd' }} alignItems="center">
              <ToolbarItem>
                <Label color="blue" data-testid="engine-label" title={session.engine.url}>
                  {session.engine.name}
                  {version ? ` · ${entry?.productInfo?.name ?? 'oVirt'} ${version}` : ''}
                </Label>
              </ToolbarItem>
              <ToolbarItem>
                <RefreshControl />
              </ToolbarItem>
              <ToolbarItem>
                <NotificationBadge
                  variant={unread > 0 ? 'unread' : 'read'}
                  count={unread}
                  onClick={onToggleDrawer}
                  aria-label={`${t('shell.notifications')}${unread ? ` (${t('drawer.unread', { count: unread })})` : ''}`}
                  aria-expanded={drawerOpen}
                  data-testid="notification-bell"
                />
              </ToolbarItem>
              <ToolbarItem>
                <Dropdown
                  isOpen={menuOpen}
                  onOpenChange={setMenuOpen}
                  popperProps={{ position: 'right' }}
                  toggle={(ref) => (
                    <MenuToggle ref={ref} variant="plainText" icon={<UserIcon />} isExpanded={menuOpen} onClick={() => setMenuOpen((o) => !o)} aria-label={t('shell.userMenu', { name: session.user.name })}>
                      {session.user.name}
                    </MenuToggle>
                  )}
                >
                  <DropdownList>
                    <DropdownItem
                      key="preferences"
                      onClick={() => {
                        setMenuOpen(false);
                        setPrefsOpen(true);
                      }}
                    >
                      {t('shell.preferences')}
                    </DropdownItem>
                    <DropdownItem key="logout" onClick={signOut}>
                      {t('shell.logout')}
                    </DropdownItem>
                  </DropdownList>
                </Dropdown>
              </ToolbarItem>
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
      <PreferencesModal isOpen={prefsOpen} onClose={() => setPrefsOpen(false)} />
    </Masthead>
  );
}
