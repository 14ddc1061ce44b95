import { expect, test } from '@playwright/test';
import { logIn, logOut, rowFor, startReplayStack, tableNamed, type ReplayStack } from './replay/journey-support.ts';

// The dashboard against what a real v3 engine answered (RHEV-M 3.6.8 at /api, ManageIQ
// cassettes refresh__refresher_before_migration / _after_migration, 2017; see
// e2e/replay/fixtures/README.md), through the real proxy: no SSO there, so it logs in with
// Basic and keeps the engine's JSESSIONID.
let stack: ReplayStack;

test.beforeAll(async () => {
  stack = await startReplayStack(3, 'Recorded v3 engine');
});
test.afterAll(async () => {
  await stack?.close();
});

const VM_ID = '13054ffb-ae62-49e3-9ec7-9ad426f62fae';
const CLUSTER_ID = '00000002-0002-0002-0002-00000000008c';

test('v3 recording: login → entry point → VMs → migrate_test_1 with its disks → hosts', async ({ page }, testInfo) => {
  const proxyUrl = stack.proxy.url;
  await logIn(page, proxyUrl);

  // Entry point: product from the recording; v3 hrefs under /api.
  await expect(page.getByTestId('product-info')).toContainText('Red Hat Enterprise Virtualization Manager 3.6.8-0.1.el6');
  const collections = tableNamed(page, 'Collections');
  await expect(collections.getByRole('link', { name: '/api/vms', exact: true })).toBeVisible();
  await expect(collections.getByRole('link', { name: '/api/hosts', exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('1-entry-point.png'), fullPage: true });

  await page.getByRole('link', { name: 'Virtual machines', exact: true }).first().click();
  await expect(page).toHaveURL(/\/vms(\?.*)?$/);
  const vms = tableNamed(page, 'Virtual machines');
  await expect(vms).toBeVisible();
  await expect(vms.locator('tbody tr')).toHaveCount(4);
  // v3 nests the state (<status><state>up</state></status>); the app shows it like v4's.
  await expect(rowFor(vms, 'migrate_test_1').getByTestId('status-label')).toHaveAttribute('data-status', 'up');
  await expect(rowFor(vms, 'migrate_test_2').getByTestId('status-label')).toHaveAttribute('data-status', 'down');
  await expect(rowFor(vms, 'rhel_guest_image')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('2-vms.png'), fullPage: true });

  await rowFor(vms, 'migrate_test_1').getByRole('link', { name: 'migrate_test_1', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/vms/${VM_ID}$`));
  await expect(page.getByRole('heading', { name: 'migrate_test_1', level: 1 })).toBeVisible();
  await expect(page.getByTestId('status-label').first()).toHaveAttribute('data-status', 'up');
  // 1073741824 bytes of memory; the cluster reference is a link to the cluster's route.
  await expect(page.getByText(/^1(\.0+)?\s*GiB$/).first()).toBeVisible();
  await expect(page.locator(`a[href="/clusters/${CLUSTER_ID}"]`).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('3-vm.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Disks' }).click();
  await expect(page).toHaveURL(/tab=disks/);
  const disks = tableNamed(page, 'Disks');
  await expect(disks.getByRole('link', { name: 'migrate_test_1_Disk1', exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('4-vm-disks.png'), fullPage: true });

  // The VM has no NICs in the recording: an empty table, not an error.
  await page.getByRole('tab', { name: 'Network interfaces' }).click();
  await expect(page).toHaveURL(/tab=nics/);
  await expect(page.getByText(/no network interfaces|empty|none/i).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('5-vm-nics.png'), fullPage: true });

  // This engine's cluster was never fetched on its own in the recording: the engine's empty
  // 404 must read as "nothing at this address", not break the page.
  await page.getByRole('tab', { name: 'General' }).click();
  await page.locator(`a[href="/clusters/${CLUSTER_ID}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${CLUSTER_ID}$`));
  await expect(page.getByTestId('error-state')).toContainText('The engine has nothing at this address');
  await page.screenshot({ path: testInfo.outputPath('6-cluster-not-recorded.png'), fullPage: true });

  await page.getByRole('link', { name: 'Hosts', exact: true }).first().click();
  await expect(page).toHaveURL(/\/hosts(\?.*)?$/);
  const hosts = tableNamed(page, 'Hosts');
  await expect(rowFor(hosts, 'lilach-vdsa.tlv.redhat.com').getByTestId('status-label')).toHaveAttribute('data-status', 'up');
  await expect(rowFor(hosts, 'pluto-vdsg.eng.lab.tlv.redhat.com')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('7-hosts.png'), fullPage: true });

  // Reloading a v3 route reaches the same VM (the route mirrors the href minus /api).
  await page.goto(`${proxyUrl}/vms/${VM_ID}`);
  await expect(page.getByRole('heading', { name: 'migrate_test_1', level: 1 })).toBeVisible();

  await logOut(page, proxyUrl);
});

test('v3 recording: when the engine forgets the JSESSIONID the app returns to the login page', async ({ page }, testInfo) => {
  const proxyUrl = stack.proxy.url;
  await logIn(page, proxyUrl);
  await page.goto(`${proxyUrl}/hosts`);
  await expect(tableNamed(page, 'Hosts').locator('tbody tr')).toHaveCount(2);

  stack.engine.expireSessions();
  await page.getByRole('link', { name: 'Virtual machines', exact: true }).first().click();
  await expect(page).toHaveURL(/\/login\?next=%2Fvms/);
  // The login page says why the user is back there.
  await expect(page.getByTestId('session-ended')).toContainText('The engine ended your session');
  await page.screenshot({ path: testInfo.outputPath('session-ended.png'), fullPage: true });
  // The proxy dropped the session the engine refused.
  expect((await page.request.get(`${proxyUrl}/api`)).status()).toBe(401);

  // Logging in again opens a new engine session and returns to where the user was going.
  await page.getByLabel('Password').fill('recorded-engine-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/vms$/);
  await expect(tableNamed(page, 'Virtual machines').locator('tbody tr')).toHaveCount(4);
  // The reason belongs to that one return: a later visit to the login page does not repeat it.
  await logOut(page, proxyUrl);
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await expect(page.getByTestId('session-ended')).toHaveCount(0);
});
