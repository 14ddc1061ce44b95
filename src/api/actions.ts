// Describes the parameters of an action (what a form for "migrate" or "fence" must ask).
// Sources, best first: the engine's own self-description (v4 `model.json`, v3 RSDL), the
// model table generated into the client, and a curated table of the common actions.
import { ACTIONS, ENUMS } from './generated/model-types.ts';
import { actionKey } from './action-status.ts';
import { isObject, text, toArray, type Tree } from './tree.ts';
import { parseXmlTree } from './parse-xml.ts';

export { isActionEnabled, canonicalStatus, actionKey } from './action-status.ts';

export type ParamType = 'string' | 'integer' | 'decimal' | 'boolean' | 'date' | 'enum' | 'reference' | 'struct';

export interface ActionParam {
  /** Dotted path inside the action body: `pause`, `host.id`, `ticket.expiry`, `vm.name`. */
  path: string;
  type: ParamType;
  required: boolean;
  list?: boolean;
  /** Allowed values for enums. */
  values?: string[];
  /** For references and structs: the model type (`host`, `storage_domain`). */
  refType?: string;
  label: string;
  /** A secret (passwords): never echo it. */
  secret?: boolean;
  /** Rarely needed (async, filter …): forms may tuck it away. */
  advanced?: boolean;
}

export interface ActionDescription {
  kind: string;
  action: string;
  params: ActionParam[];
  source: 'engine' | 'model' | 'builtin';
}

const ADVANCED = new Set(['async', 'filter', 'correlation_id', 'grace_period']);

