// Engine refusals in every shape real engines send: a bare <fault>, an <action> wrapping one
// (status failed), JSON {reason, detail} (bare or wrapped in an action), a 404 with an empty
// body, an HTML error page (401/404 from the servlet container).
import type { Fault } from './resource.ts';
import { isObject, text, type Tree } from './tree.ts';

const REASON_BY_STATUS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function reasonForStatus(status: number): string {
  return REASON_BY_STATUS[status] ?? `HTTP ${status}`;
}

/** `[Cannot run VM. VM is running.]` → `Cannot run VM. VM is running.`; several messages
 * `[m1, m2]` stay comma-separated. */
export function displayDetail(detail: string): string {
  const t = detail.trim();
  return t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1).trim() : t;
}

export function makeFault(status: number, reason: string | undefined, detail: string | undefined): Fault {
  const f: Fault = { reason: reason?.trim() || reasonForStatus(status), status };
  if (detail !== undefined && detail.trim() !== '') {
    f.rawDetail = detail;
    f.detail = displayDetail(detail);
  }
  return f;
}

/** A fault from an object tree: `{reason, detail}`, `{fault: {...}}` or an action with a fault. */
export function faultFromTree(status: number, tree: Tree): Fault | undefined {
  if (!isObject(tree)) return undefined;
  const inner = isObject(tree.fault) ? tree.fault : undefined;
  if (inner) return makeFault(status, text(inner.reason), text(inner.detail));
  if (typeof tree.reason === 'string' && tree.id === undefined) return makeFault(status, text(tree.reason), text(tree.detail));
  return undefined;
}

/** A fault from an HTML error page (servlet container or proxy): a short body is the
 * reason; a container status report gives its description as the detail. */
export function faultFromHtml(status: number, html: string): Fault {
  const strip = (x: string | undefined) =>
    x
      ?.replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\bJBWEB\d+:\s*/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const body = strip(/<body[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1] ?? html);
  if (body && body.length <= 120 && !/HTTP Status/i.test(body)) return makeFault(status, body, undefined);
  const description = body ? /description\s+(.+?)(\s*$)/i.exec(body)?.[1] : undefined;
  return makeFault(status, reasonForStatus(status), description);
}
