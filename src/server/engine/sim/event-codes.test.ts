import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, UNKNOWN_VALUE, eventCode, eventType, renderEvent, renderTemplate } from './event-codes.ts';

describe('event code table', () => {
  it('has unique codes and names and valid severities', () => {
    expect(new Set(EVENT_TYPES.map((t) => t.code)).size).toBe(EVENT_TYPES.length);
    expect(new Set(EVENT_TYPES.map((t) => t.name)).size).toBe(EVENT_TYPES.length);
    for (const t of EVENT_TYPES) {
      expect(['normal', 'warning', 'error', 'alert']).toContain(t.severity);
      expect(t.name).toMatch(/^[A-Z0-9_]+$/);
      expect(t.template.length).toBeGreaterThan(0);
    }
  });

  it('covers the common codes with the engine severities', () => {
    const expected: Array<[number, string, string]> = [
      [12, 'VDS_FAILURE', 'error'], [13, 'VDS_DETECTED', 'normal'], [15, 'VDS_MAINTENANCE', 'normal'],
      [16, 'VDS_ACTIVATE', 'normal'], [26, 'IRS_DISK_SPACE_LOW', 'warning'], [30, 'USER_VDC_LOGIN', 'normal'],
      [31, 'USER_VDC_LOGOUT', 'normal'], [32, 'USER_RUN_VM', 'normal'], [33, 'USER_STOP_VM', 'normal'],
      [34, 'USER_ADD_VM', 'normal'], [35, 'USER_UPDATE_VM', 'normal'], [38, 'USER_CHANGE_DISK_VM', 'normal'],
      [39, 'USER_PAUSE_VM', 'normal'], [40, 'USER_RESUME_VM', 'normal'], [42, 'USER_ADD_VDS', 'normal'],
      [45, 'USER_CREATE_SNAPSHOT', 'normal'], [68, 'USER_CREATE_SNAPSHOT_FINISHED_SUCCESS', 'normal'],
      [53, 'USER_ADD_VM_FINISHED_SUCCESS', 'normal'], [54, 'USER_FAILED_RUN_VM', 'error'], [56, 'USER_FAILED_STOP_VM', 'error'],
      [74, 'USER_FAILED_SHUTDOWN_VM', 'error'], [61, 'VM_DOWN', 'normal'], [62, 'VM_MIGRATION_START', 'normal'],
      [63, 'VM_MIGRATION_DONE', 'normal'], [65, 'VM_MIGRATION_FAILED', 'error'], [73, 'USER_INITIATED_SHUTDOWN_VM', 'normal'],
      [113, 'USER_REMOVE_VM_FINISHED', 'normal'], [119, 'VM_DOWN_ERROR', 'error'], [126, 'VM_NOT_RESPONDING', 'warning'],
      [145, 'VM_PAUSED_EIO', 'error'], [153, 'USER_STARTED_VM', 'normal'], [157, 'USER_REBOOT_VM', 'normal'],
      [498, 'VDS_APPROVE', 'normal'], [501, 'USER_SUSPEND_VM', 'normal'], [504, 'VDS_INSTALL', 'normal'],
      [505, 'VDS_INSTALL_FAILED', 'error'], [509, 'VDS_INSTALL_IN_PROGRESS', 'normal'], [600, 'USER_VDS_MAINTENANCE', 'normal'],
      [610, 'HOST_INTERFACE_STATE_DOWN', 'warning'], [956, 'USER_ADD_STORAGE_DOMAIN', 'normal'],
      [962, 'USER_ATTACH_STORAGE_DOMAIN_TO_POOL', 'normal'], [966, 'USER_ACTIVATED_STORAGE_DOMAIN', 'normal'],
      [968, 'USER_DEACTIVATED_STORAGE_DOMAIN', 'normal'], [964, 'USER_DETACH_STORAGE_DOMAIN_FROM_POOL', 'normal'],
      [960, 'USER_REMOVE_STORAGE_DOMAIN', 'normal'], [980, 'SYSTEM_CHANGE_STORAGE_POOL_STATUS_PROBLEMATIC', 'warning'],
      [1025, 'VM_PAUSED', 'normal'], [9000, 'VDS_ALERT_FENCE_IS_NOT_CONFIGURED', 'alert'],
      [2021, 'USER_ADD_DISK_FINISHED_SUCCESS', 'normal'], [2014, 'USER_FINISHED_REMOVE_DISK', 'normal'],
      [932, 'NETWORK_ADD_VM_INTERFACE', 'normal'], [14001, 'GENERIC_ERROR_MESSAGE', 'error'],
    ];
    for (const [code, name, severity] of expected) {
      expect(eventType(code), `${code}`).toMatchObject({ code, name, severity });
      expect(eventType(name)?.code).toBe(code);
      expect(eventCode(name)).toBe(code);
    }
  });

  it('throws on an unknown engine name', () => {
    expect(() => eventCode('NO_SUCH_EVENT')).toThrow(/unknown audit log type/);
    expect(eventType(424242)).toBeUndefined();
  });
});

describe('renderEvent', () => {
  it('fills placeholders like the engine', () => {
    expect(renderEvent(32, { VmName: 'web01', VdsName: 'host01' })).toBe('VM web01 started on Host host01');
    expect(renderEvent('USER_VDC_LOGIN', { UserName: 'admin@internal-authz', SourceIP: '10.0.0.5', SessionID: 'abc' }))
      .toBe("User admin@internal-authz connecting from '10.0.0.5' using session 'abc' logged in.");
  });

  it('matches names without regard to case and marks missing values', () => {
    expect(renderEvent(34, { vmname: 'db01', USERNAME: 'bob' })).toBe('VM db01 was created by bob.');
    expect(renderEvent(34, { VmName: 'db01' })).toBe(`VM db01 was created by ${UNKNOWN_VALUE}.`);
    expect(renderTemplate('${A}${a}-${B}', { a: 1, B: null })).toBe(`11-${UNKNOWN_VALUE}`);
  });

  it('renders unknown codes readably instead of failing', () => {
    expect(renderEvent(424242, { Message: 'custom text' })).toBe('custom text');
    expect(renderEvent(424242)).toBe('Event 424242.');
  });
});
