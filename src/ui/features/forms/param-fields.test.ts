import { describe, expect, it } from 'vitest';
import { describeAction } from '../../../api/actions.ts';
import { changedValues, deriveFields, initialValues, validate, valuesToBody } from './param-fields.ts';

describe('deriveFields', () => {
  it('maps the migrate parameters to controls, the host as a reference', () => {
    const fields = deriveFields(describeAction('vm', 'migrate')!.params);
    expect(fields.find((f) => f.path === 'host')).toMatchObject({ control: 'reference', refType: 'host', required: false });
    expect(fields.find((f) => f.path === 'force')?.control).toBe('checkbox');
    expect(fields.find((f) => f.path === 'async')?.advanced).toBe(true);
  });
  it('makes secrets password inputs, enums selects, integers numbers', () => {
    const install = deriveFields(describeAction('host', 'install')!.params);
    expect(install.find((f) => f.path === 'root_password')?.control).toBe('password');
    expect(install.find((f) => f.path === 'ssh.port')).toMatchObject({ control: 'number', integer: true });
    const fence = deriveFields(describeAction('host', 'fence')!.params);
    expect(fence[0]).toMatchObject({ control: 'select', required: true, options: ['manual', 'restart', 'start', 'status', 'stop'] });
  });
});

describe('validate', () => {
  const fields = deriveFields(describeAction('vm', 'ticket')!.params);
  it('reports bad numbers and missing required values', () => {
    expect(validate(fields, { ...initialValues(fields), 'ticket.expiry': '1.5' })['ticket.expiry']).toMatch(/whole number/);
    expect(validate(fields, { ...initialValues(fields), 'ticket.expiry': 'soon' })['ticket.expiry']).toMatch(/number/);
    const clone = deriveFields(describeAction('vm', 'clone')!.params);
    expect(validate(clone, initialValues(clone))['vm.name']).toMatch(/required/);
    expect(validate(clone, { ...initialValues(clone), 'vm.name': 'c1' })).toEqual({});
  });
});

describe('valuesToBody', () => {
  it('nests dotted paths, converts numbers and references, drops empties', () => {
    const fields = [...deriveFields(describeAction('vm', 'migrate')!.params), ...deriveFields(describeAction('vm', 'ticket')!.params)];
    const body = valuesToBody(fields, { ...initialValues(fields), host: 'h-2', 'ticket.expiry': '120', force: true });
    expect(body).toEqual({ host: { id: 'h-2' }, ticket: { expiry: 120 }, force: true });
  });
  it('sends enum lists as lists and, when editing, cleared text and unticked boxes', () => {
    const start = deriveFields(describeAction('vm', 'start')!.params);
    expect(valuesToBody(start, { 'vm.os.boot.devices': 'cdrom' })).toEqual({ vm: { os: { boot: { devices: ['cdrom'] } } } });
    const f = [{ path: 'description', label: 'Description', control: 'text' as const, required: false, advanced: false }, { path: 'stateless', label: 'Stateless', control: 'checkbox' as const, required: false, advanced: false }];
    expect(valuesToBody(f, { description: '', stateless: false })).toEqual({});
    expect(valuesToBody(f, { description: '', stateless: false }, { edit: true })).toEqual({ description: '', stateless: false });
  });
  it('keeps only changed values for an edit', () => {
    const f = deriveFields(describeAction('vm', 'clone')!.params);
    expect(changedValues(f, { 'vm.name': 'a', discard_snapshots: false }, { 'vm.name': 'b', discard_snapshots: false })).toEqual({ 'vm.name': 'b' });
  });
});
