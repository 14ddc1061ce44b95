/**
 * Client-core figures: what parsing the engine's real answers costs per VM, and how long
 * the main thread is blocked when the parse runs in the worker instead of inline.
 */
import { Worker } from 'node:worker_threads';
import { createParseWorker, type WorkerLike } from '../src/api/parse-worker.ts';
import { parseBody, type ParseInput, type Parsed } from '../src/api/parse.ts';
import type { Answer } from './engine.ts';
import { sample, summarize, type Summary } from './stats.ts';

export interface ParseFigure { format: 'xml' | 'json'; vms: number; bytes: number; summary: Summary; perVmUs: number }

function input(a: Answer, href: string): ParseInput {
  return { text: a.text, contentType: a.contentType, status: 200, href, apiBase: '/ovirt-engine/api' };
}

function itemCount(p: Parsed): number {
  if (p.type !== 'collection') throw new Error(`parser returned ${p.type}, expected a collection`);
  return p.collection.items.length;
}

export async function parseCost(a: Answer, href: string, format: 'xml' | 'json', budget: { count: number; ms: number }): Promise<ParseFigure> {
  const inp = input(a, href);
  const vms = itemCount(parseBody(inp));
  if (vms === 0) throw new Error(`no VMs parsed from ${href} (${format})`);
  const samples = await sample(() => parseBody(inp), { ...budget, warmup: 3 });
  const summary = summarize(samples);
  return { format, vms, bytes: Buffer.byteLength(a.text), summary, perVmUs: (summary.p50 * 1000) / vms };
}

/** Wraps a Node worker thread running bench/parse-worker-node.ts as the client core's WorkerLike. */
function nodeWorker(): { like: WorkerLike; worker: Worker } {
  const worker = new Worker(new URL('./parse-worker-node.mjs', import.meta.url));
  const like: WorkerLike = {
    postMessage: (m: unknown) => worker.postMessage(m),
    addEventListener: (type: 'message' | 'error', listener: (e: { data: unknown }) => void) => {
      if (type === 'message') worker.on('message', (data: unknown) => listener({ data }));
      else worker.on('error', (err: unknown) => (listener as (e: unknown) => void)(err));
    },
    terminate: () => void worker.terminate(),
  };
  return { like, worker };
}

/**
 * Runs `work` while a ticker on this thread notes the longest gap between its turns —
 * the longest time the main thread could not react.
 */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  let running = true;
  const tick = () => {
    const t = performance.now();
    worst = Math.max(worst, t - last);
    last = t;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await new Promise((r) => setImmediate(r));
  last = performance.now();
  worst = 0;
  await work();
  running = false;
  tick();
  return worst;
}

export interface BlockingFigure { format: 'xml' | 'json'; vms: number; inline: Summary; worker?: Summary; workerUnavailable?: string }

/** Longest main-thread stall while parsing `a`, inline vs in a Node worker thread. */
export async function mainThreadBlocking(a: Answer, href: string, format: 'xml' | 'json', budget: { count: number; ms: number }): Promise<BlockingFigure> {
  const inp = input(a, href);
  const vms = itemCount(parseBody(inp));
  // The stall when parsing inline is the whole parse, interleaved with nothing.
  const inline = await sample(() => longestStall(async () => parseBody(inp)), { ...budget, warmup: 2 });
  const fig: BlockingFigure = { format, vms, inline: summarize(inline) };
  let started: ReturnType<typeof nodeWorker> | undefined;
  try {
    started = nodeWorker();
    const pw = createParseWorker({ worker: started.like, inlineBelow: 0 });
    if (!pw.offThread) throw new Error('createParseWorker did not use the worker');
    const check = await pw.parse(inp);
    if (itemCount(check) !== vms) throw new Error('the worker parsed a different number of VMs');
    const warmup = 2;
    const stalls: number[] = [];
    await sample(async () => {
      stalls.push(await longestStall(async () => pw.parse(inp)));
    }, { ...budget, warmup });
    fig.worker = summarize(stalls.slice(warmup)); // sample() ran the warmups through the ticker too
    pw.terminate();
  } catch (err) {
    fig.workerUnavailable = (err as Error).message;
  } finally {
    await started?.worker.terminate();
  }
  return fig;
}
