// What this area adds to the generic collection and detail pages (see
// ../resources/extension-types.ts). Components are lazy so they load with their page.
import { lazy } from 'react';
import type { Extensions, ExtraAction, KindExtension } from '../resources/extension-types.ts';

const AddUserDialog = lazy(() => import('./principals/add-principal-dialog.tsx').then((m) => ({ default: m.AddUserDialog })));
const AddGroupDialog = lazy(() => import('./principals/add-principal-dialog.tsx').then((m) => ({ default: m.AddGroupDialog })));
const CreateRoleDialog = lazy(() => import('./permits/create-role-dialog.tsx').then((m) => ({ default: m.CreateRoleDialog })));
const RolePermitsTab = lazy(() => import('./permits/role-permits-tab.tsx').then((m) => ({ default: m.RolePermitsTab })));
const AddPermissionDialog = lazy(() => import('./permissions/add-permission-dialog.tsx').then((m) => ({ default: m.AddPermissionDialog })));
const PermissionsTab = lazy(() => import('./permissions/permissions-tab.tsx').then((m) => ({ default: m.PermissionsTab })));
const NewTagDialog = lazy(() => import('./tags/new-tag-dialog.tsx').then((m) => ({ default: m.NewTagDialog })));
const TagTreePanel = lazy(() => import('./tags/tag-tree-panel.tsx').then((m) => ({ default: m.TagTreePanel })));
const ObjectTagsDialog = lazy(() => import('./tags/object-tags-dialog.tsx').then((m) => ({ default: m.ObjectTagsDialog })));
const BookmarkPanel = lazy(() => import('./bookmarks/bookmark-panel.tsx').then((m) => ({ default: m.BookmarkPanel })));

const tagsAction: ExtraAction = { id: 'tags', label: 'Tags', dialog: ObjectTagsDialog, shown: (r) => !!r.links.tags };

/** Objects whose Permissions tab lists holders with a Remove per row (users and groups keep
 * the generic list: their permissions are on other objects). */
const WITH_PERMISSIONS = ['vm', 'host', 'cluster', 'data_center', 'storage_domain', 'template', 'vm_pool', 'disk', 'network', 'vnic_profile', 'cpu_profile', 'disk_profile', 'mac_pool', 'quota'];

const permissionsTab: KindExtension = { tabs: { permissions: PermissionsTab } };
const taggable = (ext: KindExtension = {}): KindExtension => ({ ...ext, extraActions: [tagsAction] });

export const adminExtensions: Extensions = {
  ...Object.fromEntries(WITH_PERMISSIONS.map((kind) => [kind, permissionsTab])),
  vm: taggable(permissionsTab),
  host: taggable(permissionsTab),
  template: taggable(permissionsTab),
  user: taggable({ create: { label: 'Add user', dialog: AddUserDialog } }),
  group: taggable({ create: { label: 'Add group', dialog: AddGroupDialog } }),
  role: { create: { label: 'New role', dialog: CreateRoleDialog }, tabs: { permits: RolePermitsTab } },
  permission: { create: { label: 'Add permission', dialog: AddPermissionDialog } },
  tag: { create: { label: 'Add tag', dialog: NewTagDialog }, panels: [TagTreePanel] },
  bookmark: { panels: [BookmarkPanel] },
};
