// What will be sent, in the administrator's words, before anything is created.
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from '@patternfly/react-core';
import type { Resource } from '../../../../api/resource.ts';
import { displayName } from '../../../lib/fields.ts';
import { humanize } from '../../../lib/titles.ts';
import { parseNfsExport } from '../nfs-export.ts';
import type { DomainAnswers } from './domain-request.ts';

export function ReviewStep({ answers, host, dataCenter }: { answers: DomainAnswers; host?: Resource; dataCenter?: Resource }) {
  const nfs = parseNfsExport(answers.nfsExport);
  const rows: [string, string][] = [
    ['Operation', answers.mode === 'import' ? 'Import an existing domain' : 'Create a new domain'],
    ['Name', answers.name.trim()],
    ...(answers.description.trim() ? ([['Description', answers.description.trim()]] as [string, string][]) : []),
    ['Domain function', humanize(answers.domainFunction)],
    ['Storage type', humanize(answers.storageType)],
    ['Host', host ? displayName(host) : answers.hostId],
    ...(answers.storageType === 'nfs'
      ? ([
          ['Server', nfs.ok ? nfs.value.address : answers.nfsExport],
          ['Path', nfs.ok ? nfs.value.path : ''],
          ['NFS version', answers.nfsVersion === 'auto' ? 'Auto negotiate' : answers.nfsVersion.replace('_', '.').toUpperCase()],
        ] as [string, string][])
      : ([
          ['Target', `${answers.iscsiTarget} on ${answers.iscsiAddress}:${answers.iscsiPort}`],
          ['LUNs', answers.lunIds.join(', ')],
        ] as [string, string][])),
    ['Data center', dataCenter ? `${displayName(dataCenter)} (attach and activate)` : 'None: stays unattached'],
  ];
  return (
    <DescriptionList isHorizontal isCompact data-testid="sd-review">
      {rows.map(([term, value]) => (
        <DescriptionListGroup key={term}>
          <DescriptionListTerm>{term}</DescriptionListTerm>
          <DescriptionListDescription>{value}</DescriptionListDescription>
        </DescriptionListGroup>
      ))}
    </DescriptionList>
  );
}
