// On a bookmark's page: where it leads, with a link that opens the search, and Remove (the
// generic page offers no removal for bookmarks).
import { Alert, Button, Card, CardBody, Flex, FlexItem } from '@patternfly/react-core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Resource } from '../../../../api/resource.ts';
import { useRouteOf } from '../../../components/api-base-context.ts';
import { ConfirmRemove } from '../../../components/confirm-remove.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useRemoveResource } from '../../forms/api/remove-resource.ts';
import type { PanelProps } from '../../resources/extension-types.ts';
import { bookmarkRoute, bookmarkTarget } from './bookmark-route.ts';

export function BookmarkPanel({ resource }: PanelProps) {
  const { data: entry } = useEntryPoint();
  const routeOf = useRouteOf();
  const [removing, setRemoving] = useState(false);
  const value = String(resource.fields.value ?? '');
  const target = bookmarkTarget(value);
  const collection = target ? routeOf(entry?.links[target.rel]) : null;
  return (
    <Card isCompact isPlain style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
      <CardBody>
        {(!target || !collection) && <Alert variant="warning" isInline isPlain title={`This bookmark's search (“${value}”) names no collection this engine lists.`} />}
        <Flex gap={{ default: 'gapSm' }}>
          {target && collection && (
            <FlexItem>
              <Button variant="secondary" component={(p: object) => <Link {...p} to={bookmarkRoute(collection, target.search)} />} data-testid="open-bookmark">
                Open search
              </Button>
            </FlexItem>
          )}
          <FlexItem>
            <Button variant="secondary" isDanger onClick={() => setRemoving(true)} data-testid="remove-bookmark">
              Remove bookmark
            </Button>
          </FlexItem>
        </Flex>
      </CardBody>
      {removing && <RemoveBookmarkDialog bookmark={resource} onClose={() => setRemoving(false)} />}
    </Card>
  );
}

function RemoveBookmarkDialog({ bookmark, onClose }: { bookmark: Resource; onClose: () => void }) {
  const remove = useRemoveResource();
  const toast = useToast();
  const navigate = useNavigate();
  const routeOf = useRouteOf();
  const { data: entry } = useEntryPoint();
  const name = String(bookmark.fields.name ?? bookmark.id);
  const confirm = () => {
    if (!bookmark.href) return;
    remove.mutate(
      { href: bookmark.href },
      {
        onSuccess: () => {
          toast({ variant: 'success', title: `Bookmark ${name} removed` });
          onClose();
          navigate(routeOf(entry?.links.bookmarks) ?? '/');
        },
      },
    );
  };
  return (
    <ConfirmRemove id="remove-bookmark" title={`Remove bookmark ${name}`} error={remove.error} busy={remove.isPending} onConfirm={confirm} onClose={onClose}>
      The saved search <code className="vantage-mono">{String(bookmark.fields.value ?? '')}</code> leaves the navigation.
    </ConfirmRemove>
  );
}
