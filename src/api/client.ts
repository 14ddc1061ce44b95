// The API client the app uses: walks the engine from its entry point and speaks the
// engine's dialect (JSON to v4 engines, XML to v3) while handing back the one model.
import type { ActionResult, Capabilities, Collection, EntryPoint, Resource, Structure } from './resource.ts';
import type { Parsed } from './document.ts';
import { FaultError, ParseError } from './errors.ts';
import { absoluteHref, collectionLinks as linksOf, searchHref as fillSearch, type CollectionLink } from './links.ts';
import { parseBody, type ParseInput, type Parser } from './parse.ts';
import type { QueryValue, RawResponse, Transport } from './transport.ts';
import { toJson, toXml, type InputFields } from './write.ts';

export interface ApiClientOptions {
  transport: Transport;
  /** `/ovirt-engine/api` (v4, or v3 served by 4.x) or `/api` (v3 engines). */
  apiBase: string;
  /** Known dialect; otherwise guessed from apiBase and learnt from `entryPoint()`. */
  apiVersion?: 3 | 4;
  /** Wire format: `auto` (default) = JSON for v4, XML for v3. */
  format?: 'auto' | 'json' | 'xml';
  /** Body parser; pass a worker's `parse` to read answers off the main thread. */
  parse?: Parser;
}

export interface ListOptions {
  search?: string;
  max?: number;
  /** 1-based page (engine `page N` in the search expression, page size = `max`). */
  page?: number;
  /** Link paths to inline (`nics,disk_attachments.disk`). */
  follow?: string | string[];
  /** Any other query parameters (`case_sensitive`, `all_content`, `detail` …). */
  query?: Record<string, QueryValue>;
}

