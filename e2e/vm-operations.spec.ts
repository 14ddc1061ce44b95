import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { login } from './support/login.ts';
import { screenshots } from './support/steps.ts';
import { useFreshStack } from './support/fresh-stack.ts';

// This journey changes the data center; it gets an engine of its own.
useFreshStack();

// VM operations on the fresh demo inventory (issue #9): the status panel, a console ticket
// with its console file, a live migration to a chosen host, the snapshot life cycle, run once,
// clone, make template and allocating a VM from a pool. Each test uses its own demo VMs.

// Screenshots: e2e-results/screenshots/vm-operations/<n-test>/<nn-step>.png, in journey order.
const JOURNEY = 'vm-operations';

interface Found {
  id: string;
  status?: string;
  host?: { id: string };
  run_once?: string | boolean;
  cluster?: { id: string };
}

/** A demo object by name, read through the proxy as the app does. */
async function find(page: Page, collection: 'vms' | 'vmpools' | 'hosts' | 'templates', name: string): Promise<Found> {
  const body = await page.evaluate(async ([c, n]) => {
    const r = await fetch(`/api/${c}?search=${encodeURIComponent(`name=${n}`)}`, { headers: { Accept: 'application/json' } });
    return r.json();
  }, [collection, name] as const);
  const key = { vms: 'vm', vmpools: 'vm_pool', hosts: 'host', templates: 'template' }[collection];
  const item = (body as Record<string, Found[] | undefined>)[key]?.[0];
  expect(item, `${collection} ${name} exists`).toBeTruthy();
  return item!;
}

async function vm(page: Page, id: string): Promise<Found> {
  return page.evaluate(async (i) => (await fetch(`/api/vms/${i}`, { headers: { Accept: 'application/json' } })).json(), id);
}

async function openVm(page: Page, name: string): Promise<string> {
  const { id } = await find(page, 'vms', name);
  await page.goto(`/vms/${id}`);
  // generous: the machine may be shared with other engines under test
  await expect(page.getByTestId('resource-title')).toHaveText(name, { timeout: 30_000 });
  return id;
}

/** Serious or critical accessibility problems inside one element of the page. */
async function axeProblems(page: Page, testId: string): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).include(`[data-testid="${testId}"]`).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A VM's page with one of its operations opened from "More actions". */
async function openVmOperation(page: Page, name: string, action: string) {
  const id = await openVm(page, name);
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByTestId(`action-${action}`).click();
  return { id, dialog: page.getByTestId('action-dialog') };
}

/**
 * The success message of clone, make template and allocate: its link names the new object, its
 * status label follows it until `status`; then the link opens the object's page.
 */
async function openCreated(dialog: Locator, expected: { result: string; name: string | RegExp; status: string }, shot: () => Promise<void>) {
  const result = dialog.getByTestId(expected.result);
  const link = result.getByRole('link', { name: expected.name });
  await expect(link).toBeVisible();
  const name = (await link.textContent())!;
  await expect(result.getByTestId('status-label')).toHaveText(expected.status, { timeout: 30_000 });
  await shot();
  await link.click();
  await expect(dialog.page().getByTestId('resource-title')).toHaveText(name);
}

/** Logs in and names the test's screenshot folder; each test runs on its own demo VMs. */
async function begin(page: Page, info: TestInfo, folder: string, timeout = 120_000) {
  test.setTimeout(timeout);
  const shot = screenshots(page, info, `${JOURNEY}/${folder}`);
  await login(page);
  return shot;
}

