import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, BASIC, PASSWORD, TestEngine } from './test-support.ts';

const t = new TestEngine();
beforeAll(() => t.start());
afterAll(() => t.stop());

const form = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
  auth: null,
});

describe('entry point', () => {
  it('links every top-level collection, with search twins, in engine order', async () => {
    const r = await t.get(API);
    expect(r.status).toBe(200);
    const api = r.xml().api;
    const rels = api.link.map((l: any) => l['@rel']);
    expect(rels.slice(0, 6)).toEqual(['clusters', 'clusters/search', 'datacenters', 'datacenters/search', 'events', 'events/search']);
    expect(rels).toContain('vms/search');
    expect(rels).not.toContain('roles/search');
    expect(api.link.find((l: any) => l['@rel'] === 'events/search')['@href']).toBe(`${API}/events;from={event_id}?search={query}`);
    expect(api.special_objects.blank_template['@id']).toBe('00000000-0000-0000-0000-000000000000');
    expect(api.product_info.name).toBe('oVirt Engine');
    expect(api.product_info.version.major).toBe(4);
    expect(api.summary.vms.total).toBeGreaterThanOrEqual(0);
    expect(api.authenticated_user['@href']).toMatch(/^\/ovirt-engine\/api\/users\//);
    expect(r.headers.get('link')).toMatch(/<http:\/\/127\.0\.0\.1:\d+\/ovirt-engine\/api\/vms>; rel=vms/);
  });

  it('answers every linked collection with a valid collection', async () => {
    const api = (await t.getJson(API)).json();
    for (const l of api.link.filter((x: any) => !x.rel.includes('/'))) {
      const r = await t.get(l.href);
      expect(r.status, l.href).toBe(200);
      const j = await t.getJson(l.href);
      expect(typeof j.json(), l.href).toBe('object');
    }
  });

  it('HEAD returns headers only', async () => {
    const r = await t.req('HEAD', API);
    expect(r.status).toBe(200);
    expect(r.text).toBe('');
    expect(r.headers.get('link')).toContain('rel=clusters');
  });

  it('serves v4 under /v4 and the Version header, refuses v3 with an empty 400', async () => {
    expect((await t.get(`${API}/v4/datacenters`)).status).toBe(200);
    expect((await t.get(`${API}/datacenters`, { version: '4' })).status).toBe(200);
    const v3 = await t.get(`${API}/datacenters`, { version: '3' });
    expect(v3.status).toBe(400);
    expect(v3.text).toBe('');
    expect((await t.get(`${API}/v3/vms`)).status).toBe(400);
  });

  it('echoes a sanitised correlation id, or makes one', async () => {
    const r = await t.get(`${API}/vms`, { 'correlation-id': 'abc<>12;3' });
    expect(r.headers.get('correlation-id')).toBe('abc123');
    expect((await t.get(`${API}/vms?correlation_id=q-1`)).headers.get('correlation-id')).toBe('q-1');
    expect((await t.get(`${API}/vms`)).headers.get('correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the schema and the model', async () => {
    const xsd = await t.get(`${API}?schema`);
    expect(xsd.status).toBe(200);
    expect(xsd.text).toContain('<xs:schema');
    const model = (await t.get(`${API}/model.json`)).json();
    expect(model.services.some((s: any) => s.name === 'vms')).toBe(true);
    expect(model.types.some((s: any) => s.name === 'vm')).toBe(true);
  });
});

describe('authentication', () => {
  it('refuses requests without or with bad credentials', async () => {
    const none = await t.req('GET', `${API}/vms`, { auth: null });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Basic realm="RESTAPI"');
    const bad = await t.req('GET', `${API}/vms`, { auth: `Basic ${Buffer.from('admin@internal:nope').toString('base64')}` });
    expect(bad.status).toBe(401);
    expect((await t.req('GET', API, { auth: 'Bearer not-a-token' })).status).toBe(401);
  });

  it('accepts Basic with user@domain', async () => {
    expect((await t.req('GET', `${API}/vms`, { auth: BASIC })).status).toBe(200);
  });

  it('issues SSO tokens for the API scope and accepts them as Bearer', async () => {
    const r = await t.req('POST', '/ovirt-engine/sso/oauth/token', form({ grant_type: 'password', scope: 'ovirt-app-api', username: 'admin@internal', password: PASSWORD }));
    expect(r.status).toBe(200);
    const tok = r.json();
    expect(tok.token_type).toBe('bearer');
    expect(tok.scope).toBe('ovirt-app-api');
    expect(typeof tok.exp).toBe('string');
    expect(Number(tok.exp)).toBeGreaterThan(Date.now());
    const api = await t.req('GET', `${API}/datacenters`, { auth: `Bearer ${tok.access_token}` });
    expect(api.status).toBe(200);

    // survives a restart (tokens live in the store)
    await t.restart();
    expect((await t.req('GET', API, { auth: `Bearer ${tok.access_token}` })).status).toBe(200);

    const out = await t.req('POST', '/ovirt-engine/services/sso-logout', form({ scope: 'ovirt-app-api', token: tok.access_token }));
    expect(out.status).toBe(200);
    expect((await t.req('GET', API, { auth: `Bearer ${tok.access_token}` })).status).toBe(401);
  });

  it('refuses bad SSO requests the way the engine does', async () => {
    const bad = await t.req('POST', '/ovirt-engine/sso/oauth/token', form({ grant_type: 'password', scope: 'ovirt-app-api', username: 'admin@internal', password: 'wrong' }));
    expect(bad.status).toBe(400);
    expect(bad.json().error_code).toBe('invalid_grant');
    expect(bad.json().error).toMatch(/admin@internal/);
    const scope = await t.req('POST', '/ovirt-engine/sso/oauth/token', form({ grant_type: 'password', scope: 'ovirt-app-api other', username: 'admin@internal', password: PASSWORD }));
    expect(scope.status).toBe(400);
    const grant = await t.req('POST', '/ovirt-engine/sso/oauth/token', form({ grant_type: 'client_credentials', scope: 'ovirt-app-api' }));
    expect(grant.status).toBe(400);
  });

  it('revokes tokens', async () => {
    const tok = (await t.req('POST', '/ovirt-engine/sso/oauth/token', form({ grant_type: 'password', scope: 'ovirt-app-api', username: 'admin@internal', password: PASSWORD }))).json();
    expect((await t.req('POST', '/ovirt-engine/sso/oauth/revoke', form({ token: tok.access_token }))).status).toBe(200);
    expect((await t.req('GET', API, { auth: `Bearer ${tok.access_token}` })).status).toBe(401);
  });

  it('keeps a session with Prefer: persistent-auth, and ends it without', async () => {
    const first = await t.req('GET', API, { headers: { prefer: 'persistent-auth' } });
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^JSESSIONID=[^;]+; Path=\/ovirt-engine\/api; HttpOnly$/);
    const jar = cookie.split(';')[0];
    const again = await t.req('GET', `${API}/vms`, { auth: null, headers: { cookie: jar, prefer: 'persistent-auth' } });
    expect(again.status).toBe(200);
    const last = await t.req('GET', `${API}/vms`, { auth: null, headers: { cookie: jar } });
    expect(last.status).toBe(200);
    expect((await t.req('GET', `${API}/vms`, { auth: null, headers: { cookie: jar, prefer: 'persistent-auth' } })).status).toBe(401);
  });
});

describe('XML bodies', () => {
  it('all validate against the served schema', async () => {
    const { count, failures } = await t.validateXml();
    expect(count).toBeGreaterThan(5);
    expect(failures).toBe('');
  });
});
