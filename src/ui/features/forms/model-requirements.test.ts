import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeField, requirementsFromModel } from './model-requirements.ts';

describe('requirementsFromModel', () => {
  it('reads the add methods of the served model', () => {
    const model = JSON.parse(readFileSync(new URL('../../../server/engine/model/generated/api-model.json', import.meta.url), 'utf8'));
    const req = requirementsFromModel(model);
    expect(req.vm).toEqual(['name', 'cluster', 'template']);
    expect(req.host).toEqual(expect.arrayContaining(['address', 'name', 'cluster', 'root_password']));
    expect(req.storage_domain).toEqual(expect.arrayContaining(['storage.type', 'type', 'host']));
    expect(req.data_center).toEqual(expect.arrayContaining(['local', 'name']));
  });
  it('turns alternatives into one field', () => {
    expect(attributeField('cluster.id|cluster.name')).toBe('cluster');
    expect(attributeField('id|name')).toBe('name');
    expect(attributeField('storage.type')).toBe('storage.type');
  });
});
