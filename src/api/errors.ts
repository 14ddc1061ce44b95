// Errors the client core throws. Each is a distinct class so the app can tell "log in
// again" (SessionEndedError) from "the engine said no" (FaultError) from "no answer".
import type { Fault } from './resource.ts';

export class ApiError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The engine refused the request and said why. */
export class FaultError extends ApiError {
  readonly fault: Fault;
  constructor(fault: Fault) {
    super(fault.detail ? `${fault.reason}: ${fault.detail}` : fault.reason);
    this.fault = fault;
  }
  get status(): number {
    return this.fault.status;
  }
}

/** 401: the session (SSO token, cookie) is gone; the user must log in again. */
export class SessionEndedError extends ApiError {
  readonly status = 401;
  constructor(message = 'Your session has ended. Please log in again.') {
    super(message);
  }
}

/** No usable answer: connection refused, reset, DNS, gateway errors after retries. */
export class NetworkError extends ApiError {
  /** HTTP status when the failure was a gateway answer (502/503/504). */
  readonly status?: number;
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options);
    this.status = options?.status;
  }
}

/** The engine did not answer within `timeoutMs`. */
export class TimeoutError extends ApiError {
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`The engine did not answer within ${Math.round(timeoutMs / 100) / 10} s.`);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted the request (its AbortSignal fired). */
export class AbortedError extends ApiError {
  constructor(reason?: unknown) {
    super('The request was cancelled.', { cause: reason });
  }
}

/** The answer could not be read (malformed XML/JSON, unexpected document). */
export class ParseError extends ApiError {}

/** A request the client refuses to send (href to another host, bad input). */
export class RequestError extends ApiError {}
