/**
 * Roles through HTTP: a role made through the API is editable (`mutable`), its permits can be
 * added and removed; the built-in roles keep theirs.
 */
import { describe, expect, it } from 'vitest';
import { asList } from '../http/test-support.ts';
import { adminSuite } from './authz-support.ts';

const { admin } = adminSuite();

const permitIds = async (roleId: string): Promise<string[]> =>
  asList((await admin.get(`/roles/${roleId}/permits`)).xml().permits?.permit)
    .map((p: any) => String(p['@id']))
    .sort((a, b) => Number(a) - Number(b));

describe('roles', () => {
  it('makes new roles mutable and edits their permits', async () => {
    const made = await admin.req('POST', '/roles', '<role><name>operators</name><administrative>false</administrative><permits><permit id="1300"/></permits></role>');
    expect(made.status, made.text).toBe(201);
    const role = made.xml().role;
    expect(String(role.mutable)).toBe('true');
    const id = role['@id'];
    expect((await admin.req('POST', `/roles/${id}/permits`, '<permit id="22"/>')).status).toBe(201);
    expect((await admin.req('POST', `/roles/${id}/permits`, '<permit><name>stop_vm</name></permit>')).status).toBe(201);
    expect(await permitIds(id)).toEqual(['18', '22', '1300']);
    expect((await admin.req('DELETE', `/roles/${id}/permits/22`)).status).toBe(200);
    expect(await permitIds(id)).toEqual(['18', '1300']);
  });

  it('refuses changing the permits of a built-in role', async () => {
    const userRole = '00000000-0000-0000-0001-000000000001';
    const before = await permitIds(userRole);
    const add = await admin.req('POST', `/roles/${userRole}/permits`, '<permit id="1"/>');
    expect(add.status).toBe(409);
    expect(add.text).toContain('read-only');
    const remove = await admin.req('DELETE', `/roles/${userRole}/permits/${before[0]}`);
    expect(remove.status).toBe(409);
    expect(await permitIds(userRole)).toEqual(before);
  });
});
