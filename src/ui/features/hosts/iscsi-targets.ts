// Reading an iSCSI discovery answer: the deprecated `iscsidiscover` lists target names
// (`iscsi_targets`), `discoveriscsi` lists details (`discovered_targets`); both read the same.
import type { ActionResult } from '../../../api/resource.ts';
import { isStructure } from '../../lib/fields.ts';

/** Target names from either answer: `iscsi_targets` (strings) or `discovered_targets` (details). */
export function targetsOf(result: ActionResult): string[] {
  const f = result.resource?.fields ?? {};
  const plain = f.iscsi_targets;
  if (Array.isArray(plain)) return plain.filter((t): t is string => typeof t === 'string');
  const detailed = f.discovered_targets;
  if (Array.isArray(detailed)) return detailed.filter(isStructure).map((d) => d.fields.target).filter((t): t is string => typeof t === 'string');
  return [];
}
