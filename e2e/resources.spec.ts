import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { login } from './support/login.ts';
import { useFreshStack } from './support/fresh-stack.ts';

// It migrates, creates and removes VMs: an engine of its own, so journeys that only read the
// shared engine can run beside it.
useFreshStack();

// The detail page and its forms against the real engine: lazy tabs, action dialogs built from
// the engine's self-description, create / edit / remove of a VM, the Raw tab.

/** Id of the VM named `name`, read through the proxy like the app does. */
async function vmId(page: Page, name: string): Promise<string> {
  const body = await page.evaluate(async (n) => {
    const r = await fetch(`/api/vms?search=${encodeURIComponent(`name=${n}`)}`, { headers: { Accept: 'application/json' } });
    return r.json();
  }, name);
  const id = (body as { vm?: { id: string }[] }).vm?.[0]?.id;
  expect(id, `VM ${name} exists`).toBeTruthy();
  return id!;
}

async function vmStatus(page: Page, id: string): Promise<{ status: number; vm?: { status?: string; host?: { id: string }; description?: string } }> {
  return page.evaluate(async (i) => {
    const r = await fetch(`/api/vms/${i}`, { headers: { Accept: 'application/json' } });
    return { status: r.status, vm: r.ok ? await r.json() : undefined };
  }, id);
}

const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: info.outputPath(name), fullPage: true });

test('detail page: sub-collection tabs load only when opened', async ({ page }, info) => {
  // generous: the machine may be shared with other engines under test
  test.setTimeout(120_000);
  await login(page);
  const id = await vmId(page, 'web02');
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/api/')) apiCalls.push(u.pathname);
  });
  await page.goto(`/vms/${id}`);
  await expect(page.getByRole('heading', { name: 'web02' })).toBeVisible();
  await expect(page.getByTestId('resource-properties')).toBeVisible();
  await page.waitForTimeout(1000);
  const before = apiCalls.filter((p) => p.startsWith(`/api/vms/${id}`) || /^\/api\/(hosts|clusters|templates)\//.test(p));
  // the VM itself plus at most the two eagerly named references (api-reference budget)
  expect(before.length, before.join('\n')).toBeLessThanOrEqual(3);
  expect(apiCalls.some((p) => p.endsWith('/nics'))).toBe(false);
  await shot(page, info, '1-vm-general.png');

  await page.getByRole('tab', { name: 'Network interfaces' }).or(page.getByRole('tab', { name: 'NICs' })).first().click();
  await expect.poll(() => apiCalls.filter((p) => p === `/api/vms/${id}/nics`).length).toBe(1);
  await expect(page.getByRole('tab', { selected: true })).toContainText(/nic|network/i);
  await shot(page, info, '2-vm-nics-tab.png');
});

