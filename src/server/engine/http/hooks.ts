/**
 * Where other parts of the engine plug into the HTTP layer, per engine instance: the simulator
 * (actions, life cycle of created/removed objects, statistics) and the search engine. Every
 * hook is optional; without one the HTTP layer's own behaviour applies. Hooks that run during
 * a write run inside the request's store transaction: throwing an HttpFault refuses the request
 * and nothing is written.
 */
import type { Doc } from '../store/store.ts';
import type { ActionCtx, ActionResult } from './actions.ts';
import type { SearchArgs } from './search-basic.ts';

export interface HookInfo {
  correlationId: string;
  user: { id: string; name: string };
  /** entity service of the object (`vm`, `attached_storage_domain`, `vm_nic`…) */
  service?: string;
  /** id of the parent entity for objects in sub-collections (the data center of an attached domain, the VM of a NIC) */
  parentId?: string;
  /** entity service of that parent */
  parentService?: string;
}

export interface EngineHooks {
  /** Runs an action instead of the built-in behaviour; `undefined` falls back to it. */
  action?(a: ActionCtx): ActionResult | undefined;
  /** Before an object is stored (after mandatory/reference/name checks); `type` is its model type. */
  checkCreate?(type: string, doc: Record<string, unknown>, info: HookInfo): void;
  /** After an object was stored; may change it (status, locks) and log events. */
  onCreate?(type: string, doc: Doc, info: HookInfo): void;
  /**
   * After onCreate: ids of the background (storage) tasks the creation spawned. Any → the POST
   * answers 202 with `creation_status` and a `<obj>/creation_status/<ids>` link (api-reference §4).
   */
  creationTasks?(type: string, doc: Doc, info: HookInfo): string[] | undefined;
  /** GET `<obj>/creation_status/<ids>`: how those tasks are doing (`doc` is the object now). */
  creationStatus?(taskIds: string[], doc: Doc | undefined): 'pending' | 'in_progress' | 'complete' | 'failed';
  /** Whether those tasks have all ended (`Expect: 201-created` blocks until then). */
  creationDone?(taskIds: string[]): boolean;
  /** Before a DELETE; replaces the built-in state checks when present. */
  checkRemove?(type: string, doc: Doc, info: HookInfo): void;
  onRemove?(type: string, doc: Doc, info: HookInfo): void;
  /** Statistics of a VM, host, NIC or disk; `undefined` falls back to the built-in ones. */
  statistics?(type: string, doc: Doc, info: HookInfo): Doc[] | undefined;
  /** Replaces the stand-in search (`name=<glob>`, free text on the name). */
  search?(s: SearchArgs): Doc[];
  /** Called when the engine closes (stop timers). */
  close?(): void | Promise<void>;
}

export const NO_HOOKS: EngineHooks = {};
