// What a feature area can add to the generic pages without touching them: wizards that
// replace the generic create form, dialogs that replace an action's generic parameter form,
// operations composed in the UI (several requests behind one button), panels on the General
// tab and whole tabs. Keyed by the item kind the engine reports (`vm`, `host`, `nic`, ...).
// Components should be `React.lazy` so an area's code loads only when its page is opened.
import type { ComponentType } from 'react';
import type { Resource } from '../../../api/resource.ts';

export interface CreateDialogProps {
  /** The collection to POST to (`…/vms`, `…/vms/1/nics`). */
  collectionHref: string;
  /** The object whose sub-collection this is; absent for top-level collections. */
  parent?: Resource;
  onClose: () => void;
}

export interface ActionDialogProps {
  resource: Resource;
  /** The engine action's name (`migrate`) or an extra action's id. */
  action: string;
  label: string;
  onClose: () => void;
  /** After the engine accepted the request (starts the fast-forward refetch). */
  onDone: () => void;
}

export interface PanelProps {
  resource: Resource;
}

export interface TabProps {
  resource: Resource;
  rel: string;
  /** The sub-collection's href. */
  href: string;
}

export interface ExtraAction {
  id: string;
  label: string;
  dialog: ComponentType<ActionDialogProps>;
  /** Hidden when false; enabled otherwise. Defaults to shown. */
  shown?: (resource: Resource) => boolean;
  /** A toolbar button rather than an entry of the overflow menu. */
  primary?: boolean;
}

export interface ExtraTab {
  key: string;
  title: string;
  component: ComponentType<PanelProps>;
  shown?: (resource: Resource) => boolean;
}

export interface KindExtension {
  /** Replaces the generic create form for items of this kind, top-level and in sub-collections. */
  create?: { label?: string; dialog: ComponentType<CreateDialogProps> };
  /** Engine action name → a dialog replacing the generic parameter form. */
  actionDialogs?: Record<string, ComponentType<ActionDialogProps>>;
  extraActions?: ExtraAction[];
  /** Shown on the General tab above the properties. */
  panels?: ComponentType<PanelProps>[];
  /** Sub-collection rel → replaces the generic list in that tab. */
  tabs?: Record<string, ComponentType<TabProps>>;
  extraTabs?: ExtraTab[];
}

export type Extensions = Record<string, KindExtension>;
