// Host actions over HTTP on a living data center: install, maintenance and activation, fencing,
// approval, iSCSI discovery and login, network configuration, refresh — states by polling GET,
// event codes and jobs by the request's Correlation-Id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultOf, LivingEngine } from './living-support.ts';

const live = new LivingEngine(31);
beforeAll(() => live.start(), 30_000);
afterAll(() => live.stop());

const hostPath = (h: { id: string }) => `/hosts/${h.id}`;
const PORTAL = '192.168.20.5';
const TARGET = 'iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab';

describe('host actions over HTTP', () => {
  it('install (reinstall) of a host in maintenance: installing → initializing → up (509, 504, 13)', async () => {
    const host = await live.byName('hosts', 'host', 'host03');
    expect(host.status).toBe('maintenance');
    const r = await live.post(`${hostPath(host)}/install`, { ssh: { authentication_method: 'publickey' } }, 'host-install');
    expect(r.status).toBe(200);
    expect(await live.watch(hostPath(host), 'up')).toEqual(['installing', 'initializing', 'up']);
    expect(await live.codesWhen('host-install', [509, 504, 13])).toEqual([509, 504, 13]);
    expect(await live.jobsEnded('host-install')).toEqual(['finished']);
  });

  it('install with activate=false ends in maintenance', async () => {
    const host = await live.byName('hosts', 'host', 'host03');
    expect((await live.post(`${hostPath(host)}/deactivate`, {}, 'host-h3-down')).status).toBe(200);
    await live.watch(hostPath(host), 'maintenance');
    expect((await live.post(`${hostPath(host)}/install`, { activate: false }, 'host-install-2')).status).toBe(200);
    expect(await live.watch(hostPath(host), 'maintenance')).toEqual(['installing', 'maintenance']);
    expect(await live.codesWhen('host-install-2', [509, 504])).toEqual([509, 504]);
  });

  it('deactivate moves the VMs away: preparing_for_maintenance → maintenance (620, 62, 63, 15); activate: unassigned → up (16, 13)', async () => {
    const host = await live.byName('hosts', 'host', 'host02');
    const h3 = await live.byName('hosts', 'host', 'host03');
    await live.post(`${hostPath(h3)}/activate`, {});
    await live.watch(hostPath(h3), 'up');
    const running = (await live.list('/vms', 'vm')).filter((v) => v.host?.id === host.id);
    expect(running.length).toBeGreaterThan(0);
    expect((await live.post(`${hostPath(host)}/deactivate`, {}, 'host-maint')).status).toBe(200);
    expect(await live.watch(hostPath(host), 'maintenance', 'status', 30_000)).toEqual(['preparing_for_maintenance', 'maintenance']);
    const codes = await live.codesWhen('host-maint', [620, 15]);
    expect(codes[0]).toBe(620);
    expect(codes[codes.length - 1]).toBe(15);
    expect(codes.filter((c) => c === 62).length).toBe(codes.filter((c) => c === 63).length);
    expect(codes.filter((c) => c === 62).length).toBeGreaterThan(0);
    for (const vm of running) expect((await live.get(`/vms/${vm.id}`)).host?.id).not.toBe(host.id);

    expect((await live.post(`${hostPath(host)}/activate`, {}, 'host-activate')).status).toBe(200);
    expect(await live.watch(hostPath(host), 'up')).toEqual(['unassigned', 'up']);
    expect(await live.codesWhen('host-activate', [16, 13])).toEqual([16, 13]);
    expect(await live.jobsEnded('host-activate')).toEqual(['finished']);
  });

  it('fence needs power management; status answers it, stop/manual/start/restart move the host', async () => {
    const host = await live.byName('hosts', 'host', 'host03');
    const noPm = await live.post(`${hostPath(host)}/fence`, { fence_type: 'status' });
    expect(noPm.status).toBe(409);
    expect(faultOf(noPm.json).detail).toBe('[Cannot get Host power status. Power Management is not enabled for Host.]');
    const put = await live.t.req('PUT', `/ovirt-engine/api${hostPath(host)}`, { body: JSON.stringify({ power_management: { enabled: true } }), headers: { accept: 'application/json' } });
    expect(put.status).toBe(200);

    const status = await live.post(`${hostPath(host)}/fence`, { fence_type: 'status' }, 'fence-status');
    expect(status.status).toBe(200);
    expect(status.json.power_management.status).toBe('on');
    expect(await live.codes('fence-status')).toEqual([]);

    // A restart takes the host's VMs down with it (61 each).
    const onHost = (await live.list('/vms', 'vm')).filter((v) => v.host?.id === host.id);
    expect((await live.post(`${hostPath(host)}/fence`, { fence_type: 'restart' }, 'fence-restart')).status).toBe(200);
    expect(await live.watch(hostPath(host), 'up')).toEqual(['reboot', 'up']);
    const restart = await live.codesWhen('fence-restart', [41, 13]);
    expect(restart.filter((c) => c !== 61)).toEqual([41, 13]);
    expect(restart.filter((c) => c === 61).length).toBe(onHost.length);
    for (const vm of onHost) expect((await live.get(`/vms/${vm.id}`)).host?.id).not.toBe(host.id);

    expect((await live.post(`${hostPath(host)}/fence`, { fence_type: 'stop' }, 'fence-stop')).status).toBe(200);
    expect((await live.get(hostPath(host))).status).toBe('down');
    expect(await live.codes('fence-stop')).toEqual([21]);
    expect((await live.post(`${hostPath(host)}/fence`, { fence_type: 'status' })).json.power_management.status).toBe('off');

    expect((await live.post(`${hostPath(host)}/fence`, { fence_type: 'manual' }, 'fence-manual')).status).toBe(200);
    expect((await live.get(hostPath(host))).status).toBe('down');
    expect(await live.codes('fence-manual')).toEqual([13]);

    expect((await live.post(`${hostPath(host)}/fence`, { fence_type: 'start' }, 'fence-start')).status).toBe(200);
    expect(await live.watch(hostPath(host), 'up')).toEqual(['reboot', 'up']);
    expect(await live.codesWhen('fence-start', [20, 13])).toEqual([20, 13]);

    const bad = await live.post(`${hostPath(host)}/fence`, { fence_type: 'reboot' });
    expect(bad.status).toBe(400);
  });

  it('approve a pending host: installing → initializing → up (498, 509, 504, 13)', async () => {
    const host = await live.byName('hosts', 'host', 'lab-host02');
    expect(host.status).toBe('pending_approval');
    expect((await live.post(`${hostPath(host)}/approve`, {}, 'host-approve')).status).toBe(200);
    expect(await live.watch(hostPath(host), 'up')).toEqual(['installing', 'initializing', 'up']);
    expect(await live.codesWhen('host-approve', [498, 509, 504, 13])).toEqual([498, 509, 504, 13]);
    const again = await live.post(`${hostPath(host)}/approve`, {});
    expect(again.status).toBe(409);
    expect((await live.get(hostPath(host))).status).toBe('up');
  });

  it('iscsidiscover lists the portal targets; iscsilogin logs in to one; the host stays up', async () => {
    const host = await live.byName('hosts', 'host', 'lab-host01');
    const found = await live.post(`${hostPath(host)}/iscsidiscover`, { iscsi: { address: PORTAL, port: 3260 } }, 'host-iscsi');
    expect(found.status, JSON.stringify(found.json)).toBe(200);
    expect(found.json.iscsi_targets.iscsi_target).toEqual([TARGET]);
    const login = await live.post(`${hostPath(host)}/iscsilogin`, { iscsi: { address: PORTAL, port: 3260, target: TARGET } }, 'host-iscsi');
    expect(login.status).toBe(200);
    expect(login.json.status).toBe('complete');
    const wrong = await live.post(`${hostPath(host)}/iscsilogin`, { iscsi: { address: PORTAL, port: 3260, target: 'iqn.nowhere' } });
    expect(wrong.status).toBe(409);
    expect((await live.get(hostPath(host))).status).toBe('up');
    expect(await live.codes('host-iscsi')).toEqual([]);
  });

  it('setupnetworks applies a change; commitnetconfig saves it (1104); refresh (606)', async () => {
    const host = await live.byName('hosts', 'host', 'host01');
    const attachments = await live.list(`${hostPath(host)}/networkattachments`, 'network_attachment');
    expect(attachments.length).toBeGreaterThan(0);
    const keep = attachments[0];
    const r = await live.post(`${hostPath(host)}/setupnetworks`, {
      modified_network_attachments: { network_attachment: [{ id: keep.id, ip_address_assignments: { ip_address_assignment: [{ assignment_method: 'dhcp' }] } }] },
    }, 'host-net');
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const changed = await live.get(`${hostPath(host)}/networkattachments/${keep.id}`);
    expect(changed.ip_address_assignments.ip_address_assignment[0].assignment_method).toBe('dhcp');
    const refused = await live.post(`${hostPath(host)}/setupnetworks`, { removed_network_attachments: { network_attachment: [{ id: 'no-such-attachment' }] } });
    expect(refused.status).toBe(409);
    expect((await live.list(`${hostPath(host)}/networkattachments`, 'network_attachment')).length).toBe(attachments.length);

    expect((await live.post(`${hostPath(host)}/commitnetconfig`, {}, 'host-commit')).status).toBe(200);
    expect(await live.codes('host-commit')).toEqual([1104]);
    expect((await live.post(`${hostPath(host)}/refresh`, {}, 'host-refresh')).status).toBe(200);
    expect(await live.codes('host-refresh')).toEqual([606]);
    expect((await live.get(hostPath(host))).status).toBe('up');
  });

  it('every XML body seen validates', async () => {
    const host = await live.byName('hosts', 'host', 'host01');
    expect((await live.getXml(hostPath(host))).status).toBe(200);
    expect((await live.t.validateXml()).failures).toBe('');
  });
});
