/**
 * Users, roles and permissions through HTTP against a real seeded engine: who can log in, what
 * each role sees (lists, GETs, the summary) and may do (actions, creations), inheritance down
 * the tree, group membership and permission changes taking effect at once.
 */
import { describe, expect, it } from 'vitest';
import { adminSuite, as, DIRECTORY_DEMO_PASSWORD, login } from './authz-support.ts';

const { t, admin } = adminSuite();
const EXAMPLE = 'example.com-authz';
const exampleDomainId = Buffer.from(EXAMPLE).toString('hex');

async function idOf(path: string, kind: string, name: string): Promise<string> {
  const r = await admin.get(`${path}?search=${encodeURIComponent(`name=${name}`)}`);
  const items = r.xml()[`${kind}s`]?.[kind];
  const one = Array.isArray(items) ? items.find((x: any) => x.name === name) : items;
  if (!one) throw new Error(`${kind} ${name} not found`);
  return one['@id'];
}

async function addDirectoryUser(login: string): Promise<string> {
  const r = await admin.req('POST', '/users', `<user><user_name>${login}@example.com@${EXAMPLE}</user_name><domain id="${exampleDomainId}"/></user>`);
  expect(r.status, r.text).toBe(201);
  return r.xml().user['@id'];
}

async function roleId(name: string): Promise<string> {
  const r = await admin.get('/roles');
  return r.xml().roles.role.find((x: any) => x.name === name)['@id'];
}

async function grant(path: string, role: string, userId: string): Promise<string> {
  const r = await admin.req('POST', `${path}/permissions`, `<permission><role id="${await roleId(role)}"/><user id="${userId}"/></permission>`);
  expect(r.status, r.text).toBe(201);
  return r.xml().permission['@id'];
}

describe('logging in', () => {
  it('lets seeded directory users log in with the directory password, and refuses a wrong one', async () => {
    expect((await login(t, 'bob@example.com@example.com', DIRECTORY_DEMO_PASSWORD)).status).toBe(200);
    expect((await login(t, 'bob@example.com', DIRECTORY_DEMO_PASSWORD)).status).toBe(200);
    const bad = await login(t, 'bob@example.com', 'wrong');
    expect(bad.status).toBe(400);
    expect(bad.body.error_code).toBe('invalid_grant');
  });

  it('refuses directory users not added to the engine until POST /users adds them', async () => {
    expect((await login(t, 'dave@example.com', DIRECTORY_DEMO_PASSWORD)).status).toBe(400);
    const listed = await admin.names(`/domains/${exampleDomainId}/users`, 'user');
    expect(listed).toContain(`dave@example.com@${EXAMPLE}`);
    const id = await addDirectoryUser('dave');
    expect((await login(t, 'dave@example.com', DIRECTORY_DEMO_PASSWORD)).status).toBe(200);
    const again = await admin.req('POST', '/users', `<user><user_name>dave@example.com@${EXAMPLE}</user_name><domain id="${exampleDomainId}"/></user>`);
    expect(again.status).toBe(409);
    expect((await admin.get(`/users/${id}`)).xml().user.principal).toBe('dave@example.com');
  });

  it('creates internal users with a password, who log in once they have a role', async () => {
    const r = await admin.req('POST', '/users', '<user><user_name>joe@internal-authz</user_name><password>Joe-pass1</password><domain><name>internal-authz</name></domain></user>');
    expect(r.status, r.text).toBe(201);
    expect(r.text).not.toContain('Joe-pass1');
    const joeId = r.xml().user['@id'];
    expect((await login(t, 'joe@internal', 'Joe-pass1')).status).toBe(400); // no role yet
    await grant(`/vms/${await idOf('/vms', 'vm', 'web02')}`, 'UserRole', joeId);
    expect((await login(t, 'joe@internal', 'wrong')).status).toBe(400);
    const joe = await as(t, 'joe@internal', 'Joe-pass1');
    expect(await joe.names('/vms', 'vm')).toEqual(['web02']);
    // events: only those of objects joe can see
    const events = (await joe.get('/events?max=200')).xml().events?.event ?? [];
    const list = Array.isArray(events) ? events : [events];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e: any) => e.vm?.['@id'] === undefined || e.vm['@id'] === list.find((x: any) => x.vm)?.vm['@id'])).toBe(true);
    expect(list.some((e: any) => e.host && !e.vm)).toBe(false);
  });

  it('gives admin@internal the real user_name', async () => {
    expect(await admin.names('/users', 'user')).toContain('admin@internal-authz');
  });
});

