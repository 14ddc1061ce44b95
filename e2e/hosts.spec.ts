import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { login } from './support/login.ts';
import { screenshots } from './support/steps.ts';
import { useFreshStack } from './support/fresh-stack.ts';

// This journey changes the data center; it gets an engine of its own.
useFreshStack();

// What an administrator does on host pages (issue #9): approve the pending host, read a host's
// NICs and bonds, set up networks (break a bond, bond other NICs, attach a network), maintenance
// and activate, power management and a fence status query, reinstall, iSCSI discover and login.
// The steps run in order against one engine; each leaves the inventory as the next expects.

// Several engines and browsers share the machine: allow for a slow answer.
const expect = baseExpect.configure({ timeout: 30_000 });

async function hostId(page: Page, name: string): Promise<string> {
  const body = await page.evaluate(async (n) => {
    const r = await fetch(`/api/hosts?search=${encodeURIComponent(`name=${n}`)}`, { headers: { Accept: 'application/json' } });
    return r.json();
  }, name);
  const id = (body as { host?: { id: string }[] }).host?.[0]?.id;
  expect(id, `host ${name} exists`).toBeTruthy();
  return id!;
}

async function hostStatus(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(async (i) => {
    const r = await fetch(`/api/hosts/${i}`, { headers: { Accept: 'application/json' } });
    return r.ok ? ((await r.json()) as { status?: string }).status : undefined;
  }, id);
}

async function openHost(page: Page, name: string): Promise<string> {
  const id = await hostId(page, name);
  await page.goto(`/hosts/${id}`);
  await expect(page.getByTestId('resource-title')).toHaveText(name);
  return id;
}

async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${view}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function moreAction(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
}

// The page header's status comes before any status in the tabs.
const headerStatus = (page: Page) => page.getByTestId('status-label').first();

