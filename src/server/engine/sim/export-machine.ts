/**
 * Export domains: a down VM (or a template) is copied to an active export domain of its data
 * center — locked meanwhile, events 1162 → 1150 (template 1164 → 1156) — and shows up in
 * `storagedomains/<export>/vms` (`…/templates`); importing it from there makes a new VM
 * (template) in a cluster with its disks on a data domain, image_locked / locked until the
 * copies end, events 1165 → 1152 (template 1163 → 1158).
 */
import { randomUUID } from 'node:crypto';
import type { Doc } from '../store/store.ts';
import { refId, type ActionCtx, type ActionResult, type SimCore } from './core.ts';
import { cloneDisk, unlockLater } from './disk-machine.ts';
import { ActionRefused, checkTemplateOk, checkVm, statusLabel, VM_VERBS } from './refusals.ts';
import { T } from './timings.ts';

type Obj = Record<string, unknown>;

/** What a copy on an export domain does not keep of the VM it came from. */
const RUNTIME = ['host', 'start_time', 'stop_time', 'stop_reason', 'fqdn', 'status_detail', 'vm_pool', 'run_once', 'guest_operating_system', 'display'];

/** The disks a copy carries, kept beside the model members (never written on the wire). */
interface ExportedDisk {
  attachment: Obj;
  disk: Doc;
}

const vmKey = (id: string) => `vm:${id}`;
const templateKey = (id: string) => `template:${id}`;

/** A storage domain named by id or name in an action's parameters. */
function domainParam(core: SimCore, v: unknown): Doc | undefined {
  const given = (v ?? {}) as { id?: unknown; name?: unknown };
  if (typeof given.id === 'string') return core.store.get('storage_domains', given.id, '');
  if (typeof given.name === 'string') return core.store.list('storage_domains', '').find((d) => d.name === given.name);
  return undefined;
}

function clusterParam(core: SimCore, v: unknown): Doc | undefined {
  const given = (v ?? {}) as { id?: unknown; name?: unknown };
  if (typeof given.id === 'string') return core.store.get('clusters', given.id, '');
  if (typeof given.name === 'string') return core.store.list('clusters', '').find((c) => c.name === given.name);
  return undefined;
}

/** The export domain an export goes to: given, an export domain, active in the object's data center. */
function exportTarget(core: SimCore, params: Obj, verb: string, dcId: string | undefined): Doc {
  const sd = domainParam(core, params.storage_domain);
  if (!sd) throw new ActionRefused(`Action [storageDomain.id|name] required for export`, 400, 'Incomplete parameters');
  if (sd.type !== 'export') throw ActionRefused.cannot(verb, 'The specified domain is not an export domain.');
  const att = dcId ? core.store.get('attached_storage_domains', sd.id, dcId) : undefined;
  if (!att) throw ActionRefused.cannot(verb, 'Storage Domain is not attached to the Data Center of the VM.');
  if (att.status !== 'active') throw ActionRefused.cannot(verb, `The relevant Storage Domain's status is ${statusLabel(att.status)}.`);
  return sd;
}

function exportedDisks(core: SimCore, attachments: Doc[]): ExportedDisk[] {
  return attachments.flatMap((att) => {
    const disk = core.store.get('disks', refId(att.disk) ?? att.id, '');
    if (!disk) return [];
    const { vm: _v, template: _t, disk: _d, ...attachment } = att;
    return [{ attachment, disk }];
  });
}

/** The NICs a copy carries (same hiding place as the disks). */
function exportedNics(core: SimCore, collection: string, ownerId: string): Obj[] {
  return core.store.list(collection, ownerId).map(({ vm: _v, template: _t, ...nic }) => nic);
}

function copyOnto(core: SimCore, collection: string, sdId: string, doc: Obj): void {
  if (core.store.get(collection, String(doc.id), sdId)) core.store.replace(collection, String(doc.id), doc as Doc, sdId);
  else core.store.insert(collection, doc, sdId);
}

