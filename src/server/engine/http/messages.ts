/**
 * The fault texts this server writes, in English and French (Accept-Language). Engine texts are
 * reproduced where clients or admins know them ("Vm [name] required for add"); the rest follow
 * the engine's "Cannot <verb> <entity>. <reason>" pattern.
 */
import type { Lang } from './request-params.ts';

const catalogue = {
  'reason.operation_failed': { en: 'Operation Failed', fr: "Échec de l'opération" },
  'reason.incomplete': { en: 'Incomplete parameters', fr: 'Paramètres incomplets' },
  'reason.invalid_value': { en: 'Invalid value', fr: 'Valeur non valide' },
  'reason.bad_request': { en: 'Bad Request', fr: 'Requête incorrecte' },
  'reason.too_large': { en: 'Request Entity Too Large', fr: 'Requête trop volumineuse' },
  'reason.not_supported': { en: 'Operation not supported', fr: 'Opération non prise en charge' },
  'reason.server_error': { en: 'Internal server error', fr: 'Erreur interne du serveur' },
  'detail.required': { en: '{type} {fields} required for {op}', fr: '{type} {fields} requis pour {op}' },
  'detail.invalid_value': {
    en: "'{value}' is not a valid value for '{name}'",
    fr: "'{value}' n'est pas une valeur valide pour '{name}'",
  },
  'detail.search_unsupported': {
    en: 'search not supported yet: {query}',
    fr: 'recherche pas encore prise en charge : {query}',
  },
  'detail.not_authorized': {
    en: '[User is not authorized to perform this action.]',
    fr: "[L'utilisateur n'est pas autorisé à effectuer cette action.]",
  },
  'detail.not_found_ref': {
    en: 'Entity not found: {type}: {key}={value}',
    fr: 'Entité introuvable : {type} : {key}={value}',
  },
  'detail.name_in_use': {
    en: '[Cannot {verb} {entity}. The name {name} is already in use, please choose a unique name and try again.]',
    fr: '[Impossible de {verb} {entity}. Le nom {name} est déjà utilisé, choisissez un nom unique et réessayez.]',
  },
  'detail.status_refused': {
    en: '[Cannot {verb} {entity}. {entity} status is {status}.]',
    fr: "[Impossible de {verb} {entity}. L'état de {entity} est {status}.]",
  },
  'detail.role_read_only': {
    en: '[Cannot {verb} Permit. The Role is read-only.]',
    fr: '[Impossible de {verb} Permit. Le rôle est en lecture seule.]',
  },
  'detail.vm_running': { en: '[Cannot {verb} {entity}. VM is running.]', fr: "[Impossible de {verb} {entity}. La VM est en cours d'exécution.]" },
  'detail.vm_not_running': { en: '[Cannot {verb} {entity}. VM is not running.]', fr: "[Impossible de {verb} {entity}. La VM n'est pas en cours d'exécution.]" },
  'detail.vm_locked': {
    en: '[Cannot {verb} {entity}. VM is locked. Please try again in a few minutes.]',
    fr: '[Impossible de {verb} {entity}. La VM est verrouillée. Réessayez dans quelques minutes.]',
  },
  'detail.no_host': {
    en: '[Cannot {verb} {entity}. There are no available running Hosts in the Cluster.]',
    fr: "[Impossible de {verb} {entity}. Aucun hôte en fonctionnement n'est disponible dans le cluster.]",
  },
  'detail.host_in_maintenance': {
    en: '[Cannot {verb} {entity}. Host is already in Maintenance mode.]',
    fr: "[Impossible de {verb} {entity}. L'hôte est déjà en mode maintenance.]",
  },
  'detail.host_status': {
    en: '[Cannot {verb} {entity}. The operation requires the Host to be in one of these statuses: {statuses}. Current status: {status}.]',
    fr: "[Impossible de {verb} {entity}. L'opération exige l'un de ces états de l'hôte : {statuses}. État actuel : {status}.]",
  },
  'detail.body_too_large': {
    en: 'The request body is larger than {limit} bytes',
    fr: 'Le corps de la requête dépasse {limit} octets',
  },
  'detail.not_supported': {
    en: 'The {op} operation is not supported on {path}',
    fr: "L'opération {op} n'est pas prise en charge sur {path}",
  },
  'detail.bad_url': { en: 'The request URL cannot be decoded ({message}); encode it as UTF-8 with valid percent escapes', fr: "L'URL de la requête ne peut pas être décodée ({message}) ; encodez-la en UTF-8 avec des échappements % valides" },
  'detail.unexpected': { en: 'Unexpected error: {message}', fr: 'Erreur inattendue : {message}' },
  'detail.version': { en: 'API version {version} is not supported', fr: "La version {version} de l'API n'est pas prise en charge" },
  'verb.add': { en: 'add', fr: 'ajouter' },
  'verb.update': { en: 'update', fr: 'modifier' },
  'verb.remove': { en: 'remove', fr: 'supprimer' },
  'verb.start': { en: 'run', fr: 'démarrer' },
  'verb.stop': { en: 'stop', fr: 'arrêter' },
  'verb.shutdown': { en: 'shutdown', fr: 'éteindre' },
  'verb.activate': { en: 'activate', fr: 'activer' },
  'verb.deactivate': { en: 'switch to Maintenance mode', fr: 'passer en mode maintenance' },
  'verb.approve': { en: 'approve', fr: 'approuver' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof catalogue;

/** A message not yet rendered: rendering waits for the caller's language. */
export interface Msg {
  key: MessageKey;
  args?: Record<string, string | number>;
}

export const msg = (key: MessageKey, args?: Msg['args']): Msg => ({ key, args });

export function render(m: Msg, lang: Lang): string {
  return catalogue[m.key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = m.args?.[name];
    if (v === undefined) return whole;
    // `@verb.add` style arguments are catalogue entries themselves, rendered in the same language.
    const nested = typeof v === 'string' && v.startsWith('@') ? v.slice(1) : undefined;
    return nested && nested in catalogue ? catalogue[nested as MessageKey][lang] : String(v);
  });
}

/** A message argument naming the verb of an operation, rendered in the caller's language. */
export function verbArg(operation: string): string {
  const key = `verb.${operation}`;
  return key in catalogue ? `@${key}` : operation.replace(/_/g, ' ');
}

const LABELS: Record<string, string> = {
  vm: 'VM',
  host: 'Host',
  data_center: 'Data Center',
  cluster: 'Cluster',
  network: 'Network',
  storage_domain: 'Storage Domain',
  template: 'Template',
  vnic_profile: 'VNIC Profile',
  nic: 'Interface',
  disk: 'Disk',
};

/** How the engine names a kind of object in its messages ("Cannot run VM"). */
export function entityLabel(type: string): string {
  return LABELS[type] ?? type.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
