import type { LogSeverity } from '../store/types.ts';

/**
 * The audit-log event types the embedded engine emits: numeric code, the engine's
 * AuditLogType name, its severity and the message template, following oVirt's
 * AuditLogType / AuditLogMessages.properties (4.4+ wording). Placeholders are
 * `${Name}`; `renderEvent` fills them like the engine does.
 */
export interface EventType {
  code: number;
  name: string;
  severity: LogSeverity;
  template: string;
}

const TABLE: Array<[number, string, LogSeverity, string]> = [
  // engine
  [1, 'VDC_START', 'normal', 'Starting oVirt Engine.'],
  [2, 'VDC_STOP', 'normal', 'Stopping oVirt Engine.'],
  // hosts
  [12, 'VDS_FAILURE', 'error', 'Host ${VdsName} is non responsive.'],
  [13, 'VDS_DETECTED', 'normal', 'Status of host ${VdsName} was set to ${HostStatus}.'],
  [14, 'VDS_RECOVER', 'normal', 'Host ${VdsName} is rebooting.'],
  [15, 'VDS_MAINTENANCE', 'normal', 'Host ${VdsName} was switched to Maintenance Mode.'],
  [16, 'VDS_ACTIVATE', 'normal', 'Activation of host ${VdsName} initiated by ${UserName}.'],
  [17, 'VDS_MAINTENANCE_FAILED', 'error', 'Failed to switch Host ${VdsName} to Maintenance mode.'],
  [18, 'VDS_ACTIVATE_FAILED', 'error', 'Failed to activate Host ${VdsName}.(User: ${UserName}).'],
  [20, 'USER_VDS_START', 'normal', 'Host ${VdsName} was started by ${UserName}.'],
  [21, 'USER_VDS_STOP', 'normal', 'Host ${VdsName} was stopped by ${UserName}.'],
  [41, 'USER_VDS_RESTART', 'normal', 'Host ${VdsName} was restarted by ${UserName}.'],
  [42, 'USER_ADD_VDS', 'normal', 'Host ${VdsName} was added by ${UserName}.'],
  [43, 'USER_UPDATE_VDS', 'normal', 'Host ${VdsName} configuration was updated by ${UserName}.'],
  [44, 'USER_REMOVE_VDS', 'normal', 'Host ${VdsName} was removed by ${UserName}.'],
  [104, 'USER_FAILED_ADD_VDS', 'error', 'Failed to add Host ${VdsName} (User: ${UserName}).'],
  [106, 'USER_FAILED_REMOVE_VDS', 'error', 'Failed to remove Host ${VdsName} (User: ${UserName}).'],
  [204, 'IRS_HOSTED_ON_VDS', 'normal', 'Storage Pool Manager runs on Host ${VdsName} (Address: ${ServerIp}), Data Center ${StoragePoolName}.'],
  [498, 'VDS_APPROVE', 'normal', 'Host ${VdsName} was successfully approved by user ${UserName}.'],
  [499, 'VDS_APPROVE_FAILED', 'error', 'Failed to approve Host ${VdsName}.'],
  [504, 'VDS_INSTALL', 'normal', 'Host ${VdsName} installed'],
  [505, 'VDS_INSTALL_FAILED', 'error', 'Host ${VdsName} installation failed. ${FailedInstallMessage}.'],
  [509, 'VDS_INSTALL_IN_PROGRESS', 'normal', 'Installing Host ${VdsName}. ${Message}.'],
  [514, 'VDS_INITIALIZING', 'warning', 'Host ${VdsName} is initializing. Message: ${ErrorMessage}'],
  [531, 'VDS_LOW_MEM', 'warning', 'Available memory of host ${HostName} in cluster ${Cluster} [${AvailableMemory} MB] is under defined threshold [${Threshold} MB].'],
  [532, 'VDS_HIGH_MEM_USE', 'warning', 'Used memory of host ${HostName} in cluster ${Cluster} [${UsedMemory}%] exceeded defined threshold [${Threshold}%].'],
  [534, 'VDS_HIGH_CPU_USE', 'warning', 'Used CPU of host ${HostName} [${UsedCpu}%] exceeded defined threshold [${Threshold}%].'],
  [560, 'VDS_ANSIBLE_INSTALL_STARTED', 'normal', 'Ansible host-deploy playbook execution has started on host ${VdsName}.'],
  [561, 'VDS_ANSIBLE_INSTALL_FINISHED', 'normal', 'Ansible host-deploy playbook execution has successfully finished on host ${VdsName}.'],
  [600, 'USER_VDS_MAINTENANCE', 'normal', 'Host ${VdsName} was switched to Maintenance mode by ${UserName} (Reason: ${Reason}).'],
  [602, 'USER_VDS_MAINTENANCE_MIGRATION_FAILED', 'warning', "Host ${VdsName} cannot change into maintenance mode - not all Vms have been migrated successfully. Consider manual intervention: stopping/migrating Vms running on this host. (User: ${UserName})."],
  [606, 'HOST_REFRESHED_CAPABILITIES', 'normal', 'Successfully refreshed the capabilities of host ${VdsName}.'],
  [609, 'HOST_INTERFACE_STATE_UP', 'normal', 'Interface ${InterfaceName} on host ${VdsName}, changed state to up'],
  [610, 'HOST_INTERFACE_STATE_DOWN', 'warning', 'Interface ${InterfaceName} on host ${VdsName}, changed state to down'],
  [620, 'USER_VDS_MAINTENANCE_WITHOUT_REASON', 'normal', 'Host ${VdsName} was switched to Maintenance mode by ${UserName}.'],
  [840, 'HOST_UPGRADE_STARTED', 'normal', 'Host ${VdsName} upgrade was started (User: ${UserName}).'],
  [841, 'HOST_UPGRADE_FAILED', 'error', 'Failed to upgrade Host ${VdsName} (User: ${UserName}).'],
  [842, 'HOST_UPGRADE_FINISHED', 'normal', 'Host ${VdsName} upgrade was completed successfully.'],
  [844, 'HOST_UPDATES_ARE_AVAILABLE', 'normal', 'Host ${VdsName} has available updates.'],
  [9000, 'VDS_ALERT_FENCE_IS_NOT_CONFIGURED', 'alert', 'Failed to verify Power Management configuration for Host ${VdsName}.'],
  [9027, 'VDS_HOST_NOT_RESPONDING', 'warning', 'Host ${VdsName} is not responding. Host cannot be fenced automatically because power management for the host is disabled.'],
  // storage
  [26, 'IRS_DISK_SPACE_LOW', 'warning', 'Warning, Low disk space. ${StorageDomainName} domain has ${DiskSpace} GB of free space.'],
  [201, 'IRS_DISK_SPACE_LOW_ERROR', 'error', 'Critical, Low disk space. ${StorageDomainName} domain has ${DiskSpace} GB of free space.'],
  [950, 'USER_ADD_STORAGE_POOL', 'normal', 'Data Center ${StoragePoolName}, Compatibility Version ${CompatibilityVersion} and Quota Type ${QuotaEnforcementType} was added by ${UserName}'],
  [952, 'USER_UPDATE_STORAGE_POOL', 'normal', 'Data Center ${StoragePoolName} was updated by ${UserName}'],
  [954, 'USER_REMOVE_STORAGE_POOL', 'normal', 'Data Center ${StoragePoolName} was removed by ${UserName}'],
  [956, 'USER_ADD_STORAGE_DOMAIN', 'normal', 'Storage Domain ${StorageDomainName} was added by ${UserName}'],
  [957, 'USER_ADD_STORAGE_DOMAIN_FAILED', 'error', 'Failed to add Storage Domain ${StorageDomainName}. (User: ${UserName})'],
  [958, 'USER_UPDATE_STORAGE_DOMAIN', 'normal', 'Storage Domain ${StorageDomainName} was updated by ${UserName}'],
  [960, 'USER_REMOVE_STORAGE_DOMAIN', 'normal', 'Storage Domain ${StorageDomainName} was removed by ${UserName}'],
  [962, 'USER_ATTACH_STORAGE_DOMAIN_TO_POOL', 'normal', 'Storage Domain ${StorageDomainName} was attached to Data Center ${StoragePoolName} by ${UserName}'],
  [963, 'USER_ATTACH_STORAGE_DOMAIN_TO_POOL_FAILED', 'error', 'Failed to attach Storage Domain ${StorageDomainName} to Data Center ${StoragePoolName}. (User: ${UserName})'],
  [964, 'USER_DETACH_STORAGE_DOMAIN_FROM_POOL', 'normal', 'Storage Domain ${StorageDomainName} was detached from Data Center ${StoragePoolName} by ${UserName}'],
  [966, 'USER_ACTIVATED_STORAGE_DOMAIN', 'normal', 'Storage Domain ${StorageDomainName} (Data Center ${StoragePoolName}) was activated by ${UserName}'],
  [967, 'USER_ACTIVATE_STORAGE_DOMAIN_FAILED', 'error', 'Failed to activate Storage Domain ${StorageDomainName} (Data Center ${StoragePoolName}) by ${UserName}'],
  [968, 'USER_DEACTIVATED_STORAGE_DOMAIN', 'normal', "Storage Domain ${StorageDomainName} (Data Center ${StoragePoolName}) was deactivated and has moved to 'Preparing for maintenance' until it will no longer be accessed by any Host of the Data Center."],
  [969, 'USER_DEACTIVATE_STORAGE_DOMAIN_FAILED', 'error', 'Failed to deactivate Storage Domain ${StorageDomainName} (Data Center ${StoragePoolName}).'],
  [981, 'USER_FORCE_REMOVE_STORAGE_DOMAIN', 'normal', 'Storage Domain ${StorageDomainName} was forcibly removed by ${UserName}'],
  [976, 'USER_ACTIVATE_STORAGE_POOL', 'normal', 'Data Center ${StoragePoolName} was activated. (User: ${UserName})'],
  [980, 'SYSTEM_CHANGE_STORAGE_POOL_STATUS_PROBLEMATIC', 'warning', 'Invalid status on Data Center ${StoragePoolName}. Setting status to Non Responsive.'],
  [998, 'REFRESH_REPOSITORY_IMAGE_LIST_SUCCEEDED', 'normal', 'Refresh image list succeeded for domain(s): ${imageDomains}'],
  [1029, 'STORAGE_DOMAIN_MOVED_TO_MAINTENANCE', 'normal', 'Storage Domain ${StorageDomainName} (Data Center ${StoragePoolName}) successfully moved to Maintenance as it\'s no longer accessed by any Host of the Data Center.'],
  [10810, 'SYSTEM_CHANGE_STORAGE_POOL_STATUS_UP_REPORTING_HOSTS', 'normal', 'Data Center ${StoragePoolName} status was changed to UP as some of its hosts are in status UP.'],
  [10811, 'SYSTEM_CHANGE_STORAGE_POOL_STATUS_NON_RESPONSIVE_NO_REPORTING_HOSTS', 'alert', 'Data Center ${StoragePoolName} status was changed to Non Responsive as none of its hosts are in status UP.'],
  // clusters and networks
  [809, 'USER_ADD_CLUSTER', 'normal', 'Cluster ${ClusterName} was added by ${UserName}'],
  [811, 'USER_UPDATE_CLUSTER', 'normal', 'Host cluster ${ClusterName} was updated by ${UserName}'],
  [813, 'USER_REMOVE_CLUSTER', 'normal', 'Host cluster ${ClusterName} was removed by ${UserName}'],
  [930, 'NETWORK_REMOVE_VM_INTERFACE', 'normal', 'Interface ${InterfaceName} (${InterfaceType}) was removed from VM ${VmName}. (User: ${UserName})'],
  [932, 'NETWORK_ADD_VM_INTERFACE', 'normal', 'Interface ${InterfaceName} (${InterfaceType}) was added to VM ${VmName}. (User: ${UserName})'],
  [934, 'NETWORK_UPDATE_VM_INTERFACE', 'normal', 'Interface ${InterfaceName} (${InterfaceType}) was updated for VM ${VmName}. ${LinkState} (User: ${UserName})'],
  [942, 'NETWORK_ADD_NETWORK', 'normal', 'Finished adding Network ${NetworkName} to Data Center: ${StoragePoolName}'],
  [944, 'NETWORK_REMOVE_NETWORK', 'normal', 'Finished Network ${NetworkName} removal from Data Center: ${StoragePoolName}'],
  [1104, 'NETWORK_COMMINT_NETWORK_CHANGES', 'normal', 'Network changes were saved on host ${VdsName}'],
  [1122, 'ADD_VNIC_PROFILE', 'normal', 'VM network interface profile ${VnicProfileName} was added to network ${NetworkName} in Data Center: ${DataCenterName}. (User: ${UserName})'],
  [1126, 'REMOVE_VNIC_PROFILE', 'normal', 'VM network interface profile ${VnicProfileName} was removed from network ${NetworkName} in Data Center: ${DataCenterName}. (User: ${UserName})'],
  // VMs
  [32, 'USER_RUN_VM', 'normal', 'VM ${VmName} started on Host ${VdsName}'],
  [33, 'USER_STOP_VM', 'normal', 'VM ${VmName} powered off by ${UserName} (Host: ${VdsName})${OptionalReason}.'],
  [34, 'USER_ADD_VM', 'normal', 'VM ${VmName} was created by ${UserName}.'],
  [35, 'USER_UPDATE_VM', 'normal', 'VM ${VmName} configuration was updated by ${UserName}.'],
  [37, 'USER_ADD_VM_STARTED', 'normal', 'VM ${VmName} creation was initiated by ${UserName}.'],
  [38, 'USER_CHANGE_DISK_VM', 'normal', 'CD ${DiskName} was inserted to VM ${VmName} by ${UserName}.'],
  [39, 'USER_PAUSE_VM', 'normal', 'VM ${VmName} was suspended by ${UserName} (Host: ${VdsName}).'],
  [40, 'USER_RESUME_VM', 'normal', 'VM ${VmName} was resumed by ${UserName} (Host: ${VdsName}).'],
  [45, 'USER_CREATE_SNAPSHOT', 'normal', "Snapshot '${SnapshotName}' creation for VM '${VmName}' was initiated by ${UserName}."],
  [53, 'USER_ADD_VM_FINISHED_SUCCESS', 'normal', 'VM ${VmName} creation has been completed.'],
  [54, 'USER_FAILED_RUN_VM', 'error', 'Failed to run VM ${VmName}${DueToError} (User: ${UserName}).'],
  [56, 'USER_FAILED_STOP_VM', 'error', 'Failed to power off VM ${VmName} (Host: ${VdsName}, User: ${UserName}).'],
  [57, 'USER_FAILED_ADD_VM', 'error', 'Failed to create VM ${VmName} (User: ${UserName}).'],
  [58, 'USER_FAILED_UPDATE_VM', 'error', 'Failed to update VM ${VmName} (User: ${UserName}).'],
  [61, 'VM_DOWN', 'normal', 'VM ${VmName} is down. ${ExitMessage}'],
  [62, 'VM_MIGRATION_START', 'normal', 'Migration started (VM: ${VmName}, Source: ${VdsName}, Destination: ${DestinationVdsName}, User: ${UserName}). ${OptionalReason}'],
  [63, 'VM_MIGRATION_DONE', 'normal', 'Migration completed (VM: ${VmName}, Source: ${VdsName}, Destination: ${DestinationVdsName}, Duration: ${Duration}, Total: ${TotalDuration}, Actual downtime: ${ActualDowntime})'],
  [65, 'VM_MIGRATION_FAILED', 'error', 'Migration failed${DueToMigrationError} (VM: ${VmName}, Source: ${VdsName}).'],
  [68, 'USER_CREATE_SNAPSHOT_FINISHED_SUCCESS', 'normal', "Snapshot '${SnapshotName}' creation for VM '${VmName}' has been completed."],
  [69, 'USER_CREATE_SNAPSHOT_FINISHED_FAILURE', 'error', "Failed to complete snapshot '${SnapshotName}' creation for VM '${VmName}'."],
  [73, 'USER_INITIATED_SHUTDOWN_VM', 'normal', 'VM shutdown initiated by ${UserName} on VM ${VmName} (Host: ${VdsName})${OptionalReason}.'],
  [74, 'USER_FAILED_SHUTDOWN_VM', 'error', 'Failed to initiate shutdown on VM ${VmName} (Host: ${VdsName}, User: ${UserName}).'],
  [76, 'USER_STOPPED_VM_INSTEAD_OF_SHUTDOWN', 'normal', 'VM ${VmName} was powered off ungracefully by ${UserName} (Host: ${VdsName})${OptionalReason}.'],
  [111, 'USER_STOP_SUSPENDED_VM', 'normal', 'Suspended VM ${VmName} has had its save state cleared by ${UserName}${OptionalReason}.'],
  [113, 'USER_REMOVE_VM_FINISHED', 'normal', 'VM ${VmName} was successfully removed by ${UserName}.'],
  [119, 'VM_DOWN_ERROR', 'error', 'VM ${VmName} is down with error. ${ExitMessage}.'],
  [126, 'VM_NOT_RESPONDING', 'warning', 'VM ${VmName} is not responding.'],
  [142, 'VM_SET_TO_UNKNOWN_STATUS', 'warning', 'VM ${VmName} was set to the Unknown status.'],
  [145, 'VM_PAUSED_EIO', 'error', 'VM ${VmName} has been paused due to storage I/O problem.'],
  [150, 'USER_INITIATED_RUN_VM', 'normal', 'Starting VM ${VmName} was initiated by ${UserName}.'],
  [153, 'USER_STARTED_VM', 'normal', 'VM ${VmName} was started by ${UserName} (Host: ${VdsName}).'],
  [157, 'USER_REBOOT_VM', 'normal', 'VM ${VmName} is rebooting. Rebooted by: ${UserName}'],
  [161, 'VM_CANCEL_MIGRATION', 'normal', 'Migration cancelled (VM: ${VmName}, Source: ${VdsName}, User: ${UserName}).'],
  [164, 'VM_SET_TICKET', 'normal', 'User ${UserName} initiated console session for VM ${VmName}'],
  [167, 'VM_CONSOLE_CONNECTED', 'normal', 'User ${UserName} is connected to VM ${VmName}.'],
  [168, 'VM_CONSOLE_DISCONNECTED', 'normal', 'User ${UserName} got disconnected from VM ${VmName}.'],
  [179, 'USER_INITIATED_RUN_VM_AND_PAUSE', 'normal', 'Starting in paused mode VM ${VmName} was initiated by ${UserName}.'],
  [221, 'USER_RESET_VM', 'normal', 'VM ${VmName} is resetting. Reset by: ${UserName}'],
  [342, 'USER_REMOVE_SNAPSHOT', 'normal', "Snapshot '${SnapshotName}' deletion for VM '${VmName}' was initiated by ${UserName}."],
  [356, 'USER_REMOVE_SNAPSHOT_FINISHED_SUCCESS', 'normal', "Snapshot '${SnapshotName}' deletion for VM '${VmName}' has been completed."],
  [501, 'USER_SUSPEND_VM', 'normal', 'Suspending VM ${VmName} was initiated by User ${UserName} (Host: ${VdsName}).'],
  [503, 'USER_SUSPEND_VM_OK', 'normal', 'VM ${VmName} on Host ${VdsName} is suspended.'],
  [1025, 'VM_PAUSED', 'normal', 'VM ${VmName} has been paused.'],
  [9602, 'HA_VM_FAILED', 'error', 'Highly Available VM ${VmName} failed. It will be restarted automatically.'],
  // templates and pools
  // export domains
  [1150, 'IMPORTEXPORT_EXPORT_VM', 'normal', 'Vm ${VmName} was exported successfully to ${StorageDomainName}'],
  [1151, 'IMPORTEXPORT_EXPORT_VM_FAILED', 'error', 'Failed to export Vm ${VmName} to ${StorageDomainName}'],
  [1152, 'IMPORTEXPORT_IMPORT_VM', 'normal', 'Vm ${VmName} was imported successfully to Data Center ${StoragePoolName}, Cluster ${Cluster}'],
  [1156, 'IMPORTEXPORT_EXPORT_TEMPLATE', 'normal', 'Template ${VmTemplateName} was exported successfully to ${StorageDomainName}'],
  [1158, 'IMPORTEXPORT_IMPORT_TEMPLATE', 'normal', 'Template ${VmTemplateName} was imported successfully to Data Center ${StoragePoolName}, Cluster ${Cluster}'],
  [1162, 'IMPORTEXPORT_STARTING_EXPORT_VM', 'normal', 'Starting export Vm ${VmName} to ${StorageDomainName}'],
  [1163, 'IMPORTEXPORT_STARTING_IMPORT_TEMPLATE', 'normal', 'Starting to import Template ${VmTemplateName} to Data Center ${StoragePoolName}, Cluster ${Cluster}'],
  [1164, 'IMPORTEXPORT_STARTING_EXPORT_TEMPLATE', 'normal', 'Starting to export Template ${VmTemplateName} to ${StorageDomainName}'],
  [1165, 'IMPORTEXPORT_STARTING_IMPORT_VM', 'normal', 'Starting to import Vm ${VmName} to Data Center ${StoragePoolName}, Cluster ${Cluster}'],
  [48, 'USER_ADD_VM_TEMPLATE', 'normal', 'Creation of Template ${VmTemplateName} from VM ${VmName} was initiated by ${UserName}.'],
  [51, 'USER_ADD_VM_TEMPLATE_FINISHED_SUCCESS', 'normal', 'Creation of Template ${VmTemplateName} from VM ${VmName} has been completed.'],
  [49, 'USER_UPDATE_VM_TEMPLATE', 'normal', 'Template ${VmTemplateName} configuration was updated by ${UserName}.'],
  [50, 'USER_REMOVE_VM_TEMPLATE', 'normal', 'Removal of Template ${VmTemplateName} was initiated by ${UserName}.'],
  [251, 'USER_REMOVE_VM_TEMPLATE_FINISHED', 'normal', 'Removal of Template ${VmTemplateName} has been completed.'],
  [302, 'USER_ADD_VM_POOL_WITH_VMS', 'normal', 'VM Pool ${VmPoolName} (containing ${VmsCount} VMs) was created by ${UserName}.'],
  [304, 'USER_REMOVE_VM_POOL', 'normal', 'VM Pool ${VmPoolName} was removed by ${UserName}.'],
  [308, 'USER_REMOVE_VM_FROM_POOL', 'normal', 'VM ${VmName} was removed from VM Pool ${VmPoolName} by ${UserName}.'],
  [314, 'USER_UPDATE_VM_POOL', 'normal', 'VM Pool ${VmPoolName} configuration was updated by ${UserName}.'],
  [316, 'USER_ATTACH_USER_TO_VM_FROM_POOL', 'normal', 'Attaching User ${AdUserName} to VM ${VmName} in VM Pool ${VmPoolName} was initiated by ${UserName}.'],
  // disks
  [78, 'USER_ADD_DISK_TO_VM', 'normal', 'Add-Disk operation of ${DiskAlias} was initiated on VM ${VmName} by ${UserName}.'],
  [97, 'USER_ADD_DISK_TO_VM_FINISHED_SUCCESS', 'normal', 'The disk ${DiskAlias} was successfully added to VM ${VmName}.'],
  [86, 'USER_UPDATE_DISK', 'normal', 'Disk ${DiskAlias} was updated by ${UserName}.'],
  [2014, 'USER_FINISHED_REMOVE_DISK', 'normal', 'Disk ${DiskAlias} was successfully removed from domain ${StorageDomainName} (User ${UserName}).'],
  [2016, 'USER_ATTACH_DISK_TO_VM', 'normal', 'Disk ${DiskAlias} was successfully attached to VM ${VmName} by ${UserName}.'],
  [2018, 'USER_DETACH_DISK_FROM_VM', 'normal', 'Disk ${DiskAlias} was successfully detached from VM ${VmName} by ${UserName}.'],
  [2020, 'USER_ADD_DISK', 'normal', "Add-Disk operation of '${DiskAlias}' was initiated by ${UserName}."],
  [2021, 'USER_ADD_DISK_FINISHED_SUCCESS', 'normal', "The disk '${DiskAlias}' was successfully added."],
  [2038, 'USER_REMOVE_DISK_INITIATED', 'normal', 'Removal of Disk ${DiskAlias} from domain ${StorageDomainName} was initiated by ${UserName}.'],
  [2008, 'USER_MOVED_DISK', 'normal', 'User ${UserName} moving disk ${DiskAlias} to domain ${StorageDomainName}.'],
  [2010, 'USER_MOVED_DISK_FINISHED_SUCCESS', 'normal', 'User ${UserName} finished moving disk ${DiskAlias} to domain ${StorageDomainName}.'],
  // users, roles, permissions, tags
  [30, 'USER_VDC_LOGIN', 'normal', "User ${UserName} connecting from '${SourceIP}' using session '${SessionID}' logged in."],
  [31, 'USER_VDC_LOGOUT', 'normal', "User ${UserName} connected from '${SourceIP}' using session '${SessionID}' logged out."],
  [114, 'USER_VDC_LOGIN_FAILED', 'error', "User ${UserName} connecting from '${SourceIP}' failed to log in${LoginErrMsg}."],
  [149, 'USER_ADD', 'normal', "User '${NewUserName}' was added successfully to the system."],
  [325, 'USER_REMOVE_ADUSER', 'normal', 'User ${AdUserName} was removed by ${UserName}.'],
  [350, 'USER_ADD_BOOKMARK', 'normal', 'Bookmark ${BookmarkName} was added by ${UserName}.'],
  [354, 'USER_REMOVE_BOOKMARK', 'normal', 'Bookmark ${BookmarkName} was removed by ${UserName}.'],
  [432, 'USER_ADD_TAG', 'normal', 'New Tag ${TagName} was created by ${UserName}.'],
  [434, 'USER_REMOVE_TAG', 'normal', 'Tag ${TagName} was removed by ${UserName}.'],
  [440, 'USER_ATTACH_TAG_TO_VM', 'normal', 'Tag ${TagName} was attached to VM(s) ${VmsNames} by ${UserName}.'],
  [442, 'USER_ATTACH_TAG_TO_VDS', 'normal', 'Tag ${TagName} was attached to Host(s) ${VdsNames} by ${UserName}.'],
  [446, 'USER_DETACH_VM_FROM_TAG', 'normal', 'Tag ${TagName} was detached from VM(s) ${VmsNames} by ${UserName}.'],
  [850, 'USER_ADD_PERMISSION', 'normal', 'User/Group ${SubjectName}, Namespace ${Namespace}, Authorization provider: ${Authz} was granted permission for Role ${RoleName} on ${VdcObjectType} ${VdcObjectName}, by ${UserName}.'],
  [852, 'USER_REMOVE_PERMISSION', 'normal', 'User/Group ${SubjectName} Role ${RoleName} permission was removed from ${VdcObjectType} ${VdcObjectName} by ${UserName}'],
  [864, 'USER_ADD_ROLE_WITH_ACTION_GROUP', 'normal', 'Role ${RoleName} was added by ${UserName}'],
  [858, 'USER_REMOVE_ROLE', 'normal', 'Role ${RoleName} removed from ${UserName}'],
  // external events and generic failures
  [9801, 'EXTERNAL_EVENT_NORMAL', 'normal', 'An external event with NORMAL severity has been added.'],
  [9802, 'EXTERNAL_EVENT_WARNING', 'warning', 'An external event with WARNING severity has been added.'],
  [9803, 'EXTERNAL_EVENT_ERROR', 'error', 'An external event with ERROR severity has been added.'],
  [9804, 'EXTERNAL_ALERT', 'alert', 'An external event with ALERT severity has been added.'],
  [14001, 'GENERIC_ERROR_MESSAGE', 'error', '${Message}'],
];

