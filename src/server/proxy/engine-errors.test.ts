import { describe, expect, it } from 'vitest';
import { classifyEngineError } from './engine-errors.ts';

const err = (code: string) => Object.assign(new Error(code), { code });
const URL_ = 'https://engine.example/ovirt-engine';

describe('classifyEngineError', () => {
  it.each([
    ['ENOTFOUND', 'unreachable', 502, /engine\.example: the host name could not be resolved/],
    ['ECONNREFUSED', 'unreachable', 502, /the connection was refused/],
    ['EHOSTUNREACH', 'unreachable', 502, /the host is unreachable/],
    ['ECONNRESET', 'unreachable', 502, /closed unexpectedly/],
    ['ETIMEDOUT', 'timeout', 504, /did not answer within 30 s/],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls', 502, /unknown authority/],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls', 502, /untrusted/],
    ['CERT_HAS_EXPIRED', 'tls', 502, /expired/],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', 502, /does not match the engine host name/],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls', 502, /did not answer with TLS/],
  ])('%s → %s', (code, kind, status, message) => {
    const e = classifyEngineError(err(code), URL_, 30_000);
    expect(e.kind).toBe(kind);
    expect(e.httpStatus).toBe(status);
    expect(e.message).toMatch(message);
    if (kind === 'tls') {
      expect(e.message).toContain('--engine-ca FILE');
      expect(e.message).toContain('https://engine.example/ovirt-engine/services/pki-resource?resource=ca-certificate&format=X509-PEM-CA');
    }
  });

  it('reads codes from a cause (as fetch reports them) and survives odd values', () => {
    expect(classifyEngineError(Object.assign(new Error('fetch failed'), { cause: err('ECONNREFUSED') }), URL_).kind).toBe('unreachable');
    expect(classifyEngineError('boom', URL_).kind).toBe('other');
    expect(classifyEngineError(null, 'not a url').message).toContain('not a url');
  });
});
