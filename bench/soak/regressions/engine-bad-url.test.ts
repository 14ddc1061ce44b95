// Found by the soak fuzzer: a request path with broken percent-encoding (`%ZZ`) got Fastify's own
// JSON error ({"code":"FST_ERR_BAD_URL",…}) instead of an oVirt fault, which SDKs cannot read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../../../src/server/engine/engine.ts';
import { ADMIN_PASSWORD, rawRequest, tempDir } from '../support.ts';

const tmp = tempDir('vantage-reg-badurl-');
let engine: RunningEngine;
const auth = `Basic ${Buffer.from(`admin@internal:${ADMIN_PASSWORD}`).toString('base64')}`;

beforeAll(async () => {
  engine = await startEngine({ port: 0, dataDir: tmp.dir, adminPassword: ADMIN_PASSWORD, seed: false });
});
afterAll(async () => {
  await engine.close();
  tmp.remove();
});

describe('engine: undecodable request paths', () => {
  it.each(['/ovirt-engine/api/hosts/%ZZ', '/ovirt-engine/api/vms/x;%ZZ=1?max=1', '/ovirt-engine/api/vms/%E0%A4%A'])('answers %s with a 400 oVirt fault', async (p) => {
    const xml = await rawRequest(engine.url, 'GET', p, { headers: { authorization: auth, accept: 'application/xml' } });
    expect(xml.status).toBe(400);
    expect(xml.headers['content-type']).toMatch(/xml/);
    expect(xml.text).toMatch(/<fault>[\s\S]*<reason>[^<]+<\/reason>[\s\S]*<\/fault>/);
    expect(xml.text).not.toContain('FST_ERR');
    const json = await rawRequest(engine.url, 'DELETE', p, { headers: { authorization: auth, accept: 'application/json' } });
    expect(json.status).toBe(400);
    const body = JSON.parse(json.text);
    expect(typeof body.reason).toBe('string');
    expect(body.code).toBeUndefined();
  });
});
