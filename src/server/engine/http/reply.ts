/**
 * Writes answers in the representation the caller asked for (XML default, JSON on request):
 * objects, collections, action results, and faults (bare, or wrapped in an `<action>` with
 * `status` failed when the request was an action).
 */
import type { FastifyReply } from 'fastify';
import { writeJson, writeJsonCollection } from './codec/json-writer.ts';
import { escapeAttr, escapeText, writeXml, writeXmlCollection } from './codec/xml-writer.ts';
import type { FaultText, HttpFault } from './faults.ts';
import { render } from './messages.ts';
import type { Format, Lang } from './request-params.ts';

type Obj = Record<string, unknown>;

export const CONTENT_TYPE: Record<Format, string> = { xml: 'application/xml', json: 'application/json' };

export function serialize(format: Format, typeName: string, value: Obj): string {
  return format === 'json' ? writeJson(typeName, value) : writeXml(typeName, value);
}

export function serializeCollection(format: Format, typeName: string, values: Obj[], opts: { size?: number; actions?: { rel: string; href: string }[] } = {}): string {
  return format === 'json' ? writeJsonCollection(typeName, values, opts) : writeXmlCollection(typeName, values, opts);
}

export function sendObject(reply: FastifyReply, format: Format, status: number, typeName: string, value: Obj): FastifyReply {
  return reply.code(status).header('content-type', CONTENT_TYPE[format]).send(serialize(format, typeName, value));
}

const text = (t: FaultText | undefined, lang: Lang) => (t === undefined ? undefined : typeof t === 'string' ? t : render(t, lang));

export function faultObject(f: HttpFault, lang: Lang): Obj {
  return { reason: text(f.reason, lang), detail: text(f.detail, lang) };
}

export function sendFault(reply: FastifyReply, format: Format, lang: Lang, f: HttpFault, asAction = false): FastifyReply {
  if (f.empty) return reply.code(f.status).header('content-length', '0').send('');
  const fault = faultObject(f, lang);
  if (asAction) return sendObject(reply, format, f.status, 'action', { status: 'failed', fault });
  return sendObject(reply, format, f.status, 'fault', fault);
}

/**
 * The state of an asynchronous creation (`GET <obj>/creation_status/<ids>`): `<creation>` is
 * an XSD element outside the API model, so it is written here rather than by the model codecs.
 */
export function serializeCreation(format: Format, value: { href: string; status: string }): string {
  if (format === 'json') return JSON.stringify({ href: value.href, status: value.status });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<creation href="${escapeAttr(value.href)}">\n    <status>${escapeText(value.status)}</status>\n</creation>\n`;
}
