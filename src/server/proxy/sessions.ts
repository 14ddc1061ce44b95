/**
 * Server-side sessions. The browser holds only an opaque random id in an HttpOnly
 * cookie; engine tokens and JSESSIONIDs stay in this map.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export type EngineAuth =
  | { kind: 'sso'; token: string; expiresAt?: number }
  | { kind: 'basic'; cookie: string /* "JSESSIONID=…" as the engine set it */ };

export interface SessionUser {
  name: string;
  id?: string;
}

export interface Session {
  readonly id: string;
  readonly csrfToken: string;
  readonly engineId: string;
  readonly user: SessionUser;
  readonly admin: boolean;
  readonly version?: string;
  readonly productName?: string;
  auth: EngineAuth;
  lastActivity: number;
}

export type NewSession = Omit<Session, 'id' | 'csrfToken' | 'lastActivity'>;

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  /** Ids of sessions that timed out or were refused by the engine, to say so once asked. */
  private readonly ended = new Map<string, number>();
  private static readonly MAX_ENDED = 10_000;

  constructor(readonly idleTimeoutMs: number, private readonly now: () => number = Date.now) {}

  create(data: NewSession): Session {
    const session: Session = { ...data, id: randomToken(), csrfToken: randomToken(), lastActivity: this.now() };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session for an id, or undefined; idle-expired sessions are removed and reported. */
  lookup(id: string | undefined): { session?: Session; expired?: Session; ended?: boolean } {
    if (!id) return {};
    const session = this.sessions.get(id);
    if (!session) return this.ended.has(id) ? { ended: true } : {};
    const tokenExpired = session.auth.kind === 'sso' && session.auth.expiresAt !== undefined && session.auth.expiresAt <= this.now();
    if (this.isIdleExpired(session) || tokenExpired) {
      this.end(id);
      return { expired: session, ended: true };
    }
    return { session };
  }

  /** Removes a session that ended on its own (idle, engine refusal), remembering its id. */
  end(id: string): Session | undefined {
    const session = this.delete(id);
    this.ended.set(id, this.now());
    if (this.ended.size > SessionStore.MAX_ENDED) {
      const oldest = this.ended.keys().next().value;
      if (oldest !== undefined) this.ended.delete(oldest);
    }
    return session;
  }

  touch(session: Session): void {
    session.lastActivity = this.now();
  }

  idleExpiresAt(session: Session): number {
    return session.lastActivity + this.idleTimeoutMs;
  }

  isIdleExpired(session: Session): boolean {
    return this.now() >= this.idleExpiresAt(session);
  }

  delete(id: string): Session | undefined {
    const session = this.sessions.get(id);
    this.sessions.delete(id);
    return session;
  }

  /** Removes idle sessions and hands them over so their engine tokens can be revoked. */
  sweep(): Session[] {
    const gone: Session[] = [];
    for (const s of this.sessions.values()) {
      if (this.isIdleExpired(s)) gone.push(s);
    }
    for (const s of gone) this.end(s.id);
    return gone;
  }

  all(): Session[] {
    return [...this.sessions.values()];
  }

  get size(): number {
    return this.sessions.size;
  }
}
