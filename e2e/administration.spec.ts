import { expect, test, type Page } from '@playwright/test';
import { login } from './support/login.ts';
import { screenshots } from './support/steps.ts';
import { useFreshStack } from './support/fresh-stack.ts';

// This journey changes the data center; it gets an engine of its own.
useFreshStack();

// Administration against the real engine: users from a directory domain, permissions on a VM,
// a custom role's permits, the tag tree and tags on a VM, bookmarks in the navigation.
// Tests run in order in one worker on one fresh engine; each works on its own objects.
// Screenshots: e2e-results/screenshots/administration/, numbered per test, named by its part.

/** GET through the proxy as the app does (JSON). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const r = await fetch(`/api/${p}`, { headers: { Accept: 'application/json' } });
    return r.json();
  }, path) as Promise<T>;
}

async function idOf(page: Page, collection: string, element: string, search: string): Promise<string> {
  const body = await apiGet<Record<string, { id: string }[] | undefined>>(page, `${collection}?search=${encodeURIComponent(search)}`);
  const id = body[element]?.[0]?.id;
  expect(id, `${collection} ${search} exists`).toBeTruthy();
  return id!;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

test.beforeEach(async ({ page }) => {
  test.setTimeout(120_000);
  await login(page);
});

test('add a directory user, give them a role on a VM, take it away', async ({ page }, testInfo) => {
  const shot = screenshots(page, testInfo, 'administration');
  await page.goto('/users');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await page.getByTestId('create-button').click();
  const add = page.getByTestId('add-principal-dialog');
  await expect(add).toBeVisible();
  // the directory domain is offered first
  await expect(add.getByTestId('principal-domain').locator('option:checked')).toHaveText('example.com-authz');
  await add.getByTestId('principal-search').fill('dav');
  await add.getByTestId('principal-search-go').click();
  const daveRow = add.getByTestId('principal-row').filter({ hasText: 'dave@example.com' });
  await expect(daveRow).toHaveCount(1);
  await daveRow.getByRole('radio').check();
  await shot('users-add-user-dialog');
  await add.getByTestId('add-principal-submit').click();
  await expect(add).toBeHidden();
  await expect
    .poll(async () => (await apiGet<{ user?: { user_name: string }[] }>(page, 'users')).user?.map((u) => u.user_name) ?? [])
    .toContain('dave@example.com@example.com-authz');
  await expect(page.getByTestId('collection-row').filter({ hasText: 'Dave' })).toHaveCount(1);
  await shot('users-user-added');

  const vm = await idOf(page, 'vms', 'vm', 'name=web02');
  await page.goto(`/vms/${vm}?tab=permissions`);
  const tab = page.getByTestId('permissions-tab');
  await expect(tab).toBeVisible();
  await tab.getByTestId('add-permission').click();
  const dialog = page.getByTestId('add-permission-dialog');
  await dialog.getByTestId('permission-principal-search').locator('input').fill('okafor');
  const rows = dialog.getByTestId('permission-principal-row');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('radio').check();
  await dialog.getByTestId('permission-role').selectOption({ label: 'UserVmManager' });
  await shot('users-add-permission-dialog');
  await dialog.getByTestId('add-permission-submit').click();
  await expect(dialog).toBeHidden();
  const granted = tab.getByTestId('permission-row').filter({ hasText: 'dave@example.com' });
  await expect(granted).toHaveCount(1);
  await expect(granted).toContainText('UserVmManager');
  await shot('users-permission-given');

  await granted.getByTestId('remove-permission').click();
  await page.getByTestId('remove-permission-confirm').click();
  await expect(granted).toHaveCount(0);
  const left = await apiGet<{ permission?: { user?: { id: string } }[] }>(page, `vms/${vm}/permissions`);
  const daveId = await idOf(page, 'users', 'user', 'usrname=dave*');
  expect((left.permission ?? []).some((p) => p.user?.id === daveId)).toBe(false);
  await shot('users-permission-removed');
});

test('add a directory group and give it a system-wide role from its page', async ({ page }, testInfo) => {
  const shot = screenshots(page, testInfo, 'administration');
  await page.goto('/groups');
  await page.getByTestId('create-button').click();
  const add = page.getByTestId('add-principal-dialog');
  await add.getByTestId('principal-search-go').click();
  // the whole directory: groups already in the engine cannot be added twice
  await expect(add.getByTestId('principal-row')).toHaveCount(3);
  await expect(add.getByTestId('principal-row').filter({ hasText: 'developers' })).toContainText('already added');
  await add.getByTestId('principal-search').fill('qa');
  await add.getByTestId('principal-search-go').click();
  await expect(add.getByTestId('principal-row')).toHaveCount(1);
  await add.getByTestId('principal-row').getByRole('radio').check();
  await shot('groups-add-group-dialog');
  await add.getByTestId('add-principal-submit').click();
  await expect(add).toBeHidden();
  const group = await idOf(page, 'groups', 'group', 'name=*qa');

  await page.goto(`/groups/${group}?tab=permissions`);
  await page.getByTestId('create-button').click();
  const dialog = page.getByTestId('add-permission-dialog');
  await expect(dialog).toContainText('Add system permission to example.com/Groups/qa');
  await dialog.getByTestId('permission-role').selectOption({ label: 'TagManager' });
  await dialog.getByTestId('add-permission-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('collection-row')).toHaveCount(1);
  const perms = await apiGet<{ permission?: { role: { id: string }; group?: { id: string } }[] }>(page, `groups/${group}/permissions`);
  expect(perms.permission?.map((p) => p.group?.id)).toEqual([group]);
  await shot('groups-system-permission');
});

test("create a custom role and edit its permits; built-in roles stay read-only", async ({ page }, testInfo) => {
  const shot = screenshots(page, testInfo, 'administration');
  await page.goto('/roles');
  await page.getByTestId('create-button').click();
  const dialog = page.getByTestId('create-role-dialog');
  await dialog.getByTestId('role-name').fill('HelpdeskOperator');
  await dialog.getByTestId('permit-group-vm').getByRole('button').first().click();
  await dialog.getByTestId('permit-run_vm').check();
  await expect(dialog.getByTestId('permit-login')).toBeChecked();
  await shot('roles-new-role-dialog');
  await dialog.getByTestId('create-role-submit').click();
  await expect(dialog).toBeHidden();

  // the new role's page opens on its permits
  await expect(page.getByTestId('resource-title')).toHaveText('HelpdeskOperator');
  const permits = page.getByTestId('role-permits');
  await expect(permits.getByTestId('permit-run_vm')).toBeChecked();
  await expect(permits.getByTestId('permit-login')).toBeChecked();
  const roleId = new URL(page.url()).pathname.split('/').pop()!;
  const held = async () => ((await apiGet<{ permit?: { name: string }[] }>(page, `roles/${roleId}/permits`)).permit ?? []).map((p) => p.name).sort();
  expect(await held()).toEqual(['login', 'run_vm']);

  await permits.getByTestId('permit-stop_vm').check();
  await expect.poll(held).toEqual(['login', 'run_vm', 'stop_vm']);
  await permits.getByTestId('permit-run_vm').uncheck();
  await expect.poll(held).toEqual(['login', 'stop_vm']);
  await expect(permits.getByTestId('permit-run_vm')).not.toBeChecked();
  await shot('roles-role-permits-edited');

  const roles = await apiGet<{ role: { id: string; name: string }[] }>(page, 'roles');
  const userRole = roles.role.find((r) => r.name === 'UserRole')!.id;
  await page.goto(`/roles/${userRole}?tab=permits`);
  // a fresh page load: the role, then the permit catalogue and the role's permits
  await expect(page.getByTestId('role-permits')).toContainText('Built-in role', { timeout: 30_000 });
  await expect(page.getByTestId('role-permits').getByTestId('permit-login')).toBeDisabled();
  await shot('roles-built-in-role-read-only');
});

test('tag tree: create a tag under root, assign it to a VM, see it, unassign, rename and remove it', async ({ page }, testInfo) => {
  const shot = screenshots(page, testInfo, 'administration');
  await page.goto('/');
  await nav(page).getByRole('link', { name: 'Tags', exact: true }).click();
  const panel = page.getByTestId('tag-tree-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('tag-node-team-web')).toBeVisible();
  await panel.getByTestId('tag-add-root').click();
  const edit = page.getByTestId('tag-edit-dialog');
  await edit.getByTestId('tag-name').fill('finance');
  await shot('tags-new-tag-dialog');
  await edit.getByTestId('tag-edit-submit').click();
  await expect(edit).toBeHidden();
  await expect(panel.getByTestId('tag-node-finance')).toBeVisible();
  await shot('tags-tag-tree');

  const vm = await idOf(page, 'vms', 'vm', 'name=web02');
  await page.goto(`/vms/${vm}`);
  await expect(page.getByTestId('resource-title')).toHaveText('web02');
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByTestId('action-tags').click();
  const tags = page.getByTestId('object-tags-dialog');
  await expect(tags).toBeVisible();
  await tags.getByTestId('assign-tag-select').selectOption({ label: 'finance' });
  await tags.getByTestId('assign-tag-submit').click();
  await expect(tags.getByTestId('assigned-tag-finance')).toBeVisible();
  await shot('tags-tag-assigned');
  await tags.getByRole('button', { name: 'Close', exact: true }).last().click();

  // the VM's Tags tab shows it too
  await page.getByTestId('tab-tags').click();
  await expect(page.getByTestId('collection-row').filter({ hasText: 'finance' })).toHaveCount(1);
  await shot('tags-vm-tags-tab');

  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByTestId('action-tags').click();
  await tags.getByRole('button', { name: 'Unassign finance' }).click();
  await expect(tags.getByTestId('assigned-tag-finance')).toBeHidden();
  const onVm = async () => ((await apiGet<{ tag?: { name: string }[] }>(page, `vms/${vm}/tags`)).tag ?? []).map((t) => t.name);
  await expect.poll(onVm).not.toContain('finance');
  await shot('tags-tag-unassigned');
  await tags.getByRole('button', { name: 'Close', exact: true }).last().click();

  await nav(page).getByRole('link', { name: 'Tags', exact: true }).click();
  await panel.getByTestId('tag-rename-finance').click();
  await edit.getByTestId('tag-name').fill('finance-eu');
  await edit.getByTestId('tag-edit-submit').click();
  await expect(panel.getByTestId('tag-node-finance-eu')).toBeVisible();
  // a child under it, chosen as parent in the dialog
  await panel.getByTestId('tag-add-finance-eu').click();
  await expect(edit.getByTestId('tag-parent').locator('option:checked')).toHaveText(/finance-eu/);
  await edit.getByTestId('tag-name').fill('payroll');
  await edit.getByTestId('tag-edit-submit').click();
  await expect(panel.getByTestId('tag-node-payroll')).toBeVisible();
  const tagNames = async () => ((await apiGet<{ tag?: { name: string }[] }>(page, 'tags')).tag ?? []).map((t) => t.name);
  expect(await tagNames()).toEqual(expect.arrayContaining(['finance-eu', 'payroll']));
  await shot('tags-subtree');
  // removing a tag removes the tags under it
  await panel.getByTestId('tag-remove-finance-eu').click();
  await expect(page.getByTestId('remove-tag-dialog')).toContainText('and the tag under it');
  await page.getByTestId('remove-tag-confirm').click();
  await expect(panel.getByTestId('tag-node-finance-eu')).toBeHidden();
  await expect(panel.getByTestId('tag-node-payroll')).toBeHidden();
  await expect.poll(tagNames).not.toContain('payroll');
  expect(await tagNames()).not.toContain('finance-eu');
  await shot('tags-tag-removed');
});

test('save a search as a bookmark, open it from the navigation, remove it', async ({ page }, testInfo) => {
  const shot = screenshots(page, testInfo, 'administration');
  await page.goto('/vms');
  const search = page.getByTestId('search-input');
  await search.fill('name=web*');
  await search.press('Enter');
  await expect(page).toHaveURL(/search=name%3Dweb\*/);
  await page.getByTestId('save-bookmark').click();
  const dialog = page.getByTestId('save-bookmark-dialog');
  await expect(dialog).toContainText('Vms: name=web*');
  await dialog.getByTestId('bookmark-name').fill('Web VMs');
  await shot('bookmarks-save-bookmark');
  await dialog.getByTestId('save-bookmark-submit').click();
  await expect(dialog).toBeHidden();

  await page.goto('/');
  const group = page.getByTestId('nav-group-bookmarks');
  const link = group.getByRole('link', { name: 'Web VMs' });
  await expect(link).toBeVisible();
  await shot('bookmarks-bookmark-in-nav');
  await link.click();
  await expect(page).toHaveURL(/\/vms\?search=name%3Dweb\*/);
  await expect(page.getByTestId('search-input')).toHaveValue('name=web*');
  const rows = page.getByTestId('collection-row');
  await expect(rows.first()).toBeVisible();
  expect((await rows.allTextContents()).every((t) => /web/.test(t))).toBe(true);
  await shot('bookmarks-bookmark-opened');

  const id = (await apiGet<{ bookmark: { id: string; name: string }[] }>(page, 'bookmarks')).bookmark.find((b) => b.name === 'Web VMs')!.id;
  await page.goto(`/bookmarks/${id}`);
  await page.getByTestId('remove-bookmark').click();
  await page.getByTestId('remove-bookmark-confirm').click();
  await expect(page).toHaveURL(/\/bookmarks$/);
  await expect.poll(async () => (await apiGet<{ bookmark?: { name: string }[] }>(page, 'bookmarks')).bookmark?.map((b) => b.name) ?? []).not.toContain('Web VMs');
  await page.goto('/');
  await expect(page.getByTestId('nav-group-bookmarks').getByRole('link', { name: 'Running VMs' })).toBeVisible();
  await expect(page.getByTestId('nav-group-bookmarks').getByRole('link', { name: 'Web VMs' })).toHaveCount(0);
  await shot('bookmarks-bookmark-removed');
});
