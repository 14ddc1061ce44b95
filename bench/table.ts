/**
 * The benchmark's result rows: printed as a plain-text table and saved as JSON, so the
 * README figures and a later run can be compared line by line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Row {
  section: 'Engine' | 'Proxy' | 'Client core' | 'App' | 'Setup';
  what: string;
  /** Human-readable figure, e.g. "12.3 ms", "n/a (no dist/)". */
  figure: string;
  /** Machine-readable value behind `figure` (ms, bytes, count…), when there is one. */
  value?: number;
  unit?: string;
  /** value / baseline; undefined when there is no baseline. */
  ratio?: number;
  /** What the ratio compares against (measured in the same run) or the target it is held to. */
  baseline?: string;
  /** Raw measurements behind a figure with few runs. */
  samples?: number[];
  /** 'pass' / 'miss' for rows with a target. */
  verdict?: 'pass' | 'miss';
}

export function ratioText(r: Row): string {
  if (r.ratio === undefined || !Number.isFinite(r.ratio)) return '—';
  return `${r.ratio >= 10 ? r.ratio.toFixed(0) : r.ratio.toFixed(2)}×`;
}

/** A fixed-width table; long cells are kept whole (the widest cell sets the column). */
export function formatTable(rows: readonly Row[]): string {
  const head = ['Section', 'What', 'Figure', 'Ratio', 'Against', 'Verdict'];
  const cells = rows.map((r) => [r.section, r.what, r.figure, ratioText(r), r.baseline ?? '', r.verdict ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i])).join(' | ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

/** Markdown version of the same table (for the README). */
export function formatMarkdown(rows: readonly Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const out = ['| Section | What | Figure | Ratio | Against | Verdict |', '|---|---|---|---|---|---|'];
  for (const r of rows) out.push(`| ${[r.section, r.what, r.figure, ratioText(r), r.baseline ?? '', r.verdict ?? ''].map(esc).join(' | ')} |`);
  return out.join('\n');
}

export interface RunInfo {
  startedAt: string;
  durationMs: number;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  /** 1-minute load average at the start and the end: a busy machine explains noisy figures. */
  loadAverage: { start: number; end: number };
}

export function writeResults(file: string, info: RunInfo, rows: readonly Row[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...info, rows }, null, 2)}\n`);
}
