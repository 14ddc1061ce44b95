import { describe, expect, it } from 'vitest';
import { mergeExtensions } from './extension-registry.ts';
import type { ActionDialogProps, PanelProps } from './extension-types.ts';

const PanelA = (_: PanelProps) => null;
const PanelB = (_: PanelProps) => null;
const Migrate = (_: ActionDialogProps) => null;
const Ticket = (_: ActionDialogProps) => null;

describe('mergeExtensions', () => {
  it('keeps both areas’ panels and dialogs for a kind they both extend', () => {
    const merged = mergeExtensions({ vm: { panels: [PanelA], actionDialogs: { migrate: Migrate } } }, { vm: { panels: [PanelB], actionDialogs: { ticket: Ticket } }, host: { panels: [PanelB] } });
    expect(merged.vm.panels).toEqual([PanelA, PanelB]);
    expect(Object.keys(merged.vm.actionDialogs ?? {}).sort()).toEqual(['migrate', 'ticket']);
    expect(merged.host.panels).toEqual([PanelB]);
  });
  it('lets a later create wizard win and keeps an earlier one when the later set has none', () => {
    const A = () => null;
    const B = () => null;
    expect(mergeExtensions({ nic: { create: { dialog: A } } }, { nic: { create: { dialog: B } } }).nic.create?.dialog).toBe(B);
    expect(mergeExtensions({ nic: { create: { dialog: A } } }, { nic: { panels: [PanelA] } }).nic.create?.dialog).toBe(A);
  });
});
