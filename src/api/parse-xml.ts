// XML answers → the resource model. fast-xml-parser with attributes kept and no DTD entity
// expansion (only the five predefined entities and character references are decoded).
import { XMLParser } from 'fast-xml-parser';
import { ParseError } from './errors.ts';
import { toDocument, type Parsed } from './document.ts';
import type { Tree, TreeObject } from './tree.ts';
import { decodeEntities } from './xml-entities.ts';
import { scanXml } from './xml-scan.ts';

export { decodeEntities };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  // leaf text is data and kept as sent; whitespace between elements is dropped in clean()
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: true,
  tagValueProcessor: (_n: string, v: string) => decodeEntities(v),
  attributeValueProcessor: (_n: string, v: string) => decodeEntities(v),
});

/** fast-xml-parser output → wire tree: attributes become members, mixed text becomes `value`. */
function clean(node: unknown): Tree {
  if (Array.isArray(node)) return node.map(clean);
  if (node === null || typeof node !== 'object') return node === undefined ? null : (node as Tree);
  const src = node as Record<string, unknown>;
  const out: TreeObject = {};
  let textValue: Tree | undefined;
  for (const key of Object.keys(src)) {
    const v = src[key];
    if (key === '#text') textValue = clean(v);
    else if (key.startsWith('@_')) {
      const name = key.slice(2);
      if (!(name in src)) out[name] = clean(v);
    } else out[key] = clean(v);
  }
  if (textValue !== undefined) {
    if (Object.keys(out).length === 0) return textValue;
    if (typeof textValue !== 'string' || textValue.trim() !== '') out.value = textValue;
  }
  return out;
}

/** Parses XML text into a wire tree: `{ element, node }` of the root element. The fast
 * scanner reads what engines send; anything unusual goes through fast-xml-parser. */
export function parseXmlTree(xml: string): { element: string; node: Tree } {
  return scanXml(xml) ?? parseXmlTreeStrict(xml);
}

/** The same through fast-xml-parser (the reference for the fast scanner). */
export function parseXmlTreeStrict(xml: string): { element: string; node: Tree } {
  let raw: Record<string, unknown>;
  try {
    raw = parser.parse(xml, true) as Record<string, unknown>;
  } catch (e) {
    throw new ParseError(`The engine sent XML that cannot be read: ${(e as Error).message}`, { cause: e });
  }
  const element = Object.keys(raw).find((k) => !k.startsWith('?') && !k.startsWith('!'));
  if (!element) throw new ParseError('The engine sent an empty XML document.');
  return { element, node: clean(raw[element]) };
}

/** Parses an XML answer into the model. `status` is the HTTP status (carried into faults). */
export function parseXml(xml: string, status = 200): Parsed {
  if (xml.trim() === '') return { type: 'empty' };
  const { element, node } = parseXmlTree(xml);
  return toDocument(element, node, status);
}

