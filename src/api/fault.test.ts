import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayDetail } from './fault.ts';
import { parseBody } from './parse.ts';
import { faultFromResponse } from './response-fault.ts';

const fx = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('faults in every shape engines send', () => {
  it('bare XML <fault>', () => {
    expect(faultFromResponse(400, 'application/xml', fx('fault-incomplete.xml'))).toEqual({
      reason: 'Incomplete parameters', detail: 'Vm [name] required for add', rawDetail: 'Vm [name] required for add', status: 400,
    });
  });

  it('XML <action> wrapping a fault (status failed): brackets stripped for display, raw kept', () => {
    const xml = '<action><fault><reason>Operation Failed</reason><detail>[Cannot run VM. VM is running.]</detail></fault><status>failed</status></action>';
    expect(faultFromResponse(409, 'application/xml', xml)).toEqual({
      reason: 'Operation Failed', detail: 'Cannot run VM. VM is running.', rawDetail: '[Cannot run VM. VM is running.]', status: 409,
    });
    const p = parseBody({ text: xml, contentType: 'application/xml', status: 409, expect: 'action' });
    expect(p.type === 'fault' && p.fault.detail).toBe('Cannot run VM. VM is running.');
  });

  it('an accepted action echoing its `reason` parameter is a success, in XML and JSON', () => {
    const xml = '<action><reason>Kernel update</reason><status>complete</status></action>';
    const x = parseBody({ text: xml, contentType: 'application/xml', status: 200, expect: 'action' });
    expect(x).toEqual({ type: 'action', action: expect.objectContaining({ status: 'complete' }) });
    const json = JSON.stringify({ reason: 'Kernel update', status: 'complete' });
    const j = parseBody({ text: json, contentType: 'application/json', status: 200, expect: 'action' });
    expect(j.type).toBe('action');
    // the same shape with an error status is still the engine's refusal
    const refused = parseBody({ text: '<action><reason>Operation Failed</reason><detail>[Host is busy]</detail></action>', contentType: 'application/xml', status: 409, expect: 'action' });
    expect(refused.type === 'fault' && refused.fault.detail).toBe('Host is busy');
  });

  it('404 with an empty body', () => {
    expect(faultFromResponse(404, '', fx('v4-404-empty.txt'))).toEqual({ reason: 'Not Found', status: 404 });
  });

  it('HTML 401 and 404 pages, including the JBoss status report', () => {
    expect(faultFromResponse(401, 'text/html', fx('v3-401.html'))).toEqual({ reason: 'Unauthorized', status: 401 });
    expect(faultFromResponse(404, 'text/html', fx('v3-404.html'))).toEqual({ reason: 'Not Found', status: 404 });
    expect(faultFromResponse(401, '', fx('v3-401-empty.txt'))).toEqual({ reason: 'Unauthorized', status: 401 });
    const jb = faultFromResponse(401, 'text/html', fx('v3-401-jbweb.html'));
    expect(jb.reason).toBe('Unauthorized');
    expect(jb.detail).toBe('This request requires HTTP authentication.');
  });

  it('JSON {reason, detail} and JSON wrapped in an action', () => {
    expect(faultFromResponse(400, 'application/json', '{"reason":"Invalid value","detail":"[Value out of range]"}')).toEqual({
      reason: 'Invalid value', detail: 'Value out of range', rawDetail: '[Value out of range]', status: 400,
    });
    const wrapped = '{"status":"failed","fault":{"reason":"Operation Failed","detail":"[Cannot stop VM. VM is not running., Other reason]"}}';
    expect(faultFromResponse(409, 'application/json', wrapped)).toEqual({
      reason: 'Operation Failed', detail: 'Cannot stop VM. VM is not running., Other reason', rawDetail: '[Cannot stop VM. VM is not running., Other reason]', status: 409,
    });
    const p = parseBody({ text: wrapped, contentType: 'application/json', status: 409, expect: 'action' });
    expect(p.type).toBe('fault');
  });

  it("the proxy's own {error, message} and unreadable bodies still give a readable fault", () => {
    expect(faultFromResponse(403, 'application/json', '{"error":"csrf","message":"Missing CSRF token"}')).toEqual({ reason: 'Missing CSRF token', status: 403 });
    expect(faultFromResponse(500, 'application/xml', '<oops')).toEqual({ reason: 'Internal Server Error', status: 500 });
    expect(faultFromResponse(502, 'text/plain', 'upstream down')).toEqual({ reason: 'upstream down', status: 502 });
  });

  it('displayDetail only strips an enclosing pair of brackets', () => {
    expect(displayDetail('[a]')).toBe('a');
    expect(displayDetail('Vm [name] required for add')).toBe('Vm [name] required for add');
    expect(displayDetail(' [x, y] ')).toBe('x, y');
  });
});