test('hosts journey', async ({ page }, info) => {
  test.setTimeout(600_000);
  const shot = screenshots(page, info, 'hosts');
  await login(page);

  await test.step('approve the pending host into its cluster', async () => {
    const id = await openHost(page, 'lab-host02');
    await expect(headerStatus(page)).toHaveAttribute('data-status', 'pending_approval');
    await moreAction(page, 'Approve');
    const dialog = page.getByTestId('approve-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Cluster')).toHaveValue(/.+/);
    await expect(dialog.getByLabel('Cluster').locator('option:checked')).toHaveText('Lab');
    await shot('approve-dialog');
    await dialog.getByTestId('action-submit').click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => hostStatus(page, id), { timeout: 60_000 }).toBe('up');
    await expect(headerStatus(page)).toHaveAttribute('data-status', 'up', { timeout: 30_000 });
    await shot('approved-host-up');
  });

  await test.step('a host lists its NICs and bond with their networks', async () => {
    await openHost(page, 'host02');
    await page.getByRole('tab', { name: 'Network interfaces' }).click();
    const table = page.getByTestId('host-nics');
    await expect(table).toBeVisible();
    const bond = table.getByTestId('nic-row-bond0');
    await expect(bond.getByTestId('nic-networks')).toHaveText('vlan100');
    await expect(bond.getByTestId('nic-bond')).toContainText('Mode 4');
    await expect(bond.getByTestId('nic-bond')).toContainText('eth2, eth3');
    await expect(table.getByTestId('nic-row-eth0').getByTestId('nic-networks')).toHaveText('ovirtmgmt');
    await expect(table.getByTestId('nic-row-eth2').getByTestId('nic-bond')).toHaveText('slave of bond0');
    await expect(table.getByTestId('nic-row-eth0')).toContainText('192.168.10.12');
    await expect(table.getByTestId('nic-row-eth0')).toContainText('10 Gbps');
    await shot('host-nics');
    await expectNoSeriousViolations(page, 'network interfaces tab');
  });

  await test.step('set up networks: break a bond, bond two NICs in mode 1, attach a network', async () => {
    await openHost(page, 'host02');
    await page.getByTestId('action-setup-host-networks').click();
    const dialog = page.getByTestId('setup-networks-dialog');
    await expect(dialog.getByTestId('plan-row-bond0')).toBeVisible();
    await dialog.getByTestId('break-bond0').click();
    await expect(dialog.getByTestId('plan-row-bond0')).toHaveCount(0);
    await expect(dialog.getByLabel('Bond name')).toHaveValue('bond1');
    await dialog.getByLabel('Bonding mode').selectOption('1');
    await dialog.getByLabel('eth1', { exact: true }).check();
    await dialog.getByLabel('eth2', { exact: true }).check();
    await dialog.getByTestId('create-bond').click();
    await expect(dialog.getByTestId('plan-row-bond1')).toContainText('Mode 1: active-backup; eth1, eth2');
    await dialog.getByLabel('Network to attach').selectOption({ label: 'vlan100 (VLAN 100)' });
    await dialog.getByLabel('Interface to attach to').selectOption('bond1');
    await dialog.getByTestId('attach-network').click();
    await expect(dialog.getByTestId('plan-row-bond1')).toContainText('vlan100');
    await expect(dialog.getByTestId('plan-changes')).toContainText('Break bond bond0');
    await expect(dialog.getByTestId('plan-changes')).toContainText('Create bond bond1 (Mode 1: active-backup) from eth1, eth2');
    await expect(dialog.getByTestId('plan-changes')).toContainText('Attach vlan100 to bond1');
    await expect(dialog.getByLabel('Verify connectivity between host and engine')).toBeChecked();
    await expect(dialog.getByLabel('Save network configuration')).toBeChecked();
    await shot('setup-networks-plan');
    await expectNoSeriousViolations(page, 'setup host networks dialog');
    await dialog.getByTestId('action-submit').click();
    await expect(dialog).toBeHidden();

    await page.getByRole('tab', { name: 'Network interfaces' }).click();
    const table = page.getByTestId('host-nics');
    await expect(table.getByTestId('nic-row-bond1').getByTestId('nic-networks')).toHaveText('vlan100', { timeout: 20_000 });
    await expect(table.getByTestId('nic-row-bond1').getByTestId('nic-bond')).toContainText('Mode 1');
    await expect(table.getByTestId('nic-row-bond0')).toHaveCount(0);
    await expect(table.getByTestId('nic-row-eth3').getByTestId('nic-bond')).toHaveText('');
    await shot('networks-after-setup');

  });

  await test.step('set up networks on an outdated plan: the engine refuses and says why', async () => {
    const id = await openHost(page, 'host01');
    await page.getByTestId('action-setup-host-networks').click();
    const dialog = page.getByTestId('setup-networks-dialog');
    await dialog.getByLabel('Network to attach').selectOption({ label: 'vlan100 (VLAN 100)' });
    await dialog.getByLabel('Interface to attach to').selectOption('eth1');
    await dialog.getByTestId('attach-network').click();
    await expect(dialog.getByTestId('plan-changes')).toContainText('Attach vlan100 to eth1');
    // Meanwhile another admin attaches the same network to the same NIC.
    const status = await page.evaluate(async (hostId) => {
      const me = (await (await fetch('/auth/me')).json()) as { csrfToken: string };
      const r = await fetch(`/api/hosts/${hostId}/setupnetworks`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Vantage-CSRF': me.csrfToken },
        body: JSON.stringify({ modified_network_attachments: { network_attachment: [{ network: { name: 'vlan100' }, host_nic: { name: 'eth1' } }] } }),
      });
      return r.status;
    }, id);
    expect(status).toBe(200);
    await dialog.getByTestId('action-submit').click();
    await expect(dialog.getByTestId('action-fault')).toContainText('Cannot setup Networks. The following networks are already attached to an interface on the host: vlan100.');
    await expect(dialog.getByTestId('plan-outdated')).toBeVisible();
    await expect(dialog.getByTestId('plan-changes')).toHaveText('Attach vlan100 to eth1');
    await shot('setup-networks-refused');
    await dialog.getByRole('button', { name: 'Start over from the current layout' }).click();
    await expect(dialog.getByTestId('plan-row-eth1')).toContainText('vlan100');
    await expect(dialog.getByText('No changes yet.')).toBeVisible();
    await expect(dialog.getByTestId('action-fault')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('maintenance with a reason, then activate', async () => {
    const id = await openHost(page, 'host01');
    await page.getByTestId('action-deactivate').click();
    const dialog = page.getByTestId('action-dialog');
    await expect(dialog).toContainText(/will migrate to other hosts|No VMs run on it/);
    await dialog.getByLabel('Reason').fill('Replacing a DIMM');
    await shot('maintenance-dialog');
    await dialog.getByTestId('action-submit').click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => hostStatus(page, id), { timeout: 90_000 }).toBe('maintenance');
    await expect(headerStatus(page)).toHaveAttribute('data-status', 'maintenance', { timeout: 30_000 });
    await shot('host-in-maintenance');
    await page.getByTestId('action-activate').click();
    const confirm = page.getByTestId('action-dialog');
    await expect(confirm).toContainText('Activate host01 (now Maintenance)?');
    await shot('activate-dialog');
    await confirm.getByTestId('action-submit').click();
    await expect.poll(() => hostStatus(page, id), { timeout: 60_000 }).toBe('up');
    await expect(headerStatus(page)).toHaveAttribute('data-status', 'up', { timeout: 30_000 });
    await shot('host-activated');
  });

  await test.step('power management: a fence status without PM is refused readably; enable an agent; fence status', async () => {
    await openHost(page, 'host04');
    const panel = page.getByTestId('power-management-panel');
    await expect(panel.getByTestId('pm-enabled')).toHaveText('Disabled');
    await expect(panel.getByTestId('pm-agents')).toHaveText('None configured');

    await moreAction(page, 'Fence');
    let fence = page.getByTestId('fence-dialog');
    await fence.getByTestId('action-submit').click();
    await expect(fence.getByTestId('action-fault')).toContainText('Power Management is not enabled for Host');
    await shot('fence-refused');
    await fence.getByRole('contentinfo').getByRole('button', { name: 'Close' }).click();

    await panel.getByTestId('edit-power-management').click();
    const pm = page.getByTestId('power-management-dialog');
    await pm.getByText('Enable power management').click();
    await pm.getByTestId('pm-save').click();
    await expect(pm).toContainText("The agent's address is needed.");
    await pm.getByLabel('Agent type').selectOption('ipmilan');
    await pm.getByLabel('Address').fill('10.10.0.14');
    await pm.getByLabel('User name').fill('fence-admin');
    await pm.getByLabel('Password').fill('s3cret-ipmi');
    await pm.getByLabel('Port').fill('623');
    await shot('power-management-editor');
    await pm.getByTestId('pm-save').click();
    await expect(pm).toBeHidden();
    await expect(panel.getByTestId('pm-enabled')).toHaveText('Enabled', { timeout: 20_000 });
    await expect(panel.getByTestId('pm-agents')).toHaveText('ipmilan at 10.10.0.14:623 as fence-admin', { timeout: 20_000 });
    await expect(page.getByText('s3cret-ipmi')).toHaveCount(0);

    // Editing again never shows the stored password.
    await panel.getByTestId('edit-power-management').click();
    await expect(page.getByTestId('power-management-dialog').getByLabel('Password')).toHaveValue('');
    await page.getByTestId('power-management-dialog').getByRole('button', { name: 'Cancel' }).click();

    await moreAction(page, 'Fence');
    fence = page.getByTestId('fence-dialog');
    await expect(fence.getByLabel('Power status')).toBeChecked();
    await fence.getByTestId('action-submit').click();
    await expect(fence.getByTestId('fence-power-status')).toContainText('Power status: On');
    await shot('fence-power-status');
  });

  await test.step('reinstall a host in maintenance with its root password', async () => {
    const id = await openHost(page, 'host03');
    await moreAction(page, 'Install');
    const dialog = page.getByTestId('install-dialog');
    await expect(dialog.getByRole('heading')).toContainText('Reinstall: host03');
    await dialog.getByTestId('action-submit').click();
    await expect(dialog).toContainText('The engine needs root');
    await dialog.getByLabel('Root password').fill('root-Secret-9');
    await expect(dialog.getByLabel('Override firewall (iptables / firewalld)')).toBeChecked();
    await shot('reinstall-dialog');
    await dialog.getByTestId('action-submit').click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => hostStatus(page, id), { timeout: 20_000 }).toMatch(/installing|initializing|up/);
    await expect.poll(() => hostStatus(page, id), { timeout: 90_000 }).toBe('up');
    await expect(headerStatus(page)).toHaveAttribute('data-status', 'up', { timeout: 30_000 });
    await shot('reinstalled-host-up');
  });

  await test.step('iSCSI: discover the targets of a portal and log in to one', async () => {
    await openHost(page, 'lab-host01');
    await moreAction(page, 'iSCSI');
    const dialog = page.getByTestId('iscsi-dialog');
    await dialog.getByLabel('Address').fill('10.99.0.1');
    await dialog.getByTestId('iscsi-discover').click();
    await expect(dialog.getByTestId('action-fault')).toContainText('Failed discovery of iSCSI targets');
    await dialog.getByLabel('Address').fill('192.168.20.5');
    await dialog.getByLabel('CHAP user name').fill('lab');
    await dialog.getByLabel('CHAP password').fill('chap-secret');
    await dialog.getByTestId('iscsi-discover').click();
    const targets = dialog.getByTestId('iscsi-targets');
    await expect(targets).toContainText('iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab');
    await expect(dialog.getByTestId('action-fault')).toHaveCount(0);
    await shot('iscsi-targets');
    await targets.getByRole('button', { name: 'Log in to iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab' }).click();
    await expect(targets.getByTestId('iscsi-logged-in')).toHaveText('Logged in');
    await shot('iscsi-logged-in');
  });
});
