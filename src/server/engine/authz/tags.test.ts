/**
 * Tags through HTTP: assigning and unassigning on VMs, hosts, templates, users and groups,
 * the tag tree, search by tag, and who may (un)assign.
 */
import { describe, expect, it } from 'vitest';
import { asList } from '../http/test-support.ts';
import { adminSuite, as, DIRECTORY_DEMO_PASSWORD } from './authz-support.ts';

const { t, admin } = adminSuite();

async function firstId(path: string, kind: string, name?: string): Promise<string> {
  const items = asList((await admin.get(path)).xml()[`${kind}s`]?.[kind]);
  const hit = name ? items.find((x: any) => x.name === name) : items[0];
  if (!hit) throw new Error(`${kind} ${name ?? ''} not found`);
  return hit['@id'];
}

describe('tags', () => {
  it('builds a tree under the root tag', async () => {
    const parent = await admin.req('POST', '/tags', '<tag><name>blue</name></tag>');
    expect(parent.status, parent.text).toBe(201);
    expect(parent.xml().tag.parent['@id']).toBe('00000000-0000-0000-0000-000000000000');
    const child = await admin.req('POST', '/tags', `<tag><name>blue-light</name><parent id="${parent.xml().tag['@id']}"/></tag>`);
    expect(child.status, child.text).toBe(201);
    expect(child.xml().tag.parent['@id']).toBe(parent.xml().tag['@id']);
  });

  it('assigns by name and by id, finds by tag in search, and unassigns', async () => {
    const vm = await firstId('/vms', 'vm', 'lab-vm02');
    expect((await admin.names('/vms?search=tag%3Dblue', 'vm'))).toEqual([]);
    const byName = await admin.req('POST', `/vms/${vm}/tags`, '<tag><name>blue</name></tag>');
    expect(byName.status, byName.text).toBe(201);
    const tagId = byName.xml().tag['@id'];
    expect(await admin.names(`/vms/${vm}/tags`, 'tag')).toContain('blue');
    expect(await admin.names('/vms?search=tag%3Dblue', 'vm')).toEqual(['lab-vm02']);
    expect((await admin.req('DELETE', `/vms/${vm}/tags/${tagId}`)).status).toBe(200);
    expect(await admin.names(`/vms/${vm}/tags`, 'tag')).not.toContain('blue');
    expect(await admin.names('/vms?search=tag%3Dblue', 'vm')).toEqual([]);

    const host = await firstId('/hosts', 'host', 'host01');
    const byId = await admin.req('POST', `/hosts/${host}/tags`, `<tag id="${tagId}"/>`);
    expect(byId.status, byId.text).toBe(201);
    expect(await admin.names('/hosts?search=tag%3Dblue', 'host')).toEqual(['host01']);
  });

  it('assigns tags to templates, users and groups', async () => {
    const template = await firstId('/templates', 'template', 'Blank');
    const user = await firstId('/users', 'user');
    const group = await firstId('/groups', 'group');
    for (const path of [`/templates/${template}`, `/users/${user}`, `/groups/${group}`]) {
      const r = await admin.req('POST', `${path}/tags`, '<tag><name>staging</name></tag>');
      expect(r.status, `${path}: ${r.text}`).toBe(201);
      expect(await admin.names(`${path}/tags`, 'tag')).toEqual(['staging']);
    }
  });

  it('refuses an unknown tag with a 404 and tag changes by users without tag_management', async () => {
    const vm = await firstId('/vms', 'vm', 'web01');
    expect((await admin.req('POST', `/vms/${vm}/tags`, '<tag><name>no-such-tag</name></tag>')).status).toBe(404);
    const bob = await as(t, 'bob@example.com', DIRECTORY_DEMO_PASSWORD);
    const refused = await bob.req('POST', `/vms/${vm}/tags`, '<tag><name>staging</name></tag>');
    expect(refused.status).toBe(403);
    // a filtered search by tag only returns what the user may see
    const tagged = await admin.names('/vms?search=tag%3Dproduction', 'vm');
    const bobs = await bob.names('/vms?search=tag%3Dproduction', 'vm');
    expect(tagged).toContain('db01');
    expect(bobs).not.toContain('db01');
    expect(bobs).toContain('web01');
    expect(bobs.every((n) => tagged.includes(n))).toBe(true);
  });
});
