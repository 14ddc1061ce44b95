// Migrations requested from this browser tab, by VM href, so the VM's status panel can follow
// one to its end after the dialog has closed (the page stays usable meanwhile).
import { useSyncExternalStore } from 'react';

export interface MigrationWatch {
  fromHostId?: string;
  /** The chosen host's name; absent when the scheduler picks. */
  toName?: string;
  /** Set once the VM was seen `migrating`, to tell a failure from "not started yet". */
  seenMigrating: boolean;
}

const watches = new Map<string, MigrationWatch>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function watchMigration(vmHref: string, w: Omit<MigrationWatch, 'seenMigrating'>): void {
  watches.set(vmHref, { ...w, seenMigrating: false });
  notify();
}

export function markMigrating(vmHref: string): void {
  const w = watches.get(vmHref);
  if (w && !w.seenMigrating) {
    watches.set(vmHref, { ...w, seenMigrating: true });
    notify();
  }
}

export function endWatch(vmHref: string): void {
  if (watches.delete(vmHref)) notify();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useMigrationWatch(vmHref: string | undefined): MigrationWatch | undefined {
  return useSyncExternalStore(subscribe, () => (vmHref ? watches.get(vmHref) : undefined));
}
