// Every app route but `/` and `/login` names an engine href: this decides whether it is a
// collection or a single resource (from the API model's services, or the path's shape when
// the model does not know the path) and shows the matching page.
// Top-level collections of types with a form get a "New" button in their page header.
import { useLocation } from 'react-router';
import { resolvePath } from '../../../api/model-types.ts';
import { routeSegments, routeTarget, routeToHref } from '../../app/routes.ts';
import { useApiBase } from '../../components/api-base-context.ts';
import { CollectionPage } from '../collections/collection-page.tsx';
import { CreateButton } from '../forms/create-button.tsx';
import { hasEntityForm } from '../forms/entity-fields.ts';
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
    const create = segments.length === 1 && hasEntityForm(info?.type) ? <CreateButton key={href} collectionHref={href} kind={info?.type} /> : undefined;
    return <CollectionPage key={href} href={href} routePath={pathname} rel={rel} itemKind={info?.type} topLevel={segments.length === 1} actions={create} />;
  }
  return <ResourcePage key={href} href={href} routePath={pathname} />;
}
