import { useMutation } from '@tanstack/react-query';
import type { Structure } from '../../../../api/resource.ts';
import { api } from '../../../app/api-client.ts';
import { unwrapList } from '../../../lib/fields.ts';

export interface DiscoverRequest {
  hostHref: string;
  address: string;
  port: number;
}

/** Target names a host's `iscsidiscover` found (`discovered_targets`, or the older `iscsi_targets`). */
export function targetsOf(result: Structure | undefined): string[] {
  if (!result) return [];
  const out: string[] = [];
  const discovered = unwrapList(result.fields.discovered_targets);
  if (Array.isArray(discovered)) {
    for (const t of discovered) if (t && typeof t === 'object' && !Array.isArray(t) && typeof t.fields.target === 'string') out.push(t.fields.target);
  }
  const names = unwrapList(result.fields.iscsi_targets);
  if (Array.isArray(names)) for (const n of names) if (typeof n === 'string' && !out.includes(n)) out.push(n);
  return out;
}

export async function discoverIscsi({ hostHref, address, port }: DiscoverRequest): Promise<string[]> {
  const result = await api().action(hostHref, 'iscsidiscover', { iscsi: { address, port } });
  return targetsOf(result.resource);
}

/**
 * Asks a host which iSCSI targets a portal offers.
 * @example
 * const discover = useDiscoverIscsi();
 * discover.mutate({ hostHref: host.href, address: '10.0.0.5', port: 3260 });
 */
export function useDiscoverIscsi() {
  return useMutation({ mutationFn: discoverIscsi });
}
