// Every app route but `/` and `/login` names an engine href: this decides whether it is a
// collection or a single resource (from the API model's services, or the path's shape when
// the model does not know the path) and shows the matching page.
// Collections get a "New" button in their page header when their item type has a form or a
// registered wizard; a sub-collection's wizard gets the parent object too.
import { useLocation } from 'react-router';
import { resolvePath } from '../../../api/model-types.ts';
import { routeSegments, routeTarget, routeToHref } from '../../app/routes.ts';
import { useApiBase } from '../../components/api-base-context.ts';
import { CollectionPage } from '../collections/collection-page.tsx';
import { CreateButton } from '../forms/create-button.tsx';
import { useResource } from './api/get-resource.ts';
import { extensionFor } from './extension-registry.ts';
import { ResourcePage } from './resource-page.tsx';

export function ApiRoutePage() {
  const { pathname } = useLocation();
  const apiBase = useApiBase();
  const href = routeToHref(pathname, apiBase);
  const segments = routeSegments(pathname);
  const info = resolvePath(segments);
  const target = routeTarget(pathname);
  const isCollection = info ? info.collection : target.type === 'collection';
  if (isCollection) {
    const rel = segments[segments.length - 1];
    const topLevel = segments.length === 1;
    const create = topLevel ? (
      <CreateButton key={href} collectionHref={href} kind={info?.type} />
    ) : extensionFor(info?.type).create ? (
      <SubCollectionCreate key={href} collectionHref={href} kind={info?.type} />
    ) : undefined;
    return <CollectionPage key={href} href={href} routePath={pathname} rel={rel} itemKind={info?.type} topLevel={topLevel} actions={create} />;
  }
  return <ResourcePage key={href} href={href} routePath={pathname} />;
}

function SubCollectionCreate({ collectionHref, kind }: { collectionHref: string; kind: string | undefined }) {
  const { data: parent } = useResource(collectionHref.slice(0, collectionHref.lastIndexOf('/')));
  return parent ? <CreateButton collectionHref={collectionHref} kind={kind} parent={parent} /> : null;
}
