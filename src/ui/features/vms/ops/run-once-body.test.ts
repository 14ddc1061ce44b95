import { describe, expect, it } from 'vitest';
import { defaultRunOnce, moveBootDevice, runOnceBody, toggleBootDevice, validateRunOnce } from './run-once-body.ts';

describe('run once', () => {
  it('starts from the VM boot order, ignoring unknown devices and repeats', () => {
    expect(defaultRunOnce(['hd', 'floppy', 'hd', 'network']).bootOrder).toEqual(['hd', 'network']);
    expect(defaultRunOnce([]).bootOrder).toEqual(['hd']);
  });

  it('reorders and toggles boot devices', () => {
    expect(moveBootDevice(['hd', 'cdrom', 'network'], 'cdrom', -1)).toEqual(['cdrom', 'hd', 'network']);
    expect(moveBootDevice(['hd', 'cdrom'], 'hd', -1)).toEqual(['hd', 'cdrom']);
    expect(moveBootDevice(['hd', 'cdrom'], 'cdrom', 1)).toEqual(['hd', 'cdrom']);
    expect(toggleBootDevice(['hd'], 'network', true)).toEqual(['hd', 'network']);
    expect(toggleBootDevice(['hd', 'network'], 'hd', false)).toEqual(['network']);
  });

  it('builds the start body with only what was chosen', () => {
    expect(runOnceBody(defaultRunOnce(['hd']))).toEqual({ vm: { os: { boot: { devices: ['hd'] } } } });
    const all = {
      ...defaultRunOnce(['hd']),
      bootOrder: ['cdrom', 'hd'] as const,
      isoFile: 'rhel.iso',
      startPaused: true,
      stateless: true,
      volatile: true,
      cloudInit: true,
      hostId: 'h2',
      displayType: 'spice',
      kernel: ' /boot/vmlinuz ',
      initrd: '/boot/initrd',
      cmdline: 'console=ttyS0',
    };
    expect(runOnceBody({ ...all, bootOrder: [...all.bootOrder] })).toEqual({
      pause: true,
      volatile: true,
      use_cloud_init: true,
      vm: {
        os: { boot: { devices: ['cdrom', 'hd'] }, kernel: '/boot/vmlinuz', initrd: '/boot/initrd', cmdline: 'console=ttyS0' },
        cdroms: [{ file: { id: 'rhel.iso' } }],
        stateless: true,
        display: { type: 'spice' },
        placement_policy: { hosts: [{ id: 'h2' }] },
      },
    });
  });

  it('refuses what the engine would refuse', () => {
    const base = defaultRunOnce(['hd']);
    expect(validateRunOnce(base)).toEqual({});
    expect(validateRunOnce({ ...base, bootOrder: [] }).bootOrder).toBeDefined();
    expect(validateRunOnce({ ...base, bootOrder: ['cdrom', 'hd'] }).isoFile).toBeDefined();
    expect(validateRunOnce({ ...base, bootOrder: ['cdrom'], isoFile: 'x.iso' })).toEqual({});
    expect(validateRunOnce({ ...base, cmdline: 'quiet' }).kernel).toBeDefined();
  });
});