describe('what each user sees', () => {
  it('shows everything and the summary to the SuperUser admin', async () => {
    const api = (await admin.get('')).xml().api;
    expect(api.summary).toBeDefined();
    expect((await admin.names('/vms', 'vm')).length).toBeGreaterThan(40);
  });

  it('filters a group member: dave inherits the developers group UserRole on cluster Default', async () => {
    const dave = await as(t, 'dave@example.com', DIRECTORY_DEMO_PASSWORD);
    const api = (await dave.get('')).xml().api;
    expect(api.summary).toBeUndefined();
    const vms = await dave.names('/vms', 'vm');
    expect(vms).toContain('web01');
    expect(vms).toContain('dev-desktop02');
    expect(vms).not.toContain('db01'); // Production
    expect(vms).not.toContain('lab-vm01'); // Lab
    expect(await dave.names('/clusters', 'cluster')).toEqual(['Default']);
    expect((await dave.get(`/vms/${await idOf('/vms', 'vm', 'db01')}`)).status).toBe(404);
    // UserRole runs VMs but does not create them
    const down = await idOf('/vms', 'vm', 'web05');
    expect((await dave.req('POST', `/vms/${down}/start`, '<action/>')).status).toBe(200);
    const create = await dave.req('POST', '/vms', '<vm><name>dave-vm</name><cluster><name>Default</name></cluster><template><name>Blank</name></template></vm>');
    expect(create.status).toBe(403);
    expect(create.xml().fault.detail).toBe('[User is not authorized to perform this action.]');
    expect(create.xml().fault.reason).toBe('Operation Failed');
  });

  it('inherits a data-center PowerUserRole down to clusters and VMs (carol on Lab)', async () => {
    const carol = await as(t, 'carol@example.com', DIRECTORY_DEMO_PASSWORD);
    expect((await carol.names('/vms', 'vm')).sort()).toEqual(['lab-vm01', 'lab-vm02', 'lab-vm03', 'lab-vm04', 'lab-vm05']);
    expect(await carol.names('/datacenters', 'data_center')).toEqual(['Lab']);
    const ok = await carol.req('POST', '/vms', '<vm><name>carol-vm</name><cluster><name>Lab</name></cluster><template><name>Blank</name></template></vm>');
    expect(ok.status, ok.text).toBe(201);
    const refused = await carol.req('POST', '/vms', '<vm><name>carol-vm2</name><cluster><name>Production</name></cluster><template><name>Blank</name></template></vm>');
    expect(refused.status).toBe(403);
    // PowerUserRole creates but does not run
    const start = await carol.req('POST', `/vms/${await idOf('/vms', 'vm', 'lab-vm03')}/start`, '<action/>');
    expect(start.status).toBe(403);
    expect(start.xml().action.fault.detail).toBe('[User is not authorized to perform this action.]');
  });

  it('lets a ClusterAdmin manage hosts of its data centers only (alice: ClusterAdmin on Production, DataCenterAdmin via infra-admins)', async () => {
    const alice = await as(t, 'alice@example.com', DIRECTORY_DEMO_PASSWORD);
    const hosts = await alice.names('/hosts', 'host');
    expect(hosts).toContain('host04');
    expect(hosts).not.toContain('lab-host01');
    expect((await alice.get('')).xml().api.summary).toBeUndefined();
    expect((await alice.get(`/hosts/${await idOf('/hosts', 'host', 'lab-host01')}`)).status).toBe(404);
    const users = await alice.req('POST', '/users', `<user><user_name>erin@example.com@${EXAMPLE}</user_name><domain id="${exampleDomainId}"/></user>`);
    expect(users.status).toBe(403);
    const role = await alice.req('POST', '/roles', '<role><name>mine</name><administrative>false</administrative><permits><permit id="1"/></permits></role>');
    expect(role.status).toBe(403);
  });

  it('treats filter=true from the admin as a filtered view of its own permissions', async () => {
    expect((await admin.names('/vms?filter=true', 'vm')).length).toBeGreaterThan(40);
  });
});

