// The proxy's session answer (`GET /auth/me`, CONTRACTS.md).
export interface Session {
  user: { name: string; id?: string };
  admin: boolean;
  engine: { id: string; name: string; url: string; apiBase: string; version?: string };
  csrfToken: string;
}

export interface EngineChoice {
  id: string;
  name: string;
}

/** The proxy's readable refusal `{error, message}`, thrown as an Error with that message. */
export class ProxyError extends Error {
  readonly status: number;
  readonly code?: string;
  constructor(status: number, message: string, code?: string) {
    super(message);
    this.name = 'ProxyError';
    this.status = status;
    this.code = code;
  }
}

export async function readProxyError(res: Response, fallback: string): Promise<ProxyError> {
  let message = fallback;
  let code: string | undefined;
  try {
    const body = (await res.json()) as { error?: string; message?: string };
    if (body?.message) message = body.message;
    code = body?.error;
  } catch {
    // not JSON (a gateway page): keep the fallback
  }
  return new ProxyError(res.status, message, code);
}