export function exportVm(core: SimCore, vm: Doc, params: Obj, ctx: ActionCtx): ActionResult {
  checkVm('export', String(vm.status));
  const verb = VM_VERBS.export;
  const sd = exportTarget(core, params, verb, core.dcOfCluster(refId(vm.cluster)));
  const exclusive = params.exclusive === true || params.exclusive === 'true';
  if (!exclusive && core.store.get('storage_domain_vms', vm.id, sd.id)) throw ActionRefused.cannot(verb, 'VM with the same identifier already exists.');
  const job = core.startJob(`Exporting VM ${String(vm.name)} To Export Domain ${String(sd.name)}`, ctx);
  core.setVm(vm.id, { status: 'image_locked' });
  const names = { VmName: String(vm.name), StorageDomainName: String(sd.name) };
  core.emit(1162, names, { vm: vm.id, storage_domain: sd.id }, ctx);
  core.after(T.vmExport, vmKey(vm.id), () => {
    const now = core.vm(vm.id);
    if (!now || now.status !== 'image_locked') return job.finish(false);
    const copy = Object.fromEntries(Object.entries(now).filter(([k]) => !RUNTIME.includes(k)));
    copyOnto(core, 'storage_domain_vms', sd.id, { ...copy, status: 'down', storage_domain: { id: sd.id }, exported_disks: exportedDisks(core, core.store.list('vm_disk_attachments', vm.id)), exported_nics: exportedNics(core, 'vm_nics', vm.id) });
    core.setVm(vm.id, { status: 'down' });
    core.emit(1150, names, { vm: vm.id, storage_domain: sd.id }, ctx);
    job.finish();
  });
  return { status: 'complete', job: { id: job.id } };
}

export function exportTemplate(core: SimCore, template: Doc, params: Obj, ctx: ActionCtx): ActionResult {
  checkTemplateOk('export', template.status);
  const verb = 'export Template';
  if (template.id === '00000000-0000-0000-0000-000000000000') throw ActionRefused.cannot(verb, 'The Blank Template cannot be exported.');
  const sd = exportTarget(core, params, verb, core.dcOfCluster(refId(template.cluster)));
  const exclusive = params.exclusive === true || params.exclusive === 'true';
  if (!exclusive && core.store.get('storage_domain_templates', template.id, sd.id)) throw ActionRefused.cannot(verb, 'Template with the same identifier already exists.');
  const job = core.startJob(`Exporting Template ${String(template.name)} To Export Domain ${String(sd.name)}`, ctx);
  core.store.update('templates', template.id, { status: 'locked' }, '');
  const names = { VmTemplateName: String(template.name), StorageDomainName: String(sd.name) };
  core.emit(1164, names, { template: template.id, storage_domain: sd.id }, ctx);
  core.after(T.templateExport, templateKey(template.id), () => {
    const now = core.store.get('templates', template.id, '');
    if (!now || now.status !== 'locked') return job.finish(false);
    copyOnto(core, 'storage_domain_templates', sd.id, { ...now, status: 'ok', storage_domain: { id: sd.id }, exported_disks: exportedDisks(core, core.store.list('template_disk_attachments', template.id)), exported_nics: exportedNics(core, 'template_nics', template.id) });
    core.store.update('templates', template.id, { status: 'ok' }, '');
    core.emit(1156, names, { template: template.id, storage_domain: sd.id }, ctx);
    job.finish();
  });
  return { status: 'complete', job: { id: job.id } };
}

interface ImportPlan {
  source: Doc;
  cluster: Doc;
  target: Doc;
  dcId: string;
  id: string;
  name: string;
}

/** Checks an import from export domain `sdId` and works out where it goes. */
function planImport(core: SimCore, source: Doc, sdId: string, params: Obj, kind: 'VM' | 'Template', collection: string): ImportPlan {
  const verb = `import ${kind}`;
  const cluster = clusterParam(core, params.cluster);
  if (!cluster) throw new ActionRefused('Action [cluster.id|name] required for import', 400, 'Incomplete parameters');
  const dcId = refId(cluster.data_center) ?? '';
  const exportAtt = core.store.get('attached_storage_domains', sdId, dcId);
  if (!exportAtt) throw ActionRefused.cannot(verb, 'Storage Domain is not attached to the Data Center of the Cluster.');
  if (exportAtt.status !== 'active') throw ActionRefused.cannot(verb, `The relevant Storage Domain's status is ${statusLabel(exportAtt.status)}.`);
  const target = domainParam(core, params.storage_domain);
  if (!target) throw new ActionRefused('Action [storageDomain.id|name] required for import', 400, 'Incomplete parameters');
  const targetAtt = core.store.get('attached_storage_domains', target.id, dcId);
  if (target.type !== 'data' || targetAtt?.status !== 'active') throw ActionRefused.cannot(verb, 'The target Storage Domain must be an active data domain of the Data Center.');
  const clone = params.clone === true || params.clone === 'true';
  const renamed = (params[kind === 'VM' ? 'vm' : 'template'] as { name?: unknown } | undefined)?.name;
  const name = typeof renamed === 'string' && renamed ? renamed : String(source.name);
  if (!clone && core.store.get(collection, source.id, '')) throw ActionRefused.cannot(verb, `${kind} with the same identifier already exists.`);
  if (core.store.list(collection, '').some((d) => d.name === name)) throw ActionRefused.cannot(verb, 'The given name is already in use.');
  return { source, cluster, target, dcId, id: clone ? randomUUID() : source.id, name };
}