export interface WriteOptions {
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export type Followed = { type: 'collection'; collection: Collection } | { type: 'resource'; resource: Resource };

function withPage(search: string | undefined, page: number | undefined): string | undefined {
  if (page === undefined || page === null) return search;
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a positive integer, got ${page}`);
  const s = (search ?? '').trim();
  if (/(^|\s)page\s+\d+\s*$/i.test(s)) return s.replace(/page\s+\d+\s*$/i, `page ${page}`);
  return s ? `${s} page ${page}` : `page ${page}`;
}

export class ApiClient {
  readonly transport: Transport;
  readonly apiBase: string;
  private version: 3 | 4;
  private readonly format: 'auto' | 'json' | 'xml';
  private readonly parser: Parser;

  constructor(opts: ApiClientOptions) {
    this.transport = opts.transport;
    this.apiBase = opts.apiBase.replace(/\/+$/, '');
    this.version = opts.apiVersion ?? (this.apiBase === '/api' || this.apiBase === '/rhevm-api' ? 3 : 4);
    this.format = opts.format ?? 'auto';
    this.parser = opts.parse ?? parseBody;
  }

  /** 3 or 4: the dialect the client speaks (learnt from the entry point). */
  get apiVersion(): 3 | 4 {
    return this.version;
  }

  private get json(): boolean {
    return this.format === 'json' || (this.format === 'auto' && this.version === 4);
  }

  private get accept(): string {
    return this.json ? 'application/json' : 'application/xml';
  }

  href(href: string): string {
    return absoluteHref(href, this.apiBase);
  }

  private async parse(res: RawResponse, href: string, expect?: 'action'): Promise<Parsed> {
    const input: ParseInput = { text: res.text, contentType: res.contentType, status: res.status, href, apiBase: this.apiBase, ...(expect ? { expect } : {}) };
    const p = await this.parser(input);
    if (p.type === 'fault') throw new FaultError(p.fault);
    return p;
  }

  private async getParsed(href: string, query: Record<string, QueryValue> | undefined, signal?: AbortSignal): Promise<Parsed> {
    const h = this.href(href);
    const res = await this.transport.request('GET', h, { query, accept: this.accept, signal });
    return this.parse(res, h);
  }

  async entryPoint(signal?: AbortSignal): Promise<EntryPoint> {
    const p = await this.getParsed(this.apiBase, undefined, signal);
    if (p.type !== 'entry') throw new ParseError(`Expected the API entry point at ${this.apiBase}, got ${p.type}.`);
    this.version = p.entryPoint.apiVersion;
    return p.entryPoint;
  }

  async list(href: string, opts: ListOptions = {}, signal?: AbortSignal): Promise<Collection> {
    const follow = Array.isArray(opts.follow) ? opts.follow.join(',') : opts.follow;
    const query: Record<string, QueryValue> = { ...(opts.query ?? {}) };
    // a search already in the href (from a search template) is paged too
    const hrefSearch = /[?&]search=([^&]*)/.exec(href)?.[1];
    const search = withPage(opts.search ?? (hrefSearch !== undefined && opts.page !== undefined ? decodeURIComponent(hrefSearch.replace(/\+/g, ' ')) : undefined), opts.page);
    if (search) query.search = search;
    if (opts.max !== undefined) query.max = opts.max;
    if (follow) query.follow = follow;
    const p = await this.getParsed(href, query, signal);
    if (p.type === 'collection') return p.collection;
    if (p.type === 'empty') return { kind: 'unknown', itemKind: 'unknown', items: [], actions: {} };
    throw new ParseError(`Expected a collection at ${href}, got ${p.type}.`);
  }

  async get(href: string, signal?: AbortSignal, query?: Record<string, QueryValue>): Promise<Resource> {
    const p = await this.getParsed(href, query, signal);
    if (p.type === 'resource') return p.resource;
    throw new ParseError(`Expected an object at ${href}, got ${p.type}.`);
  }

  /** v3 `/capabilities`. */
  async capabilities(signal?: AbortSignal): Promise<Capabilities> {
    const p = await this.getParsed(`${this.apiBase}/capabilities`, undefined, signal);
    if (p.type !== 'capabilities') throw new ParseError(`Expected capabilities, got ${p.type}.`);
    return p.capabilities;
  }

  /** Whatever a link leads to: a sub-collection or an object. */
  async follow(resource: Structure, rel: string, signal?: AbortSignal): Promise<Followed> {
    const href = resource.links[rel];
    if (!href) throw new Error(`"${resource.kind ?? 'object'}" has no link "${rel}".`);
    const p = await this.getParsed(href, undefined, signal);
    if (p.type === 'collection' || p.type === 'resource') return p;
    if (p.type === 'empty') return { type: 'collection', collection: { kind: rel, itemKind: rel, items: [], actions: {} } };
    throw new ParseError(`Unexpected ${p.type} at ${href}.`);
  }

  private body(kind: string, fields: InputFields): { body: string; contentType: string } {
    return this.json
      ? { body: toJson(kind, fields), contentType: 'application/json' }
      : { body: toXml(kind, fields, this.version), contentType: 'application/xml' };
  }

  async create(collectionHref: string, kind: string, fields: InputFields, opts: WriteOptions = {}): Promise<Resource> {
    const h = this.href(collectionHref);
    const res = await this.transport.request('POST', h, { ...this.body(kind, fields), accept: this.accept, query: opts.query, headers: opts.headers, signal: opts.signal });
    const loc = res.headers.location;
    const p = await this.parse(res, loc ? loc : `${h}/_`);
    if (p.type === 'resource') return p.resource;
    if (p.type === 'empty' && loc) return this.get(loc, opts.signal);
    throw new ParseError(`Expected the created ${kind}, got ${p.type}.`);
  }

  async update(href: string, kind: string, fields: InputFields, opts: WriteOptions = {}): Promise<Resource> {
    const h = this.href(href);
    const res = await this.transport.request('PUT', h, { ...this.body(kind, fields), accept: this.accept, query: opts.query, headers: opts.headers, signal: opts.signal });
    const p = await this.parse(res, h);
    if (p.type === 'resource') return p.resource;
    if (p.type === 'empty') return this.get(h, opts.signal);
    throw new ParseError(`Expected the updated ${kind}, got ${p.type}.`);
  }

  /** DELETE; v4 takes parameters (`force`, `detach_only` …) in the query, v3 in an <action> body. */
  async remove(href: string, params: Record<string, QueryValue> = {}, opts: WriteOptions = {}): Promise<void> {
    const h = this.href(href);
    const defined = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null));
    const v3Body = this.version === 3 && Object.keys(defined).length > 0;
    const res = await this.transport.request('DELETE', h, {
      accept: this.accept,
      query: v3Body ? opts.query : { ...defined, ...(opts.query ?? {}) },
      headers: opts.headers,
      signal: opts.signal,
      ...(v3Body ? { body: toXml('action', defined as InputFields, 3), contentType: 'application/xml' } : {}),
    });
    await this.parse(res, h, 'action');
  }

  /** POST `<href>/<action>`; `target` may be the object (its action links are used) or its href. */
  async action(target: string | Structure, name: string, params: InputFields = {}, opts: WriteOptions = {}): Promise<ActionResult> {
    let href: string;
    if (typeof target !== 'string') {
      const own = target.actions[name] ?? target.actions[name.replace(/_/g, '')];
      if (own) href = own;
      else if (target.href) href = `${target.href}/${this.version === 3 ? name : name.replace(/_/g, '')}`;
      else throw new Error(`The object has no href to run "${name}" on.`);
    } else href = `${this.href(target).replace(/\/+$/, '')}/${this.version === 3 ? name : name.replace(/_/g, '')}`;
    const h = this.href(href);
    const res = await this.transport.request('POST', h, { ...this.body('action', params), accept: this.accept, query: opts.query, headers: opts.headers, signal: opts.signal });
    const p = await this.parse(res, h, 'action');
    if (p.type === 'action') return p.action;
    if (p.type === 'empty') return { status: res.status === 202 ? 'pending' : 'complete' };
    if (p.type === 'resource') return { status: 'complete', resource: p.resource };
    throw new ParseError(`Unexpected ${p.type} after action ${name}.`);
  }

  searchHref(entry: EntryPoint, collectionRel: string, query: string, params?: Record<string, string | number>): string {
    return fillSearch(entry, collectionRel, query, params);
  }

  collectionLinks(entry: EntryPoint): CollectionLink[] {
    return linksOf(entry);
  }
}
