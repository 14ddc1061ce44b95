/**
 * Turns low-level failures talking to an engine into messages a person can act on.
 * The browser only ever sees these texts, never the raw error objects.
 */

export const CA_HINT_PATH = '/ovirt-engine/services/pki-resource?resource=ca-certificate&format=X509-PEM-CA';

const TLS_CODES: Record<string, string> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate is signed by an unknown authority',
  UNABLE_TO_GET_ISSUER_CERT: 'the certificate is signed by an unknown authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate is signed by an unknown authority',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in an untrusted (self-signed) CA',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed and not trusted',
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate does not match the engine host name',
  CERT_SIGNATURE_FAILURE: 'the certificate signature is invalid',
  CERT_REVOKED: 'the certificate has been revoked',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the engine did not answer with TLS (is the URL http rather than https?)',
};

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE', 'ECONNABORTED']);

export type EngineErrorKind = 'tls' | 'unreachable' | 'timeout' | 'other';

export class EngineError extends Error {
  constructor(readonly kind: EngineErrorKind, message: string, readonly code?: string) {
    super(message);
    this.name = 'EngineError';
  }
  /** HTTP status the proxy answers with for this failure. */
  get httpStatus(): number {
    return this.kind === 'timeout' ? 504 : 502;
  }
  get errorId(): string {
    return this.kind === 'tls' ? 'engine_tls' : this.kind === 'timeout' ? 'engine_timeout' : 'engine_unreachable';
  }
}

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  if (e && typeof e.code === 'string') return e.code;
  if (e?.cause && typeof e.cause.code === 'string') return e.cause.code;
  return undefined;
}

export function classifyEngineError(err: unknown, engineUrl: string, timeoutMs?: number): EngineError {
  if (err instanceof EngineError) return err;
  const code = errorCode(err);
  const origin = safeOrigin(engineUrl);
  if (code === 'ETIMEDOUT' || code === 'ENGINE_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') {
    const secs = timeoutMs ? ` within ${Math.round(timeoutMs / 1000)} s` : '';
    return new EngineError('timeout', `The engine at ${origin} did not answer${secs}. It may be overloaded or down; try again later.`, code);
  }
  if (code && (TLS_CODES[code] || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT'))) {
    const reason = TLS_CODES[code] ?? `TLS error ${code}`;
    return new EngineError(
      'tls',
      `Could not verify the TLS certificate of the engine at ${origin}: ${reason}. ` +
        `Pass the engine's CA certificate with --engine-ca FILE; it can be downloaded from ${origin}${CA_HINT_PATH}`,
      code,
    );
  }
  if (code && UNREACHABLE_CODES.has(code)) {
    const why = code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'the host name could not be resolved'
      : code === 'ECONNREFUSED' ? 'the connection was refused'
      : code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED' ? 'the connection was closed unexpectedly'
      : 'the host is unreachable';
    return new EngineError('unreachable', `Cannot reach the engine at ${origin}: ${why}. Check the engine URL and that the engine is running.`, code);
  }
  return new EngineError('other', `Request to the engine at ${origin} failed${code ? ` (${code})` : ''}.`, code);
}

export function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
