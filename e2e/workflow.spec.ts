import { expect, test, type Locator, type Page } from '@playwright/test';
import { login } from './support/login.ts';
import { nav, openFromList } from './support/navigation.ts';
import { screenshots } from './support/steps.ts';
import { useFreshStack } from './support/fresh-stack.ts';

// This journey changes the data center; it gets an engine of its own.
useFreshStack();

// The classic workflow of the RHEV REST API guide (chapter 2), in the browser on a fresh
// engine — the same steps scripts/classic-workflow.ts sends over plain HTTP: approve the host
// waiting for it; create NFS data and ISO domains; attach and activate them in the host's data
// center; create a VM with a NIC and a disk; put an ISO in its CD-ROM; start it; read the events.
//
// A new NFS ISO domain starts empty (as on a real engine until images are uploaded), so the
// CD step uses the demo's shared ISO library: the empty new ISO domain is put in maintenance
// and detached from Lab, and the demo "iso" domain is attached to Lab in its place.

/** The status shown next to the page title. */
const headerStatus = (page: Page): Locator => page.locator('main').getByTestId('status-label').first();

/** Clicks an action of the detail page, from the toolbar or the overflow menu. */
async function runPageAction(page: Page, action: string): Promise<void> {
  const button = page.getByTestId('resource-actions').getByTestId(`action-${action}`);
  if (!(await button.isVisible())) await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByTestId(`action-${action}`).click();
}

/** Chooses the option of a <select> whose text contains `text`. */
async function selectByText(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  expect(value, `an option "${text}"`).not.toBeNull();
  await select.selectOption(value!);
}

const dcRow = (page: Page, name: string): Locator => page.getByTestId('dc-storage-row').filter({ has: page.getByRole('link', { name, exact: true }) });

/** Walks the storage wizard for an NFS domain through `host`, attaching it to the proposed data center or none. */
async function createNfsDomain(page: Page, opts: { name: string; fn: 'data' | 'iso'; host: string; exportPath: string; attach: boolean }): Promise<Locator> {
  await nav(page, 'Storage domains');
  await page.getByTestId('create-button').click();
  const wizard = page.getByTestId('sd-wizard');
  const next = () => wizard.getByRole('button', { name: 'Next', exact: true }).click();
  await next();
  await wizard.getByTestId('sd-name').fill(opts.name);
  await wizard.getByTestId('sd-function').selectOption(opts.fn);
  await wizard.getByTestId('sd-storage-type').selectOption('nfs');
  await wizard.getByTestId('sd-host').selectOption({ label: opts.host });
  await next();
  await wizard.getByTestId('sd-nfs-export').fill(opts.exportPath);
  await next();
  if (opts.attach) await expect(wizard.getByTestId('sd-dc').locator('option:checked')).toHaveText(/Lab/);
  else await wizard.getByTestId('sd-dc').selectOption('');
  await next();
  await expect(wizard.getByTestId('sd-review')).toContainText(opts.name);
  return wizard;
}

