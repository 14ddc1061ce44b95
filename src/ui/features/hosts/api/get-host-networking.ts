import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { pollInterval } from '../../../app/polling.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { isReference } from '../../../lib/fields.ts';
import { readAttachment, readNetwork, readNic, type AttachmentView, type HostNicView, type NetworkInfo } from '../network-setup.ts';

export interface HostNetworking {
  nics: HostNicView[];
  attachments: AttachmentView[];
  /** The logical networks of the host's cluster (what may be attached). */
  networks: NetworkInfo[];
}

/** The host's NICs and network attachments and its cluster's networks, followed from its links. */
export async function getHostNetworking(client: UiApi, host: Resource, signal?: AbortSignal): Promise<HostNetworking> {
  const cluster = host.fields.cluster;
  const [nics, attachments, networks] = await Promise.all([
    host.links.nics ? client.list(host.links.nics, {}, signal) : undefined,
    host.links.networkattachments ? client.list(host.links.networkattachments, {}, signal) : undefined,
    isReference(cluster)
      ? client.get(cluster.href, signal).then((c) => (c.links.networks ? client.list(c.links.networks, {}, signal) : undefined))
      : undefined,
  ]);
  return {
    nics: (nics?.items ?? []).map(readNic),
    attachments: (attachments?.items ?? []).map(readAttachment).filter((a): a is AttachmentView => !!a),
    networks: (networks?.items ?? []).map(readNetwork),
  };
}

// Keyed under the host's href so anything run on the host (setupnetworks) refreshes it.
export const hostNetworkingQueryOptions = (host: Resource) =>
  queryOptions({
    queryKey: ['api', 'host-networking', host.href ?? '', host.fields.cluster && isReference(host.fields.cluster) ? host.fields.cluster.href : ''] as const,
    queryFn: (ctx) => getHostNetworking(apiForQuery(ctx), host, ctx.signal),
  });

/**
 * A host's network layout, refreshed like lists are.
 * @example
 * const { data } = useHostNetworking(host);
 * data?.nics.filter((n) => n.bond);
 */
export function useHostNetworking(host: Resource, options: { poll?: boolean } = {}) {
  return useQuery({
    ...hostNetworkingQueryOptions(host),
    enabled: !!host.href,
    refetchInterval: options.poll === false ? false : () => pollInterval(),
  });
}
