// The fault carried by an error answer, whatever its body: engine XML/JSON fault, action
// wrapping a fault, the proxy's own `{error, message}`, an HTML page, or nothing at all.
import type { Fault } from './resource.ts';
import { faultFromHtml, faultFromTree, makeFault, reasonForStatus } from './fault.ts';
import { parseXml } from './parse-xml.ts';
import { isObject, text, type Tree } from './tree.ts';

export function faultFromResponse(status: number, contentType: string, body: string): Fault {
  const trimmed = body.trim();
  if (trimmed === '') return makeFault(status, reasonForStatus(status), undefined);
  const ct = contentType.toLowerCase();
  try {
    if (ct.includes('json') || trimmed.startsWith('{')) {
      const tree = JSON.parse(trimmed) as Tree;
      const f = faultFromTree(status, tree);
      if (f) return f;
      if (isObject(tree) && (text(tree.message) || text(tree.error))) {
        return makeFault(status, text(tree.message) ?? text(tree.error), text(tree.detail));
      }
    } else if (ct.includes('html') || /^<!doctype html|^<html/i.test(trimmed)) {
      return faultFromHtml(status, trimmed);
    } else if (trimmed.startsWith('<')) {
      const p = parseXml(trimmed, status);
      if (p.type === 'fault') return p.fault;
      if (/<(html|body)[\s>]/i.test(trimmed)) return faultFromHtml(status, trimmed);
    } else if (trimmed.length <= 200) {
      return makeFault(status, trimmed, undefined);
    }
  } catch {
    // an unreadable error body: fall back to the status line below
  }
  return makeFault(status, reasonForStatus(status), undefined);
}