/** Copies the exported disks to the target domain, attached to the new owner; returns the new disk ids. */
function importDisks(core: SimCore, plan: ImportPlan, attachments: string, ownerId: string): string[] {
  const exported = (plan.source.exported_disks ?? []) as ExportedDisk[];
  return exported.map(({ attachment, disk }) => {
    const copy = cloneDisk(core, disk, String(disk.alias ?? disk.name), plan.target.id);
    core.store.insert(attachments, { ...attachment, id: copy.id, disk: { id: copy.id } }, ownerId);
    return copy.id;
  });
}

function importRest(doc: Doc): Obj {
  const { id: _id, href: _h, storage_domain: _s, exported_disks: _e, exported_nics: _n, ...rest } = doc as Obj;
  return rest;
}

/** The copy's NICs on the new owner: new ids; a cloned VM also gets new MAC addresses. */
function importNics(core: SimCore, source: Doc, collection: string, owner: { vm?: { id: string }; template?: { id: string } }, ownerId: string, newMacs: boolean): void {
  for (const nic of (source.exported_nics ?? []) as Obj[]) {
    const { id: _id, mac, ...rest } = nic;
    core.store.insert(collection, { ...rest, ...owner, mac: newMacs || !mac ? { address: newMac(core) } : mac }, ownerId);
  }
}

function newMac(core: SimCore): string {
  const bytes = [core.rng.int(0, 255), core.rng.int(0, 255), core.rng.int(0, 255)];
  return ['56', '6f', 'e1', ...bytes.map((x) => x.toString(16).padStart(2, '0'))].join(':');
}

export function importVm(core: SimCore, source: Doc, sdId: string, params: Obj, ctx: ActionCtx): ActionResult {
  const plan = planImport(core, source, sdId, params, 'VM', 'vms');
  const names = { VmName: plan.name, StoragePoolName: core.nameOf('data_centers', plan.dcId) ?? '', Cluster: String(plan.cluster.name) };
  const vm = core.store.insert('vms', { ...importRest(source), id: plan.id, name: plan.name, cluster: { id: plan.cluster.id }, status: 'image_locked', origin: 'ovirt', creation_time: core.iso() });
  const job = core.startJob(`Importing VM ${plan.name} to Cluster ${String(plan.cluster.name)}`, ctx);
  core.emit(1165, names, { vm: vm.id, cluster: plan.cluster.id }, ctx);
  const disks = importDisks(core, plan, 'vm_disk_attachments', vm.id);
  importNics(core, source, 'vm_nics', { vm: { id: vm.id } }, vm.id, plan.id !== source.id);
  unlockLater(core, disks, T.vmImport, vmKey(vm.id), () => {
    if (core.vm(vm.id)?.status === 'image_locked') core.setVm(vm.id, { status: 'down' });
    core.emit(1152, names, { vm: vm.id, cluster: plan.cluster.id }, ctx);
    job.finish();
  });
  return { status: 'complete', job: { id: job.id }, extra: { vm: { id: vm.id } } };
}

export function importTemplate(core: SimCore, source: Doc, sdId: string, params: Obj, ctx: ActionCtx): ActionResult {
  const plan = planImport(core, source, sdId, params, 'Template', 'templates');
  const names = { VmTemplateName: plan.name, StoragePoolName: core.nameOf('data_centers', plan.dcId) ?? '', Cluster: String(plan.cluster.name) };
  const template = core.store.insert('templates', { ...importRest(source), id: plan.id, name: plan.name, cluster: { id: plan.cluster.id }, status: 'locked', creation_time: core.iso() });
  const job = core.startJob(`Importing Template ${plan.name} to Cluster ${String(plan.cluster.name)}`, ctx);
  core.emit(1163, names, { template: template.id, cluster: plan.cluster.id }, ctx);
  const disks = importDisks(core, plan, 'template_disk_attachments', template.id);
  importNics(core, source, 'template_nics', { template: { id: template.id } }, template.id, false);
  unlockLater(core, disks, T.templateImport, templateKey(template.id), () => {
    if (core.store.get('templates', template.id, '')?.status === 'locked') core.store.update('templates', template.id, { status: 'ok' }, '');
    core.emit(1158, names, { template: template.id, cluster: plan.cluster.id }, ctx);
    job.finish();
  });
  return { status: 'complete', job: { id: job.id }, extra: { template: { id: template.id } } };
}
