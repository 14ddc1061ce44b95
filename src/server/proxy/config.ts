/**
 * Engines file for the proxy: `{ "engines": [{ "id", "name", "url", "ca"?, "insecure"?, "apiBase"? }] }`.
 * `ca` is a path to a PEM file, relative to the config file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EngineTarget } from './proxy.ts';

export class ConfigError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

export function loadEnginesConfig(file: string): EngineTarget[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, `cannot read the engines file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(file, `not valid JSON: ${(err as Error).message}`);
  }
  const list = (data as { engines?: unknown })?.engines;
  if (!Array.isArray(list) || list.length === 0) throw new ConfigError(file, 'expected {"engines": [ … ]} with at least one engine');
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const where = `engines[${i}]`;
    if (!raw || typeof raw !== 'object') throw new ConfigError(file, `${where} must be an object`);
    const e = raw as Record<string, unknown>;
    const id = requireString(file, where, e, 'id');
    const url = requireString(file, where, e, 'url');
    if (seen.has(id)) throw new ConfigError(file, `${where}: duplicate id "${id}"`);
    seen.add(id);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(file, `${where}: url "${url}" is not a valid URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ConfigError(file, `${where}: url must start with http:// or https://`);
    const target: EngineTarget = { id, name: typeof e.name === 'string' && e.name ? e.name : id, url };
    if (e.apiBase !== undefined) {
      if (typeof e.apiBase !== 'string' || !e.apiBase.startsWith('/')) throw new ConfigError(file, `${where}: apiBase must be a path starting with /`);
      target.apiBase = e.apiBase;
    }
    if (e.ca !== undefined) {
      if (typeof e.ca !== 'string') throw new ConfigError(file, `${where}: ca must be a file path`);
      const caFile = path.resolve(path.dirname(file), e.ca);
      try {
        target.ca = readFileSync(caFile, 'utf8');
      } catch {
        throw new ConfigError(file, `${where}: cannot read CA file ${caFile}`);
      }
      if (!target.ca.includes('-----BEGIN CERTIFICATE-----')) throw new ConfigError(file, `${where}: ${caFile} is not a PEM certificate`);
    }
    if (e.insecure !== undefined) {
      if (typeof e.insecure !== 'boolean') throw new ConfigError(file, `${where}: insecure must be true or false`);
      target.insecure = e.insecure;
    }
    return target;
  });
}

function requireString(file: string, where: string, e: Record<string, unknown>, key: string): string {
  const v = e[key];
  if (typeof v !== 'string' || v.trim() === '') throw new ConfigError(file, `${where}: "${key}" is required (a non-empty string)`);
  return v.trim();
}
