// A fast scanner for the XML engines send (elements, attributes, text, the predefined
// entities): builds the same wire tree as the fast-xml-parser path, several times faster,
// which keeps a 100-VM page well under 50 ms. Anything else (DOCTYPE, CDATA, namespaces,
// malformed input) returns undefined and the caller falls back to fast-xml-parser.
import type { Tree, TreeObject } from './tree.ts';
import { decodeEntities } from './xml-entities.ts';

interface Frame {
  name: string;
  obj: TreeObject | undefined;
  attrKeys: Set<string> | undefined;
  text: string;
  children: boolean;
}

// names that would reach Object.prototype when used as keys: left to fast-xml-parser
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

function addChild(f: Frame, key: string, value: Tree): void {
  const obj = (f.obj ??= {});
  f.children = true;
  if (f.attrKeys?.has(key)) {
    // a child element wins over an attribute of the same name
    f.attrKeys.delete(key);
    obj[key] = value;
    return;
  }
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (Array.isArray(cur)) cur.push(value);
  else obj[key] = [cur, value];
}

function isNameChar(c: number): boolean {
  // letters, digits, _ - .
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

function finish(f: Frame): Tree {
  if (!f.obj) return f.children ? '' : decodeEntities(f.text);
  if (f.text.trim() !== '') f.obj.value = decodeEntities(f.text);
  return f.obj;
}

export function scanXml(xml: string): { element: string; node: Tree } | undefined {
  const len = xml.length;
  let i = 0;
  const stack: Frame[] = [];
  let root: { element: string; node: Tree } | undefined;
  while (i < len) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (xml.slice(i).trim() !== '') return undefined;
      break;
    }
    if (lt > i) {
      // whitespace between tags is the common case: skip it without building strings
      let k = i;
      while (k < lt && xml.charCodeAt(k) <= 32) k++;
      const top = stack[stack.length - 1];
      if (k < lt) {
        if (!top) return undefined;
        top.text += xml.slice(i, lt);
      } else if (top && !top.children && !top.obj) {
        // whitespace-only text of a leaf is its value (`<description>  </description>`)
        top.text += xml.slice(i, lt);
      }
    }
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return undefined;
      i = end + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return undefined;
        i = end + 3;
        continue;
      }
      return undefined; // DOCTYPE, CDATA
    }
    if (c === 47 /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return undefined;
      let ne = end;
      while (ne > lt + 2 && xml.charCodeAt(ne - 1) <= 32) ne--;
      const name = xml.slice(lt + 2, ne);
      const f = stack.pop();
      if (!f || f.name !== name) return undefined;
      const value = finish(f);
      const parent = stack[stack.length - 1];
      if (parent) addChild(parent, name, value);
      else if (root) return undefined;
      else root = { element: name, node: value };
      i = end + 1;
      continue;
    }
    // start tag
    let j = lt + 1;
    while (j < len && isNameChar(xml.charCodeAt(j))) j++;
    if (j === lt + 1) return undefined;
    const name = xml.slice(lt + 1, j);
    if (UNSAFE.has(name)) return undefined;
    const frame: Frame = { name, obj: undefined, attrKeys: undefined, text: '', children: false };
    let selfClosing = false;
    for (;;) {
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      if (j >= len) return undefined;
      const ch = xml.charCodeAt(j);
      if (ch === 62 /* > */) {
        j++;
        break;
      }
      if (ch === 47 /* / */) {
        if (xml.charCodeAt(j + 1) !== 62) return undefined;
        selfClosing = true;
        j += 2;
        break;
      }
      const an = j;
      while (j < len && isNameChar(xml.charCodeAt(j))) j++;
      if (j === an) return undefined;
      const attr = xml.slice(an, j);
      if (UNSAFE.has(attr)) return undefined;
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      if (xml.charCodeAt(j) !== 61 /* = */) return undefined;
      j++;
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      const q = xml[j];
      if (q !== '"' && q !== "'") return undefined;
      const vend = xml.indexOf(q, j + 1);
      if (vend < 0) return undefined;
      const obj = (frame.obj ??= {});
      if (!(attr in obj)) {
        obj[attr] = decodeEntities(xml.slice(j + 1, vend));
        (frame.attrKeys ??= new Set()).add(attr);
      }
      j = vend + 1;
    }
    if (selfClosing) {
      const value = frame.obj ?? '';
      const parent = stack[stack.length - 1];
      if (parent) addChild(parent, name, value);
      else if (root) return undefined;
      else root = { element: name, node: value };
    } else stack.push(frame);
    i = j;
  }
  if (stack.length || !root) return undefined;
  return root;
}
