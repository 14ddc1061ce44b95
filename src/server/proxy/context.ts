/**
 * What the proxy's route modules share: configured engines, the session store and the
 * small helpers every endpoint answers with.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EngineHttp } from './engine-http.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { Session, SessionStore } from './sessions.ts';
import type { EngineTarget } from './proxy.ts';

export const SESSION_COOKIE = 'vantage_session';

export interface Engine {
  target: EngineTarget;
  /** Path of the API on the engine host (URL path prefix included). */
  apiBase: string;
  http: EngineHttp;
}

export interface ProxyContext {
  tls: boolean;
  idleTimeoutMs: number;
  engineTimeoutMs: number;
  maxBodyBytes: number;
  engines: Map<string, Engine>;
  defaultEngine: Engine;
  store: SessionStore;
  throttle: LoginThrottle;
  /** Ends the engine-side session in the background. */
  revoke(session: Session, why: string): void;
  /** The live session of this request; `ended` when it timed out or the engine dropped it. */
  currentSession(request: FastifyRequest): { session?: Session; ended: boolean };
  clearCookie(reply: FastifyReply): void;
}

/** Every refusal is JSON `{error, message}` with a sentence a person can act on. */
export function fail(reply: FastifyReply, status: number, error: string, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error, message });
}

export const IDLE_ENDED_MESSAGE = 'Your session has ended (inactivity or engine logout); please log in again.';
