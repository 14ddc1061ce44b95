import { describe, expect, it } from 'vitest';
import { suggest } from './suggest.ts';

const texts = (text: string, obj?: string, cursor = text.length) => suggest(text, cursor, obj).items.map((i) => i.text);

describe('search suggestions', () => {
  it('offers objects on an empty query without a known object', () => {
    const s = suggest('', 0);
    expect(s.items.map((i) => i.text)).toContain('Vms:');
    expect(s.items.every((i) => i.kind === 'object')).toBe(true);
    expect(texts('Ho')).toEqual(['Hosts:']);
  });

  it('offers fields, cross-object prefixes and keywords at the start', () => {
    const s = suggest('', 0, 'vms');
    const t = s.items.map((i) => i.text);
    expect(t).toContain('name');
    expect(t).toContain('status');
    expect(t).toContain('host.');
    expect(t).toContain('sortby');
    expect(s.items.find((i) => i.text === 'memory')).toEqual({ text: 'memory', kind: 'field', detail: 'number, MB' });
    expect(s.items.find((i) => i.text === 'name')).toEqual({ text: 'name', kind: 'field', detail: 'text' });
  });

  it('completes a partial field and reports the range it replaces', () => {
    const s = suggest('name=web and sta', 16, 'vms');
    expect(s.from).toBe(13);
    expect(s.to).toBe(16);
    expect(s.items.map((i) => i.text)).toEqual(['status']);
  });

  it('completes fields of a cross-object prefix', () => {
    expect(texts('host.na', 'Vms')).toEqual(['host.name']);
    expect(texts('Hosts: vms.sta')).toEqual(['vms.status']);
    expect(texts('bogus.na', 'Vms')).toEqual([]);
  });

  it('offers the operators a field takes', () => {
    expect(texts('status ', 'Vms')).toEqual(['=', '!=']);
    expect(texts('memory ', 'Vms')).toEqual(['=', '!=', '<', '>', '<=', '>=']);
    expect(texts('Events: time ', undefined)).toEqual(['=', '<', '>']);
    expect(texts('memory<', 'Vms')).toContain('=');
  });

  it('offers enum values under the engine names, booleans and relative dates', () => {
    expect(texts('Vms: status=')).toContain('MigratingFrom');
    expect(texts('Vms: status=mig')).toEqual(['MigratingFrom', 'MigratingTo']);
    expect(texts('Hosts: status=Non')).toEqual(['NonResponsive', 'NonOperational']);
    expect(texts('Events: severity>')).toEqual(['NORMAL', 'WARNING', 'ERROR', 'ALERT', '=']);
    expect(texts('Datacenter: local=')).toEqual(['true', 'false']);
    expect(texts('Events: time>Y')).toEqual(['Yesterday']);
    expect(texts('Vms: name=')).toEqual([]);
  });

  it('offers connectives and clauses after a condition, and sort options', () => {
    const t = texts('Vms: name=web ');
    expect(t.slice(0, 4)).toEqual(['and', 'or', 'sortby', 'page']);
    expect(texts('Vms: name=web so')).toEqual(['sortby']);
    expect(texts('Vms: sortby ')).toContain('name');
    expect(texts('Vms: sortby name ')).toEqual(['asc', 'desc', 'page']);
    expect(texts('Vms: sortby name desc ')).toEqual(['page']);
    expect(texts('Vms: page ')).toEqual([]);
  });

  it('treats "Object:" without a space as complete', () => {
    expect(suggest('Vms:na', 6)).toMatchObject({ from: 4, to: 6, items: [{ text: 'name', kind: 'field' }] });
    expect(suggest('Vms:', 4).items.map((i) => i.text)).toContain('status');
  });

  it('uses the cursor, not the end of the text', () => {
    const s = suggest('Vms: stat and name=x', 9);
    expect(s.from).toBe(5);
    expect(s.items.map((i) => i.text)).toEqual(['status']);
  });
});