test('migrate a running VM to a host chosen in the dialog; a refusal shows in the dialog', async ({ page }, info) => {
  test.setTimeout(120_000);
  await login(page);
  const id = await vmId(page, 'web01');
  const start = await vmStatus(page, id);
  // generic dialogs describe actions from the engine's self-description, loaded at most once per
  // session (migrate has a dialog of its own and may not need it at all)
  let modelLoads = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/model.json') modelLoads++;
  });
  await page.goto(`/vms/${id}`);
  await expect(page.getByRole('heading', { name: 'web01' })).toBeVisible();
  await page.getByTestId('action-migrate').click();
  const dialog = page.getByTestId('action-dialog');
  await expect(dialog).toBeVisible();
  const hostSelect = dialog.getByTestId('ref-select-host');
  await expect(hostSelect).toBeEnabled();
  const options = await hostSelect.locator('option').allTextContents();
  // only other up hosts of the VM's cluster: host01 (host02 runs it, host03 is in maintenance)
  expect(options.filter((o) => /^host\d/.test(o))).toEqual(['host01']);

  // axe on the open dialog
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await shot(page, info, '3-migrate-dialog.png');

  await hostSelect.selectOption({ label: 'host01' });
  await dialog.getByTestId('action-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Migrate: web01').first()).toBeVisible();
  await expect.poll(async () => (await vmStatus(page, id)).vm?.host?.id, { timeout: 30_000 }).not.toBe(start.vm?.host?.id);
  await expect(page.getByTestId('resource-properties')).toContainText('host01', { timeout: 20_000 });
  await shot(page, info, '4-migrated.png');

  // db01's cluster has no other up host: the engine refuses and says why, inside the dialog
  const db = await vmId(page, 'db01');
  // within the app (no reload), so the catalogue stays cached
  await page.getByRole('navigation', { name: /breadcrumb/i }).getByRole('link', { name: 'Virtual machines' }).click();
  await page.getByRole('link', { name: 'db01', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/vms/${db}$`));
  await expect(page.getByTestId('resource-title')).toHaveText('db01');
  await page.getByTestId('action-migrate').click();
  const d2 = page.getByTestId('action-dialog');
  await expect(d2.getByTestId('ref-select-host')).toBeEnabled();
  await d2.getByTestId('action-submit').click();
  await expect(d2.getByTestId('action-fault')).toContainText(/no hosts/i);
  expect(modelLoads).toBeLessThanOrEqual(1);
  await shot(page, info, '5-refused.png');
});

test('create a VM, edit its description, read it raw, remove it', async ({ page, context }, info) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await login(page);
  const name = `e2e-vm-${Date.now().toString(36)}`;
  await page.goto('/vms');
  // VMs are created with the provisioning wizard (its own journey: vm-create.spec.ts); the
  // generic form is exercised by Edit below
  await page.getByTestId('create-button').click();
  const wizard = page.getByTestId('vm-wizard');
  await expect(wizard).toBeVisible();
  await expect(wizard.getByRole('combobox', { name: 'Cluster', exact: true })).toBeEnabled();
  await wizard.getByRole('combobox', { name: 'Cluster', exact: true }).selectOption({ label: 'Default' });
  await wizard.getByRole('combobox', { name: 'Template', exact: true }).selectOption({ label: 'Blank' });
  await wizard.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await wizard.getByTestId('vm-wizard-next').click();
  await wizard.getByRole('spinbutton', { name: 'Memory', exact: true }).fill('512');
  await wizard.getByRole('combobox', { name: 'Memory unit', exact: true }).selectOption('MiB');
  await shot(page, info, '6-create-form.png');
  await wizard.getByTestId('vm-wizard-next').click();
  await wizard.getByTestId('vm-wizard-create').click();
  await expect(wizard).toBeHidden();
  await expect(page).toHaveURL(/\/vms\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('resource-title')).toHaveText(name);
  const id = page.url().split('/').pop()!;
  const created = await vmStatus(page, id);
  expect(created.status).toBe(200);

  // it appears in the list
  await page.goto(`/vms?search=${encodeURIComponent(`name=${name}`)}`);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByTestId('resource-title')).toHaveText(name);

  // edit: only the description changes
  const puts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PUT') puts.push(r.postData() ?? '');
  });
  await page.getByTestId('edit-button').click();
  const edit = page.getByTestId('entity-form');
  await edit.getByRole('textbox', { name: 'Description' }).fill('made by the e2e journey');
  await edit.getByTestId('entity-form-submit').click();
  await expect(edit).toBeHidden();
  expect(puts).toHaveLength(1);
  expect(JSON.parse(puts[0])).toEqual({ description: 'made by the e2e journey' });
  await expect(page.getByTestId('resource-properties')).toContainText('made by the e2e journey');
  expect((await vmStatus(page, id)).vm?.description).toBe('made by the e2e journey');

  // raw tab: XML and JSON as the engine sent them, and a curl command with a placeholder
  await page.getByRole('tab', { name: 'Raw' }).click();
  await expect(page.getByTestId('raw-xml')).toContainText(`<name>${name}</name>`);
  await page.getByRole('button', { name: 'JSON' }).click();
  await expect(page.getByTestId('raw-json')).toContainText(`"name"`);
  await expect(page.getByTestId('raw-json')).toContainText(name);
  const curl = await page.getByTestId('curl-text').textContent();
  expect(curl).toMatch(new RegExp(`curl 'http://127\\.0\\.0\\.1:\\d+/ovirt-engine/api/vms/${id}'`));
  expect(curl).toContain('Authorization: Bearer $TOKEN');
  await page.getByTestId('copy-curl').click();
  await expect(page.getByTestId('copy-curl')).toHaveText('Copied curl command');
  const clip = await page.evaluate(() => Promise.race([navigator.clipboard.readText().catch(() => ''), new Promise<string>((r) => setTimeout(() => r(''), 2000))]));
  if (clip) expect(clip).toBe(curl);
  await shot(page, info, '7-raw-json.png');

  // remove, confirming with the name shown
  await page.getByTestId('remove-button').click();
  const rm = page.getByTestId('remove-dialog');
  await expect(rm).toContainText(name);
  await shot(page, info, '8-remove-dialog.png');
  await rm.getByTestId('remove-confirm').click();
  await expect(rm).toBeHidden();
  await expect(page).toHaveURL(/\/vms(\?.*)?$/);
  await expect.poll(async () => (await vmStatus(page, id)).status).toBe(404);
});

test('console ticket: the value, its expiry and a console.vv built from the display', async ({ page }, info) => {
  // generous: the machine may be shared with other engines under test
  test.setTimeout(120_000);
  await login(page);
  const id = await vmId(page, 'dev-desktop01');
  await page.goto(`/vms/${id}`);
  await expect(page.getByTestId('resource-title')).toHaveText('dev-desktop01');
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByTestId('action-ticket').click();
  const dialog = page.getByTestId('action-dialog');
  await dialog.getByRole('spinbutton', { name: /Valid for/ }).fill('300');
  await dialog.getByTestId('action-submit').click();
  const result = page.getByTestId('ticket-result');
  await expect(result).toContainText('Valid for 300 seconds');
  const ticket = (await result.getByRole('textbox').inputValue()).trim();
  expect(ticket.length).toBeGreaterThan(4);
  await shot(page, info, '9-ticket.png');
  const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Download console.vv' }).click()]);
  expect(download.suggestedFilename()).toBe('console.vv');
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain('[virt-viewer]');
  expect(text).toContain('type=spice');
  expect(text).toContain(`password=${ticket}`);
});
