// Masthead: brand, the engine this session talks to, refresh controls and the user menu.
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

export function AppMasthead() {
  const session = useSession();
  const { data: entry } = useEntryPoint();
  const logout = useLogout();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const version = entry?.productInfo?.version?.fullVersion ?? session.engine.version;

  const signOut = () => {
    setMenuOpen(false);
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
          <PageToggleButton variant="plain" aria-label="Toggle navigation">
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
                <Dropdown
                  isOpen={menuOpen}
                  onOpenChange={setMenuOpen}
                  popperProps={{ position: 'right' }}
                  toggle={(ref) => (
                    <MenuToggle ref={ref} variant="plainText" icon={<UserIcon />} isExpanded={menuOpen} onClick={() => setMenuOpen((o) => !o)} aria-label={`User menu for ${session.user.name}`}>
                      {session.user.name}
                    </MenuToggle>
                  )}
                >
                  <DropdownList>
                    <DropdownItem key="logout" onClick={signOut}>
                      Log out
                    </DropdownItem>
                  </DropdownList>
                </Dropdown>
              </ToolbarItem>
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
}