export const EVENT_TYPES: readonly EventType[] = TABLE.map(([code, name, severity, template]) => ({ code, name, severity, template }));

const BY_CODE = new Map(EVENT_TYPES.map((t) => [t.code, t]));
const BY_NAME = new Map(EVENT_TYPES.map((t) => [t.name, t]));

export function eventType(codeOrName: number | string): EventType | undefined {
  return typeof codeOrName === 'number' ? BY_CODE.get(codeOrName) : BY_NAME.get(codeOrName);
}

/** Numeric code of an engine event name; throws on names not in the table (a programming error). */
export function eventCode(name: string): number {
  const type = BY_NAME.get(name);
  if (!type) throw new Error(`unknown audit log type ${name}`);
  return type.code;
}

/** What the engine prints for a placeholder nobody filled. */
export const UNKNOWN_VALUE = '<UNKNOWN>';

export type EventParams = Record<string, string | number | boolean | null | undefined>;

/**
 * Fills a template's `${Name}` placeholders from `params` (names matched without regard
 * to case, as the engine does). Unfilled placeholders become `<UNKNOWN>`.
 * Unknown codes render the params' `Message` or a generic sentence rather than failing.
 */
export function renderEvent(codeOrName: number | string, params: EventParams = {}): string {
  const type = eventType(codeOrName);
  const template = type?.template ?? (params.Message !== undefined ? '${Message}' : `Event ${String(codeOrName)}.`);
  return renderTemplate(template, params);
}

export function renderTemplate(template: string, params: EventParams): string {
  const lower = new Map<string, string>();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null) lower.set(k.toLowerCase(), String(v));
  }
  return template.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_m, key: string) => lower.get(key.toLowerCase()) ?? UNKNOWN_VALUE);
}