test('the classic workflow: host, storage, VM with NIC, disk and ISO, start, events', async ({ page }, testInfo) => {
  test.setTimeout(480_000);
  const shot = screenshots(page, testInfo, 'workflow');
  await login(page);

  // 1. The host waiting for approval: approve it into its cluster; it installs, then comes up.
  await openFromList(page, 'Hosts', 'lab-host02');
  await expect(headerStatus(page)).toHaveAttribute('data-status', 'pending_approval');
  await shot('host-pending-approval');
  await runPageAction(page, 'approve');
  const approve = page.getByTestId('approve-dialog');
  await expect(approve).toBeVisible();
  await shot('approve-dialog');
  await approve.getByTestId('action-submit').click();
  await expect(headerStatus(page)).toHaveAttribute('data-status', 'up', { timeout: 90_000 });
  await shot('host-up');

  // 2. NFS data domain through the approved host, attached to its data center (Lab) at the end.
  let wizard = await createNfsDomain(page, { name: 'wf-data', fn: 'data', host: 'lab-host02', exportPath: 'nfs.example.com:/exports/wf-data', attach: true });
  await shot('data-domain-review');
  await wizard.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(wizard.getByTestId('sd-progress-done')).toHaveText('wf-data is active in Lab.', { timeout: 30_000 });
  await shot('data-domain-active-in-lab');
  await wizard.getByTestId('sd-close').click();

  // 3. NFS ISO domain, left unattached by the wizard...
  wizard = await createNfsDomain(page, { name: 'wf-iso', fn: 'iso', host: 'lab-host02', exportPath: 'nfs.example.com:/exports/wf-iso', attach: false });
  await wizard.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(wizard.getByTestId('sd-progress-done')).toContainText('ready to be attached');
  await shot('iso-domain-created');
  await wizard.getByTestId('sd-close').click();

  // 4. ...and attached from the data center's Storage tab; both are active in Lab.
  await openFromList(page, 'Data centers', 'Lab');
  await page.getByTestId('tab-storagedomains').click();
  await page.getByTestId('dc-storage-attach').click();
  const attach = page.getByTestId('sd-attach-dialog');
  await attach.getByTestId('sd-attach-choice-wf-iso').check();
  await shot('attach-iso-domain');
  await attach.getByTestId('sd-attach-submit').click();
  await expect(dcRow(page, 'wf-iso')).toHaveAttribute('data-status', 'active', { timeout: 30_000 });
  await expect(dcRow(page, 'wf-data')).toHaveAttribute('data-status', 'active');
  await shot('lab-storage-both-active');

  // 5. The new ISO domain holds no image yet: swap it for the demo's shared ISO library.
  await dcRow(page, 'wf-iso').getByRole('link', { name: 'wf-iso', exact: true }).click();
  await page.getByTestId('tab-files').click();
  await expect(page.getByTestId('sd-files-empty')).toBeVisible();
  await shot('new-iso-domain-empty');
  await openFromList(page, 'Data centers', 'Lab');
  await page.getByTestId('tab-storagedomains').click();
  await dcRow(page, 'wf-iso').getByTestId('dc-storage-deactivate').click();
  await page.getByTestId('sd-change-submit').click();
  await expect(dcRow(page, 'wf-iso')).toHaveAttribute('data-status', 'maintenance', { timeout: 30_000 });
  await dcRow(page, 'wf-iso').getByTestId('dc-storage-detach').click();
  await page.getByTestId('sd-change-submit').click();
  await expect(dcRow(page, 'wf-iso')).toHaveCount(0, { timeout: 30_000 });
  await openFromList(page, 'Storage domains', 'iso');
  await page.getByTestId('tab-datacenters').click();
  await page.getByTestId('sd-dc-attach').click();
  await page.getByTestId('sd-attach-dc-select').selectOption({ label: 'Lab' });
  await page.getByTestId('sd-attach-dc-submit').click();
  await expect(page.getByTestId('sd-dc-row').filter({ hasText: 'Lab' })).toHaveAttribute('data-status', 'active', { timeout: 30_000 });
  await shot('iso-library-attached-to-lab');

  // 6. The VM: cluster Lab, template Blank, 1 GiB, 1 socket × 2 cores, RHEL 8, a time zone.
  await nav(page, 'Virtual machines');
  await page.getByTestId('create-button').click();
  const vmWizard = page.getByTestId('vm-wizard');
  await expect(vmWizard.getByLabel('Cluster')).toBeVisible();
  await vmWizard.getByLabel('Cluster').selectOption({ label: 'Lab' });
  await vmWizard.getByLabel('Template').selectOption({ label: 'Blank' });
  await vmWizard.getByRole('textbox', { name: 'Name' }).fill('wf-vm');
  await shot('vm-wizard-general');
  await vmWizard.getByTestId('vm-wizard-next').click();
  await vmWizard.locator('#vm-memory').fill('1');
  await vmWizard.getByLabel('Memory unit').selectOption('GiB');
  await vmWizard.getByRole('spinbutton', { name: 'Virtual sockets' }).fill('1');
  await vmWizard.getByRole('spinbutton', { name: 'Cores per socket' }).fill('2');
  await vmWizard.getByLabel('Operating system').selectOption('rhel_8x64');
  await vmWizard.getByLabel('Time zone').selectOption('Europe/Paris');
  await shot('vm-wizard-system');
  await vmWizard.getByTestId('vm-wizard-next').click();
  await expect(vmWizard.getByTestId('vm-review')).toContainText('wf-vm');
  await expect(vmWizard.getByTestId('vm-review')).toContainText('Europe/Paris');
  await shot('vm-wizard-review');
  await vmWizard.getByTestId('vm-wizard-create').click();
  await expect(page.getByTestId('resource-title')).toHaveText('wf-vm', { timeout: 30_000 });
  await expect(headerStatus(page)).toHaveAttribute('data-status', 'down', { timeout: 30_000 });
  await shot('vm-created');

  // 7. A NIC on the Lab management network's vNIC profile.
  await page.getByTestId('tab-nics').click();
  await page.getByTestId('create-button').click();
  const nic = page.getByTestId('nic-dialog');
  await expect(nic.getByLabel('Profile')).toBeVisible();
  await selectByText(nic.getByLabel('Profile'), 'ovirtmgmt');
  await nic.getByLabel('Type').selectOption('virtio');
  await shot('nic-dialog');
  await nic.getByTestId('nic-dialog-submit').click();
  await expect(nic).toHaveCount(0);
  await expect(page.getByTestId('collection-row').filter({ hasText: 'nic1' })).toBeVisible();
  await shot('nic-added');

  // 8. A 10 GiB thin VirtIO-SCSI disk on the new data domain.
  await page.getByTestId('tab-diskattachments').click();
  await page.getByTestId('create-button').click();
  const disk = page.getByTestId('disk-dialog');
  await expect(disk.getByLabel('Storage domain')).toBeVisible();
  await disk.getByRole('spinbutton', { name: 'Size (GiB)' }).fill('10');
  await disk.getByLabel('Interface').selectOption('virtio_scsi');
  await disk.getByLabel('Allocation policy').selectOption('thin');
  await selectByText(disk.getByLabel('Storage domain'), 'wf-data');
  await shot('disk-dialog');
  await disk.getByTestId('disk-dialog-submit').click();
  await expect(disk).toHaveCount(0);
  await expect(page.getByTestId('collection-row')).toHaveCount(1);
  await shot('disk-added');

  // 9. An ISO from the Lab ISO domain into the CD-ROM.
  await runPageAction(page, 'change-cd');
  const cd = page.getByTestId('cd-dialog');
  await expect(cd.getByLabel('ISO image')).toBeVisible();
  await cd.getByLabel('ISO image').selectOption('rhel-8.10-x86_64-dvd.iso');
  await shot('change-cd-dialog');
  await cd.getByTestId('cd-insert').click();
  await expect(cd).toHaveCount(0);
  await runPageAction(page, 'change-cd');
  await expect(page.getByTestId('cd-current')).toContainText('rhel-8.10-x86_64-dvd.iso');
  await shot('iso-inserted');
  await page.getByTestId('cd-dialog').getByRole('button', { name: /Cancel|Close/ }).first().click();

  // 10. Start the VM; it reaches Up.
  await runPageAction(page, 'start');
  const confirm = page.getByTestId('action-dialog');
  if (await confirm.isVisible()) await confirm.getByTestId('action-submit').click();
  await expect(headerStatus(page)).toHaveAttribute('data-status', 'up', { timeout: 90_000 });
  await shot('vm-up');

  // 11. The events of the journey in the Events view.
  await nav(page, 'Events');
  const rows = page.getByTestId('event-row');
  await expect(rows.filter({ hasText: 'wf-vm' }).first()).toBeVisible({ timeout: 30_000 });
  await expect(rows.filter({ hasText: /wf-vm.*(started|is running|up)/i }).first()).toBeVisible({ timeout: 30_000 });
  await expect(rows.filter({ hasText: 'wf-data' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'lab-host02' }).first()).toBeVisible();
  await shot('events');
});
