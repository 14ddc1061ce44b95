import { expect, test } from '@playwright/test';
import { logIn, logOut, rowFor, startReplayStack, tableNamed, type ReplayStack } from './replay/journey-support.ts';

// The dashboard against what a real v4 engine answered (ManageIQ cassette
// refresh__ovirt_sdk_refresh_graph_target_vm_with_host, engine 4.3, 2019; see
// e2e/replay/fixtures/README.md), through the real proxy logging in with SSO.
let stack: ReplayStack;

test.beforeAll(async () => {
  stack = await startReplayStack(4, 'Recorded v4 engine');
});
test.afterAll(async () => {
  await stack?.close();
});

test('v4 recording: login → entry point → VMs → vm_on with its NICs and disks → hosts', async ({ page }, testInfo) => {
  const proxyUrl = stack.proxy.url;
  await logIn(page, proxyUrl);

  // Entry point: product from the recorded entry point, and its collection links.
  await expect(page.getByTestId('product-info')).toContainText('oVirt Engine 4.1.0_master');
  const collections = tableNamed(page, 'Collections');
  await expect(collections.getByRole('link', { name: '/ovirt-engine/api/vms', exact: true })).toBeVisible();
  await expect(collections.getByRole('link', { name: '/ovirt-engine/api/hosts', exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('1-entry-point.png'), fullPage: true });

  await page.getByRole('link', { name: 'Virtual machines', exact: true }).first().click();
  await expect(page).toHaveURL(/\/vms(\?.*)?$/);
  const vms = tableNamed(page, 'Virtual machines');
  await expect(vms).toBeVisible();
  await expect(vms.locator('tbody tr')).toHaveCount(2);
  await expect(rowFor(vms, 'vm_on').getByTestId('status-label')).toHaveAttribute('data-status', 'up');
  await expect(rowFor(vms, 'vm_off').getByTestId('status-label')).toHaveAttribute('data-status', 'down');
  await page.screenshot({ path: testInfo.outputPath('2-vms.png'), fullPage: true });

  await rowFor(vms, 'vm_on').getByRole('link', { name: 'vm_on', exact: true }).click();
  await expect(page).toHaveURL(/\/vms\/a1293e54-dae8-496f-baa4-27719592113e$/);
  await expect(page.getByRole('heading', { name: 'vm_on', level: 1 })).toBeVisible();
  await expect(page.getByTestId('status-label').first()).toHaveAttribute('data-status', 'up');
  // 2147483648 bytes of memory; the cluster is a link to its own page.
  await expect(page.getByText(/2(\.0+)?\s*GiB/).first()).toBeVisible();
  await expect(page.locator('a[href="/clusters/1c273044-e6ca-492f-9ac2-47381b626808"]').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('3-vm.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Network interfaces' }).click();
  await expect(page).toHaveURL(/tab=nics/);
  const nics = tableNamed(page, 'Network interfaces');
  await expect(nics.getByRole('link', { name: 'nic1', exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('4-vm-nics.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Disks' }).click();
  await expect(page).toHaveURL(/tab=diskattachments/);
  await expect(tableNamed(page, 'Disks').locator('tbody tr')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('5-vm-disks.png'), fullPage: true });

  // The cluster link resolves within the recording.
  await page.getByRole('tab', { name: 'General' }).click();
  await page.locator('a[href="/clusters/1c273044-e6ca-492f-9ac2-47381b626808"]').first().click();
  await expect(page.getByRole('heading', { name: 'newd1_cluster', level: 1 })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('6-cluster.png'), fullPage: true });

  await page.getByRole('link', { name: 'Hosts', exact: true }).first().click();
  await expect(page).toHaveURL(/\/hosts(\?.*)?$/);
  const hosts = tableNamed(page, 'Hosts');
  await expect(rowFor(hosts, 'bodh1').getByTestId('status-label')).toHaveAttribute('data-status', 'up');
  await expect(rowFor(hosts, 'bodh2')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('7-hosts.png'), fullPage: true });

  await logOut(page, proxyUrl);
});
