import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { login } from './support/login.ts';
import { screenshots } from './support/steps.ts';
import { useFreshStack } from './support/fresh-stack.ts';

// This journey changes the data center; it gets an engine of its own.
useFreshStack();

// VM provisioning as an administrator does it in the portal: the new-VM wizard (with a name
// the engine refuses, shown in the wizard), a NIC on a vNIC profile, a disk, an ISO in the CD
// drive, start, Up, eject. Each step is checked against what the engine then reports.

const VM = 'journey-vm1';

interface Json {
  [k: string]: unknown;
}

/** GET through the proxy, as the app does. */
async function apiGet(page: Page, path: string): Promise<Json> {
  return page.evaluate(async (p) => {
    const r = await fetch(`/api/${p}`, { headers: { Accept: 'application/json' } });
    return (await r.json()) as Json;
  }, path);
}

async function vmByName(page: Page, name: string): Promise<Json | undefined> {
  const body = await apiGet(page, `vms?search=${encodeURIComponent(`name=${name}`)}`);
  return (body.vm as Json[] | undefined)?.[0];
}

/** Serious or critical axe findings inside one dialog. */
async function axeProblems(page: Page, testId: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include(`[data-testid="${testId}"]`).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const cdromFile = async (page: Page, vmId: string) => {
  const body = await apiGet(page, `vms/${vmId}/cdroms`);
  const cd = (body.cdrom as Json[])[0];
  return ((cd.file as Json | undefined)?.id as string | undefined) ?? '';
};

test('provision a VM: wizard, NIC, disk, ISO, start, eject', async ({ page }, testInfo) => {
  // generous: the machine may be shared with other engines under test
  test.setTimeout(420_000);
  const shot = screenshots(page, testInfo, 'vm-create');
  await login(page);
  let vmId = '';
  const cd = page.getByTestId('cd-dialog');
  /** Insert or Eject in the CD dialog, then the drive as the engine reports it. */
  const applyCd = async (button: 'cd-insert' | 'cd-eject', file: string) => {
    await shot(button);
    await cd.getByTestId(button).click();
    await expect(cd).toBeHidden();
    await expect.poll(() => cdromFile(page, vmId)).toBe(file);
  };

  // ---- the wizard -------------------------------------------------------------------------
  await test.step('new VM wizard', async () => {
    await page.goto('/vms');
    await page.getByRole('button', { name: 'New virtual machine' }).click();
    const wizard = page.getByTestId('vm-wizard');
    await expect(wizard).toBeVisible();
    await expect(wizard.getByRole('combobox', { name: 'Cluster', exact: true })).toBeEnabled();
    await wizard.getByRole('combobox', { name: 'Cluster', exact: true }).selectOption({ label: 'Default' });
    // templates follow the cluster's data center: Default's templates, not the Lab's
    const templates = await wizard.getByRole('combobox', { name: 'Template', exact: true }).locator('option').allTextContents();
    expect(templates[0]).toBe('Blank');
    expect(templates).toContain('rhel9-base');
    await wizard.getByRole('combobox', { name: 'Template', exact: true }).selectOption({ label: 'Blank' });
    expect(await axeProblems(page, 'vm-wizard')).toEqual([]);
    await wizard.getByRole('textbox', { name: 'Name', exact: true }).fill('bad name!');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByText("The name can contain only letters, digits, '.', '_' and '-'.")).toBeVisible();
    await shot('wizard-name-refused');

    // a name the engine already knows: the browser cannot tell, the engine refuses it
    await wizard.getByRole('textbox', { name: 'Name', exact: true }).fill('web01');
    await wizard.getByRole('textbox', { name: 'Description', exact: true }).fill('Created by the vm-create journey');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('spinbutton', { name: 'Memory', exact: true }).fill('2');
    await wizard.getByRole('combobox', { name: 'Memory unit', exact: true }).selectOption('GiB');
    await wizard.getByRole('spinbutton', { name: 'Virtual sockets', exact: true }).fill('2');
    await wizard.getByRole('spinbutton', { name: 'Cores per socket', exact: true }).fill('2');
    // Windows guests take Windows zone names, the others tz database names
    const os = wizard.getByRole('combobox', { name: 'Operating system', exact: true });
    const zone = wizard.getByRole('combobox', { name: 'Time zone', exact: true });
    await os.selectOption('windows_2019x64');
    await expect(zone).toHaveValue('GMT Standard Time');
    expect(await zone.locator('option').allTextContents()).toContain('(GMT-08:00) Pacific Standard Time');
    await os.selectOption('rhel_9x64');
    await expect(zone).toHaveValue('Etc/GMT');
    await wizard.getByRole('combobox', { name: 'Time zone', exact: true }).selectOption('Europe/Paris');
    await wizard.getByRole('checkbox', { name: 'Highly available', exact: true }).check();
    await shot('wizard-system');
    await wizard.getByRole('button', { name: 'Next' }).click();
    const review = wizard.getByTestId('vm-review');
    await expect(review).toContainText('2 GiB');
    await expect(review).toContainText('2 socket(s) × 2 core(s)');
    await expect(review).toContainText('Europe/Paris');
    await wizard.getByRole('button', { name: 'Create' }).click();
    await expect(wizard.getByTestId('vm-wizard-fault')).toContainText('already in use');
    await shot('wizard-engine-refusal');

    await wizard.getByRole('button', { name: 'Back' }).click();
    await wizard.getByRole('button', { name: 'Back' }).click();
    await wizard.getByRole('textbox', { name: 'Name', exact: true }).fill(VM);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(review).toContainText(VM);
    // the refusal was about the old name: it is gone once the name changed
    await expect(wizard.getByTestId('vm-wizard-fault')).toBeHidden();
    await shot('wizard-review');
    await wizard.getByRole('button', { name: 'Create' }).click();
    await expect(wizard).toBeHidden();
    await expect(page.getByTestId('resource-title')).toContainText(VM);
    const vm = await vmByName(page, VM);
    expect(vm, 'the engine has the new VM').toBeTruthy();
    vmId = String(vm!.id);
    await expect(page).toHaveURL(new RegExp(`/vms/${vmId}`));
    // what the engine stored is what the wizard said
    expect(Number(vm!.memory)).toBe(2 * 1024 ** 3);
    expect(Number((vm!.memory_policy as Json).guaranteed)).toBe(2 * 1024 ** 3);
    expect((vm!.cpu as { topology: Json }).topology).toMatchObject({ sockets: expect.anything(), cores: expect.anything() });
    expect(Number(((vm!.cpu as { topology: Json }).topology).sockets)).toBe(2);
    expect((vm!.os as Json).type).toBe('rhel_9x64');
    expect((vm!.time_zone as Json).name).toBe('Europe/Paris');
    expect(String((vm!.high_availability as Json).enabled)).toBe('true');
    await shot('vm-created');
  });

  // ---- a NIC on a vNIC profile of the data center's networks --------------------------------
  await test.step('add a NIC', async () => {
    await page.getByTestId('tab-nics').click();
    await page.getByRole('button', { name: 'New network interface' }).click();
    const nicDialog = page.getByTestId('nic-dialog');
    await expect(nicDialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('nic1');
    const profiles = await nicDialog.getByRole('combobox', { name: 'Profile', exact: true }).locator('option').allTextContents();
    expect(profiles).toEqual(['ovirtmgmt / ovirtmgmt', 'vlan100 / vlan100', 'No network']);
    await nicDialog.getByRole('combobox', { name: 'Profile', exact: true }).selectOption({ label: 'vlan100 / vlan100' });
    await nicDialog.getByRole('combobox', { name: 'Type', exact: true }).selectOption('e1000');
    expect(await axeProblems(page, 'nic-dialog')).toEqual([]);
    await shot('nic-dialog');
    await nicDialog.getByRole('button', { name: 'Add' }).click();
    await expect(nicDialog).toBeHidden();
    await expect(page.getByTestId('collection-row').filter({ hasText: 'nic1' })).toBeVisible();
    const nics = (await apiGet(page, `vms/${vmId}/nics`)).nic as Json[];
    expect(nics).toHaveLength(1);
    expect(nics[0]).toMatchObject({ name: 'nic1', interface: 'e1000' });
    const profile = await apiGet(page, `vnicprofiles/${String((nics[0].vnic_profile as Json).id)}`);
    expect(profile.name).toBe('vlan100');
    await shot('nic-added');
  });

  // ---- a disk on an active data domain -------------------------------------------------------
  await test.step('add a disk', async () => {
    await page.getByTestId('tab-diskattachments').click();
    await page.getByRole('button', { name: 'New disk' }).click();
    const diskDialog = page.getByTestId('disk-dialog');
    await expect(diskDialog.getByRole('textbox', { name: 'Alias', exact: true })).toHaveValue(`${VM}_Disk1`);
    const domains = await diskDialog.getByRole('combobox', { name: 'Storage domain', exact: true }).locator('option').allTextContents();
    expect(domains.map((d) => d.replace(/ \(.*\)$/, ''))).toEqual(['data-nfs']);
    await diskDialog.getByRole('spinbutton', { name: 'Size (GiB)', exact: true }).fill('12');
    await expect(diskDialog.getByRole('checkbox', { name: 'Bootable', exact: true })).toBeChecked();
    expect(await axeProblems(page, 'disk-dialog')).toEqual([]);
    await shot('disk-dialog');
    await diskDialog.getByRole('button', { name: 'Add' }).click();
    await expect(diskDialog).toBeHidden();
    await expect(page.getByTestId('collection-row')).toHaveCount(1);
    const atts = (await apiGet(page, `vms/${vmId}/diskattachments?follow=disk`)).disk_attachment as Json[];
    expect(atts).toHaveLength(1);
    expect(atts[0]).toMatchObject({ interface: 'virtio_scsi' });
    expect(String(atts[0].bootable)).toBe('true');
    expect(Number((atts[0].disk as Json).provisioned_size)).toBe(12 * 1024 ** 3);
    expect((atts[0].disk as Json).format).toBe('cow');
    await shot('disk-added');
  });

  // ---- an ISO in the CD drive ----------------------------------------------------------------
  await test.step('insert an ISO', async () => {
    await page.getByTestId('tab-general').or(page.getByRole('tab', { name: 'General' })).first().click();
    await page.getByTestId('action-change-cd').click();
    await expect(cd.getByTestId('cd-current')).toContainText('No media');
    await cd.getByRole('combobox', { name: 'ISO image', exact: true }).selectOption('rhel-9.4-x86_64-dvd.iso');
    await expect(cd.getByTestId('cd-insert')).toBeEnabled();
    await expect(cd.getByTestId('cd-eject')).toBeDisabled();
    await applyCd('cd-insert', 'rhel-9.4-x86_64-dvd.iso');
  });

  // ---- start, and wait for Up --------------------------------------------------------------
  await test.step('start and wait for Up', async () => {
    // the new disk is created first: the VM can start once it is no longer locked
    await expect.poll(async () => (await vmByName(page, VM))?.status, { timeout: 60_000 }).toBe('down');
    await page.reload();
    await expect(page.getByTestId('action-start')).toBeEnabled({ timeout: 30_000 });
    await page.getByTestId('action-start').click();
    await page.getByTestId('action-submit').click();
    await expect(page.getByTestId('resource-title').getByTestId('status-label').or(page.getByTestId('status-label').first())).toHaveAttribute('data-status', 'up', { timeout: 90_000 });
    await shot('vm-up');
  });

  // ---- eject (the running VM's media changes at once) ----------------------------------------
  await test.step('eject the CD', async () => {
    await page.getByTestId('action-change-cd').click();
    await expect(cd.getByTestId('cd-current')).toContainText('rhel-9.4-x86_64-dvd.iso');
    await expect(cd.getByText('The VM is running: the media changes now.')).toBeVisible();
    await expect(cd.getByTestId('cd-eject')).toBeEnabled();
    await applyCd('cd-eject', '');
    await page.getByTestId('action-change-cd').click();
    await expect(cd.getByTestId('cd-current')).toContainText('No media');
    await shot('cd-ejected');
  });
});