describe('changing permissions', () => {
  it('makes one VM visible and runnable with UserRole on it, and hides it again when removed', async () => {
    const erinId = await addDirectoryUser('erin');
    // no role anywhere: no login permit
    expect((await login(t, 'erin@example.com', DIRECTORY_DEMO_PASSWORD)).status).toBe(400);
    const vmId = await idOf('/vms', 'vm', 'app06');
    const permId = await grant(`/vms/${vmId}`, 'UserRole', erinId);
    const erin = await as(t, 'erin@example.com', DIRECTORY_DEMO_PASSWORD);
    expect(await erin.names('/vms', 'vm')).toEqual(['app06']);
    expect((await erin.get(`/vms/${vmId}`)).status).toBe(200);
    // its disks come with it (VM → disks)
    expect((await erin.get(`/vms/${vmId}/diskattachments`)).status).toBe(200);
    expect((await erin.req('POST', `/vms/${vmId}/start`, '<action/>')).status).toBe(200);
    expect((await erin.req('DELETE', `/vms/${vmId}`)).status).toBe(403);
    expect((await erin.req('PUT', `/vms/${vmId}`, '<vm><description>mine</description></vm>')).status).toBe(403);
    // the user's own permissions are listed at /users/{id}/permissions
    const mine = (await admin.get(`/users/${erinId}/permissions`)).xml().permissions.permission;
    expect(mine['@id']).toBe(permId);
    expect((await admin.req('DELETE', `/vms/${vmId}/permissions/${permId}`)).status).toBe(200);
    expect(await erin.names('/vms', 'vm')).toEqual([]);
    expect((await erin.get(`/vms/${vmId}`)).status).toBe(404);
  });

  it('inherits a ClusterAdmin role from a cluster to its hosts and VMs, and refuses granting admin roles to non-admins', async () => {
    const erinId = (await admin.get('/users')).xml().users.user.find((u: any) => u.principal === 'erin@example.com')['@id'];
    const lab = await idOf('/clusters', 'cluster', 'Lab');
    const permId = await grant(`/clusters/${lab}`, 'ClusterAdmin', erinId);
    const erin = await as(t, 'erin@example.com', DIRECTORY_DEMO_PASSWORD);
    expect((await erin.names('/hosts', 'host')).sort()).toEqual(['lab-host01', 'lab-host02']);
    expect((await erin.names('/vms', 'vm'))).toContain('lab-vm01');
    const host = await idOf('/hosts', 'host', 'lab-host01');
    expect((await erin.req('POST', `/hosts/${host}/deactivate`, '<action/>')).status).not.toBe(403);
    // ClusterAdmin has manipulate_permissions, but admin roles come from system admins only
    const vm = await idOf('/vms', 'vm', 'lab-vm02');
    const give = await erin.req('POST', `/vms/${vm}/permissions`, `<permission><role id="${await roleId('SuperUser')}"/><user id="${erinId}"/></permission>`);
    expect(give.status).toBe(403);
    const userRole = await erin.req('POST', `/vms/${vm}/permissions`, `<permission><role id="${await roleId('UserRole')}"/><user id="${erinId}"/></permission>`);
    expect(userRole.status).toBe(201);
    expect((await admin.req('DELETE', `/clusters/${lab}/permissions/${permId}`)).status).toBe(200);
    expect(await erin.names('/hosts', 'host')).toEqual([]);
  });

  it('refuses system-level permission changes to non-admins', async () => {
    const dave = await as(t, 'dave@example.com', DIRECTORY_DEMO_PASSWORD);
    const r = await dave.req('POST', '/permissions', `<permission><role id="${await roleId('SuperUser')}"/><user id="${(await dave.get('')).xml().api.authenticated_user['@id']}"/></permission>`);
    expect(r.status).toBe(403);
  });
});
