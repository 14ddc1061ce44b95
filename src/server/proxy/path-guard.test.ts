import { describe, expect, it } from 'vitest';
import { engineApiPath } from './path-guard.ts';

const BASE = '/ovirt-engine/api';

describe('engineApiPath', () => {
  it.each([
    ['/api', BASE],
    ['/api/', BASE],
    ['/api?rsdl', `${BASE}?rsdl`],
    ['/api/vms', `${BASE}/vms`],
    ['/api/vms/', `${BASE}/vms/`],
    ['/api/vms;max=10?search=name%3Dweb*%20and%20status%3Dup', `${BASE}/vms;max=10?search=name%3Dweb*%20and%20status%3Dup`],
    ['/api/vms/123/nics?follow=statistics', `${BASE}/vms/123/nics?follow=statistics`],
    ['/api/events;from=100?search=severity%3Derror', `${BASE}/events;from=100?search=severity%3Derror`],
    ['/api/vms?search=../x', `${BASE}/vms?search=../x`], // dots in the query are data, not path
  ])('maps %s', (url, expected) => {
    expect(engineApiPath(url, BASE)).toEqual({ ok: true, path: expected });
  });

  it.each([
    '/apix',
    '/api/..',
    '/api/vms/..',
    '/api/%2E%2e',
    '/api/.',
    '/api/vms%2fx',
    '/api/vms%5cx',
    '/api/vms\\x',
    '/api//x',
    '/api/a//b',
    '/api/%2f%2fevil',
    '/api/https:',
    '/api/%25%32%65%25%32%65',
    '/api/%252f',
    '/api/%E0%A4%A',
    '/api/vms/%0d%0aX-Injected:1',
    '/api/vms?x=a b',
    '/api/a@b',
  ])('rejects %s', (url) => {
    const r = engineApiPath(url, BASE);
    expect(r.ok).toBe(false);
  });
});
