import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { InputFields } from '../../../../api/write.ts';
import { api } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { statusOf } from '../../../lib/fields.ts';
import { attachStorageDomain } from './attach-storage-domain.ts';

export type ProvisionStep = 'create' | 'prepare' | 'attach';

export interface ProvisionRequest {
  /** The storage domains collection to POST to. */
  collectionHref: string;
  body: InputFields;
  /** The chosen data center's `storagedomains` link; absent to leave the domain unattached. */
  attachTo?: string;
  /** Told when each step starts, so the wizard can show where it is. */
  onStep?: (step: ProvisionStep) => void;
  /** How long to wait between looks at a domain the engine still prepares (ms). */
  pollMs?: number;
  /** How long to wait for it at most (ms). */
  prepareTimeoutMs?: number;
}

export interface ProvisionResult {
  domain: Resource;
  attached?: Resource;
  /** Set when the domain was created but the attach failed: the domain exists, unattached. */
  attachError?: unknown;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Creates (or imports) a storage domain, waits while the engine writes its metadata (the
 * domain is `locked`, and a locked domain cannot be attached), then attaches it to a data
 * center if asked.
 */
export async function provisionStorageDomain({ collectionHref, body, attachTo, onStep, pollMs = 1000, prepareTimeoutMs = 120_000 }: ProvisionRequest): Promise<ProvisionResult> {
  onStep?.('create');
  let domain = await api().create(collectionHref, 'storage_domain', body);
  if (statusOf(domain) === 'locked' && domain.href) {
    onStep?.('prepare');
    const until = Date.now() + prepareTimeoutMs;
    while (statusOf(domain) === 'locked' && Date.now() < until) {
      await sleep(pollMs);
      domain = await api().get(domain.href!);
    }
  }
  if (!attachTo || !domain.id) return { domain };
  onStep?.('attach');
  try {
    const attached = await attachStorageDomain({ attachedHref: attachTo, storageDomainId: domain.id });
    return { domain, attached };
  } catch (attachError) {
    return { domain, attachError };
  }
}

/**
 * @example
 * const provision = useProvisionStorageDomain();
 * provision.mutate({ collectionHref, body: domainBody(answers), attachTo: dc.links.storagedomains, onStep: setStep });
 */
export function useProvisionStorageDomain() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: provisionStorageDomain,
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.api }),
  });
}
