import { expect, test, type Locator, type Page } from '@playwright/test';
import { login } from './support/login.ts';
import { nav, openFromList } from './support/navigation.ts';
import { screenshots } from './support/steps.ts';
import { useFreshStack } from './support/fresh-stack.ts';

// This journey changes the data center; it gets an engine of its own.
useFreshStack();

// The storage area as an administrator walks it: a new NFS data domain through the wizard
// (with a malformed export caught on the way), attached to a data center, its status there
// followed through maintenance and detach, an ISO domain's images, and an import.

/** The row of `name` in a data center's Storage tab. */
const dcRow = (page: Page, name: string): Locator => page.getByTestId('dc-storage-row').filter({ has: page.getByRole('link', { name, exact: true }) });

async function wizardNext(page: Page): Promise<void> {
  await page.getByTestId('sd-wizard').getByRole('button', { name: 'Next', exact: true }).click();
}

test('storage journey: create, attach, maintenance, detach, ISO files, import, iSCSI', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const shot = screenshots(page, testInfo, 'storage');
  await login(page);

  // 1. The storage domains list and the wizard's first step.
  await nav(page, 'Storage domains');
  await expect(page.getByRole('link', { name: 'data-nfs', exact: true })).toBeVisible();
  await shot('storage-domains');
  await page.getByTestId('create-button').click();
  const wizard = page.getByTestId('sd-wizard');
  await expect(wizard).toBeVisible();
  await expect(wizard.getByTestId('sd-mode-new')).toBeChecked();
  await shot('wizard-operation');
  await wizardNext(page);

  // 2. General: name, function, storage type, a host that is up. The name is taken at first,
  // so the engine's refusal shows in the wizard, which goes back with the answers kept.
  await wizard.getByTestId('sd-name').fill('data-nfs');
  await wizard.getByTestId('sd-description').fill('Created by the storage journey');
  await wizard.getByTestId('sd-function').selectOption('data');
  await wizard.getByTestId('sd-storage-type').selectOption('nfs');
  const hostOptions = await wizard.getByTestId('sd-host').locator('option').allTextContents();
  // only hosts that are up: host03 is in maintenance, lab-host02 waits for approval
  expect(hostOptions).toContain('host01');
  expect(hostOptions).not.toContain('host03');
  expect(hostOptions).not.toContain('lab-host02');
  await wizard.getByTestId('sd-host').selectOption({ label: 'host01' });
  await shot('wizard-general');
  await wizardNext(page);

  // 3. NFS export: a malformed one is explained and blocks Next; a good one passes.
  await wizard.getByTestId('sd-nfs-export').fill('nfs.example.com/exports/journey');
  await expect(wizard.getByTestId('sd-nfs-export-help-problem')).toContainText('Separate the server from the path');
  await expect(wizard.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await shot('wizard-nfs-malformed');
  await wizard.getByTestId('sd-nfs-export').fill('nfs.example.com:/exports/journey-data');
  await expect(wizard.getByTestId('sd-nfs-export-help-problem')).toHaveCount(0);
  await wizardNext(page);

  // 4. Data center: leave it unattached (attached from the data center's page below).
  await wizard.getByTestId('sd-dc').selectOption('');
  await wizardNext(page);
  await expect(wizard.getByTestId('sd-review')).toContainText('nfs.example.com');
  await expect(wizard.getByTestId('sd-review')).toContainText('/exports/journey-data');
  await expect(wizard.getByTestId('sd-review')).toContainText('None: stays unattached');
  await shot('wizard-review');
  await wizard.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(wizard.getByTestId('sd-fault')).toContainText('data-nfs');
  await expect(wizard.getByTestId('sd-progress-create')).toHaveAttribute('data-state', 'failed');
  await shot('wizard-engine-fault');
  await wizard.getByTestId('sd-back-to-wizard').click();
  await wizardNext(page);
  await expect(wizard.getByTestId('sd-name')).toHaveValue('data-nfs');
  await wizard.getByTestId('sd-name').fill('journey-data');
  for (let i = 0; i < 3; i++) await wizardNext(page);
  await expect(wizard.getByTestId('sd-review')).toContainText('journey-data');
  await wizard.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(wizard.getByTestId('sd-progress-create')).toHaveAttribute('data-state', 'done');
  await expect(wizard.getByTestId('sd-progress-done')).toContainText('ready to be attached');
  await shot('wizard-created');
  await wizard.getByTestId('sd-open-domain').click();
  await expect(page.getByTestId('resource-title')).toHaveText('journey-data');
  await expect(page.getByTestId('status-label').first()).toHaveAttribute('data-status', 'unattached');
  await expect(page.getByTestId('sd-status-panel')).toContainText('not attached to any data center');
  await page.getByTestId('tab-datacenters').click();
  await expect(page.getByTestId('sd-dc-none')).toBeVisible();
  await shot('domain-unattached');

  // 5. Attach it to Default from the data center's Storage tab: locked, then active there.
  await openFromList(page, 'Data centers', 'Default');
  await page.getByTestId('tab-storagedomains').click();
  await expect(dcRow(page, 'data-nfs')).toHaveAttribute('data-status', 'active');
  await page.getByTestId('dc-storage-attach').click();
  const attach = page.getByTestId('sd-attach-dialog');
  // the ISO and export slots of Default are taken: only the new data domain is offered
  await expect(attach.getByTestId('sd-attach-choice-journey-data')).toBeVisible();
  await expect(attach.getByTestId('sd-attach-choice-iso')).toHaveCount(0);
  await shot('attach-dialog');
  await attach.getByTestId('sd-attach-choice-journey-data').check();
  await attach.getByTestId('sd-attach-submit').click();
  await expect(attach).toHaveCount(0);
  await expect(dcRow(page, 'journey-data')).toHaveAttribute('data-status', 'active', { timeout: 30_000 });
  await shot('attached-active');

  // 6. Maintenance from the data center: preparing, then maintenance; detach becomes possible.
  const row = dcRow(page, 'journey-data');
  await expect(row.getByTestId('dc-storage-detach')).toHaveAttribute('aria-disabled', 'true');
  await row.getByTestId('dc-storage-deactivate').click();
  await expect(page.getByTestId('sd-change-question')).toHaveText('Put the storage domain journey-data of data center Default in maintenance?');
  await shot('maintenance-confirm');
  await page.getByTestId('sd-change-submit').click();
  await expect(row).toHaveAttribute('data-status', 'maintenance', { timeout: 30_000 });
  await expect(row.getByTestId('dc-storage-detach')).not.toHaveAttribute('aria-disabled', 'true');
  await shot('in-maintenance');

  // 7. Activate again from the storage domain's own page; its Data centers tab shows the status in Default.
  await row.getByRole('link', { name: 'journey-data', exact: true }).click();
  await expect(page.getByTestId('resource-title')).toHaveText('journey-data');
  await page.getByTestId('tab-datacenters').click();
  const dcLine = page.getByTestId('sd-dc-row').filter({ hasText: 'Default' });
  await expect(dcLine).toHaveAttribute('data-status', 'maintenance');
  await shot('domain-data-centers-maintenance');
  await dcLine.getByTestId('sd-dc-activate').click();
  await expect(dcLine).toHaveAttribute('data-status', 'active', { timeout: 30_000 });
  await shot('domain-data-centers-active');

  // 8. Maintenance and detach from the same tab: the domain is unattached again.
  await dcLine.getByTestId('sd-dc-deactivate').click();
  await page.getByTestId('sd-change-submit').click();
  await expect(dcLine).toHaveAttribute('data-status', 'maintenance', { timeout: 30_000 });
  await dcLine.getByTestId('sd-dc-detach').click();
  await expect(page.getByTestId('sd-change-question')).toHaveText('Detach the storage domain journey-data from data center Default?');
  await shot('detach-confirm');
  await page.getByTestId('sd-change-submit').click();
  await expect(page.getByTestId('sd-dc-none')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('status-label').first()).toHaveAttribute('data-status', 'unattached');
  await shot('detached');

  // 9. The ISO domain's images, filtered.
  await openFromList(page, 'Storage domains', 'iso');
  await page.getByTestId('tab-files').click();
  await expect(page.getByTestId('sd-file-row')).toHaveCount(6);
  await expect(page.getByTestId('sd-files-count')).toHaveText('6 images');
  await page.getByTestId('sd-files-filter').getByRole('textbox').fill('rhel');
  await expect(page.getByTestId('sd-file-row')).toHaveCount(2);
  await expect(page.getByTestId('sd-files-count')).toHaveText('2 of 6 images');
  await shot('iso-files');

  // 10. A data domain's page: its status in its data center on the General tab, its disks listed.
  await openFromList(page, 'Storage domains', 'data-nfs');
  await expect(page.getByTestId('sd-status-in-dc')).toHaveAttribute('data-status', 'active');
  await expect(page.getByTestId('sd-status-panel')).toContainText('Default');
  await expect(page.getByTestId('sd-status-panel')).toContainText('(master)');
  await shot('data-domain-general');
  await page.getByTestId('tab-disks').click();
  const diskTable = page.getByRole('grid').or(page.getByRole('table')).filter({ has: page.getByRole('columnheader', { name: 'Virtual size' }) });
  await expect(diskTable.getByRole('columnheader', { name: 'Alias' })).toBeVisible();
  await expect(page.getByTestId('collection-row').filter({ hasText: 'web01_Disk1' })).toBeVisible();
  await shot('data-domain-disks');

  // 11. Import an existing domain straight into the Lab data center.
  await nav(page, 'Storage domains');
  await page.getByTestId('create-button').click();
  await wizard.getByTestId('sd-mode-import').check();
  await expect(wizard.getByRole('heading', { name: 'Import storage domain' })).toBeVisible();
  await wizardNext(page);
  await wizard.getByTestId('sd-name').fill('journey-imported');
  await wizard.getByTestId('sd-host').selectOption({ label: 'lab-host01' });
  await wizardNext(page);
  await wizard.getByTestId('sd-nfs-export').fill('nfs.example.com:/exports/old-data');
  await wizardNext(page);
  // the host's own data center is proposed
  await expect(wizard.getByTestId('sd-dc').locator('option:checked')).toHaveText(/Lab/);
  await wizardNext(page);
  await expect(wizard.getByTestId('sd-review')).toContainText('Import an existing domain');
  await shot('import-review');
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.getByTestId('sd-progress-attach')).toHaveAttribute('data-state', 'done');
  await expect(wizard.getByTestId('sd-progress-done')).toHaveText('journey-imported is active in Lab.', { timeout: 30_000 });
  await shot('imported-active');
  await wizard.getByTestId('sd-close').click();
  await openFromList(page, 'Data centers', 'Lab');
  await page.getByTestId('tab-storagedomains').click();
  await expect(dcRow(page, 'journey-imported')).toHaveAttribute('data-status', 'active');
  await shot('lab-storage');

  // 12. A block domain: host01 discovers the lab portal's target, logs in, and a spare LUN is chosen.
  await nav(page, 'Storage domains');
  await page.getByTestId('create-button').click();
  await wizardNext(page);
  await wizard.getByTestId('sd-name').fill('journey-block');
  await wizard.getByTestId('sd-storage-type').selectOption('iscsi');
  await wizard.getByTestId('sd-host').selectOption({ label: 'host01' });
  await wizardNext(page);
  await wizard.getByTestId('sd-iscsi-address').fill('192.168.20.5');
  await wizard.getByTestId('sd-iscsi-discover').click();
  await wizard.getByTestId('sd-iscsi-target').selectOption({ index: 1 });
  await wizard.getByTestId('sd-iscsi-login').click();
  // data-iscsi's two LUNs are used; the two spare ones can be taken
  await expect(wizard.getByTestId('sd-lun')).toHaveCount(4);
  await expect(wizard.locator('[data-testid="sd-lun"][data-used="true"]')).toHaveCount(2);
  await expect(wizard.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await wizard.locator('[data-testid="sd-lun"][data-used="false"]').first().check();
  await shot('iscsi-luns');
  await wizardNext(page);
  await wizard.getByTestId('sd-dc').selectOption('');
  await wizardNext(page);
  await expect(wizard.getByTestId('sd-review')).toContainText('iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab on 192.168.20.5:3260');
  await wizard.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(wizard.getByTestId('sd-progress-done')).toContainText('journey-block is ready to be attached', { timeout: 30_000 });
  await shot('iscsi-created');
});