test('status panel: state, reasons, host and console in words', async ({ page }, info) => {
  const shot = await begin(page, info, '1-status');
  await openVm(page, 'db04');
  const panel = page.getByTestId('vm-status-panel');
  await expect(panel.getByTestId('status-label')).toHaveText('Paused');
  await expect(panel.getByTestId('vm-fact-detail')).toContainText('Paused by request');
  await expect(panel.getByTestId('vm-fact-host').getByRole('link')).toHaveText(/^host\d+$/);
  await expect(panel.getByTestId('vm-fact-started')).toContainText(/up \d/);
  expect(await axeProblems(page, 'vm-status-panel')).toEqual([]);
  await shot('status-paused-vm');

  await openVm(page, 'web05');
  await expect(panel.getByTestId('status-label')).toHaveText('Down');
  await expect(panel.getByTestId('vm-fact-stop_reason')).toContainText('None given');
  await expect(panel.getByTestId('vm-fact-host')).toHaveCount(0);
  await expect(panel.getByTestId('vm-fact-console')).toContainText('available while running');
  await shot('status-down-vm');

  // a VM that is down with a warning or error in its history shows the latest one
  const troubled = await page.evaluate(async () => {
    const get = async (u: string) => (await fetch(u, { headers: { Accept: 'application/json' } })).json();
    const events = ((await get(`/api/events?search=${encodeURIComponent('severity>=warning')}&max=200`)).event ?? []) as { description: string; vm?: { id: string } }[];
    for (const e of events) {
      if (!e.vm) continue;
      const v = await get(`/api/vms/${e.vm.id}`);
      if (v.status === 'down') return { name: v.name as string, description: e.description };
    }
    return null;
  });
  expect(troubled, 'the demo history has a down VM with a warning or error').not.toBeNull();
  await openVm(page, troubled!.name);
  await expect(panel.getByTestId('vm-fact-last_problem')).toContainText(troubled!.description.slice(0, 40));
  await shot('status-last-problem');
});

test('console ticket: the password, its expiry and a console file per console', async ({ page }, info) => {
  const shot = await begin(page, info, '2-console');
  const { dialog } = await openVmOperation(page, 'win-fs01', 'ticket');
  await dialog.getByRole('spinbutton', { name: /Valid for/ }).fill('0');
  await expect(dialog.getByTestId('action-submit')).toBeDisabled();
  await dialog.getByRole('spinbutton', { name: /Valid for/ }).fill('300');
  await dialog.getByTestId('action-submit').click();
  const result = page.getByTestId('ticket-result');
  await expect(result.getByTestId('ticket-expiry')).toContainText(/Valid for 300 seconds, until .+\. \d+ s left\./);
  const ticket = (await result.getByRole('textbox').inputValue()).trim();
  expect(ticket.length).toBeGreaterThan(4);
  await expect(result.getByTestId('console-endpoints')).toContainText(/SPICE at [\d.]+:\d+/);
  await shot('console-ticket');
  const [download] = await Promise.all([page.waitForEvent('download'), result.getByTestId('download-console').click()]);
  expect(download.suggestedFilename()).toBe('console.vv');
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain('type=spice');
  expect(text).toContain(`password=${ticket}`);
  expect(text).toContain('title=win-fs01');
});

test('migrate a running VM to a chosen host and see it land', async ({ page }, info) => {
  const shot = await begin(page, info, '3-migrate');
  const id = await openVm(page, 'web03');
  const before = await vm(page, id);
  const host01 = await find(page, 'hosts', 'host01');
  const target = before.host?.id === host01.id ? 'host02' : 'host01';
  await page.getByTestId('action-migrate').click();
  const dialog = page.getByTestId('action-dialog');
  const select = dialog.getByTestId('ref-select-host');
  await expect(select).toBeEnabled();
  // the scheduler, and the one other up host of the Default cluster (host03 is in maintenance)
  expect(await select.locator('option').allTextContents()).toEqual(['Let the scheduler choose', target]);
  await select.selectOption({ label: target });
  expect(await axeProblems(page, 'action-dialog')).toEqual([]);
  await shot('migrate-dialog');
  await dialog.getByTestId('action-submit').click();
  await expect(dialog).toBeHidden();
  const panel = page.getByTestId('vm-status-panel');
  await expect(panel.getByTestId('migrate-phase')).toHaveAttribute('data-phase', 'landed', { timeout: 30_000 });
  await expect(panel.getByTestId('migrate-phase')).toContainText(`now runs on ${target}`);
  await expect(panel.getByTestId('vm-fact-host')).toContainText(target);
  await expect(panel.getByTestId('status-label')).toHaveText('Up');
  await shot('migrated');
  expect((await vm(page, id)).host?.id).not.toBe(before.host?.id);
});