function labelOf(path: string): string {
  const last = path.split('.').filter((p) => p !== 'id').pop() ?? path;
  const words = last.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function param(path: string, type: ParamType, extra: Partial<ActionParam> = {}): ActionParam {
  return { path, type, required: false, label: labelOf(path), ...extra };
}

const b = (path: string, extra?: Partial<ActionParam>) => param(path, 'boolean', extra);
const s = (path: string, extra?: Partial<ActionParam>) => param(path, 'string', extra);
const ref = (path: string, refType: string, extra?: Partial<ActionParam>) => param(path, 'reference', { refType, ...extra });
const en = (path: string, values: string[], extra?: Partial<ActionParam>) => param(path, 'enum', { values, ...extra });

/** Curated parameters of the common actions, by kind and action key. */
const BUILTIN: Record<string, Record<string, ActionParam[]>> = {
  vm: {
    start: [
      b('pause', { label: 'Start paused' }),
      b('use_cloud_init', { label: 'Use cloud-init' }),
      b('use_sysprep', { label: 'Use Sysprep' }),
      b('volatile', { label: 'Volatile (discard changes on shutdown)' }),
      b('vm.stateless', { label: 'Run stateless' }),
      en('vm.os.boot.devices', ENUMS.boot_device ?? ['cdrom', 'hd', 'network'], { list: true, label: 'Boot devices' }),
      en('vm.display.type', ENUMS.graphics_type ?? ['spice', 'vnc'], { label: 'Console type' }),
      ref('vm.placement_policy.hosts', 'host', { list: true, label: 'Run on hosts' }),
    ],
    migrate: [ref('host', 'host', { label: 'Destination host (empty: automatic)' }), b('force'), b('migrate_vms_in_affinity_closure', { label: 'Migrate VMs in affinity closure' })],
    shutdown: [s('reason'), b('force')],
    stop: [s('reason'), b('force')],
    reboot: [],
    reset: [],
    suspend: [],
    cancelmigration: [],
    ticket: [param('ticket.expiry', 'integer', { label: 'Valid for (seconds)' }), s('ticket.value', { label: 'Password (empty: generated)', secret: true })],
    clone: [s('vm.name', { required: true, label: 'Name of the clone' }), ref('storage_domain', 'storage_domain'), b('discard_snapshots')],
    export: [ref('storage_domain', 'storage_domain', { label: 'Export domain' }), b('exclusive', { label: 'Overwrite existing' }), b('discard_snapshots', { label: 'Collapse snapshots' })],
    previewsnapshot: [ref('snapshot', 'snapshot', { required: true }), b('restore_memory')],
    commitsnapshot: [],
    undosnapshot: [],
    detach: [],
    logon: [],
    reordermacaddresses: [],
  },
  host: {
    activate: [],
    deactivate: [s('reason'), b('stop_gluster_service', { label: 'Stop Gluster service' })],
    fence: [en('fence_type', ['manual', 'restart', 'start', 'status', 'stop'], { required: true, label: 'Fence operation' }), b('maintenance_after_restart')],
    install: [
      s('root_password', { secret: true, label: 'Root password' }),
      en('ssh.authentication_method', ENUMS.ssh_authentication_method ?? ['password', 'publickey'], { label: 'SSH authentication' }),
      param('ssh.port', 'integer', { label: 'SSH port' }),
      b('activate', { label: 'Activate after install' }),
      b('reboot', { label: 'Reboot after install' }),
      b('deploy_hosted_engine'),
      b('undeploy_hosted_engine'),
    ],
    iscsidiscover: [s('iscsi.address', { required: true, label: 'Target address' }), param('iscsi.port', 'integer', { label: 'Port' }), s('iscsi.username', { label: 'User' }), s('iscsi.password', { secret: true, label: 'Password' })],
    iscsilogin: [s('iscsi.address', { required: true, label: 'Target address' }), s('iscsi.target', { required: true, label: 'Target' }), param('iscsi.port', 'integer'), s('iscsi.username'), s('iscsi.password', { secret: true })],
    approve: [ref('cluster', 'cluster'), b('activate')],
    commitnetconfig: [],
    refresh: [],
    upgrade: [b('reboot'), s('image')],
    upgradecheck: [],
    enrollcertificate: [],
    forceselectspm: [],
  },
  storage_domain: {
    activate: [],
    deactivate: [b('force')],
    refreshluns: [],
    updateovfstore: [],
    isattached: [ref('host', 'host', { required: true })],
  },
  data_center: { cleanfinishedtasks: [], setmaster: [ref('storage_domain', 'storage_domain', { required: true })] },
  cluster: {
    resetemulatedmachine: [],
    syncallnetworks: [],
    upgrade: [en('upgrade_action', ENUMS.cluster_upgrade_action ?? ['start', 'finish', 'update_progress'], { required: true })],
  },
  template: { export: [ref('storage_domain', 'storage_domain', { label: 'Export domain' }), b('exclusive', { label: 'Overwrite existing' })] },
  disk: {
    move: [ref('storage_domain', 'storage_domain', { required: true, label: 'Target storage domain' })],
    copy: [ref('storage_domain', 'storage_domain', { required: true, label: 'Target storage domain' }), s('disk.name', { label: 'New alias' })],
    sparsify: [],
    refreshlun: [ref('host', 'host', { required: true })],
  },
  events: { undelete: [] },
};
BUILTIN.attached_storage_domain = BUILTIN.storage_domain;

function fromCode(name: string, code: string, mandatory: boolean): ActionParam {
  const list = code.endsWith('[]');
  const base = list ? code.slice(0, -2) : code;
  const prim: Record<string, ParamType> = { s: 'string', i: 'integer', d: 'decimal', b: 'boolean', t: 'date' };
  const extra: Partial<ActionParam> = { required: mandatory, ...(list ? { list } : {}), ...(ADVANCED.has(name) ? { advanced: true } : {}) };
  if (prim[base]) return param(name, prim[base], extra);
  if (base.startsWith('#')) return param(name, 'enum', { ...extra, values: ENUMS[base.slice(1)] ?? [] });
  return param(name, 'struct', { ...extra, refType: base });
}

/** Action catalogue: descriptions by `kind/action` key (underscores ignored). */
export class ActionCatalog {
  private readonly entries = new Map<string, ActionParam[]>();
  constructor(readonly source: 'engine' | 'model' | 'builtin') {}

  static key(kind: string, action: string): string {
    return `${kind.toLowerCase().replace(/_/g, '')}/${actionKey(action)}`;
  }

  set(kind: string, action: string, params: ActionParam[]): void {
    this.entries.set(ActionCatalog.key(kind, action), params);
  }

  get(kind: string, action: string): ActionParam[] | undefined {
    return this.entries.get(ActionCatalog.key(kind, action));
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Catalogue from a model document (the engine's `/ovirt-engine/api/model.json`, shaped like
 * the generated table's source: `services[].methods[]` with `kind: "action"`). */
export function catalogFromModel(model: unknown): ActionCatalog {
  const cat = new ActionCatalog('engine');
  const m = model as { services?: { name: string; methods?: { name: string; kind?: string; parameters?: { name: string; type: string; list?: boolean; in?: boolean; mandatory?: boolean }[] }[] }[]; types?: { name: string; kind: string; values?: string[] }[] };
  const kinds = new Map((m.types ?? []).map((t) => [t.name, t]));
  for (const svc of m.services ?? []) {
    for (const meth of svc.methods ?? []) {
      if (meth.kind !== 'action') continue;
      const params = (meth.parameters ?? [])
        .filter((p) => p.in !== false)
        .map((p) => {
          const t = kinds.get(p.type);
          const code = ({ string: 's', integer: 'i', decimal: 'd', boolean: 'b', date: 't' } as Record<string, string>)[p.type] ?? (t?.kind === 'enum' ? `#${p.type}` : p.type);
          const prm = fromCode(p.name, p.list ? `${code}[]` : code, !!p.mandatory);
          if (t?.kind === 'enum' && t.values) prm.values = t.values;
          return prm;
        });
      cat.set(svc.name, meth.name, params);
    }
  }
  return cat;
}

const XS: Record<string, ParamType> = { 'xs:string': 'string', 'xs:boolean': 'boolean', 'xs:int': 'integer', 'xs:long': 'integer', 'xs:short': 'integer', 'xs:double': 'decimal', 'xs:decimal': 'decimal', 'xs:dateTime': 'date' };

/** Catalogue from a v3 RSDL document (`/api?rsdl`): POST links ending in an action name. */
export function catalogFromRsdl(xml: string): ActionCatalog {
  const cat = new ActionCatalog('engine');
  const { node } = parseXmlTree(xml);
  const links = isObject(node) && isObject(node.links) ? toArray(node.links.link) : [];
  for (const l of links) {
    if (!isObject(l)) continue;
    const href = text(l.href) ?? '';
    const rel = text(l.rel) ?? '';
    const req = isObject(l.request) ? l.request : undefined;
    if (!req || text(req.http_method) !== 'POST') continue;
    const m = /\{([a-z_]+):id\}\/([a-z_]+)$/i.exec(href);
    if (!m || m[2] !== rel) continue;
    const body = isObject(req.body) ? req.body : undefined;
    if (text(body?.type) !== 'Action') continue;
    const params: ActionParam[] = [];
    const seen = new Set<string>();
    for (const set of toArray(body?.parameters_set as Tree)) {
      if (!isObject(set)) continue;
      for (const p of toArray(set.parameter)) {
        if (!isObject(p)) continue;
        let name = (text(p.name) ?? '').replace(/^action\./, '');
        const refMatch = /^(.+)\.id(\|name)?$/.exec(name);
        if (refMatch) name = refMatch[1];
        if (!name || seen.has(name)) continue;
        seen.add(name);
        const type = text(p.type) ?? 'xs:string';
        if (refMatch) {
          const refType = name.split('.').pop()!;
          params.push(param(name, 'reference', { refType, required: text(p.required) === 'true' }));
          continue;
        }
        params.push(
          param(name, XS[type] ?? (type === 'collection' ? 'struct' : 'string'), {
            required: text(p.required) === 'true',
            ...(type === 'collection' ? { list: true } : {}),
            ...(ADVANCED.has(name) ? { advanced: true } : {}),
            ...(/password/i.test(name) ? { secret: true } : {}),
          }),
        );
      }
    }
    cat.set(m[1], m[2], params);
  }
  return cat;
}

/** Parameters of an action from the built-in knowledge (curated table, then the generated model). */
/** Curated parameters first; the other source's parameters they do not cover follow
 * (as advanced unless required). */
function merge(curated: ActionParam[], other: ActionParam[]): ActionParam[] {
  const covered = new Set(curated.map((p) => p.path.split('.')[0]));
  const extra = other.filter((p) => !covered.has(p.path.split('.')[0])).map((p) => (p.required ? p : { ...p, advanced: true }));
  return [...curated, ...extra];
}

function modelParams(kind: string, key: string): ActionParam[] | undefined {
  const svc = ACTIONS[kind];
  const modelName = svc ? Object.keys(svc).find((n) => actionKey(n) === key) : undefined;
  return modelName ? svc[modelName].map(([n, c, m]) => fromCode(n, c, m === 1)) : undefined;
}

/** Parameters of an action from the built-in knowledge (curated table, then the generated model). */
export function builtinActionParams(kind: string, action: string): ActionDescription | undefined {
  const key = actionKey(action);
  const curated = BUILTIN[kind]?.[key];
  const model = modelParams(kind, key);
  if (curated) return { kind, action: key, params: merge(curated, model ?? []), source: 'builtin' };
  if (model) return { kind, action: key, params: model, source: 'model' };
  return undefined;
}

/** Describes an action: the engine's self-description when given (refined by the curated
 * table where it has one), else built-in knowledge. */
export function describeAction(kind: string, action: string, engine?: ActionCatalog): ActionDescription | undefined {
  const own = engine?.get(kind, action) ?? (kind === 'storage_domain' ? engine?.get('attached_storage_domain', action) : undefined);
  if (own) {
    const key = actionKey(action);
    const curated = BUILTIN[kind]?.[key];
    return { kind, action: key, params: curated ? merge(curated, own) : own, source: engine!.source };
  }
  return builtinActionParams(kind, action);
}

/** Builds the action body from form values keyed by param path (`ticket.expiry` → `{ticket: {expiry}}`). */
export function actionBody(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, v] of Object.entries(values)) {
    if (v === undefined || v === '' || v === null) continue;
    const parts = path.split('.');
    let cur = out;
    for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Record<string, unknown>;
    cur[parts[parts.length - 1]] = v;
  }
  return out;
}

/** Loads the engine's self-description: v4 `model.json`, v3 `?rsdl`. Undefined when unavailable. */
export async function loadEngineCatalog(
  fetchText: (href: string) => Promise<{ text: string; contentType: string }>,
  apiBase: string,
  apiVersion: 3 | 4,
): Promise<ActionCatalog | undefined> {
  try {
    if (apiVersion === 4) {
      const r = await fetchText(`${apiBase}/model.json`);
      const cat = catalogFromModel(JSON.parse(r.text));
      return cat.size ? cat : undefined;
    }
    const r = await fetchText(`${apiBase}?rsdl`);
    const cat = catalogFromRsdl(r.text);
    return cat.size ? cat : undefined;
  } catch {
    return undefined;
  }
}
