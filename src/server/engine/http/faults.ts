/**
 * Every refusal is an HttpFault thrown from wherever the problem is found; the router turns it
 * into the engine's answer: an empty body (404, 405, v3), or a <fault> — wrapped in an <action>
 * when the request was an action. Texts are catalogue messages (rendered in the caller's
 * language) or, for the body reader's findings, plain text.
 */
import { msg, type Msg } from './messages.ts';

export type FaultText = Msg | string;

export class HttpFault extends Error {
  constructor(
    readonly status: number,
    readonly reason?: FaultText,
    readonly detail?: FaultText,
  ) {
    super(typeof reason === 'string' ? reason : (reason?.key ?? `HTTP ${status}`));
  }

  get empty(): boolean {
    return this.reason === undefined;
  }

  static notFound(): HttpFault {
    return new HttpFault(404);
  }

  static methodNotAllowed(): HttpFault {
    return new HttpFault(405);
  }

  static badValue(name: string, value: string): HttpFault {
    return new HttpFault(400, msg('reason.invalid_value'), msg('detail.invalid_value', { name, value }));
  }

  static conflict(detail: Msg): HttpFault {
    return new HttpFault(409, msg('reason.operation_failed'), detail);
  }

  static badRequest(detail: Msg): HttpFault {
    return new HttpFault(400, msg('reason.operation_failed'), detail);
  }
}