test('snapshots: create, preview, commit, undo, restore, delete as the state allows', async ({ page }, info) => {
  const shot = await begin(page, info, '4-snapshots', 180_000);
  await openVm(page, 'web05');
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  const tab = page.getByTestId('snapshots-tab');
  await expect(tab.getByTestId('snapshot-create')).toBeVisible();
  // nothing to commit or undo yet
  await expect(tab.getByTestId('snapshot-commit')).toHaveAttribute('aria-disabled', 'true');

  await tab.getByTestId('snapshot-create').click();
  const create = page.getByTestId('snapshot-create-dialog');
  await create.getByTestId('action-submit').click();
  await expect(create.getByText('A description is required.')).toBeVisible();
  await create.getByRole('textbox', { name: 'Description' }).fill('before-upgrade');
  await expect(create.getByRole('checkbox', { name: 'Save memory' })).toBeDisabled();
  await shot('snapshot-create');
  await create.getByTestId('action-submit').click();
  await expect(create).toBeHidden();
  const row = (d: string) => tab.locator(`[data-testid="snapshot-row"][data-description="${d}"]`);
  await expect(row('before-upgrade')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await tab.getByTestId('snapshot-create').click();
  await create.getByRole('textbox', { name: 'Description' }).fill('second');
  await create.getByTestId('action-submit').click();
  await expect(row('second')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await shot('snapshots-listed');

  // preview the first: it is in preview, the others wait for commit / undo
  await row('before-upgrade').getByTestId('snapshot-preview').click();
  await page.getByTestId('snapshot-op-dialog').getByTestId('action-submit').click();
  await expect(row('before-upgrade')).toHaveAttribute('data-status', 'in_preview', { timeout: 30_000 });
  await expect(tab.getByTestId('snapshot-preview-banner')).toContainText('before-upgrade');
  await expect(row('second').getByTestId('snapshot-preview')).toHaveAttribute('aria-disabled', 'true');
  await expect(tab.getByTestId('snapshot-create')).toHaveAttribute('aria-disabled', 'true');
  await expect(tab.getByTestId('snapshot-commit')).not.toHaveAttribute('aria-disabled', 'true', { timeout: 30_000 });
  expect(await axeProblems(page, 'snapshots-tab')).toEqual([]);
  await shot('snapshot-in-preview');
  await tab.getByTestId('snapshot-commit').click();
  await page.getByTestId('snapshot-op-dialog').getByTestId('action-submit').click();
  await expect(row('before-upgrade')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expect(tab.getByTestId('snapshot-preview-banner')).toHaveCount(0);

  // preview the second, then undo
  await expect(row('second').getByTestId('snapshot-preview')).not.toHaveAttribute('aria-disabled', 'true', { timeout: 30_000 });
  await row('second').getByTestId('snapshot-preview').click();
  await page.getByTestId('snapshot-op-dialog').getByTestId('action-submit').click();
  await expect(row('second')).toHaveAttribute('data-status', 'in_preview', { timeout: 30_000 });
  await expect(tab.getByTestId('snapshot-undo')).not.toHaveAttribute('aria-disabled', 'true', { timeout: 30_000 });
  await tab.getByTestId('snapshot-undo').click();
  await page.getByTestId('snapshot-op-dialog').getByTestId('action-submit').click();
  await expect(row('second')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await shot('snapshot-undone');

  // restore the first
  await expect(row('before-upgrade').getByTestId('snapshot-restore')).not.toHaveAttribute('aria-disabled', 'true', { timeout: 30_000 });
  await row('before-upgrade').getByTestId('snapshot-restore').click();
  const restore = page.getByTestId('snapshot-op-dialog');
  await expect(restore).toContainText('are lost');
  await restore.getByTestId('action-submit').click();
  await expect(restore).toBeHidden();
  await expect(page.getByText('Restore snapshot: before-upgrade').first()).toBeVisible();

  // delete the second
  await expect(row('second').getByTestId('snapshot-delete')).not.toHaveAttribute('aria-disabled', 'true', { timeout: 30_000 });
  await row('second').getByTestId('snapshot-delete').click();
  await page.getByTestId('snapshot-op-dialog').getByTestId('action-submit').click();
  await expect(row('second')).toHaveCount(0, { timeout: 30_000 });
  await expect(row('before-upgrade')).toHaveCount(1);
  await shot('snapshot-deleted');

  // a running VM: memory can be saved too; preview and restore wait for it to be down
  await openVm(page, 'web06');
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await tab.getByTestId('snapshot-create').click();
  await create.getByRole('textbox', { name: 'Description' }).fill('live');
  await expect(create.getByRole('checkbox', { name: 'Save memory' })).toBeChecked();
  await create.getByTestId('action-submit').click();
  await expect(row('live')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expect(row('live')).toContainText('Saved');
  await expect(row('live').getByTestId('snapshot-preview')).toHaveAttribute('aria-disabled', 'true');
  await expect(row('live').getByTestId('snapshot-restore')).toHaveAttribute('aria-disabled', 'true');
  await expect(row('live').getByTestId('snapshot-delete')).not.toHaveAttribute('aria-disabled', 'true');
  await shot('snapshot-with-memory');
});

test('run once: boot from CD, start paused, on a chosen host', async ({ page }, info) => {
  const shot = await begin(page, info, '5-run-once');
  const { id, dialog } = await openVmOperation(page, 'backup-proxy', 'run-once');
  await dialog.getByRole('checkbox', { name: /CD-ROM/ }).check();
  await dialog.getByRole('button', { name: 'Boot CD-ROM earlier' }).click();
  await expect(dialog.getByRole('checkbox', { name: '1. CD-ROM' })).toBeChecked();
  // booting from CD without a CD is refused before anything is sent
  await dialog.getByTestId('action-submit').click();
  await expect(dialog.getByText('Booting from CD-ROM needs an ISO image attached.')).toBeVisible();
  const iso = dialog.getByRole('combobox', { name: 'Attach CD' });
  await expect(iso.locator('option')).not.toHaveCount(1);
  const firstIso = (await iso.locator('option').nth(1).textContent())!;
  await iso.selectOption({ label: firstIso });
  await dialog.getByRole('checkbox', { name: 'Start in paused mode' }).check();
  await dialog.getByRole('combobox', { name: 'Run on' }).selectOption({ label: 'host04' });
  expect(await axeProblems(page, 'action-dialog')).toEqual([]);
  await shot('run-once-dialog');
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/start')), dialog.getByTestId('action-submit').click()]);
  const body = request.postData() ?? '';
  expect(body).toContain('cdrom');
  expect(body).toContain(firstIso);
  await expect(dialog).toBeHidden();
  const panel = page.getByTestId('vm-status-panel');
  await expect(panel.getByTestId('status-label')).toHaveText('Paused', { timeout: 30_000 });
  await expect(panel.getByTestId('vm-fact-run_once')).toBeVisible();
  await expect(panel.getByTestId('vm-fact-host')).toContainText('host04');
  await shot('run-once-paused');
  expect(String((await vm(page, id)).run_once)).toBe('true');
});

test('clone a VM that is down, and follow the link to the copy', async ({ page }, info) => {
  const shot = await begin(page, info, '6-clone');
  const { dialog } = await openVmOperation(page, 'app06', 'clone');
  const name = dialog.getByRole('textbox', { name: 'Name of the new VM' });
  await expect(name).toHaveValue('app06-clone');
  await name.fill('app06 copy');
  await dialog.getByTestId('action-submit').click();
  await expect(dialog.getByText('Only letters, digits')).toBeVisible();
  await name.fill('app06-copy');
  await dialog.getByTestId('action-submit').click();
  await openCreated(dialog, { result: 'clone-result', name: 'app06-copy', status: 'Down' }, () => shot('cloned'));
  await page.getByRole('tab', { name: /disk/i }).first().click();
  await expect(page.getByText('app06-copy_Disk1').first()).toBeVisible();
  await shot('clone-page');
});

test('make a template from a VM that is down', async ({ page }, info) => {
  const shot = await begin(page, info, '7-template');
  const { dialog } = await openVmOperation(page, 'dev-desktop02', 'make-template');
  await dialog.getByRole('textbox', { name: 'Template name' }).fill('dev-desktop-golden');
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Developer desktop, patched');
  await dialog.getByTestId('action-submit').click();
  await openCreated(dialog, { result: 'template-result', name: 'dev-desktop-golden', status: 'Ok' }, () => shot('template-made'));
  await find(page, 'templates', 'dev-desktop-golden');
});

test('allocate a VM from a pool and open it', async ({ page }, info) => {
  const shot = await begin(page, info, '8-pool');
  const pool = await find(page, 'vmpools', 'training');
  await page.goto(`/vmpools/${pool.id}`);
  await expect(page.getByTestId('resource-title')).toHaveText('training');
  await page.getByTestId('action-allocatevm').click();
  const dialog = page.getByTestId('action-dialog');
  await expect(dialog).toContainText('Take a VM from the pool training');
  await dialog.getByTestId('action-submit').click();
  await openCreated(dialog, { result: 'allocate-result', name: /^training-\d$/, status: 'Up' }, () => shot('pool-allocated'));
  await expect(page.getByTestId('vm-status-panel').getByTestId('vm-fact-pool')).toContainText('training');
  await shot('allocated-vm');
});

test('hot-plug: unplug and plug a NIC, deactivate and activate a disk, from their pages', async ({ page }, info) => {
  const shot = await begin(page, info, '9-devices');
  const { id } = await find(page, 'vms', 'web02');
  const first = async (sub: string, key: string) =>
    page.evaluate(async ([i, s, k]) => ((await (await fetch(`/api/vms/${i}/${s}`, { headers: { Accept: 'application/json' } })).json())[k] as { id: string }[])[0].id, [id, sub, key] as const);
  const nic = await first('nics', 'nic');
  await page.goto(`/vms/${id}/nics/${nic}`);
  await expect(page.getByTestId('resource-title')).toHaveText('nic1');
  await page.getByTestId('action-nic-unplug').click();
  await expect(page.getByTestId('action-dialog')).toContainText('loses this network card');
  await page.getByTestId('action-dialog').getByTestId('action-submit').click();
  await expect(page.getByTestId('action-nic-plug')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('action-nic-unplug')).toHaveCount(0);
  await shot('nic-unplugged');
  await page.getByTestId('action-nic-plug').click();
  await page.getByTestId('action-dialog').getByTestId('action-submit').click();
  await expect(page.getByTestId('action-nic-unplug')).toBeVisible({ timeout: 20_000 });

  const disk = await first('diskattachments', 'disk_attachment');
  await page.goto(`/vms/${id}/diskattachments/${disk}`);
  await page.getByTestId('action-disk-deactivate').click();
  await page.getByTestId('action-dialog').getByTestId('action-submit').click();
  await expect(page.getByTestId('action-disk-activate')).toBeVisible({ timeout: 20_000 });
  await shot('disk-deactivated');
  await page.getByTestId('action-disk-activate').click();
  await page.getByTestId('action-dialog').getByTestId('action-submit').click();
  await expect(page.getByTestId('action-disk-deactivate')).toBeVisible({ timeout: 20_000 });
});
