/**
 * Downloads an engine's CA certificate from its PKI resource so an operator can check the
 * fingerprint and pass it with --engine-ca. Verification is off by necessity: this is how
 * one obtains the CA to verify with, hence the fingerprint for out-of-band comparison.
 */
import { X509Certificate } from 'node:crypto';
import { createEngineHttp } from './engine-http.ts';
import { CA_HINT_PATH, EngineError } from './engine-errors.ts';

export interface EngineCa {
  pem: string;
  /** Colon-separated upper-case hex, as openssl and browsers show it. */
  sha256Fingerprint: string;
  subject: string;
  validTo: string;
}

export async function fetchEngineCa(url: string, timeoutMs = 15_000): Promise<EngineCa> {
  const engine = createEngineHttp({ url, insecure: true }, timeoutMs);
  try {
    const res = await engine.requestText({ method: 'GET', path: engine.basePath + CA_HINT_PATH, headers: { accept: '*/*' } }, 1024 * 1024);
    if (res.status !== 200) throw new EngineError('other', `The engine answered HTTP ${res.status} for its CA certificate at ${engine.origin}${CA_HINT_PATH}.`);
    const match = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(res.text);
    if (!match) throw new EngineError('other', `The answer from ${engine.origin}${CA_HINT_PATH} is not a PEM certificate.`);
    const pem = `${match[0]}\n`;
    const cert = new X509Certificate(pem);
    return { pem, sha256Fingerprint: cert.fingerprint256, subject: cert.subject, validTo: cert.validTo };
  } finally {
    engine.close();
  }
}
