/**
 * Opening one item of a view by id answers what the view lists for it — and 404 for an item
 * the view does not hold — now that views fetch the item directly instead of listing first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, asList, TestEngine } from './test-support.ts';

const t = new TestEngine();
beforeAll(() => t.start());
afterAll(() => t.stop());

const items = async (href: string, key: string) => asList((await t.getJson(href)).json()[key]);

async function sameAsListed(collectionHref: string, key: string): Promise<number> {
  const listed = await items(collectionHref, key);
  for (const item of listed) {
    const one = await t.getJson(`${collectionHref}/${item.id}`);
    expect(one.status).toBe(200);
    expect(one.json()).toEqual(item);
  }
  return listed.length;
}

describe('view items by id', () => {
  it('data center clusters and networks, attached storage domains and their disks', async () => {
    const [dc, other] = await items(`${API}/datacenters`, 'data_center');
    expect(await sameAsListed(`${API}/datacenters/${dc.id}/clusters`, 'cluster')).toBeGreaterThan(0);
    expect(await sameAsListed(`${API}/datacenters/${dc.id}/networks`, 'network')).toBeGreaterThan(0);
    const sds = await items(`${API}/datacenters/${dc.id}/storagedomains`, 'storage_domain');
    expect(await sameAsListed(`${API}/datacenters/${dc.id}/storagedomains`, 'storage_domain')).toBeGreaterThan(0);
    let disks = 0;
    for (const sd of sds) disks += await sameAsListed(`${API}/datacenters/${dc.id}/storagedomains/${sd.id}/disks`, 'disk');
    expect(disks).toBeGreaterThan(0);
    // a cluster of another data center is not an item of this one
    const foreign = other && (await items(`${API}/datacenters/${other.id}/clusters`, 'cluster'))[0];
    if (foreign) expect((await t.getJson(`${API}/datacenters/${dc.id}/clusters/${foreign.id}`)).status).toBe(404);
    expect((await t.getJson(`${API}/datacenters/${dc.id}/clusters/no-such-id`)).status).toBe(404);
  });

  it('VM disk attachments and tags', async () => {
    let attachments = 0;
    for (const vm of (await items(`${API}/vms`, 'vm')).slice(0, 5)) {
      attachments += await sameAsListed(`${API}/vms/${vm.id}/diskattachments`, 'disk_attachment');
      await sameAsListed(`${API}/vms/${vm.id}/tags`, 'tag');
      expect((await t.getJson(`${API}/vms/${vm.id}/diskattachments/no-such-id`)).status).toBe(404);
    }
    expect(attachments).toBeGreaterThan(0);
  });
});
