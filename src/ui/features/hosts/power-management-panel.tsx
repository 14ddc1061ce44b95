// The host's power management at a glance on its General tab: enabled or not, its fence
// agents (from the `fenceagents` link), and the way to edit them.
import { Button, Card, CardBody, CardHeader, CardTitle, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Label } from '@patternfly/react-core';
import { useState } from 'react';
import { useCollection } from '../collections/api/get-collection.ts';
import type { PanelProps } from '../resources/extension-types.ts';
import { pmEnabled, readAgent } from './power-management.ts';
import { PowerManagementDialog } from './power-management-dialog.tsx';

export function PowerManagementPanel({ resource }: PanelProps) {
  const agents = useCollection(resource.links.fenceagents, {});
  const [editing, setEditing] = useState(false);
  const enabled = pmEnabled(resource);
  const list = (agents.data?.items ?? []).map(readAgent).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const canEdit = !!resource.href && !!resource.links.fenceagents;

  return (
    <Card isCompact data-testid="power-management-panel" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
      <CardHeader
        actions={{
          actions: canEdit ? (
            <Button variant="secondary" size="sm" onClick={() => setEditing(true)} data-testid="edit-power-management">
              Edit power management
            </Button>
          ) : null,
          hasNoOffset: true,
        }}
      >
        <CardTitle>Power management</CardTitle>
      </CardHeader>
      <CardBody>
        <DescriptionList isHorizontal isCompact>
          <DescriptionListGroup>
            <DescriptionListTerm>Status</DescriptionListTerm>
            <DescriptionListDescription>
              <Label color={enabled ? 'green' : 'grey'} isCompact data-testid="pm-enabled">
                {enabled ? 'Enabled' : 'Disabled'}
              </Label>
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>Agents</DescriptionListTerm>
            <DescriptionListDescription data-testid="pm-agents">
              {agents.isPending ? 'Loading…' : list.length === 0 ? 'None configured' : list.map((a) => `${a.type} at ${a.address}${a.port ? `:${a.port}` : ''} as ${a.username}`).join('; ')}
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </CardBody>
      {editing && <PowerManagementDialog host={resource} agent={list[0]} onClose={() => setEditing(false)} />}
    </Card>
  );
}
