/**
 * Test support for the HTTP layer: a real engine on a free port in a temp dir, requests with
 * admin@internal's credentials, and an XSD check of every XML body a test file saw — run as
 * one xmllint call against the schema the engine itself serves at `?schema`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { startEngine, type EngineOptions, type RunningEngine } from '../engine.ts';

export const PASSWORD = 'test-secret';
export const BASIC = `Basic ${Buffer.from(`admin@internal:${PASSWORD}`).toString('base64')}`;
export const API = '/ovirt-engine/api';

export interface Res {
  status: number;
  headers: Headers;
  text: string;
  json: () => any;
  xml: () => any;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'link' });

/** Items of a parsed XML collection (one item parses as an object, none as '' or undefined). */
export const asList = (v: unknown): any[] => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]);

export class TestEngine {
  engine!: RunningEngine;
  dataDir = mkdtempSync(path.join(tmpdir(), 'vantage-engine-'));
  private xmlBodies: { label: string; text: string }[] = [];

  constructor(private readonly extra: Partial<EngineOptions> = {}) {}

  async start(): Promise<this> {
    this.engine = await startEngine({ port: 0, dataDir: this.dataDir, adminPassword: PASSWORD, ...this.extra });
    return this;
  }

  async restart(): Promise<void> {
    await this.engine.close();
    this.engine = await startEngine({ port: 0, dataDir: this.dataDir, adminPassword: PASSWORD, ...this.extra });
  }

  async stop(): Promise<void> {
    await this.engine?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** A request; XML response bodies are kept for the final XSD check. */
  async req(method: string, p: string, opts: { body?: string; headers?: Record<string, string>; auth?: string | null } = {}): Promise<Res> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.auth !== null) headers.authorization = opts.auth ?? BASIC;
    if (opts.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['content-type'] = opts.body.trim().startsWith('<') ? 'application/xml' : 'application/json';
    }
    const r = await fetch(this.engine.url + p, { method, headers, body: opts.body });
    const text = await r.text();
    if (text && (r.headers.get('content-type') ?? '').includes('xml') && !p.includes('?schema')) {
      this.xmlBodies.push({ label: `${method} ${p} → ${r.status}`, text });
    }
    return { status: r.status, headers: r.headers, text, json: () => JSON.parse(text), xml: () => parser.parse(text) };
  }

  get = (p: string, headers?: Record<string, string>) => this.req('GET', p, { headers });
  getJson = (p: string) => this.req('GET', p, { headers: { accept: 'application/json' } });

  /** Validates every XML body seen so far against the served schema; returns xmllint's complaints. */
  async validateXml(): Promise<{ count: number; failures: string }> {
    const schema = await this.req('GET', `${API}?schema`);
    const dir = mkdtempSync(path.join(tmpdir(), 'vantage-xsd-'));
    try {
      const xsd = path.join(dir, 'api.xsd');
      writeFileSync(xsd, schema.text);
      const files = this.xmlBodies.map((b, i) => {
        const f = path.join(dir, `body-${i}.xml`);
        writeFileSync(f, b.text);
        return f;
      });
      if (files.length === 0) return { count: 0, failures: '' };
      const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.error) throw r.error;
      const failures = r.stderr
        .split('\n')
        .filter((l) => l && !l.endsWith(' validates'))
        .map((l) => {
          const m = /body-(\d+)\.xml/.exec(l);
          return m ? `${this.xmlBodies[Number(m[1])].label}: ${l}` : l;
        })
        .join('\n');
      return { count: files.length, failures: r.status === 0 ? '' : failures };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
